using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection;

/// <summary>
/// Settings <c>Inspection:Deadlines</c>: the working days between the steps of a case, which no regulation found
/// fixes (see <see cref="InspectionDeadlines"/>). Defaults: notice 5, self-report 10, conclusion 10.
/// </summary>
public sealed class InspectionDeadlineOptions
{
    public const string SectionName = "Inspection:Deadlines";

    /// <summary>Working days from the decision to the notice to the subject.</summary>
    public int NoticeWorkingDays { get; init; } = InspectionDeadlines.Default.NoticeWorkingDays;

    /// <summary>Working days from the notice to the subject's self-report.</summary>
    public int SelfReportWorkingDays { get; init; } = InspectionDeadlines.Default.SelfReportWorkingDays;

    /// <summary>Working days from the meeting to the written conclusion.</summary>
    public int ConclusionWorkingDays { get; init; } = InspectionDeadlines.Default.ConclusionWorkingDays;

    public InspectionDeadlines ToDeadlines() => new(NoticeWorkingDays, SelfReportWorkingDays, ConclusionWorkingDays);
}
