namespace PartyCommittee.Application.Common.Localization;

/// <summary>Messages of the module: Admission of new members and the working-day calendar (code → Vietnamese, English).</summary>
internal static class AdmissionMessages
{
    public static readonly Dictionary<string, (string Vi, string En)> Catalog = new(StringComparer.Ordinal)
    {
    };
}
