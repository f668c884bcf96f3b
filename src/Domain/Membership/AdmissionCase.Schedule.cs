using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Admission;

namespace PartyCommittee.Domain.Membership;

/// <summary>The schedule of a case: the statutory periods, their deadlines, the next step and the steps recorded with their rules.</summary>
public sealed partial class AdmissionCase
{
    /// <summary>The statutory period running now, if any: the decision, the ceremony, the cell's recognition resolution or the committee's recognition decision awaited.</summary>
    public AdmissionPeriod? PendingPeriod(RuleBook<AdmissionRuleSet> rules) => Stage switch
    {
        AdmissionStage.CellResolved => DecisionPeriod(rules),
        AdmissionStage.Decided => CeremonyPeriod(rules),
        AdmissionStage.OnProbation => RecognitionDecisionPeriod(rules) ?? RecognitionPeriod(rules),
        _ => null,
    };

    /// <summary>
    /// The period for the superior committee's decision: working days from the cell's resolution (plus a special
    /// extension, if recorded), under the rule set in force on the resolution. A time limit is governed by the rule set
    /// in force on the day of the step that starts it, so it is known as soon as it starts and a later regulation does
    /// not move it.
    /// </summary>
    public AdmissionPeriod? DecisionPeriod(RuleBook<AdmissionRuleSet> rules)
    {
        if (CellResolutionOn is not { } resolution)
        {
            return null;
        }

        var inForce = rules.InForceOn(resolution);
        return new AdmissionPeriod(
            AdmissionStep.CommitteeDecision, resolution, inForce.DecisionDeadlineWorkingDays + (DecisionExtensionWorkingDays ?? 0), null, inForce);
    }

    /// <summary>The period for the ceremony: working days from the receipt of the decision (its date when the receipt is not recorded), under the rule set in force that day.</summary>
    public AdmissionPeriod? CeremonyPeriod(RuleBook<AdmissionRuleSet> rules)
    {
        if ((CommitteeDecisionReceivedOn ?? CommitteeDecisionOn) is not { } received)
        {
            return null;
        }

        var inForce = rules.InForceOn(received);
        return new AdmissionPeriod(AdmissionStep.Ceremony, received, inForce.CeremonyDeadlineWorkingDays, null, inForce);
    }

    /// <summary>
    /// The period for the cell's resolution on full membership, under the rule set in force on the ceremony (which starts
    /// the probation): it starts, and the vote becomes possible, when the probation ends (the day the member becomes
    /// full if recognised); it lasts the recognition working days.
    /// </summary>
    public AdmissionPeriod? RecognitionPeriod(RuleBook<AdmissionRuleSet> rules)
    {
        if (CeremonyOn is not { } ceremony)
        {
            return null;
        }

        var inForce = rules.InForceOn(ceremony);
        var probationEnds = ceremony.AddMonths(inForce.ProbationMonths);
        return new AdmissionPeriod(AdmissionStep.RecognitionResolution, probationEnds, inForce.RecognitionDeadlineWorkingDays, probationEnds, inForce);
    }

    /// <summary>
    /// The period for the committee's recognition decision: working days from the cell's resolution (or from the day the
    /// matter went to the superior committee), plus a special extension if recorded, under the rule set in force that
    /// day. Null before either.
    /// </summary>
    public AdmissionPeriod? RecognitionDecisionPeriod(RuleBook<AdmissionRuleSet> rules)
    {
        if ((RecognitionResolutionOn ?? EscalatedOn) is not { } start)
        {
            return null;
        }

        var inForce = rules.InForceOn(start);
        return new AdmissionPeriod(
            AdmissionStep.FullMembership, start, inForce.RecognitionDecisionDeadlineWorkingDays + (RecognitionExtensionWorkingDays ?? 0), null, inForce);
    }

    /// <summary>The step the case waits for next (null once it is finished).</summary>
    public AdmissionStep? NextStep => Stage switch
    {
        AdmissionStage.Preparing when CourseCompletedOn is null => AdmissionStep.Course,
        AdmissionStage.Preparing when ActiveSponsors.Count < 2 => AdmissionStep.Sponsor,
        AdmissionStage.Preparing => AdmissionStep.CellResolution,
        AdmissionStage.CellResolved => AdmissionStep.CommitteeDecision,
        AdmissionStage.Decided => AdmissionStep.Ceremony,
        AdmissionStage.OnProbation when RecognitionResolutionOn is null && EscalatedOn is null => AdmissionStep.RecognitionResolution,
        AdmissionStage.OnProbation => AdmissionStep.FullMembership,
        _ => null,
    };

