using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Membership.Members.CorrectIdentity;
using PartyCommittee.Application.Membership.Members.EndCondition;
using PartyCommittee.Application.Membership.Members.ListCorrections;
using PartyCommittee.Application.Membership.Members.ReadmitMember;
using PartyCommittee.Application.Membership.Members.RecordExemption;
using PartyCommittee.Application.Membership.Members.RecordSeniorityGap;
using PartyCommittee.Application.Membership.Members.SeniorityGaps;
using PartyCommittee.Application.Membership.Members.SupplementarySheets;
using PartyCommittee.Application.Membership.Members.SuspendMember;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Api.Membership;

/// <summary>
/// <c>/api/v1/members/{id}/…</c>: the member record's dated conditions (exemption, suspension), re-admission,
/// seniority gaps, corrections by decision and the yearly supplementary sheets.
/// </summary>
[EndpointTag("Member records", "A member's record beyond the form: exemptions and suspensions (dated conditions, not statuses), re-admission, periods not counted in seniority, corrections of name or date of birth by decision, yearly supplementary sheets. The rules applied are named in /api/v1/rule-sets.")]
public sealed class MemberRecordEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/members").WithTags("Member records");

        group.MapPost("/{id:guid}/exemptions", Exempt)
            .WithName("RecordMemberExemption")
            .WithSummary("Record the cell's decision exempting a member from party work and activities, or reducing them (If-Match required)")
            .WithDescription("Age or health: open-ended; another reason: temporary, within the limit of the rule set membership.exemption in force on the first day. The member stays probationary or full.")
            .RequireAuthorization(Policies.MembersExemption)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/exemptions/end", EndExemption)
            .WithName("EndMemberExemption")
            .WithSummary("End an exemption or reduction (If-Match required)")
            .RequireAuthorization(Policies.MembersExemption)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/suspensions", Suspend)
            .WithName("SuspendMember")
            .WithSummary("Suspend a member from party activities (If-Match required)")
            .WithDescription("A dated condition: the member stays probationary or full, holds no seat in elected bodies from the first day, and is not rated.")
            .RequireAuthorization(Policies.MembersStatus)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/suspensions/end", EndSuspension)
            .WithName("EndMemberSuspension")
            .WithSummary("End a suspension (If-Match required)")
            .RequireAuthorization(Policies.MembersStatus)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/readmission", Readmit)
            .WithName("ReadmitMember")
            .WithSummary("Re-admit a person whose name was removed or who was expelled (If-Match required)")
            .WithDescription("Once only, after the minimum time outside the party and not after the excluded leaving reasons of the rule set membership.readmission in force on the decision date; a new probation follows, seniority counts from the first admission minus the time outside.")
            .RequireAuthorization(Policies.MembersReadmission)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/seniority-gaps", RecordGap)
            .WithName("RecordSeniorityGap")
            .WithSummary("Record a period not counted in party seniority (If-Match required)")
            .RequireAuthorization(Policies.MembersRecords)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:guid}/seniority-gaps", Gaps)
            .WithName("ListSeniorityGaps")
            .WithSummary("List the periods not counted in party seniority, in force and corrected")
            .WithDescription("Every recorded gap by first day: inForce=false for one amended (replacedByGapId) or withdrawn, with the decision that did it; only the gaps in force are deducted from seniority.")
            .RequireAuthorization(Policies.MembersRead)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/seniority-gaps/{gapId:guid}", AmendGap)
            .WithName("AmendSeniorityGap")
            .WithSummary("Amend a recorded seniority gap by a decision (If-Match required)")
            .WithDescription("The corrected period replaces the recorded one, which stays in the history ended by the decision (decisionNumber, decisionDate, decisionReason). Seniority, the seniority start and badge eligibility follow at once.")
            .RequireAuthorization(Policies.MembersCorrections)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/seniority-gaps/{gapId:guid}/withdraw", WithdrawGap)
            .WithName("WithdrawSeniorityGap")
            .WithSummary("Withdraw a recorded seniority gap by a decision (If-Match required)")
            .WithDescription("The gap is no longer deducted from seniority (badge eligibility follows at once) and stays readable in the history with the decision.")
            .RequireAuthorization(Policies.MembersCorrections)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/corrections", Correct)
            .WithName("CorrectMemberIdentity")
            .WithSummary("Change the name or the date of birth by a decision (If-Match required)")
            .WithDescription("The decision (number, date, issuer) is required and kept with the old and new values.")
            .RequireAuthorization(Policies.MembersCorrections)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:guid}/corrections", Corrections)
            .WithName("ListMemberCorrections")
            .WithSummary("The corrections of a member's record, oldest first")
            .WithDescription("A corrected date of birth is masked unless the role needs personal data.")
            .RequireAuthorization(Policies.MembersRead)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/supplementary-sheets", RecordSheet)
            .WithName("RecordSupplementarySheet")
            .WithSummary("Record or replace the supplementary sheet of a year (phiếu bổ sung hồ sơ đảng viên)")
            .RequireAuthorization(Policies.MembersRecords)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:guid}/supplementary-sheets", Sheets)
            .WithName("ListSupplementarySheets")
            .WithSummary("The supplementary sheets of a member, by year")
            .RequireAuthorization(Policies.MembersRead)
            .ProducesProblems(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<MemberDto>> Exempt(Guid id, MemberExemption body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordExemptionCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<MemberDto>> EndExemption(Guid id, ConditionEnd body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new EndConditionCommand(id, [MemberConditionKind.Exemption, MemberConditionKind.Reduction], ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<MemberDto>> Suspend(Guid id, MemberSuspension body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SuspendMemberCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<MemberDto>> EndSuspension(Guid id, ConditionEnd body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new EndConditionCommand(id, [MemberConditionKind.Suspension], ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<MemberDto>> Readmit(Guid id, MemberReadmission body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ReadmitMemberCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<MemberDto>> RecordGap(Guid id, SeniorityGap body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordSeniorityGapCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<IReadOnlyList<SeniorityGapDto>>> Gaps(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListSeniorityGapsQuery(id), cancellationToken));

    private static async Task<Ok<MemberDto>> AmendGap(Guid id, Guid gapId, SeniorityGapAmendment body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AmendSeniorityGapCommand(id, gapId, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<MemberDto>> WithdrawGap(Guid id, Guid gapId, SeniorityGapWithdrawal body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new WithdrawSeniorityGapCommand(id, gapId, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<MemberDto>> Correct(Guid id, IdentityCorrection body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CorrectIdentityCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<IReadOnlyList<MemberCorrectionDto>>> Corrections(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListCorrectionsQuery(id), cancellationToken));

    private static async Task<Ok<IReadOnlyList<SupplementarySheetDto>>> RecordSheet(Guid id, YearSupplementarySheet body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordSupplementarySheetCommand(id, body.Year ?? 0, new SupplementarySheet(body.Content, body.DeclaredOn)), cancellationToken));

    private static async Task<Ok<IReadOnlyList<SupplementarySheetDto>>> Sheets(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListSupplementarySheetsQuery(id), cancellationToken));
}
