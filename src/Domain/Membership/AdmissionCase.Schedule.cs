using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Admission;

namespace PartyCommittee.Domain.Membership;

/// <summary>The schedule of a case: the statutory periods, their deadlines, the next step and the steps recorded with their rules.</summary>
public sealed partial class AdmissionCase
{
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

    /// <summary>The book the caller applies (the application injects it); the statutory one when none is given.</summary>
    private static RuleBook<AdmissionRuleSet> Book(RuleBook<AdmissionRuleSet>? rules) => rules ?? AdmissionRuleSet.Statutory;
}