    /// <summary>
    /// The steps recorded so far, in order, each with the rule set applied to it and, for a step with a time limit, the
    /// working days it came late: for the course, a sponsor and the resolution, the rule set in force on the step's date;
    /// for the decision, the ceremony and recognition, the one that fixed their time limit; for a closure or name
    /// removal, the one in force on its date.
    /// </summary>
    public IReadOnlyList<AdmissionStepRecord> RecordedSteps(RuleBook<AdmissionRuleSet> rules)
    {
        var steps = new List<AdmissionStepRecord>();
        if (CourseCompletedOn is { } course)
        {
            steps.Add(new(AdmissionStep.Course, course, CourseCertificateNumber, rules.TryInForceOn(course)));
        }

        foreach (var sponsor in sponsors.OrderBy(s => s.AssignedOn))
        {
            var step = sponsor.ReplacesSponsorId is null ? AdmissionStep.Sponsor : AdmissionStep.SponsorReplacement;
            steps.Add(new(step, sponsor.AssignedOn, null, rules.TryInForceOn(sponsor.AssignedOn), sponsor.Id));
        }

        if (CellResolutionOn is { } resolution)
        {
            steps.Add(new(
                AdmissionStep.CellResolution,
                resolution,
                CellResolutionNumber,
                rules.Find(EligibilityRuleSetCode) ?? rules.TryInForceOn(resolution)));
        }

        if (DecisionExtendedOn is { } decisionExtended)
        {
            steps.Add(new(AdmissionStep.DecisionExtension, decisionExtended, DecisionExtensionNumber, DecisionPeriod(rules)?.RuleSet));
        }

        if (CommitteeDecisionOn is { } decision)
        {
            steps.Add(new(AdmissionStep.CommitteeDecision, decision, CommitteeDecisionNumber, DecisionPeriod(rules)?.RuleSet) { WorkingDaysLate = DecisionWorkingDaysLate });
        }

        if (CommitteeDecisionReceivedOn is { } received)
        {
            steps.Add(new(AdmissionStep.DecisionReceipt, received, null, CeremonyPeriod(rules)?.RuleSet));
        }

        if (CeremonyOn is { } ceremony)
        {
            steps.Add(new(AdmissionStep.Ceremony, ceremony, null, CeremonyPeriod(rules)?.RuleSet) { WorkingDaysLate = CeremonyWorkingDaysLate });
        }

        foreach (var vote in votes.Where(v => !v.Adopted).OrderBy(v => v.HeldOn))
        {
            steps.Add(new(AdmissionStep.RecognitionVote, vote.HeldOn, null, rules.Find(vote.RuleSetCode)));
        }

        if (RecognitionResolutionOn is { } recognitionResolution)
        {
            steps.Add(new(AdmissionStep.RecognitionResolution, recognitionResolution, RecognitionResolutionNumber, RecognitionPeriod(rules)?.RuleSet)
            {
                WorkingDaysLate = RecognitionResolutionWorkingDaysLate,
            });
        }

        if (EscalatedOn is { } escalated)
        {
            steps.Add(new(AdmissionStep.Escalation, escalated, null, RecognitionPeriod(rules)?.RuleSet));
        }

        if (RecognitionExtendedOn is { } recognitionExtended)
        {
            steps.Add(new(AdmissionStep.DecisionExtension, recognitionExtended, RecognitionExtensionNumber, RecognitionDecisionPeriod(rules)?.RuleSet));
        }

        if (RecognizedOn is { } recognized)
        {
            steps.Add(new(AdmissionStep.FullMembership, recognized, RecognitionDecisionNumber, RecognitionDecisionPeriod(rules)?.RuleSet ?? RecognitionPeriod(rules)?.RuleSet)
            {
                WorkingDaysLate = RecognitionWorkingDaysLate,
            });
        }

        if (ClosedOn is { } closed)
        {
            var step = Stage == AdmissionStage.NameRemoved ? AdmissionStep.NameRemoval : AdmissionStep.Closure;
            steps.Add(new(step, closed, null, rules.TryInForceOn(closed)));
        }

        return [.. steps.OrderBy(s => s.Date)]; // stable: steps of one day keep their statutory order
    }
}
