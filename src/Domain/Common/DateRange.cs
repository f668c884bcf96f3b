namespace PartyCommittee.Domain.Common;

/// <summary>
/// A period of days as people write it on documents: from <see cref="StartsOn"/> to <see cref="EndsOn"/>, both days
/// included ("từ ngày 01/01/2020 đến ngày 31/12/2024"). An open end (null) runs on without end. One convention for
/// the whole domain: the end day belongs to the period, so two periods where one ends on the day the other starts
/// overlap on that day.
/// </summary>
public readonly record struct DateRange
{
    public DateRange(DateOnly startsOn, DateOnly? endsOn = null)
    {
        if (endsOn is { } end && end < startsOn)
        {
            throw new ArgumentOutOfRangeException(nameof(endsOn), endsOn, "A period cannot end before it starts.");
        }

        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    /// <summary>The first day (included).</summary>
    public DateOnly StartsOn { get; }

    /// <summary>The last day (included); null when the period is open.</summary>
    public DateOnly? EndsOn { get; }

    public bool IsOpen => EndsOn is null;

    /// <summary>True when <paramref name="day"/> is one of the period's days.</summary>
    public bool Contains(DateOnly day) => day >= StartsOn && (EndsOn is not { } end || day <= end);

    /// <summary>True when the two periods share at least one day.</summary>
    public bool Overlaps(DateRange other) =>
        (EndsOn is not { } end || other.StartsOn <= end) && (other.EndsOn is not { } otherEnd || StartsOn <= otherEnd);

    /// <summary>The number of days, both ends counted; null when open.</summary>
    public int? Days => EndsOn is { } end ? end.DayNumber - StartsOn.DayNumber + 1 : null;

    public override string ToString() =>
        $"{WireFormat.Date(StartsOn)}..{(EndsOn is { } end ? WireFormat.Date(end) : string.Empty)}";
}
