using System.Globalization;

namespace PartyCommittee.Domain.Common;

/// <summary>
/// The dates of recorded events (an establishment, a dissolution, a decision, a congress, an appointment, a count):
/// they have happened, so they are not after today (in Viet Nam), and they are not before the earliest date the
/// record can hold. Planned dates (the end of a term or of a temporary transfer, a future public holiday) are not
/// events and are not checked here.
/// </summary>
public static class EventDates
{
    /// <summary>Founding of the Communist Party of Viet Nam (3 February 1930): no party event is earlier.</summary>
    public static readonly DateOnly PartyFounded = new(1930, 2, 3);

    /// <summary>The latest date the record holds (a planned end, a public holiday).</summary>
    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>The earliest date of birth or of a mass organisation's founding the record holds.</summary>
    public static readonly DateOnly EarliestCivil = new(1900, 1, 1);

    /// <summary>
    /// Refuses (422 <c>date.in_future</c>) an event dated after <paramref name="today"/>, and
    /// (<c>date.too_early</c>) one before <paramref name="earliest"/> (the party's founding unless said).
    /// </summary>
    /// <param name="date">The date of the event.</param>
    /// <param name="today">Today in Viet Nam.</param>
    /// <param name="field">The request field, named in the message (e.g. <c>dissolvedOn</c>).</param>
    /// <param name="earliest">The earliest date allowed.</param>
    public static void EnsureHappened(DateOnly date, DateOnly today, string field, DateOnly? earliest = null)
    {
        if (date > today)
        {
            throw new DomainRuleException(
                "date.in_future",
                "Only events that have happened are recorded: the date is after today.",
                RuleViolationKind.Unprocessable,
                field,
                Format(date),
                Format(today));
        }

        var lowest = earliest ?? PartyFounded;
        if (date < lowest)
        {
            throw new DomainRuleException(
                "date.too_early",
                "The date is before the earliest date the record holds.",
                RuleViolationKind.Unprocessable,
                field,
                Format(date),
                Format(lowest));
        }
    }

    /// <summary><see cref="EnsureHappened(DateOnly, DateOnly, string, DateOnly?)"/> for an optional date.</summary>
    public static void EnsureHappened(DateOnly? date, DateOnly today, string field, DateOnly? earliest = null)
    {
        if (date is { } value)
        {
            EnsureHappened(value, today, field, earliest);
        }
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
