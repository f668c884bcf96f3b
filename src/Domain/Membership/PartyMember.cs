using System.Globalization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Membership;

/// <summary>The personal part of a member's record (forms 2-KNĐ / 2-HSĐV).</summary>
public sealed record MemberProfile(
    string FullName,
    Sex Sex,
    DateOnly DateOfBirth,
    string? PlaceOfBirth,
    string? HomeTown,
    string EthnicityCode,
    string? Religion,
    string? CitizenId,
    GeneralEducation GeneralEducation,
    ProfessionalLevel ProfessionalLevel,
    PoliticalTheoryLevel PoliticalTheoryLevel,
    string? Position,
    string? Phone,
    string? Email,
    string? Address,
    bool IsProvincialCommitteeMember,
    string? PartyCardNumber,
    string? RecordNumber);

/// <summary>The admission part of a member's record.</summary>
/// <param name="DecisionDate">Date of the admission decision; party seniority counts from it.</param>
/// <param name="DecisionNumber">Number of the admission decision.</param>
/// <param name="CeremonyDate">Date of the admission ceremony; probation runs 12 months from it.</param>
/// <param name="FullMembershipDate">Date of recognition as a full member, if recognised.</param>
public sealed record AdmissionRecord(DateOnly DecisionDate, string? DecisionNumber, DateOnly? CeremonyDate, DateOnly? FullMembershipDate);

/// <summary>
/// A party member. Status and cell are kept with their history (dated periods), so that any statistic can be
/// computed as of any date; the current values are kept on the member for fast lists. Partial: conditions
/// (exemption, suspension), seniority, re-admission, corrections and the rest of the national record live in
/// PartyMember.*.cs files of their own.
/// </summary>
public sealed partial class PartyMember : AggregateRoot
{
    private readonly List<MemberStatusPeriod> statusHistory = [];
    private readonly List<MemberPlacement> placements = [];

    private PartyMember(Guid id)
        : base(id)
    {
        FullName = FamilyName = MiddleName = GivenName = NameFolded = NameSortKey = EthnicityCode = string.Empty;
    }

    public string FullName { get; private set; }

    public string FamilyName { get; private set; }

    public string MiddleName { get; private set; }

    public string GivenName { get; private set; }

    public string NameFolded { get; private set; }

    public string NameSortKey { get; private set; }

