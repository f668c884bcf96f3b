namespace PartyCommittee.Domain.Common;

/// <summary>
/// The dates of recorded events — an establishment, a dissolution, a decision, a status change, a congress, an
/// appointment, a count, a date of birth — have happened: they are not after today (in Viet Nam) and not before the
/// earliest date the record holds. Planned dates (the end of a term, of a seat given at appointment, of a temporary
/// transfer; a public holiday) are not events: they are only bounded by <see cref="Latest"/>.
/// </summary>
public static class EventDates
{
    public const string InFuture = "date.in_future";
    public const string TooEarly = "date.too_early";

    /// <summary>Founding of the Communist Party of Viet Nam (3 February 1930): no party event is earlier.</summary>
    public static readonly DateOnly PartyFounded = new(1930, 2, 3);

    /// <summary>The earliest date of birth, or of a mass organisation's founding, the record holds.</summary>
    public static readonly DateOnly EarliestCivil = new(1900, 1, 1);

    /// <summary>The latest date the record holds (a planned end, a public holiday).</summary>
    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>
    /// Why <paramref name="date"/> cannot be the date of an event recorded on <paramref name="today"/>:
    /// <see cref="InFuture"/>, <see cref="TooEarly"/> (before <paramref name="earliest"/>), or null when it can.
    /// </summary>
    public static string? Problem(DateOnly date, DateOnly today, DateOnly earliest) =>
        date > today ? InFuture : date < earliest ? TooEarly : null;
}
