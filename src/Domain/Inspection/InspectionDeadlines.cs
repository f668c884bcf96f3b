using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection;

/// <summary>
/// Working-day periods between the steps of a case. No regulation found states them for a grassroots committee
/// (Quy định 22-QĐ/TW 2021 and Hướng dẫn 02-HD/TW 2021 leave the timing to each decision and plan), so they are
/// settings (<c>Inspection:Deadlines</c>), named <see cref="Code"/> in responses; the verification, draft report and
/// meeting are due by the end of the schedule the decision itself fixes.
/// </summary>
/// <param name="NoticeWorkingDays">From the decision to the notice to the subject.</param>
/// <param name="SelfReportWorkingDays">From the notice to the subject's self-report.</param>
/// <param name="ConclusionWorkingDays">From the meeting to the written conclusion.</param>
public sealed record InspectionDeadlines(int NoticeWorkingDays, int SelfReportWorkingDays, int ConclusionWorkingDays)
{
    /// <summary>How responses name the deadlines applied (they come from settings, not a regulation).</summary>
    public const string Code = "SETTINGS:Inspection:Deadlines";

    public static InspectionDeadlines Default { get; } = new(5, 10, 10);
}

/// <summary>
/// Statutory time limits of the inspection commission's work on denunciations and complaints about discipline, by the
/// regulation on inspection, supervision and discipline in force on the day a matter is received.
/// </summary>
/// <param name="Source">The regulation.</param>
/// <param name="ComplaintFilingWorkingDays">A disciplined member or organisation may complain within one month (30 working days) of receiving the decision (Điều lệ Đảng, Điều 39 khoản 7; "một tháng" read as 30 working days).</param>
/// <param name="DenunciationResolutionWorkingDays">A grassroots organisation resolves a denunciation within 90 working days of receiving it (grassroots handbook on Quy định 22-QĐ/TW and Hướng dẫn 02-HD/TW 2021).</param>
/// <param name="DenunciationExtensionWorkingDays">One extension of at most 30 working days, told to the denouncer (same source).</param>
/// <param name="ComplaintResolutionWorkingDays">Not confirmed by a source found: the committee's practice value; replace by registering another book (ADR 0015).</param>
public sealed record InspectionRuleSet(
    RuleSource Source,
    int ComplaintFilingWorkingDays,
    int DenunciationResolutionWorkingDays,
    int DenunciationExtensionWorkingDays,
    int ComplaintResolutionWorkingDays) : IRuleSet<InspectionRuleSet>
{
    public static readonly IReadOnlyList<InspectionRuleSet> All = EarlyRuleSets.WithSettingBefore<InspectionRuleSet>(
        [
            new(new RuleSource("QD30-2016", "Quy định 30-QĐ/TW ngày 26/7/2016 thi hành Chương VII và VIII Điều lệ Đảng về kiểm tra, giám sát, kỷ luật", new DateOnly(2016, 7, 26)), 30, 90, 30, 90),
            new(new RuleSource("QD22-2021", "Quy định 22-QĐ/TW ngày 28/7/2021 về công tác kiểm tra, giám sát và kỷ luật của Đảng", new DateOnly(2021, 7, 28)), 30, 90, 30, 90),
            new(new RuleSource("QD296-2025", "Quy định 296-QĐ/TW ngày 30/5/2025 về công tác kiểm tra, giám sát và kỷ luật của Đảng", new DateOnly(2025, 5, 30)), 30, 90, 30, 90),
        ],
        "Quy định 30-QĐ/TW 2016",
        (v, s) => v with { Source = s });

    public static RuleBook<InspectionRuleSet> Statutory { get; } = new(
        "Inspection", "inspection.time_limits", new BilingualLabel("Thời hạn giải quyết tố cáo, khiếu nại kỷ luật", "Time limits for denunciations and discipline complaints"), All);
}
