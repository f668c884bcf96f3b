using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Admission;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// The statutory steps of a case, each checked, and how the case follows its member. A time limit that passes is
/// recorded on the step (working days late) and reported on the due list, never a reason to refuse the step: the
/// regulations make lateness an accountability matter (Quy định 29-QĐ/TW 2016 §4.1, §4.2 b, §4.3.1 and successors).
/// </summary>
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
    /// that date, who has worked with the candidate long enough); the youth union's collective (its executive committee
    /// or the youth cell) for a youth-union member where a youth union exists; the trade union's executive committee
    /// where none exists. A collective sponsors together with one full member; whether the candidate is of youth age is
    /// judged at the cell's resolution (<see cref="RecordCellResolution"/>), so a candidate already older on the
    /// assignment is refused here. No sponsor twice, two in office at most.
    /// </summary>
    /// <param name="sponsorId">Identifier of the new sponsor entry.</param>
    /// <param name="kind">Who sponsors.</param>
    /// <param name="member">The sponsoring member (with the status history loaded); null for a collective.</param>
    /// <param name="workedTogetherSince">Since when the member has worked with the candidate.</param>
    /// <param name="assignedOn">Date of the assignment.</param>
    /// <param name="youthUnionExists">Whether a youth union organisation exists where the candidate works.</param>
    /// <param name="rules">The admission rule book the application applies.</param>
    public AdmissionSponsor AssignSponsor(
        Guid sponsorId, SponsorKind kind, PartyMember? member, DateOnly? workedTogetherSince, DateOnly assignedOn, bool youthUnionExists, RuleBook<AdmissionRuleSet> rules)
    {
        if (Stage != AdmissionStage.Preparing || CourseCompletedOn is null)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.Sponsor, Stage);
        }

        if (assignedOn < CourseCompletedOn.Value)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.Course, CourseCompletedOn.Value);
        }

        if (ActiveSponsors.Count >= 2)
        {
            throw AdmissionErrors.TooManySponsors();
        }

        CheckSponsor(kind, member, workedTogetherSince, assignedOn, youthUnionExists, rules.InForceOn(assignedOn), null);
        var sponsor = new AdmissionSponsor(sponsorId, Id, kind, member?.Id, kind == SponsorKind.FullMember ? workedTogetherSince : null, assignedOn);
        AddSponsor(sponsor);
        return sponsor;
    }

    /// <summary>
    /// Replaces a sponsor who was transferred or disciplined, at any stage up to the end of the probation, with another
    /// sponsor of a kind the rules allow (checked as an assignment on <paramref name="replacedOn"/>).
    /// </summary>
    public AdmissionSponsor ReplaceSponsor(
        Guid sponsorId,
        Guid newSponsorId,
        SponsorReplacementReason reason,
        SponsorKind kind,
        PartyMember? member,
        DateOnly? workedTogetherSince,
        DateOnly replacedOn,
        bool youthUnionExists,
        RuleBook<AdmissionRuleSet> rules)
    {
        if (Stage is not (AdmissionStage.Preparing or AdmissionStage.CellResolved or AdmissionStage.Decided or AdmissionStage.OnProbation))
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.SponsorReplacement, Stage);
        }

        var replaced = ActiveSponsors.FirstOrDefault(s => s.Id == sponsorId) ?? throw AdmissionErrors.SponsorNotFound(sponsorId);
        if (replacedOn < replaced.AssignedOn)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.Sponsor, replaced.AssignedOn);
        }

        CheckSponsor(kind, member, workedTogetherSince, replacedOn, youthUnionExists, rules.InForceOn(replacedOn), replaced);
        replaced.Replace(replacedOn, reason);
        var sponsor = new AdmissionSponsor(newSponsorId, Id, kind, member?.Id, kind == SponsorKind.FullMember ? workedTogetherSince : null, replacedOn);
        sponsor.MarkAsReplacementOf(replaced.Id);
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
    /// general education; and, with the candidate's age on that day, the sponsors' kinds: a youth-union member of youth
    /// age where a youth union exists is sponsored by the youth union's collective and one full member; the trade
    /// union's collective only where no youth union exists, for a candidate of youth age. Returns the rule set applied.
    /// </summary>
    public AdmissionRuleSet RecordCellResolution(DateOnly resolvedOn, string? number, bool youthUnionExists, RuleBook<AdmissionRuleSet> rules)
    {
        if (Stage != AdmissionStage.Preparing)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.CellResolution, Stage);
        }

        if (CourseCompletedOn is null)
        {
            throw AdmissionErrors.CourseRequired();
        }

        var active = ActiveSponsors;
        if (active.Count != 2)
        {
            throw AdmissionErrors.SponsorsRequired(active.Count);
        }

        var lastSponsor = active.Max(s => s.AssignedOn);
        if (resolvedOn < lastSponsor)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.Sponsor, lastSponsor);
        }

        var inForce = rules.InForceOn(resolvedOn);
        var age = AgeInMonthsOn(resolvedOn);
        if (!inForce.IsAdmissibleAge(age))
        {
            throw AdmissionErrors.AgeOutOfRange(age, inForce);
        }

        if (GeneralEducation < inForce.MinEducation)
        {
            throw AdmissionErrors.EducationInsufficient(inForce);
        }

        // Youth age is judged on the day of the resolution, under the rule set in force that day.
        var youth = inForce.IsYouthAge(age);
        if (active.Any(s => s.IsYouthCollective) && !(youth && IsYouthUnionMember && youthUnionExists))
        {
            throw AdmissionErrors.YouthSponsorNotAllowed(inForce);
        }

        if (active.Any(s => s.Kind == SponsorKind.TradeUnionExecutive) && !(youth && !youthUnionExists))
        {
            throw AdmissionErrors.TradeUnionSponsorNotAllowed(inForce);
        }

        if (youth && IsYouthUnionMember && youthUnionExists && !active.Any(s => s.IsYouthCollective))
        {
            throw AdmissionErrors.YouthSponsorRequired(age, inForce);
        }

        SetCellResolution(resolvedOn, Clean(number), inForce.Source.Code);
        return inForce;
    }

    /// <summary>
    /// Records a special extension of the superior committee's decision period (admission, or recognition once the cell
    /// has resolved), of at most the rule set's maximum in working days, with its decision and reason. Once per decision.
    /// </summary>
    public void ExtendDecisionPeriod(DateOnly extendedOn, int workingDays, string? number, string reason, RuleBook<AdmissionRuleSet> rules)
    {
        var recognition = Stage == AdmissionStage.OnProbation && (RecognitionResolutionOn is not null || EscalatedOn is not null);
        if (Stage != AdmissionStage.CellResolved && !recognition)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.DecisionExtension, Stage);
        }

        var period = (recognition ? RecognitionDecisionPeriod(rules) : DecisionPeriod(rules))!;
        if (extendedOn < period.StartsOn)
        {
            throw AdmissionErrors.DateBeforePreviousStep(recognition ? AdmissionStep.RecognitionResolution : AdmissionStep.CellResolution, period.StartsOn);
        }

        if ((recognition ? RecognitionExtensionWorkingDays : DecisionExtensionWorkingDays) is not null)
        {
            throw AdmissionErrors.ExtensionExists();
        }

        if (workingDays < 1 || workingDays > period.RuleSet.DecisionExtensionMaxWorkingDays)
        {
            throw AdmissionErrors.ExtensionTooLong(period.RuleSet);
        }

        SetExtension(recognition, extendedOn, workingDays, Clean(number), Clean(reason) ?? string.Empty);
    }

    /// <summary>
    /// Records the superior committee's decision. The decision period counts in working days from the cell's resolution
    /// (<see cref="DecisionPeriod"/>, with any extension); a decision after it is recorded with the working days it is
    /// late. <paramref name="receivedOn"/>, when known, is the day the cell received it (the ceremony's period counts
    /// from it). <paramref name="calendar"/> must know the holidays from the resolution to <paramref name="decidedOn"/>.
    /// </summary>
    public void RecordCommitteeDecision(DateOnly decidedOn, string? number, DateOnly? receivedOn, WorkingDayCalendar calendar, RuleBook<AdmissionRuleSet> rules)
    {
        if (Stage != AdmissionStage.CellResolved || CellResolutionOn is not { } resolution)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.CommitteeDecision, Stage);
        }

        if (decidedOn < resolution)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.CellResolution, resolution);
        }

        if (receivedOn is { } received && received < decidedOn)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.CommitteeDecision, decidedOn);
        }

        var late = DecisionPeriod(rules)!.WorkingDaysLate(calendar, decidedOn);
        SetCommitteeDecision(decidedOn, Clean(number), receivedOn, late);
    }

    /// <summary>Records the day the cell received the committee's decision (before the ceremony), from which the ceremony's period counts.</summary>
    public void RecordDecisionReceipt(DateOnly receivedOn)
    {
        if (Stage != AdmissionStage.Decided || CommitteeDecisionOn is not { } decision)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.DecisionReceipt, Stage);
        }

        if (receivedOn < decision)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.CommitteeDecision, decision);
        }

        CommitteeDecisionReceivedOn = receivedOn;
    }

    /// <summary>
    /// Holds the admission ceremony and records the new probationary member in the cell. The ceremony's period counts
    /// in working days from the receipt of the decision (<see cref="CeremonyPeriod"/>); a later ceremony is recorded with
    /// the working days it is late (the regulation asks for the superior committee's agreement, which is not refused
    /// here). The member's profile takes the candidate's data; what the case does not hold is completed on the member
    /// record. <paramref name="calendar"/> must know the holidays from the receipt to <paramref name="heldOn"/>.
    /// </summary>
    public PartyMember HoldCeremony(Guid memberId, DateOnly heldOn, PartyOrganization cell, WorkingDayCalendar calendar, RuleBook<AdmissionRuleSet> rules)
    {
        if (Stage != AdmissionStage.Decided || CommitteeDecisionOn is not { } decision)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.Ceremony, Stage);
        }

        var received = CommitteeDecisionReceivedOn ?? decision;
        if (heldOn < received)
        {
            throw AdmissionErrors.DateBeforePreviousStep(
                CommitteeDecisionReceivedOn is null ? AdmissionStep.CommitteeDecision : AdmissionStep.DecisionReceipt, received);
        }

        if (cell.Id != OrganizationId)
        {
            throw new ArgumentException("The member is recorded in the cell that prepared the candidate.", nameof(cell));
        }

        var late = CeremonyPeriod(rules)!.WorkingDaysLate(calendar, heldOn);
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
        SetCeremony(heldOn, member.Id, late);
        return member;
    }

    /// <summary>
    /// Records a vote of the cell on full membership, held once the probation has ended, under the majority of the rule
    /// set in force on the ceremony (two thirds of those entitled). A vote that reaches it is the cell's resolution
    /// (recorded with the working days it is late against <see cref="RecognitionPeriod"/>); a vote that does not is
    /// recorded, and the last one allowed (the third) sends the matter to the superior committee.
    /// </summary>
    public AdmissionVote RecordRecognitionVote(
        Guid voteId, DateOnly heldOn, int inFavour, int entitled, string? number, WorkingDayCalendar calendar, RuleBook<AdmissionRuleSet> rules)
    {
        if (Stage != AdmissionStage.OnProbation || RecognitionResolutionOn is not null || EscalatedOn is not null)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.RecognitionResolution, Stage);
        }

        var period = RecognitionPeriod(rules)!;
        if (heldOn < period.StartsOn)
        {
            throw AdmissionErrors.ProbationNotComplete(period.StartsOn);
        }

        if (votes.LastOrDefault() is { } last && heldOn < last.HeldOn)
        {
            throw AdmissionErrors.DateBeforePreviousStep(AdmissionStep.RecognitionVote, last.HeldOn);
        }

        if (entitled < 1 || inFavour < 0 || inFavour > entitled)
        {
            throw AdmissionErrors.VoteCountsInvalid(inFavour, entitled);
        }

        var inForce = period.RuleSet;
        var adopted = inForce.IsMajority(inFavour, entitled);
        var vote = new AdmissionVote(voteId, Id, heldOn, inFavour, entitled, adopted, inForce.Source.Code);
        votes.Add(vote);
        if (adopted)
        {
            SetRecognitionResolution(heldOn, Clean(number), period.WorkingDaysLate(calendar, heldOn));
        }
        else if (votes.Count(v => !v.Adopted) >= inForce.VotesBeforeEscalation)
        {
            EscalatedOn = heldOn;
        }

        return vote;
    }

    /// <summary>
    /// Records the committee's decision recognising the probationary member as a full member, after the cell's
    /// resolution (or after the matter went to the superior committee). The member is full from the day the probation
    /// ended, however late the cell or the committee acted (Quy định 29-QĐ/TW 2016 §4.2 b and successors); the decision
    /// is recorded with the working days it is late against <see cref="RecognitionDecisionPeriod"/>. The member's status
    /// changes through the member aggregate. <paramref name="member"/> must be the member created at the ceremony, with
    /// its status history loaded; <paramref name="calendar"/> must know the holidays from the resolution to
    /// <paramref name="recognizedOn"/>.
    /// </summary>
    public void RecognizeFullMembership(PartyMember member, DateOnly recognizedOn, string? number, WorkingDayCalendar calendar, RuleBook<AdmissionRuleSet> rules)
    {
        if (Stage != AdmissionStage.OnProbation || CeremonyOn is null)
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.FullMembership, Stage);
        }

        if (member.Id != MemberId)
        {
            throw AdmissionErrors.MemberMismatch();
        }

        if (RecognitionDecisionPeriod(rules) is not { } period)
        {
            throw AdmissionErrors.RecognitionResolutionRequired(RecognitionPeriod(rules)!.StartsOn);
        }

        if (recognizedOn < period.StartsOn)
        {
            throw AdmissionErrors.DateBeforePreviousStep(
                RecognitionResolutionOn is null ? AdmissionStep.Escalation : AdmissionStep.RecognitionResolution, period.StartsOn);
        }

        var probation = RecognitionPeriod(rules)!;
        var late = period.WorkingDaysLate(calendar, recognizedOn);
        member.RecognizeFullMembership(probation.StartsOn, Clean(number), probation.RuleSet.ProbationMonths);
        SetRecognition(recognizedOn, Clean(number), probation.StartsOn, late);
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
    /// decision records the recognition here (nothing to do when this case recorded it itself). The event's date is the
    /// day the member became full.
    /// </summary>
    public void FollowRecognition(MemberRecognizedAsFull recognized)
    {
        if (recognized.MemberId != MemberId || Stage != AdmissionStage.OnProbation)
        {
            return;
        }

        SetRecognition(recognized.RecognizedOn, Clean(recognized.DecisionNumber), recognized.RecognizedOn, null);
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
    public void Close(DateOnly closedOn, string reason, RuleBook<AdmissionRuleSet> rules)
    {
        if (Stage is not (AdmissionStage.Preparing or AdmissionStage.CellResolved or AdmissionStage.Decided))
        {
            throw AdmissionErrors.StepOutOfOrder(AdmissionStep.Closure, Stage);
        }

        if (RecordedSteps(rules).LastOrDefault() is { } last && closedOn < last.Date)
        {
            throw AdmissionErrors.DateBeforePreviousStep(last.Step, last.Date);
        }

        SetClosed(closedOn, Clean(reason) ?? string.Empty, AdmissionStage.Closed);
    }

    /// <summary>The checks of a sponsor assigned (or replacing <paramref name="replacing"/>) on <paramref name="on"/>.</summary>
    private void CheckSponsor(
        SponsorKind kind, PartyMember? member, DateOnly? workedTogetherSince, DateOnly on, bool youthUnionExists, AdmissionRuleSet inForce, AdmissionSponsor? replacing)
    {
        var others = ActiveSponsors.Where(s => s != replacing).ToList();
        if (kind == SponsorKind.FullMember)
        {
            if (member is null || workedTogetherSince is not { } since)
            {
                throw AdmissionErrors.SponsorMemberMismatch(kind);
            }

            if (sponsors.Any(s => s.MemberId == member.Id && s.ReplacedOn is null))
            {
                throw AdmissionErrors.SponsorDuplicate();
            }

            if (member.StatusOn(on) != MemberStatus.Full)
            {
                throw AdmissionErrors.SponsorNotFullMember(on);
            }

            var months = PartyMember.MonthsBetween(since, on);
            if (since > on || months < inForce.SponsorMinMonthsTogether)
            {
                throw AdmissionErrors.SponsorNotLongEnough(months, inForce);
            }

            return;
        }

        if (member is not null)
        {
            throw AdmissionErrors.SponsorMemberMismatch(kind);
        }

        // A collective sponsors together with one full member: never two collectives.
        if (others.Any(s => s.IsCollective))
        {
            throw AdmissionErrors.SponsorDuplicate();
        }

        var olderThanYouth = !inForce.IsYouthAge(AgeInMonthsOn(on));
        switch (kind)
        {
            case SponsorKind.YouthUnionExecutive or SponsorKind.YouthCellCollective:
                if (!IsYouthUnionMember || !youthUnionExists || olderThanYouth)
                {
                    throw AdmissionErrors.YouthSponsorNotAllowed(inForce);
                }

                break;

            case SponsorKind.TradeUnionExecutive:
                if (youthUnionExists || olderThanYouth)
                {
                    throw AdmissionErrors.TradeUnionSponsorNotAllowed(inForce);
                }

                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }
}
