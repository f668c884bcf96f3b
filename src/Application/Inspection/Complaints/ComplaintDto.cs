using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Privacy;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Denunciations;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Complaints;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Complaints;

/// <summary>A complaint about a discipline decision as the API returns it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="DisciplinaryActionId">The action complained about.</param>
/// <param name="OrganizationId">The action's organisation (the member's cell, or the organisation disciplined).</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="MemberId">The member who complains.</param>
/// <param name="ComplainantName">Who signed the complaint (personal data).</param>
/// <param name="DecidedBy">The body that decided the discipline.</param>
/// <param name="DecisionReceivedOn">Day the complainant received the decision.</param>
/// <param name="ReceivedOn">Day the complaint was received.</param>
/// <param name="FilingDueOn">Last day to file.</param>
/// <param name="Content">What is complained about.</param>
/// <param name="Status">RECEIVED, ACCEPTED, ASSIGNED, VERIFIED, SETTLED or NOT_ACCEPTED.</param>
/// <param name="StatusLabel">Display label of <paramref name="Status"/>.</param>
/// <param name="NotAcceptedReason">FILED_LATE, NOT_THE_SUBJECT, ALREADY_SETTLED_FINALLY or WITHDRAWN.</param>
/// <param name="NotAcceptedReasonLabel">Display label of the reason.</param>
/// <param name="NotAcceptedOn">Day recorded as not accepted.</param>
/// <param name="FiledWorkingDaysLate">Working days after the filing period (a late complaint).</param>
/// <param name="AcceptedOn">Day accepted.</param>
/// <param name="Settler">STANDING_COMMITTEE, INSPECTION_COMMISSION or SUPERIOR_LEVEL.</param>
/// <param name="SettlerLabel">Display label of <paramref name="Settler"/>.</param>
/// <param name="AssigneeId">The member in charge.</param>
/// <param name="AssignedOn">Day assigned.</param>
/// <param name="VerifiedOn">Day the verification ended.</param>
/// <param name="DueOn">Last day to settle (the setting named by <paramref name="SettlementPeriod"/>).</param>
/// <param name="SettledOn">Day settled.</param>
/// <param name="Outcome">UPHELD, CHANGED or WITHDRAWN.</param>
/// <param name="OutcomeLabel">Display label of <paramref name="Outcome"/>.</param>
/// <param name="NewForm">The form decided instead (CHANGED).</param>
/// <param name="DecisionNumber">Number of the settling decision.</param>
/// <param name="Note">Notes.</param>
/// <param name="Late">Settled after <paramref name="DueOn"/>.</param>
/// <param name="WorkingDaysLate">Working days late.</param>
/// <param name="Overdue">Open and past <paramref name="DueOn"/> today.</param>
/// <param name="RuleSet">The rule set in force on the day of receipt (filing period).</param>
/// <param name="SettlementPeriod">What fixes the settlement period: SETTINGS:Inspection:Complaints.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record ComplaintDto(
    Guid Id,
    Guid DisciplinaryActionId,
    Guid OrganizationId,
    string OrganizationName,
    Guid? MemberId,
    [property: PersonalData] string ComplainantName,
    DecidingBody DecidedBy,
    DateOnly DecisionReceivedOn,
    DateOnly ReceivedOn,
    DateOnly FilingDueOn,
    string Content,
    ComplaintStatus Status,
    BilingualLabel StatusLabel,
    ComplaintRefusal? NotAcceptedReason,
    BilingualLabel? NotAcceptedReasonLabel,
    DateOnly? NotAcceptedOn,
    int FiledWorkingDaysLate,
    DateOnly? AcceptedOn,
    ComplaintSettler? Settler,
    BilingualLabel? SettlerLabel,
    Guid? AssigneeId,
    DateOnly? AssignedOn,
    DateOnly? VerifiedOn,
    DateOnly? DueOn,
    DateOnly? SettledOn,
    ComplaintOutcome? Outcome,
    BilingualLabel? OutcomeLabel,
    DisciplineForm? NewForm,
    string? DecisionNumber,
    string? Note,
    bool Late,
    int WorkingDaysLate,
    bool Overdue,
    RuleSource RuleSet,
    string SettlementPeriod,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned;

/// <summary>Loading in scope and presentation of complaints.</summary>
public static class ComplaintAccess
{
    /// <summary>A complaint whose action's organisation is in the caller's scope; 404 otherwise.</summary>
    public static async Task<Complaint> LoadComplaintAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.Complaints : db.Complaints.AsNoTracking();
        var complaint = await query.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null || !await scope.CoversAsync(complaint.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("complaint.not_found", "Complaint", id);
        }

        return complaint;
    }

    public static async Task<IReadOnlyList<ComplaintDto>> ToDtosAsync(
        this IAppDbContext db, IReadOnlyList<Complaint> items, RuleBook<InspectionRuleSet> rules, DateOnly today, CancellationToken cancellationToken)
    {
        var organizationIds = items.Select(c => c.OrganizationId).Distinct().ToList();
        var organizations = await db.OrganizationNamesAsync(organizationIds, cancellationToken);
        return [.. items.Select(c => new ComplaintDto(
            c.Id,
            c.DisciplinaryActionId,
            c.OrganizationId,
            organizations.GetValueOrDefault(c.OrganizationId) ?? string.Empty,
            c.MemberId,
            c.ComplainantName,
            c.DecidedBy,
            c.DecisionReceivedOn,
            c.ReceivedOn,
            c.FilingDueOn,
            c.Content,
            c.Status,
            ComplaintLabels.Of(c.Status),
            c.NotAcceptedReason,
            c.NotAcceptedReason is { } reason ? ComplaintLabels.Of(reason) : null,
            c.NotAcceptedOn,
            c.FiledWorkingDaysLate,
            c.AcceptedOn,
            c.Settler,
            c.Settler is { } settler ? ComplaintLabels.Of(settler) : null,
            c.AssigneeId,
            c.AssignedOn,
            c.VerifiedOn,
            c.DueOn,
            c.SettledOn,
            c.Outcome,
            c.Outcome is { } outcome ? ComplaintLabels.Of(outcome) : null,
            c.NewForm,
            c.DecisionNumber,
            c.Note,
            c.Late,
            c.WorkingDaysLate,
            c.IsOpen && today > c.DueOn,
            (rules.Find(c.RuleSetCode) ?? rules.InForceOn(c.ReceivedOn)).Source,
            ComplaintOptions.Code,
            c.Version,
            c.CreatedAt,
            c.UpdatedAt))];
    }

    public static async Task<ComplaintDto> ToDtoAsync(
        this IAppDbContext db, Complaint complaint, RuleBook<InspectionRuleSet> rules, DateOnly today, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync([complaint], rules, today, cancellationToken))[0];

    /// <summary>
    /// Who records the settling decision: the standing committee's and the superior level's through the committee office,
    /// the inspection commission's through the commission; every other step through the commission. Admin: anything.
    /// </summary>
    public static void EnsureMayRecord(this ICurrentUser user, ComplaintSettler? settler, bool settling)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return;
        }

        var role = settling && settler is ComplaintSettler.StandingCommittee or ComplaintSettler.SuperiorLevel
            ? Roles.CommitteeOffice
            : Roles.InspectionCommission;
        if (!user.IsInRole(role))
        {
            throw new DomainRuleException("complaint.step_not_for_role", "This step of a discipline complaint is recorded by another role.", RuleViolationKind.Unprocessable, role);
        }
    }
}
