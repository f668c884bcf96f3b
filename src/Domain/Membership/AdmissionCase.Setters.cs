namespace PartyCommittee.Domain.Membership;

/// <summary>Mutators for the workflow steps; the statutory checks are made by the step methods that call them.</summary>
public sealed partial class AdmissionCase
{
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
