namespace PartyCommittee.Domain.Membership;

/// <summary>Mutators for the workflow steps; the statutory checks are made by the step methods that call them.</summary>
public sealed partial class AdmissionCase
{
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

    internal void SetExtension(bool recognition, DateOnly on, int workingDays, string? number, string reason)
    {
        if (recognition)
        {
            RecognitionExtendedOn = on;
            RecognitionExtensionWorkingDays = workingDays;
            RecognitionExtensionNumber = number;
            RecognitionExtensionReason = reason;
        }
        else
        {
            DecisionExtendedOn = on;
            DecisionExtensionWorkingDays = workingDays;
            DecisionExtensionNumber = number;
            DecisionExtensionReason = reason;
        }
    }

    internal void SetCommitteeDecision(DateOnly on, string? number, DateOnly? receivedOn, int workingDaysLate)
    {
        CommitteeDecisionOn = on;
        CommitteeDecisionNumber = number;
        CommitteeDecisionReceivedOn = receivedOn;
        DecisionWorkingDaysLate = workingDaysLate;
        Stage = AdmissionStage.Decided;
    }

    internal void SetCeremony(DateOnly on, Guid memberId, int workingDaysLate)
    {
        CeremonyOn = on;
        MemberId = memberId;
        CeremonyWorkingDaysLate = workingDaysLate;
        Stage = AdmissionStage.OnProbation;
    }

    internal void SetRecognitionResolution(DateOnly on, string? number, int workingDaysLate)
    {
        RecognitionResolutionOn = on;
        RecognitionResolutionNumber = number;
        RecognitionResolutionWorkingDaysLate = workingDaysLate;
    }

    internal void SetRecognition(DateOnly on, string? number, DateOnly fullOn, int? workingDaysLate)
    {
        RecognizedOn = on;
        RecognitionDecisionNumber = number;
        FullMembershipOn = fullOn;
        RecognitionWorkingDaysLate = workingDaysLate;
        Stage = AdmissionStage.Recognized;
    }

    internal void SetClosed(DateOnly on, string reason, AdmissionStage stage)
    {
        ClosedOn = on;
        ClosedReason = reason;
        Stage = stage;
    }
}
