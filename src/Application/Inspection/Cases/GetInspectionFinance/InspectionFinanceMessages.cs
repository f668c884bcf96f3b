using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Inspection.Cases.GetInspectionFinance;

/// <summary>Messages of the party-finance figures of a case (code → Vietnamese, English).</summary>
internal sealed class InspectionFinanceMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["inspection.finance_not_applicable"] = ("Cuộc kiểm tra không phải kiểm tra tài chính đảng ({0}); không có số liệu đảng phí.", "The case is not a party-finance inspection ({0}); it has no dues figures."),
    };
}
