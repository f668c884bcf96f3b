using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Admission;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Membership;

/// <summary>Where an admission stands.</summary>
public enum AdmissionStage
{
    /// <summary>Quần chúng ưu tú being prepared: course, sponsors.</summary>
    Preparing = 1,

    /// <summary>The cell has resolved to propose admission.</summary>
    CellResolved = 2,

    /// <summary>The superior committee has decided to admit.</summary>
    Decided = 3,

    /// <summary>The ceremony took place: a probationary member.</summary>
    OnProbation = 4,

    /// <summary>Recognised as a full member.</summary>
    Recognized = 5,

    /// <summary>Unfit during probation: name removed.</summary>
    NameRemoved = 6,

    /// <summary>Withdrawn or refused before the ceremony.</summary>
    Closed = 7,
}

public enum SponsorKind
{
    /// <summary>A full party member who has worked with the candidate.</summary>
    FullMember = 1,

    /// <summary>The youth union's executive committee (for youth-union candidates of youth age), as a collective.</summary>
    YouthUnionExecutive = 2,
}

/// <summary>
/// The admission of one candidate (quần chúng ưu tú) through the statutory steps: party-awareness course →
/// two sponsors → cell resolution → committee decision → ceremony → 12 months' probation → full membership
/// (or name removal). The steps and their rules live in this aggregate; the rule set applied is the one in force on
/// each step's date, and for a time limit the one in force on the step that starts it (<see cref="AdmissionRuleSet"/>).
/// </summary>
public sealed class AdmissionCase : AggregateRoot
{
    /// <summary>The stages of a case before its ceremony: the candidate is not a member yet and the cell must still exist.</summary>
    public static readonly IReadOnlyList<AdmissionStage> OpenStages = [AdmissionStage.Preparing, AdmissionStage.CellResolved, AdmissionStage.Decided];

    private readonly List<AdmissionSponsor> sponsors = [];

    private AdmissionCase(Guid id, Guid organizationId, string fullName, Sex sex, DateOnly dateOfBirth, string ethnicityCode, GeneralEducation generalEducation, bool isYouthUnionMember)
        : base(id)
    {
        OrganizationId = organizationId;
        FullName = NameFolded = NameSortKey = EthnicityCode = string.Empty;
        Stage = AdmissionStage.Preparing;
        UpdateCandidate(fullName, sex, dateOfBirth, ethnicityCode, generalEducation, isYouthUnionMember);
    }

    /// <summary>Opens a case for a candidate prepared by <paramref name="cell"/>.</summary>
    public static AdmissionCase Open(
        Guid id, PartyOrganization cell, DateOnly today, string fullName, Sex sex, DateOnly dateOfBirth, string ethnicityCode,
        GeneralEducation generalEducation, bool isYouthUnionMember)
    {
        if (cell.Type != OrganizationType.PartyCell)
        {
            throw new DomainRuleException(
                "admission.organization_not_a_cell",
                "A candidate is prepared by a party cell.",
                RuleViolationKind.Unprocessable,
                cell.Code);
        }

        if (!cell.IsActiveOn(today))
        {
            throw new DomainRuleException(
                "admission.organization_inactive",
                "The cell is dissolved.",
                RuleViolationKind.Unprocessable,
                cell.Code);
        }

        return new AdmissionCase(id, cell.Id, fullName, sex, dateOfBirth, ethnicityCode, generalEducation, isYouthUnionMember);
    }

    /// <summary>The cell that prepares the candidate.</summary>
    public Guid OrganizationId { get; private set; }

    public string FullName { get; private set; }

    public string NameFolded { get; private set; }

    public string NameSortKey { get; private set; }

