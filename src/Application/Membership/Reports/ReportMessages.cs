using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership.Reports;

/// <summary>Messages of the membership reports (code → Vietnamese, English).</summary>
internal sealed class ReportMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["report.period_invalid"] = ("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.", "The period's start comes on or before its end."),
        ["report.period_too_long"] = ("Kỳ báo cáo dài tối đa {0} năm.", "A report period is at most {0} years long."),
    };
}
