using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;

namespace PartyCommittee.Application.Calendar.GetWorkingDay;

/// <summary>The date that is <paramref name="Days"/> working days after <paramref name="From"/> (the start day not counted).</summary>
public sealed record GetWorkingDayQuery(DateOnly From, int Days) : IQuery<WorkingDayResult>
{
    public const int MaxDays = 1000;
}

/// <summary>The end of a period counted in working days.</summary>
/// <param name="From">The start day (not counted).</param>
/// <param name="Days">Working days counted.</param>
/// <param name="Date">The day <paramref name="Days"/> working days after <paramref name="From"/>: Monday to Friday, public holidays skipped.</param>
/// <param name="Holidays">The stored calendar days (announced days off and declared working days) after <paramref name="From"/> up to <paramref name="Date"/>.</param>
/// <param name="DaysOff">Every weekday skipped after <paramref name="From"/> up to <paramref name="Date"/>: statutory holidays, days in lieu, announced days off.</param>
public sealed record WorkingDayResult(DateOnly From, int Days, DateOnly Date, IReadOnlyList<HolidayDto> Holidays, IReadOnlyList<DayOffDto> DaysOff);

public sealed class GetWorkingDayValidator : AbstractValidator<GetWorkingDayQuery>
{
    public GetWorkingDayValidator()
    {
        RuleFor(q => q.From).InclusiveBetween(HolidayRules.EarliestDate, HolidayRules.LatestDate);
        RuleFor(q => q.Days).InclusiveBetween(0, GetWorkingDayQuery.MaxDays);
    }
}

public sealed class GetWorkingDayHandler(IAppDbContext db, IWorkingDayCalendarSource calendars) : IQueryHandler<GetWorkingDayQuery, WorkingDayResult>
{
    public async ValueTask<WorkingDayResult> Handle(GetWorkingDayQuery query, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var date = calendar.AddWorkingDays(query.From, query.Days);
        var holidays = await db.PublicHolidays.AsNoTracking()
            .Where(h => h.Date > query.From && h.Date <= date)
            .OrderBy(h => h.Date)
            .ToListAsync(cancellationToken);
        return new WorkingDayResult(query.From, query.Days, date, [.. holidays.Select(HolidayDto.From)],
            [.. calendar.DaysOff(query.From.AddDays(1), date).Select(DayOffDto.From)]);
    }
}
