namespace PartyCommittee.Application.Common.Localization;

/// <summary>Messages of the module: Terms, elected bodies and mass organisations (code → Vietnamese, English).</summary>
internal static class ElectedBodyMessages
{
    public static readonly Dictionary<string, (string Vi, string En)> Catalog = new(StringComparer.Ordinal)
    {
    };
}
