using System.Globalization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Membership;

/// <summary>Party seniority (tuổi đảng).</summary>
/// <param name="Years">Whole years.</param>
/// <param name="Months">Months beyond the whole years (0–11).</param>
/// <param name="TotalMonths">Whole months counted.</param>
/// <param name="CountedFrom">The first admission decision.</param>
/// <param name="DaysExcluded">Days outside the party (removed, expelled, lost contact, between transfers) not counted.</param>
/// <param name="CountedUntil">The last day counted: the date asked, or the day the member left.</param>
public sealed record Seniority(int Years, int Months, int TotalMonths, DateOnly CountedFrom, int DaysExcluded, DateOnly CountedUntil);

/// <summary>Seniority, re-admission and the gaps that seniority does not count.</summary>
public sealed partial class PartyMember : ISeniorityRecord
{
    private readonly List<MemberSeniorityGap> seniorityGaps = [];

    /// <summary>Periods not counted in seniority that the status history does not show (lost contact, between transfers, outside the party before this record).</summary>
    public IReadOnlyList<MemberSeniorityGap> SeniorityGaps => seniorityGaps;

    IReadOnlyList<IStatusPeriodFacts> ISeniorityRecord.StatusPeriods => statusHistory;

    IReadOnlyList<ISeniorityGapFacts> ISeniorityRecord.Gaps => seniorityGaps;

    IReadOnlyList<IMemberConditionFacts> ISeniorityRecord.ConditionPeriods => conditions;

    /// <summary>Date of the re-admission decision, for a member admitted a second time (once only).</summary>
    public DateOnly? ReadmissionDecisionDate { get; private set; }

    public string? ReadmissionDecisionNumber { get; private set; }

    /// <summary>
    /// The admission decision date moved forward by the days not counted: seniority on a date is the whole months
    /// from this day. Kept on the member so that statistics count seniority bands in the database.
    /// </summary>
    public DateOnly SeniorityCountedFrom { get; private set; }

    /// <summary>The probation runs from the ceremony (of the re-admission, for a re-admitted member).</summary>
    public DateOnly ProbationStartsOn => CeremonyDate ?? ReadmissionDecisionDate ?? AdmissionDecisionDate;

    /// <summary>
    /// Party seniority on <paramref name="date"/>, or null when the member is not (yet) a full member that day:
    /// probationary members (including a re-admitted one in his new probation) have no seniority, they are shown as
    /// probationary. Điều lệ Đảng, Điều 5 khoản 4 and Quy định 29-QĐ/TW 2016 / 24-QĐ/TW 2021 point 4.5: counted from the
    /// date of the admission decision, minus the time outside party activities (expelled, name removed, lost contact,
    /// interrupted by a transfer); a re-admitted member counts from his first admission decision, minus the gap. It
    /// stops on the day the member leaves (the last day counted is the day before).
    /// </summary>
    public Seniority? SeniorityOn(DateOnly date) => SeniorityRules.SeniorityOn(this, date);

    /// <summary>
    /// Records a period not counted in seniority (lost contact, between transfers, outside the party before this
    /// record), with the document that establishes it.
    /// </summary>
    public MemberSeniorityGap RecordSeniorityGap(DateRange period, SeniorityGapReason reason, string? documentNumber, string? note, DateOnly today)
    {
        EventDate(period.StartsOn, today, null);
        if (period.EndsOn is not { } end || end > today)
        {
            throw new DomainRuleException("member.seniority_gap_open", "A period outside the party has ended when it is recorded.", RuleViolationKind.Unprocessable);
        }

        if (seniorityGaps.Any(g => g.IsInForce && g.Period.Overlaps(period)))
        {
            throw new DomainRuleException("member.seniority_gap_overlaps", "The period overlaps one already recorded.", RuleViolationKind.Conflict);
        }

        var gap = new MemberSeniorityGap(Ids.NewVersion7(), Id, period, reason, documentNumber, note);
        seniorityGaps.Add(gap);
        RecomputeSeniorityStart();
        return gap;
    }

