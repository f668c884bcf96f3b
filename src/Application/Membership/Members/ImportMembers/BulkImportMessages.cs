using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership.Members.ImportMembers;

/// <summary>Messages of the import's record columns (code → Vietnamese, English).</summary>
internal sealed class BulkImportMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["import.name_parts_mismatch"] = (
            "Họ, tên đệm và tên ('{0}') không khớp với họ và tên đầy đủ.",
            "The family, middle and given names ('{0}') do not spell the full name."),
    };
}
