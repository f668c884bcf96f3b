namespace PartyCommittee.Application.Common.Localization;

/// <summary>
/// A module's messages (code → Vietnamese, English). <see cref="Messages"/> discovers every implementation in the
/// Application assembly, so a module adds its catalogue in its own folder without editing a central list; a code
/// defined twice fails at start-up.
/// </summary>
public interface IMessageCatalog
{
    IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; }
}
