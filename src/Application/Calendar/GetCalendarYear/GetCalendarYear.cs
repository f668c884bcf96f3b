using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Application.Calendar.GetCalendarYear;

/// <summary>The working-day calendar of one year as deadlines count it: computed holidays, days in lieu and announced days.</summary>
public sealed record GetCalendarYearQuery(int Year) : IQuery<CalendarYearDto>;

/// <summary>One year of the working-day calendar.</summary>
/// <param name="Year">The year.</param>
/// <param name="DaysOff">The weekdays that are not working days, with why (statutory, in lieu, announced) and the rule set.</param>
/// <param name="DeclaredWorkingDays">The stored days declared working days (a computed holiday moved elsewhere, a Saturday worked).</param>
/// <param name="WorkingDays">Number of working days in the year.</param>
public sealed record CalendarYearDto(int Year, IReadOnlyList<DayOffDto> DaysOff, IReadOnlyList<HolidayDto> DeclaredWorkingDays, int WorkingDays);

public sealed class GetCalendarYearValidator : AbstractValidator<GetCalendarYearQuery>
{
    public GetCalendarYearValidator() =>
        RuleFor(q => q.Year).InclusiveBetween(HolidayRules.EarliestDate.Year, HolidayRules.LatestDate.Year);
}

public sealed class GetCalendarYearHandler(IAppDbContext db, IWorkingDayCalendarSource calendars) : IQueryHandler<GetCalendarYearQuery, CalendarYearDto>
{
    public async ValueTask<CalendarYearDto> Handle(GetCalendarYearQuery query, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var first = new DateOnly(query.Year, 1, 1);
        var last = new DateOnly(query.Year, 12, 31);
        var working = await db.PublicHolidays.AsNoTracking()
            .Where(h => h.Date >= first && h.Date <= last && h.Kind == CalendarEntryKind.WorkingDay)
            .OrderBy(h => h.Date)
            .ToListAsync(cancellationToken);
        return new CalendarYearDto(
            query.Year,
            [.. calendar.DaysOff(first, last).Select(DayOffDto.From)],
            [.. working.Select(HolidayDto.From)],
            calendar.WorkingDaysBetween(first.AddDays(-1), last));
    }
}
