using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Membership.Badges;
using PartyCommittee.Application.Membership.Badges.AwardBadge;
using PartyCommittee.Application.Membership.Badges.ListAwards;
using PartyCommittee.Application.Membership.Badges.ListEligible;

namespace PartyCommittee.Api.Membership;

/// <summary><c>/api/v1/party-badges</c> and <c>/api/v1/members/{id}/badges</c>.</summary>
[EndpointTag("Party badges", "Party badges (Huy hiệu Đảng) for 30 to 90 years of seniority, awarded in the rounds of 3/2, 19/5, 2/9 and 7/11; early for serious illness; posthumously (Hướng dẫn 01-HD/TW 2021, section 18; see /api/v1/rule-sets).")]
public sealed class BadgeEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/party-badges/eligible", Eligible)
            .WithTags("Party badges")
            .WithName("ListBadgeEligibility")
            .WithSummary("Who is due a badge in a round")
            .WithDescription("roundDate defaults to the next round from today and must be a round date (422 badge.round_date_invalid); organizationId defaults to the caller's scope. Full members (exempt included) whose seniority on the round date reaches a level they have not received; newlyEligible is false for a member an earlier round missed.")
            .RequireAuthorization(Policies.MembersRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        var member = api.MapGroup("/members/{id:guid}/badges").WithTags("Party badges");
        member.MapGet("/", List)
            .WithName("ListMemberBadges")
            .WithSummary("The badges awarded to a member")
            .RequireAuthorization(Policies.MembersRead)
            .ProducesProblems(StatusCodes.Status404NotFound);

        member.MapPost("/", Award)
            .WithName("AwardPartyBadge")
            .WithSummary("Record a badge award decision")
            .WithDescription("Checked against the rule set in force on the round date, which the response names: the level exists, not awarded before (409 badge.already_awarded), the round date, the seniority reached on it (or within the early period for SERIOUS_ILLNESS, after death for POSTHUMOUS). RECORDED enters an award made before the record was kept here.")
            .RequireAuthorization(Policies.MembersBadges)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<BadgeEligibilityList>> Eligible(Guid? organizationId, DateOnly? roundDate, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListBadgeEligibilityQuery(organizationId, roundDate), cancellationToken));

    private static async Task<Ok<IReadOnlyList<BadgeAwardDto>>> List(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMemberBadgesQuery(id), cancellationToken));

    private static async Task<Created<BadgeAwardDto>> Award(Guid id, BadgeAwarding body, ISender sender, CancellationToken cancellationToken)
    {
        var award = await sender.Send(new AwardBadgeCommand(id, body), cancellationToken);
        return TypedResults.Created($"/api/v1/members/{id}/badges", award);
    }
}
