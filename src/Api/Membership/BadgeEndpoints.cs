using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
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
            .WithDescription("roundDate defaults to the next round from today and must be a round date (422 badge.round_date_invalid); organizationId defaults to the caller's scope. Full members (exempt included, suspended not) whose seniority on the round date reaches a level they have not received; newlyEligible is false for a member an earlier round missed. One page of them (page, pageSize up to 100; totalCount), by default the highest level first, then the earliest admission; sort=years|admissionDecisionDate|fullName, '-' for descending. years (a level of the rule set, else 422 badge.level_invalid) and newlyEligible narrow the items and totalCount; countsByYears counts every member due in the subtree.")
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

    private static async Task<Ok<BadgeEligibilityList>> Eligible([AsParameters] BadgeEligibilityParameters p, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListBadgeEligibilityQuery(p.OrganizationId, p.RoundDate, p.Years, p.NewlyEligible, p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize, p.Sort),
            cancellationToken));

    private static async Task<Ok<IReadOnlyList<BadgeAwardDto>>> List(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMemberBadgesQuery(id), cancellationToken));

    private static async Task<Created<BadgeAwardDto>> Award(Guid id, BadgeAwarding body, ISender sender, CancellationToken cancellationToken)
    {
        var award = await sender.Send(new AwardBadgeCommand(id, body), cancellationToken);
        return TypedResults.Created($"/api/v1/members/{id}/badges", award);
    }
}

/// <summary>Query parameters of the badge eligibility list.</summary>
public sealed class BadgeEligibilityParameters : PagedParameters
{
    /// <summary>The subtree (the caller's scope when absent).</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>A round date; the next round from today when absent.</summary>
    [FromQuery(Name = "roundDate")]
    public DateOnly? RoundDate { get; init; }

    /// <summary>Only the members due this level (30, 40, 45, ... 90 years).</summary>
    [FromQuery(Name = "years")]
    public int? Years { get; init; }

    /// <summary>Only the members who reached their level since the previous round (true), or in an earlier one (false).</summary>
    [FromQuery(Name = "newlyEligible")]
    public bool? NewlyEligible { get; init; }

    /// <summary>years, admissionDecisionDate or fullName; prefix '-' for descending (default -years).</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }
}
