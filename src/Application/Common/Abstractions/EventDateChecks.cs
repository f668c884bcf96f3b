using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Common.Abstractions;

public static class EventDateChecks
{
    /// <summary>
    /// The domain's rule for the date of a recorded event (<see cref="EventDates"/>), against today in Viet Nam by the
    /// injected clock: 422 <c>date.in_future</c> or <c>date.too_early</c>, naming <paramref name="field"/>.
    /// </summary>
    public static void EnsureHappened(this TimeProvider time, DateOnly? date, string field, DateOnly? earliest = null) =>
        EventDates.EnsureHappened(date, time.TodayInVietnam(), field, earliest);
}
