namespace PartyCommittee.Application.Common.Privacy;

/// <summary>How a personal-data field is shown to a caller whose role does not need it.</summary>
public enum Masking
{
    /// <summary>Not shown at all (null).</summary>
    Hide,

    /// <summary>Only the last three characters ("079085001234" → "*********234"), enough to tell two records apart.</summary>
    KeepLastThree,
}

/// <summary>
/// Declares a property of a response type as personal data. The API masks it when the caller's role does not need
/// personal data (<see cref="PersonalDataPolicy.CanRead"/>), in one place for every response (the JSON serializer's
/// type-info modifier), so a new response type is masked by declaring its fields, not by code in each handler.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class PersonalDataAttribute(Masking masking = Masking.Hide) : Attribute
{
    public Masking Masking { get; } = masking;

    public object? Mask(object? value) => Masking switch
    {
        Masking.KeepLastThree when value is string text => PersonalDataPolicy.KeepLastThree(text),
        _ => null,
    };
}

/// <summary>Who sees personal data, and the masks.</summary>
public static class PersonalDataPolicy
{
    /// <summary>True when the caller's role needs members' personal data (see <see cref="Security.Roles.PersonalDataReaders"/>).</summary>
    public static bool CanRead(Abstractions.ICurrentUser user) => Security.Roles.PersonalDataReaders.Any(user.IsInRole);

    /// <summary>Keeps the last three characters: "079085001234" → "*********234".</summary>
    public static string? KeepLastThree(string? value) =>
        value is null ? null : value.Length <= 3 ? new string('*', value.Length) : new string('*', value.Length - 3) + value[^3..];

    private static readonly AsyncLocal<bool> Unmasked = new();

    /// <summary>
    /// Whether the response being written may show personal data: set once per request from the caller's roles, false
    /// (masked) anywhere it was not set.
    /// </summary>
    public static bool CurrentCallerMayRead
    {
        get => Unmasked.Value;
        set => Unmasked.Value = value;
    }
}