    public Sex Sex { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public string EthnicityCode { get; private set; }

    public GeneralEducation GeneralEducation { get; private set; }

    public bool IsYouthUnionMember { get; private set; }

    public AdmissionStage Stage { get; private set; }

    public DateOnly? CourseCompletedOn { get; private set; }

    public string? CourseCertificateNumber { get; private set; }

    public IReadOnlyList<AdmissionSponsor> Sponsors => sponsors;

    public DateOnly? CellResolutionOn { get; private set; }

    public string? CellResolutionNumber { get; private set; }

    public DateOnly? CommitteeDecisionOn { get; private set; }

    public string? CommitteeDecisionNumber { get; private set; }

    public DateOnly? CeremonyOn { get; private set; }

    /// <summary>The member record created at the ceremony.</summary>
    public Guid? MemberId { get; private set; }

    public DateOnly? RecognizedOn { get; private set; }

    public string? RecognitionDecisionNumber { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ClosedReason { get; private set; }

    /// <summary>Code of the rule set that checked eligibility at the cell's resolution.</summary>
    public string? EligibilityRuleSetCode { get; private set; }

    /// <summary>The candidate's data; changed only while the candidate is being prepared (before the cell's resolution).</summary>
    public void UpdateCandidate(string fullName, Sex sex, DateOnly dateOfBirth, string ethnicityCode, GeneralEducation generalEducation, bool isYouthUnionMember)
    {
        if (Stage != AdmissionStage.Preparing)
        {
            throw AdmissionErrors.CandidateLocked(Stage);
        }

        if (!Ethnicities.IsKnown(ethnicityCode))
        {
            throw new DomainRuleException("member.ethnicity_unknown", "Unknown ethnic group code.", RuleViolationKind.Unprocessable, ethnicityCode);
        }

        var name = PersonName.Parse(fullName);
        FullName = name.FullName;
        NameFolded = name.Folded;
        NameSortKey = name.SortKey;
        Sex = sex;
        DateOfBirth = dateOfBirth;
        EthnicityCode = ethnicityCode;
        GeneralEducation = generalEducation;
        IsYouthUnionMember = isYouthUnionMember;
    }

    /// <summary>Age in whole months on <paramref name="date"/>, the way the admission rules count it.</summary>
    public int AgeInMonthsOn(DateOnly date) => PartyMember.MonthsBetween(DateOfBirth, date);

    /// <summary>
    /// Records the party-awareness course certificate, the first step. It can be corrected while the candidate is
    /// being prepared and no sponsor has been assigned yet (the sponsors come after the course).
    /// </summary>
    public void RecordCourse(DateOnly completedOn, string? certificateNumber)
    {
        if (Stage != AdmissionStage.Preparing || sponsors.Count > 0)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.Course, Stage);
        }

        SetCourse(completedOn, Clean(certificateNumber));
    }