    /// <summary>
    /// Re-admits a person whose name was removed or who was expelled, by the competent committee's decision of
    /// <paramref name="decisionDate"/> (Quy định 29-QĐ/TW 2016, 24-QĐ/TW 2021 and 294-QĐ/TW 2025, point 3.5, in the
    /// version in force that day): at least <see cref="ReadmissionRuleSet.MinMonthsOutside"/> months after leaving
    /// (<see cref="ReadmissionRuleSet.MinMonthsAfterRecordCleared"/> after the criminal record is cleared for a less
    /// serious crime); never after the excluded leaving reasons; once only. The person becomes a probationary member
    /// again, placed in <paramref name="cell"/>; the time outside the party is not counted in seniority.
    /// </summary>
    public void Readmit(
        DateOnly decisionDate, string? decisionNumber, PartyOrganization cell, LeavingReason? leavingReason, DateOnly? recordClearedOn, DateOnly today, RuleBook<ReadmissionRuleSet> rules)
    {
        EventDate(decisionDate, today, null);
        if (!MemberStatusRules.LeftTheParty(Status))
        {
            throw new DomainRuleException(
                "member.readmission_not_applicable",
                "Only a person whose name was removed or who was expelled can be re-admitted.",
                RuleViolationKind.Conflict,
                Status.ToString());
        }

        var set = rules.InForceOn(decisionDate);
        if (ReadmissionDecisionDate is not null)
        {
            throw new DomainRuleException(
                "member.readmission_once_only", "A person is re-admitted once only.", RuleViolationKind.Conflict, set.Source.Code);
        }

        var left = CurrentStatusPeriod;
        var reason = left.LeavingReason ?? leavingReason ?? throw new DomainRuleException(
            "member.leaving_reason_required",
            "The reason the person left must be recorded (coded) before a re-admission.",
            RuleViolationKind.Unprocessable);
        if (set.Excluded.Contains(reason))
        {
            throw new DomainRuleException(
                "member.readmission_excluded",
                "The rules exclude re-admission after leaving for this reason.",
                RuleViolationKind.Unprocessable,
                reason.ToString(),
                set.Source.Code);
        }

        var earliest = left.StartsOn.AddMonths(set.MinMonthsOutside);
        if (reason == LeavingReason.MinorCrimeConviction)
        {
            var cleared = recordClearedOn ?? throw new DomainRuleException(
                "member.record_cleared_date_required", "The date the criminal record was cleared is needed.", RuleViolationKind.Unprocessable);
            var afterCleared = cleared.AddMonths(set.MinMonthsAfterRecordCleared);
            earliest = afterCleared > earliest ? afterCleared : earliest;
        }

        if (decisionDate < earliest)
        {
            throw new DomainRuleException(
                "member.readmission_too_early",
                "Too early for a re-admission.",
                RuleViolationKind.Unprocessable,
                earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                set.Source.Code);
        }

        left.LeavingReason = reason;
        EnsureCell(cell, decisionDate);
        ReadmissionDecisionDate = decisionDate;
        ReadmissionDecisionNumber = decisionNumber;
        CeremonyDate = null;
        FullMembershipDate = null;
        AppendStatus(MemberStatus.Probationary, decisionDate, decisionNumber, null);
        var placement = CurrentPlacement;
        if (placement.OrganizationId == cell.Id && placement.EndsOn is null)
        {
            // Still placed in the same cell (a removal does not end the placement): the placement continues.
        }
        else
        {
            if (placement.EndsOn is null)
            {
                placement.Close(decisionDate);
            }

            placements.Add(new MemberPlacement(Ids.NewVersion7(), Id, cell.Id, decisionDate));
            OrganizationId = cell.Id;
        }

        RecomputeSeniorityStart();
        Raise(new MemberReadmitted(Id, decisionDate, decisionNumber, cell.Id));
    }

