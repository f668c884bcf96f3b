namespace PartyCommittee.Application.Indicators;

/// <summary>Limits of the indicators module (section <c>Indicators</c>).</summary>
public sealed class IndicatorOptions
{
    public const string SectionName = "Indicators";

    /// <summary>Rows in one synchronous bulk write.</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>Bytes of one bulk write's body.</summary>
    public long MaxBodyBytes { get; init; } = 32L * 1024 * 1024;
}