    public Sex Sex { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public string? PlaceOfBirth { get; private set; }

    public string? HomeTown { get; private set; }

    /// <summary>Code of the national list of 54 ethnic groups (<see cref="Ethnicities"/>).</summary>
    public string EthnicityCode { get; private set; }

    public string? Religion { get; private set; }

    /// <summary>12-digit citizen identity number (CCCD).</summary>
    public string? CitizenId { get; private set; }

    public GeneralEducation GeneralEducation { get; private set; }

    public ProfessionalLevel ProfessionalLevel { get; private set; }

    public PoliticalTheoryLevel PoliticalTheoryLevel { get; private set; }

    /// <summary>Job title or post in the department (chức vụ chính quyền, đoàn thể).</summary>
    public string? Position { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? Address { get; private set; }

    /// <summary>Ủy viên Ban Chấp hành Đảng bộ tỉnh.</summary>
    public bool IsProvincialCommitteeMember { get; private set; }

    /// <summary>Record number: 6 digits and the province letters.</summary>
    public string? RecordNumber { get; private set; }

    public DateOnly AdmissionDecisionDate { get; private set; }

    public string? AdmissionDecisionNumber { get; private set; }

    public DateOnly? CeremonyDate { get; private set; }

    public DateOnly? FullMembershipDate { get; private set; }

    /// <summary>The cell the member belongs to now (home cell; a temporary transfer does not change it).</summary>
    public Guid OrganizationId { get; private set; }

    public MemberStatus Status { get; private set; }

    public IReadOnlyList<MemberStatusPeriod> StatusHistory => statusHistory;

    public IReadOnlyList<MemberPlacement> Placements => placements;

    /// <summary>The open status period (the database returns history rows in no particular order, so never "the last one").</summary>
    private MemberStatusPeriod CurrentStatusPeriod => statusHistory.MaxBy(p => p.StartsOn)!;

    private MemberPlacement CurrentPlacement => placements.MaxBy(p => p.StartsOn)!;

    /// <summary>
    /// Records a member: the admission facts, the cell and the status the member has since <paramref name="statusSince"/>.
    /// The member must have been of admission age on the admission decision's date, under the admission rule set in
    /// force that day (<paramref name="admissionRules"/>, the statutory book when not given).
    /// </summary>
    public static PartyMember Register(
        Guid id,
        MemberProfile profile,
        AdmissionRecord admission,
        PartyOrganization cell,
        MemberStatus status,
        DateOnly statusSince,
        string? decisionNumber,
        RuleBook<AdmissionRuleSet>? admissionRules = null)
    {
        if (status is not (MemberStatus.Probationary or MemberStatus.Full))
        {
            throw new DomainRuleException(
                "member.initial_status_invalid",
                "A member is recorded as probationary or full; other statuses are reached by a change (exemption and suspension are conditions recorded afterwards).",
                RuleViolationKind.Unprocessable,
                status.ToString());
        }

        var member = new PartyMember(id);
        member.Apply(profile);
        member.SetAdmission(admission, status);
        member.EnsureAdmissionAge(admissionRules ?? AdmissionRuleSet.Statutory);
        member.qualifications.Add(MemberQualificationPeriod.From(member, member.DateOfBirth));
        EnsureCell(cell, statusSince);
        member.OrganizationId = cell.Id;
        member.placements.Add(new MemberPlacement(Ids.NewVersion7(), id, cell.Id, statusSince));
        member.Status = status;
        member.statusHistory.Add(new MemberStatusPeriod(Ids.NewVersion7(), id, status, statusSince, decisionNumber, null));
        member.AcceptCardNumberFromRecord(profile.PartyCardNumber);
        return member;
    }

    /// <summary>
    /// Updates the record. The name and the date of birth are not changed here: they change only by a decision
    /// (<see cref="CorrectIdentity"/>). A change of education, professional level, political theory or position
    /// is dated <paramref name="effectiveOn"/> and kept, so that statistics as of an earlier date use the values then.
    /// </summary>
    public void UpdateProfile(MemberProfile profile, DateOnly effectiveOn)
    {
        var name = PersonName.Parse(profile.FullName);
        if (!string.Equals(name.FullName, FullName, StringComparison.Ordinal) || profile.DateOfBirth != DateOfBirth)
        {
            throw new DomainRuleException(
                "member.identity_change_needs_decision",
                "The name and the date of birth change only by a decision: record a correction with its decision.",
                RuleViolationKind.Unprocessable);
        }

        Apply(profile);
        AcceptCardNumberFromRecord(profile.PartyCardNumber);
        RecordQualifications(effectiveOn);
    }

    /// <summary>Corrects the admission facts (a data-entry correction, not an event).</summary>
    public void CorrectAdmission(AdmissionRecord admission, RuleBook<AdmissionRuleSet>? admissionRules = null)
    {
        SetAdmission(admission, Status);
        EnsureAdmissionAge(admissionRules ?? AdmissionRuleSet.Statutory);
        RecomputeSeniorityStart();
    }

    /// <summary>Age in whole months on <paramref name="date"/> (the admission rules count age in months).</summary>
    public int AgeInMonthsOn(DateOnly date) => MonthsBetween(DateOfBirth, date);

    /// <summary>Whole years of party seniority on <paramref name="date"/> (0 while probationary); see <see cref="SeniorityOn"/>.</summary>
    public int SeniorityYearsOn(DateOnly date) => SeniorityRules.SeniorityYearsOn(this, date);

    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (to.Day < from.Day)
        {
            months--;
        }

        return Math.Max(months, 0);
    }

    /// <summary>The status on <paramref name="date"/>, from the history (null before the member was recorded).</summary>
    public MemberStatus? StatusOn(DateOnly date) => SeniorityRules.StatusOn(this, date);

    /// <summary>
    /// Changes the member's status on <paramref name="effectiveOn"/> by a decision. Transitions follow the statute:
    /// a probationary member cannot be expelled (an unfit one has the name removed); removed, expelled and deceased
    /// are final (a removed or expelled person may be re-admitted: <see cref="Readmit"/>); only the transfer workflow
    /// moves a member out. A removal or expulsion carries its coded <paramref name="leavingReason"/>, on which a later
    /// re-admission depends (discipline and the admission case call this with theirs).
    /// </summary>
    public void ChangeStatus(MemberStatus to, DateOnly effectiveOn, string? decisionNumber, string? reason, LeavingReason? leavingReason = null)
    {
        MemberStatusRules.EnsureAllowed(Status, to);
        AppendStatus(to, effectiveOn, decisionNumber, reason, MemberStatusRules.LeftTheParty(to) ? leavingReason : null);
    }

    /// <summary>Recognises a probationary member as a full member once the probation of the rule set has run.</summary>
    public void RecognizeFullMembership(DateOnly recognizedOn, string? decisionNumber, int probationMonths)
    {
        if (Status != MemberStatus.Probationary)
        {
            throw new DomainRuleException(
                "member.not_probationary",
                "Only a probationary member can be recognised as a full member.",
                RuleViolationKind.Conflict,
                Status.ToString());
        }

        var probationEnds = ProbationStartsOn.AddMonths(probationMonths);
        if (recognizedOn < probationEnds)
        {
            throw new DomainRuleException(
                "member.probation_not_complete",
                "The probation has not ended yet.",
                RuleViolationKind.Unprocessable,
                probationEnds.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        AppendStatus(MemberStatus.Full, recognizedOn, decisionNumber, null);
        FullMembershipDate = recognizedOn;
        Raise(new MemberRecognizedAsFull(Id, recognizedOn, decisionNumber));
    }

    /// <summary>An official transfer between cells of the committee took effect on <paramref name="on"/>.</summary>
    public void MoveToCell(PartyOrganization cell, DateOnly on)
    {
        if (!MemberStatusRules.IsActive(Status))
        {
            throw new DomainRuleException(
                "member.not_active",
                "The member has left the party organisation.",
                RuleViolationKind.Conflict,
                Status.ToString());
        }

        if (cell.Id == OrganizationId)
        {
            throw new DomainRuleException("member.already_in_cell", "The member already belongs to that cell.", RuleViolationKind.Conflict);
        }

        EnsureCell(cell, on);
        var current = CurrentPlacement;
        if (on <= current.StartsOn)
        {
            throw DateBeforeLastChange(current.StartsOn);
        }

        current.Close(on);
        placements.Add(new MemberPlacement(Ids.NewVersion7(), Id, cell.Id, on));
        var from = OrganizationId;
        OrganizationId = cell.Id;
        Raise(new MemberMovedCell(Id, from, cell.Id, on));
    }

    /// <summary>An official transfer out of the committee was sent on <paramref name="on"/>.</summary>
    public void TransferOut(DateOnly on, string? decisionNumber)
    {
        MemberStatusRules.EnsureAllowed(Status, MemberStatus.TransferredOut);
        AppendStatus(MemberStatus.TransferredOut, on, decisionNumber, null);
        CurrentPlacement.Close(on);
    }

    private void AppendStatus(MemberStatus to, DateOnly effectiveOn, string? decisionNumber, string? reason, LeavingReason? leavingReason = null)
    {
        var current = CurrentStatusPeriod;
        if (effectiveOn < current.StartsOn)
        {
            throw DateBeforeLastChange(current.StartsOn);
        }

        if (effectiveOn == current.StartsOn)
        {
            // Two changes on one day: the later decision replaces the earlier period.
            statusHistory.Remove(current);
            current.Close(effectiveOn);
        }
        else
        {
            current.Close(effectiveOn);
        }

        var from = Status;
        statusHistory.Add(new MemberStatusPeriod(Ids.NewVersion7(), Id, to, effectiveOn, decisionNumber, reason) { LeavingReason = leavingReason });
        Status = to;
        Raise(new MemberStatusChanged(Id, from, to, effectiveOn, decisionNumber, reason));
        if (!MemberStatusRules.IsActive(to))
        {
            EndConditionsOnLeaving(effectiveOn);
            Raise(new MemberLeftPartyOrganisation(Id, to, effectiveOn, reason));
        }
    }

    private static DomainRuleException DateBeforeLastChange(DateOnly last) => new(
        "member.date_before_last_change",
        "The date is before the member's last recorded change.",
        RuleViolationKind.Unprocessable,
        last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void EnsureCell(PartyOrganization cell, DateOnly on)
    {
        if (cell.Type != OrganizationType.PartyCell)
        {
            throw new DomainRuleException(
                "member.organization_not_a_cell",
                "A member belongs to a party cell.",
                RuleViolationKind.Unprocessable,
                cell.Code);
        }

        // The placement starts on that date and stays open: the cell must exist then and not be dissolved since.
        if (!cell.IsActiveOn(on) || cell.DissolvedOn is not null)
        {
            throw new DomainRuleException(
                "member.organization_inactive",
                "The cell does not exist on that date.",
                RuleViolationKind.Unprocessable,
                cell.Code,
                (cell.IsActiveOn(on) ? cell.DissolvedOn!.Value : on).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private void Apply(MemberProfile profile)
    {
        ApplyFullName(profile.FullName);
        Sex = profile.Sex;
        DateOfBirth = profile.DateOfBirth;
        PlaceOfBirth = Clean(profile.PlaceOfBirth);
        HomeTown = Clean(profile.HomeTown);
        EthnicityCode = Ethnicities.IsKnown(profile.EthnicityCode)
            ? profile.EthnicityCode
            : throw new DomainRuleException("member.ethnicity_unknown", "Unknown ethnic group code.", RuleViolationKind.Unprocessable, profile.EthnicityCode);
        Religion = Clean(profile.Religion);
        CitizenId = Clean(profile.CitizenId);
        GeneralEducation = profile.GeneralEducation;
        ProfessionalLevel = profile.ProfessionalLevel;
        PoliticalTheoryLevel = profile.PoliticalTheoryLevel;
        Position = Clean(profile.Position);
        Phone = Clean(profile.Phone);
        Email = Clean(profile.Email);
        Address = Clean(profile.Address);
        IsProvincialCommitteeMember = profile.IsProvincialCommitteeMember;
        RecordNumber = Clean(profile.RecordNumber)?.ToUpperInvariant();
    }

    private void SetAdmission(AdmissionRecord admission, MemberStatus status)
    {
        if (admission.CeremonyDate is { } ceremony && ceremony < admission.DecisionDate)
        {
            throw new DomainRuleException(
                "member.ceremony_before_decision",
                "The admission ceremony cannot precede the admission decision.",
                RuleViolationKind.Unprocessable);
        }

        if (admission.FullMembershipDate is { } full && full < (admission.CeremonyDate ?? admission.DecisionDate))
        {
            throw new DomainRuleException(
                "member.full_membership_before_admission",
                "Full membership cannot precede admission.",
                RuleViolationKind.Unprocessable);
        }

        if (status == MemberStatus.Probationary && admission.FullMembershipDate is not null)
        {
            throw new DomainRuleException(
                "member.probationary_with_full_membership_date",
                "A probationary member has no full-membership date.",
                RuleViolationKind.Unprocessable);
        }

        AdmissionDecisionDate = admission.DecisionDate;
        AdmissionDecisionNumber = Clean(admission.DecisionNumber);
        CeremonyDate = admission.CeremonyDate;
        FullMembershipDate = admission.FullMembershipDate;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Clean(text);
}

/// <summary>A period during which a member had one status (from a decision on <see cref="StartsOn"/>).</summary>
public sealed class MemberStatusPeriod : Entity, IAuditable, IStatusPeriodFacts
{
    internal MemberStatusPeriod(Guid id, Guid memberId, MemberStatus status, DateOnly startsOn, string? decisionNumber, string? reason)
        : base(id)
    {
        MemberId = memberId;
        Status = status;
        StartsOn = startsOn;
        DecisionNumber = decisionNumber;
        Reason = reason;
    }

    public Guid MemberId { get; private set; }

    public MemberStatus Status { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The day the next status began; null for the current status (stored so; <see cref="Period"/> gives the days).</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>The days of the period, last day included (the day before the next status began).</summary>
    public DateRange Period => Periods.Of(StartsOn, EndsOn);

    public string? DecisionNumber { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>Why the member left, for a removal or an expulsion (re-admission depends on it).</summary>
    public LeavingReason? LeavingReason { get; internal set; }

    internal void Close(DateOnly on) => EndsOn = on;

    internal void Reopen() => EndsOn = null;
}

/// <summary>The history tables store the day the next period began; the domain reads them as <see cref="DateRange"/>.</summary>
internal static class Periods
{
    /// <summary>The days from <paramref name="startsOn"/> to the day before <paramref name="nextStartsOn"/> (at least the first day).</summary>
    public static DateRange Of(DateOnly startsOn, DateOnly? nextStartsOn) =>
        new(startsOn, nextStartsOn is { } next ? (next > startsOn ? next.AddDays(-1) : startsOn) : null);
}

/// <summary>A period during which a member belonged to one cell.</summary>
public sealed class MemberPlacement : Entity, IAuditable
{
    internal MemberPlacement(Guid id, Guid memberId, Guid organizationId, DateOnly startsOn)
        : base(id)
    {
        MemberId = memberId;
        OrganizationId = organizationId;
        StartsOn = startsOn;
    }

    public Guid MemberId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The day the member left the cell; null while there (stored so; <see cref="Period"/> gives the days).</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>The days in the cell, last day included.</summary>
    public DateRange Period => Periods.Of(StartsOn, EndsOn);

    internal void Close(DateOnly on) => EndsOn = on;

    internal void Reopen() => EndsOn = null;
}
