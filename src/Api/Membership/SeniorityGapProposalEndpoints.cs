using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Membership.Members.SeniorityGapProposals;

namespace PartyCommittee.Api.Membership;

/// <summary>
/// Interruptions between transfers proposed from the transfers' dates: <c>/api/v1/members/{id}/seniority-gaps/proposals</c>
/// (a member's) and <c>/api/v1/seniority-gap-proposals</c> (the office's work queue); confirmed as a seniority gap or dismissed.
/// </summary>
[EndpointTag("Seniority gap proposals", "Interruptions of party activity between an official transfer's letter and the member's presentation beyond the 30 working days of point 6.3.1 c (Quy định 24-QĐ/TW 2021, 294-QĐ/TW 2025), computed from the transfers and proposed as periods not counted in seniority (point 4.5.1). The office confirms one (the gap is recorded with the decision) or dismisses it with a reason; an answered proposal is not proposed again.")]
public sealed class SeniorityGapProposalEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var members = api.MapGroup("/members").WithTags("Seniority gap proposals");

        members.MapGet("/{id:guid}/seniority-gaps/proposals", ForMember)
            .WithName("ListMemberSeniorityGapProposals")
            .WithSummary("The interruptions a member's transfers show: proposed, confirmed or dismissed")
            .WithDescription("One row per official transfer within or into the committee received after its presentation limit: the proposed gap runs from the day after the last allowed day to the day before the presentation, with the rule set applied.")
            .RequireAuthorization(Policies.MembersRead)
            .ProducesProblems(StatusCodes.Status404NotFound);

        members.MapPost("/{id:guid}/seniority-gaps/proposals/{transferId:guid}/confirm", Confirm)
            .WithName("ConfirmSeniorityGapProposal")
            .WithSummary("Record the proposed interruption as a seniority gap with the committee's decision (If-Match of the member required)")
            .WithDescription("The gap (reason TRANSFER_INTERRUPTION, the decision number as its document) is recorded through the member's gap rules; seniority and badge eligibility follow at once. Already answered: 409 transfer.interruption_already_decided.")
            .RequireAuthorization(Policies.MembersRecords)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        members.MapPost("/{id:guid}/seniority-gaps/proposals/{transferId:guid}/dismiss", Dismiss)
            .WithName("DismissSeniorityGapProposal")
            .WithSummary("Answer the proposed interruption without recording it, with the reason (If-Match of the member required)")
            .RequireAuthorization(Policies.MembersRecords)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/seniority-gap-proposals", Queue)
            .WithTags("Seniority gap proposals")
            .WithName("ListSeniorityGapProposals")
            .WithSummary("The office's work queue: interruptions between transfers still proposed, for the members of the caller's subtree")
            .RequireAuthorization(Policies.MembersRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<SeniorityGapProposalDto>>> ForMember(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMemberGapProposalsQuery(id), cancellationToken));

    private static async Task<Ok<IReadOnlyList<SeniorityGapProposalDto>>> Queue(Guid? organizationId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListGapProposalsQuery(organizationId), cancellationToken));

    private static async Task<Ok<SeniorityGapProposalDto>> Confirm(
        Guid id, Guid transferId, GapProposalConfirmation body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ConfirmGapProposalCommand(id, transferId, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<SeniorityGapProposalDto>> Dismiss(
        Guid id, Guid transferId, GapProposalDismissal body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new DismissGapProposalCommand(id, transferId, ifMatch.Version, body), cancellationToken));
}
