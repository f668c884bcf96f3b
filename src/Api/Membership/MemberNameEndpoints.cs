using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Membership.Members.SetMemberName;

namespace PartyCommittee.Api.Membership;

/// <summary>/api/v1/members/{id}/name: a member's name by its parts (tagged with the members, whose group describes the tag).</summary>
public sealed class MemberNameEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGroup("/members").WithTags("Members")
            .MapPut("/{id:guid}/name", SetName)
            .WithName("SetMemberName")
            .WithSummary("Record a member's name by its parts, with birth name and alias (If-Match required)")
            .WithDescription("For names whose family name is not the first word or has several words (Ê Đê, Gia Rai, some Khmer names): the full name is written from the parts in the order given (FAMILY_FIRST or FAMILY_LAST) and lists sort by the given name. A later update of the record that keeps the same full name keeps the parts.")
            .RequireAuthorization(Policies.MembersRecords)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

    private static async Task<Ok<MemberDto>> SetName(Guid id, MemberNameUpdate body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetMemberNameCommand(id, ifMatch.Version, body), cancellationToken));
}
