using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Calendar;

/// <summary>Messages of the computed public holidays (code → Vietnamese, English).</summary>
internal sealed class PublicHolidayMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["calendar.public_holidays"] = ("Ngày nghỉ lễ, tết theo Bộ luật Lao động (tính theo năm, kể cả ngày âm lịch và ngày nghỉ bù).", "Public holidays of the Labour Code (computed per year, lunar ones and days in lieu included)."),
    };
}
