namespace PartyCommittee.Application.Common.Localization;

/// <summary>Messages of the module: Transfers of party activity (code → Vietnamese, English).</summary>
internal static class TransferMessages
{
    public static readonly Dictionary<string, (string Vi, string En)> Catalog = new(StringComparer.Ordinal)
    {
    };
}
