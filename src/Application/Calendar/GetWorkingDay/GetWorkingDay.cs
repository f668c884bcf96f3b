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
/// <param name="Holidays">The public holidays after <paramref name="From"/> up to <paramref name="Date"/>.</param>
public sealed record WorkingDayResult(DateOnly From, int Days, DateOnly Date, IReadOnlyList<HolidayDto> Holidays);

public sealed class GetWorkingDayValidator : AbstractValidator<GetWorkingDayQuery>
{
    public GetWorkingDayValidator()
    {
        RuleFor(q => q.From).InclusiveBetween(HolidayRules.EarliestDate, HolidayRules.LatestDate);
        RuleFor(q => q.Days).InclusiveBetween(0, GetWorkingDayQuery.MaxDays);
    }
}

public sealed class GetWorkingDayHandler(IAppDbContext db) : IQueryHandler<GetWorkingDayQuery, WorkingDayResult>
{
    public async ValueTask<WorkingDayResult> Handle(GetWorkingDayQuery query, CancellationToken cancellationToken)
    {
        var (calendar, _) = await db.LoadCoveringAsync(query.From, query.From, [(query.From, query.Days)], cancellationToken);
        var date = calendar.AddWorkingDays(query.From, query.Days);
        var holidays = await db.PublicHolidays.AsNoTracking()
            .Where(h => h.Date > query.From && h.Date <= date)
            .OrderBy(h => h.Date)
            .ToListAsync(cancellationToken);
        return new WorkingDayResult(query.From, query.Days, date, [.. holidays.Select(HolidayDto.From)]);
    }
}