    /// <summary>Records the ceremony of a re-admitted member (the probation runs from it).</summary>
    public void RecordReadmissionCeremony(DateOnly ceremonyOn, DateOnly today)
    {
        EventDate(ceremonyOn, today, null);
        if (ReadmissionDecisionDate is not { } decided || Status != MemberStatus.Probationary)
        {
            throw new DomainRuleException("member.readmission_not_applicable", "The member is not in a re-admission probation.", RuleViolationKind.Conflict, Status.ToString());
        }

        if (ceremonyOn < decided)
        {
            throw new DomainRuleException("member.ceremony_before_decision", "The admission ceremony cannot precede the admission decision.", RuleViolationKind.Unprocessable);
        }

        CeremonyDate = ceremonyOn;
    }

    private void RecomputeSeniorityStart() => SeniorityCountedFrom = AdmissionDecisionDate.AddDays(SeniorityRules.ExcludedDays(this, DateOnly.MaxValue));

    private void EnsureAdmissionAge(RuleBook<AdmissionRuleSet> rules)
    {
        // The 18-year minimum is the statute's (Điều lệ Đảng, Điều 1 khoản 2), unchanged by every implementing rule
        // set; before the first version the book holds, the earliest version's minimum applies.
        var set = rules.TryInForceOn(AdmissionDecisionDate) ?? rules.Versions[0];
        if (AgeInMonthsOn(AdmissionDecisionDate) < set.MinAgeMonths)
        {
            throw new DomainRuleException(
                "member.too_young",
                "A member must have been of admission age on the admission decision date.",
                RuleViolationKind.Unprocessable,
                set.MinAgeMonths / 12,
                set.Source.Code);
        }

        RecomputeSeniorityStart();
    }
}

/// <summary>A period not counted in party seniority (both days included).</summary>
public sealed class MemberSeniorityGap : Entity, IAuditable, ISeniorityGapFacts
{
    /// <summary>For persistence.</summary>
    private MemberSeniorityGap(Guid id)
        : base(id)
    {
    }

    internal MemberSeniorityGap(Guid id, Guid memberId, DateRange period, SeniorityGapReason reason, string? documentNumber, string? note)
        : base(id)
    {
        MemberId = memberId;
        StartsOn = period.StartsOn;
        EndsOn = period.EndsOn!.Value;
        Reason = reason;
        DocumentNumber = documentNumber;
        Note = note;
    }

    public Guid MemberId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public DateRange Period => new(StartsOn, EndsOn);

    public SeniorityGapReason Reason { get; private set; }

    public string? DocumentNumber { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The gap this one replaces (an amendment), when it is an amendment.</summary>
    public Guid? AmendsGapId { get; private set; }

    /// <summary>The gap that replaced this one (an amendment); null when withdrawn or in force.</summary>
    public Guid? ReplacedByGapId { get; private set; }

    /// <summary>Number of the decision that amended or withdrew this gap; null while it is in force.</summary>
    public string? EndedByDecisionNumber { get; private set; }

    /// <summary>Date of that decision.</summary>
    public DateOnly? EndedByDecisionDate { get; private set; }

    /// <summary>Why the gap was amended or withdrawn.</summary>
    public string? EndReason { get; private set; }

    /// <summary>False once amended or withdrawn: the period stays readable but is no longer deducted from seniority.</summary>
    public bool IsInForce => EndedByDecisionNumber is null;

    /// <summary>True when withdrawn (ended without a replacement).</summary>
    public bool IsWithdrawn => !IsInForce && ReplacedByGapId is null;

    internal void MarkAmends(Guid gapId) => AmendsGapId = gapId;

    internal void End(SeniorityGapDecision decision, Guid? replacedBy)
    {
        EndedByDecisionNumber = decision.Number;
        EndedByDecisionDate = decision.Date;
        EndReason = decision.Reason;
        ReplacedByGapId = replacedBy;
    }
}
