using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Admission;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Membership;

/// <summary>The statutory steps of a case, each checked, and how the case follows its member.</summary>
public sealed partial class AdmissionCase
{
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
}
