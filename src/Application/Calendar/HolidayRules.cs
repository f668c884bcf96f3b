using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Calendar;

/// <summary>Field rules and look-ups shared by the holiday use cases.</summary>
internal static class HolidayRules
{
    public const int NameMaxLength = 128;

    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static IRuleBuilderOptions<T, string?> ValidHolidayName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(NameMaxLength).IsName(NameKind.Organization);

    public static IRuleBuilderOptions<T, DateOnly?> ValidHolidayDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.NotNull().InclusiveBetween(EarliestDate, LatestDate);

    public static async Task<PublicHoliday> LoadHolidayAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.PublicHolidays.FirstOrDefaultAsync(h => h.Id == id, cancellationToken)
        ?? throw new NotFoundException("calendar.holiday_not_found", "Public holiday", id);

    /// <summary>One day off per date: 409 <c>calendar.holiday_exists</c> when another holiday has the date.</summary>
    public static async Task EnsureDateFreeAsync(this IAppDbContext db, DateOnly date, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.PublicHolidays.AnyAsync(h => h.Date == date && h.Id != except, cancellationToken))
        {
            var text = IsoDate.Format(date);
            throw new ConflictException("calendar.holiday_exists", $"{text} is already a public holiday.", text);
        }
    }
}

/// <summary>ISO date text for messages.</summary>
internal static class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