    /// <summary>
    /// Assigns a sponsor, checked under the rule set in force on <paramref name="assignedOn"/>: a full member (full on
    /// that date, who has worked with the candidate long enough), or the youth union's executive committee for a
    /// youth-union member of youth age; no sponsor twice, at most two.
    /// </summary>
    /// <param name="sponsorId">Identifier of the new sponsor entry.</param>
    /// <param name="kind">Full member or the youth union's executive committee.</param>
    /// <param name="member">The sponsoring member (with the status history loaded); null for the youth union.</param>
    /// <param name="workedTogetherSince">Since when the member has worked with the candidate.</param>
    /// <param name="assignedOn">Date of the assignment.</param>
    /// <param name="rules">The admission rule book the application applies (the statutory one when null).</param>
    public AdmissionSponsor AssignSponsor(Guid sponsorId, SponsorKind kind, PartyMember? member, DateOnly? workedTogetherSince, DateOnly assignedOn, RuleBook<AdmissionRuleSet>? rules = null)
    {
        if (Stage != AdmissionStage.Preparing || CourseCompletedOn is null)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.Sponsor, Stage);
        }

        if (assignedOn < CourseCompletedOn.Value)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.Course, CourseCompletedOn.Value);
        }

        if (sponsors.Count >= 2)
        {
            throw AdmissionErrors.TooManySponsors();
        }

        var inForce = Book(rules).InForceOn(assignedOn);
        switch (kind)
        {
            case SponsorKind.FullMember:
                if (member is null || workedTogetherSince is not { } since)
                {
                    throw AdmissionErrors.SponsorMemberMismatch(kind);
                }

                if (sponsors.Any(s => s.MemberId == member.Id))
                {
                    throw AdmissionErrors.SponsorDuplicate();
                }

                if (member.StatusOn(assignedOn) != MemberStatus.Full)
                {
                    throw AdmissionErrors.SponsorNotFullMember(assignedOn);
                }

                var months = PartyMember.MonthsBetween(since, assignedOn);
                if (since > assignedOn || months < inForce.SponsorMinMonthsTogether)
                {
                    throw AdmissionErrors.SponsorNotLongEnough(months, inForce);
                }

                break;

            case SponsorKind.YouthUnionExecutive:
                if (member is not null)
                {
                    throw AdmissionErrors.SponsorMemberMismatch(kind);
                }

                if (sponsors.Any(s => s.Kind == SponsorKind.YouthUnionExecutive))
                {
                    throw AdmissionErrors.SponsorDuplicate();
                }

                if (!IsYouthUnionMember || !inForce.IsYouthAge(AgeInMonthsOn(assignedOn)))
                {
                    throw AdmissionErrors.YouthSponsorNotAllowed(inForce);
                }

                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }

        var sponsor = new AdmissionSponsor(sponsorId, Id, kind, member?.Id, kind == SponsorKind.FullMember ? workedTogetherSince : null, assignedOn);
        AddSponsor(sponsor);
        return sponsor;
    }

    /// <summary>Withdraws a sponsor while the candidate is being prepared.</summary>
    public void WithdrawSponsor(Guid sponsorId)
    {
        if (Stage != AdmissionStage.Preparing)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.Sponsor, Stage);
        }

        var sponsor = sponsors.FirstOrDefault(s => s.Id == sponsorId) ?? throw AdmissionErrors.SponsorNotFound(sponsorId);
        RemoveSponsor(sponsor);
    }

    /// <summary>
    /// Records the cell's resolution proposing admission, checked under the rule set in force on
    /// <paramref name="resolvedOn"/>: the course certificate and two valid sponsors, age in months within the bounds,
    /// general education. Returns the rule set applied (recorded on the case).
    /// </summary>
    public AdmissionRuleSet RecordCellResolution(DateOnly resolvedOn, string? number, RuleBook<AdmissionRuleSet>? rules = null)
    {
        if (Stage != AdmissionStage.Preparing)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.CellResolution, Stage);
        }

        if (CourseCompletedOn is null)
        {
            throw AdmissionErrors.CourseRequired();
        }

        if (sponsors.Count != 2)
        {
            throw AdmissionErrors.SponsorsRequired(sponsors.Count);
        }

        var lastSponsor = sponsors.Max(s => s.AssignedOn);
        if (resolvedOn < lastSponsor)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.Sponsor, lastSponsor);
        }

        var inForce = Book(rules).InForceOn(resolvedOn);
        var age = AgeInMonthsOn(resolvedOn);
        if (!inForce.IsAdmissibleAge(age))
        {
            throw AdmissionErrors.AgeOutOfRange(age, inForce);
        }

        if (GeneralEducation < inForce.MinEducation)
        {
            throw AdmissionErrors.EducationInsufficient(inForce);
        }

        // The candidate's data may have changed since the youth union was assigned: it must still qualify.
        if (sponsors.FirstOrDefault(s => s.Kind == SponsorKind.YouthUnionExecutive) is { } youth
            && (!IsYouthUnionMember || !Book(rules).InForceOn(youth.AssignedOn).IsYouthAge(AgeInMonthsOn(youth.AssignedOn))))
        {
            throw AdmissionErrors.YouthSponsorNotAllowed(inForce);
        }

        SetCellResolution(resolvedOn, Clean(number), inForce.Source.Code);
        return inForce;
    }

    /// <summary>
    /// Records the superior committee's decision, within the decision period counted in working days from the cell's
    /// resolution (<see cref="DecisionPeriod"/>). <paramref name="calendar"/> must know the holidays from the resolution
    /// to <paramref name="decidedOn"/>: a period that ends later is met whatever the holidays after that day.
    /// </summary>
    public void RecordCommitteeDecision(DateOnly decidedOn, string? number, WorkingDayCalendar calendar, RuleBook<AdmissionRuleSet>? rules = null)
    {
        if (Stage != AdmissionStage.CellResolved || CellResolutionOn is not { } resolution)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.CommitteeDecision, Stage);
        }

        if (decidedOn < resolution)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.CellResolution, resolution);
        }

        var period = DecisionPeriod(rules)!;
        var lastAllowed = period.DueDate(calendar);
        if (decidedOn > lastAllowed)
        {
            throw AdmissionErrors.DecisionDeadlinePassed(lastAllowed, period.RuleSet);
        }

        SetCommitteeDecision(decidedOn, Clean(number));
    }

    /// <summary>
    /// Holds the admission ceremony, within the ceremony period counted in working days from the decision
    /// (<see cref="CeremonyPeriod"/>), and records the new probationary member in the cell. The member's profile takes
    /// the candidate's data; what the case does not hold (place of birth, home town, religion, citizen ID, position,
    /// contacts, card and record numbers) is left empty and the professional and political-theory levels at None, to be
    /// completed on the member record. <paramref name="calendar"/> must know the holidays from the decision to
    /// <paramref name="heldOn"/>.
    /// </summary>
    public PartyMember HoldCeremony(Guid memberId, DateOnly heldOn, PartyOrganization cell, WorkingDayCalendar calendar, RuleBook<AdmissionRuleSet>? rules = null)
    {
        if (Stage != AdmissionStage.Decided || CommitteeDecisionOn is not { } decision)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.Ceremony, Stage);
        }

        if (heldOn < decision)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.CommitteeDecision, decision);
        }

        var period = CeremonyPeriod(rules)!;
        var lastAllowed = period.DueDate(calendar);
        if (heldOn > lastAllowed)
        {
            throw AdmissionErrors.CeremonyDeadlinePassed(lastAllowed, period.RuleSet);
        }

        if (cell.Id != OrganizationId)
        {
            throw new ArgumentException("The member is recorded in the cell that prepared the candidate.", nameof(cell));
        }

        var profile = new MemberProfile(
            FullName, Sex, DateOfBirth, null, null, EthnicityCode, null, null, GeneralEducation,
            ProfessionalLevel.None, PoliticalTheoryLevel.None, null, null, null, null, false, null, null);
        var member = PartyMember.Register(
            memberId,
            profile,
            new AdmissionRecord(decision, CommitteeDecisionNumber, heldOn, null),
            cell,
            MemberStatus.Probationary,
            heldOn,
            CommitteeDecisionNumber);
        SetCeremony(heldOn, member.Id);
        return member;
    }

    /// <summary>
    /// Recognises the probationary member as a full member: not before the probation (counted from the ceremony) has
    /// ended, and within the recognition period after it (<see cref="RecognitionPeriod"/>). <paramref name="member"/>
    /// must be the member created at the ceremony, with its status history loaded; <paramref name="calendar"/> must
    /// know the holidays from the end of probation to <paramref name="recognizedOn"/>.
    /// </summary>
    public void RecognizeFullMembership(PartyMember member, DateOnly recognizedOn, string? number, WorkingDayCalendar calendar, RuleBook<AdmissionRuleSet>? rules = null)
    {
        if (Stage != AdmissionStage.OnProbation || CeremonyOn is not { } ceremony)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.FullMembership, Stage);
        }

        if (member.Id != MemberId)
        {
            throw AdmissionErrors.MemberMismatch();
        }

        if (recognizedOn < ceremony)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.Ceremony, ceremony);
        }

        var period = RecognitionPeriod(rules)!;
        if (recognizedOn < period.StartsOn)
        {
            throw AdmissionErrors.ProbationNotComplete(period.StartsOn);
        }

        var lastAllowed = period.DueDate(calendar);
        if (recognizedOn > lastAllowed)
        {
            throw AdmissionErrors.RecognitionDeadlinePassed(lastAllowed, period.RuleSet);
        }

        member.RecognizeFullMembership(recognizedOn, Clean(number), period.RuleSet.ProbationMonths);
        SetRecognition(recognizedOn, Clean(number));
    }

    /// <summary>
    /// Removes the name of a probationary member found unfit (a probationary member is never expelled).
    /// <paramref name="member"/> must be the member created at the ceremony, with its status history loaded.
    /// </summary>
    public void RemoveName(PartyMember member, DateOnly removedOn, string? number, string reason)
    {
        if (Stage != AdmissionStage.OnProbation || CeremonyOn is not { } ceremony)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.NameRemoval, Stage);
        }

        if (member.Id != MemberId)
        {
            throw AdmissionErrors.MemberMismatch();
        }

        if (removedOn < ceremony)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.Ceremony, ceremony);
        }

        member.ChangeStatus(MemberStatus.NameRemoved, removedOn, Clean(number), Clean(reason));
        SetClosed(removedOn, Clean(reason) ?? string.Empty, AdmissionStage.NameRemoved);
    }

    /// <summary>
    /// The case follows its member: a probationary member recognised as a full member by the member record's own
    /// decision records the recognition here (nothing to do when this case recorded it itself).
    /// </summary>
    public void FollowRecognition(MemberRecognizedAsFull recognized)
    {
        if (recognized.MemberId != MemberId || Stage != AdmissionStage.OnProbation)
        {
            return;
        }

        SetRecognition(recognized.RecognizedOn, Clean(recognized.DecisionNumber));
    }

    /// <summary>
    /// The case follows its member: a probationary member who left the party organisation ends the case on that date,
    /// NAME_REMOVED when the name was removed, CLOSED otherwise (died, transferred out of the committee), with the
    /// decision's reason or the status that ended it. Nothing to do when the case is no longer on probation.
    /// </summary>
    public void FollowDeparture(MemberLeftPartyOrganisation left)
    {
        if (left.MemberId != MemberId || Stage != AdmissionStage.OnProbation)
        {
            return;
        }

        var reason = Clean(left.Reason) ?? MembershipLabels.Of(left.Status).Vi;
        SetClosed(left.On, reason, left.Status == MemberStatus.NameRemoved ? AdmissionStage.NameRemoved : AdmissionStage.Closed);
    }

    /// <summary>Closes the case before the ceremony (the candidate withdrew, or the cell or committee did not admit).</summary>
    public void Close(DateOnly closedOn, string reason)
    {
        if (Stage is not (AdmissionStage.Preparing or AdmissionStage.CellResolved or AdmissionStage.Decided))
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.Closure, Stage);
        }

        if (RecordedSteps(null).LastOrDefault() is { } last && closedOn < last.Date)
        {
            throw AdmissionErrors.DateBeforePreviousStep(last.Step, last.Date);
        }

        SetClosed(closedOn, Clean(reason) ?? string.Empty, AdmissionStage.Closed);
    }

    /// <summary>The statutory period running now, if any: the decision, the ceremony or the recognition awaited.</summary>
    public AdmissionPeriod? PendingPeriod(RuleBook<AdmissionRuleSet>? rules = null) => Stage switch
    {
        AdmissionStage.CellResolved => DecisionPeriod(rules),
        AdmissionStage.Decided => CeremonyPeriod(rules),
        AdmissionStage.OnProbation => RecognitionPeriod(rules),
        _ => null,
    };

    /// <summary>
    /// The period for the superior committee's decision: working days from the cell's resolution, under the rule set
    /// in force on the resolution. A time limit is governed by the rule set in force on the day of the step that
    /// starts it, so it is known as soon as it starts and a later regulation does not move it.
    /// </summary>
    public AdmissionPeriod? DecisionPeriod(RuleBook<AdmissionRuleSet>? rules = null)
    {
        if (CellResolutionOn is not { } resolution)
        {
            return null;
        }

        var inForce = Book(rules).InForceOn(resolution);
        return new AdmissionPeriod(AdmissionStep.CommitteeDecision, resolution, inForce.DecisionDeadlineWorkingDays, null, inForce);
    }

    /// <summary>The period for the ceremony: working days from the decision, under the rule set in force on the decision.</summary>
    public AdmissionPeriod? CeremonyPeriod(RuleBook<AdmissionRuleSet>? rules = null)
    {
        if (CommitteeDecisionOn is not { } decision)
        {
            return null;
        }

        var inForce = Book(rules).InForceOn(decision);
        return new AdmissionPeriod(AdmissionStep.Ceremony, decision, inForce.CeremonyDeadlineWorkingDays, null, inForce);
    }

    /// <summary>
    /// The period for recognition as a full member, under the rule set in force on the ceremony (which starts the
    /// probation): it starts, and the step becomes possible, when the probation ends; it lasts the recognition working days.
    /// </summary>
    public AdmissionPeriod? RecognitionPeriod(RuleBook<AdmissionRuleSet>? rules = null)
    {
        if (CeremonyOn is not { } ceremony)
        {
            return null;
        }

        var inForce = Book(rules).InForceOn(ceremony);
        var probationEnds = ceremony.AddMonths(inForce.ProbationMonths);
        return new AdmissionPeriod(AdmissionStep.FullMembership, probationEnds, inForce.RecognitionDeadlineWorkingDays, probationEnds, inForce);
    }

    /// <summary>The step the case waits for next (null once it is finished).</summary>
    public AdmissionStep? NextStep => Stage switch
    {
        AdmissionStage.Preparing when CourseCompletedOn is null => AdmissionStep.Course,
        AdmissionStage.Preparing when sponsors.Count < 2 => AdmissionStep.Sponsor,
        AdmissionStage.Preparing => AdmissionStep.CellResolution,
        AdmissionStage.CellResolved => AdmissionStep.CommitteeDecision,
        AdmissionStage.Decided => AdmissionStep.Ceremony,
        AdmissionStage.OnProbation => AdmissionStep.FullMembership,
        _ => null,
    };

    /// <summary>
    /// The steps recorded so far, in order, each with the rule set applied to it: for the course, a sponsor and the
    /// resolution, the one in force on the step's date; for the decision, the ceremony and recognition, the one that
    /// fixed their time limit (in force on the resolution, the decision and the ceremony); for a closure or name
    /// removal, the one in force on its date.
    /// </summary>
    public IReadOnlyList<AdmissionStepRecord> RecordedSteps(RuleBook<AdmissionRuleSet>? rules = null)
    {
        var steps = new List<AdmissionStepRecord>();
        if (CourseCompletedOn is { } course)
        {
            steps.Add(new(AdmissionStep.Course, course, CourseCertificateNumber, Book(rules).TryInForceOn(course)));
        }

        foreach (var sponsor in sponsors.OrderBy(s => s.AssignedOn))
        {
            steps.Add(new(AdmissionStep.Sponsor, sponsor.AssignedOn, null, Book(rules).TryInForceOn(sponsor.AssignedOn), sponsor.Id));
        }

        if (CellResolutionOn is { } resolution)
        {
            steps.Add(new(
                AdmissionStep.CellResolution,
                resolution,
                CellResolutionNumber,
                Book(rules).Find(EligibilityRuleSetCode) ?? Book(rules).TryInForceOn(resolution)));
        }

        if (CommitteeDecisionOn is { } decision)
        {
            steps.Add(new(AdmissionStep.CommitteeDecision, decision, CommitteeDecisionNumber, DecisionPeriod(rules)?.RuleSet));
        }

        if (CeremonyOn is { } ceremony)
        {
            steps.Add(new(AdmissionStep.Ceremony, ceremony, null, CeremonyPeriod(rules)?.RuleSet));
        }

        if (RecognizedOn is { } recognized)
        {
            steps.Add(new(AdmissionStep.FullMembership, recognized, RecognitionDecisionNumber, RecognitionPeriod(rules)?.RuleSet));
        }

        if (ClosedOn is { } closed)
        {
            var step = Stage == AdmissionStage.NameRemoved ? AdmissionStep.NameRemoval : AdmissionStep.Closure;
            steps.Add(new(step, closed, null, Book(rules).TryInForceOn(closed)));
        }

        return steps;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Clean(text);

    /// <summary>The book the caller applies (the application injects it); the statutory one when none is given.</summary>
    private static RuleBook<AdmissionRuleSet> Book(RuleBook<AdmissionRuleSet>? rules) => rules ?? AdmissionRuleSet.Statutory;

    /// <summary>Mutators for the workflow steps; the statutory checks are made by the methods that call them.</summary>
    internal void SetCourse(DateOnly completedOn, string? certificateNumber)
    {
        CourseCompletedOn = completedOn;
        CourseCertificateNumber = certificateNumber;
    }

    internal void AddSponsor(AdmissionSponsor sponsor) => sponsors.Add(sponsor);

    internal void RemoveSponsor(AdmissionSponsor sponsor) => sponsors.Remove(sponsor);

    internal void SetCellResolution(DateOnly on, string? number, string ruleSetCode)
    {
        CellResolutionOn = on;
        CellResolutionNumber = number;
        EligibilityRuleSetCode = ruleSetCode;
        Stage = AdmissionStage.CellResolved;
    }

    internal void SetCommitteeDecision(DateOnly on, string? number)
    {
        CommitteeDecisionOn = on;
        CommitteeDecisionNumber = number;
        Stage = AdmissionStage.Decided;
    }

    internal void SetCeremony(DateOnly on, Guid memberId)
    {
        CeremonyOn = on;
        MemberId = memberId;
        Stage = AdmissionStage.OnProbation;
    }

    internal void SetRecognition(DateOnly on, string? number)
    {
        RecognizedOn = on;
        RecognitionDecisionNumber = number;
        Stage = AdmissionStage.Recognized;
    }

    internal void SetClosed(DateOnly on, string reason, AdmissionStage stage)
    {
        ClosedOn = on;
        ClosedReason = reason;
        Stage = stage;
    }
}

/// <summary>A sponsor (người giới thiệu) of a candidate.</summary>
public sealed class AdmissionSponsor : Entity, IAuditable
{
    internal AdmissionSponsor(Guid id, Guid admissionCaseId, SponsorKind kind, Guid? memberId, DateOnly? workedTogetherSince, DateOnly assignedOn)
        : base(id)
    {
        AdmissionCaseId = admissionCaseId;
        Kind = kind;
        MemberId = memberId;
        WorkedTogetherSince = workedTogetherSince;
        AssignedOn = assignedOn;
    }

    public Guid AdmissionCaseId { get; private set; }

    public SponsorKind Kind { get; private set; }

    /// <summary>The sponsoring full member (null for the youth union's executive committee).</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>Since when the sponsor has worked with the candidate (at least 12 months before the sponsorship).</summary>
    public DateOnly? WorkedTogetherSince { get; private set; }

    public DateOnly AssignedOn { get; private set; }
}
