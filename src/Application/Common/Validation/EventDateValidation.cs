using System.Globalization;
using FluentValidation;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Common.Validation;

public static class EventDateValidation
{
    /// <summary>
    /// The domain's rule for the date of a recorded event (<see cref="EventDates"/>) as a field rule, against today in
    /// Viet Nam by the injected clock: 400 <c>date.in_future</c>, or <c>date.too_early</c> before
    /// <paramref name="earliest"/> (the party's founding, 1930-02-03, unless said). A missing date is left to <c>NotNull</c>.
    /// </summary>
    public static IRuleBuilderOptions<T, DateOnly?> IsEventDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider time, DateOnly? earliest = null)
    {
        var lowest = earliest ?? EventDates.PartyFounded;
        return rule
            .Must(date => date is null || EventDates.Problem(date.Value, time.TodayInVietnam(), lowest) != EventDates.InFuture)
            .WithErrorCode(EventDates.InFuture)
            .WithMessage((_, date) => Messages.Format(EventDates.InFuture, Format(date)))
            .Must(date => date is null || EventDates.Problem(date.Value, time.TodayInVietnam(), lowest) != EventDates.TooEarly)
            .WithErrorCode(EventDates.TooEarly)
            .WithMessage(_ => Messages.Format(EventDates.TooEarly, Format(lowest)));
    }

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
