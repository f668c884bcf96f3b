using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership.Members;

/// <summary>Messages of the suspension term rule set (code → Vietnamese, English).</summary>
internal sealed class SuspensionMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["member.suspension_too_long"] = ("Thời hạn đình chỉ sinh hoạt đảng kể cả gia hạn không quá 180 ngày: ngày cuối muộn nhất là {0} ({1}). Đảng viên bị truy tố, tạm giam: ghi đình chỉ không có ngày kết thúc.", "A suspension lasts at most 180 days, extension included: the last day is {0} at the latest ({1}). A member prosecuted or detained: record the suspension without an end."),
    };
}
