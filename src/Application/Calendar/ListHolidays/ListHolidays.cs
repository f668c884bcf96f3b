using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Application.Calendar.ListHolidays;

/// <summary>Lists the public holidays, by date, optionally of one year.</summary>
public sealed record ListHolidaysQuery(
    int? Year = null,
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<HolidayDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["date"];
}

public sealed class ListHolidaysValidator : AbstractValidator<ListHolidaysQuery>
{
    public ListHolidaysValidator()
    {
        this.AddPagingRules(ListHolidaysQuery.SortFields);
        RuleFor(q => q.Year).InclusiveBetween(HolidayRules.EarliestDate.Year, HolidayRules.LatestDate.Year);
    }
}

public sealed class ListHolidaysHandler(IAppDbContext db) : IQueryHandler<ListHolidaysQuery, PagedList<HolidayDto>>
{
    public async ValueTask<PagedList<HolidayDto>> Handle(ListHolidaysQuery query, CancellationToken cancellationToken)
    {
        var holidays = db.PublicHolidays.AsNoTracking();
        if (query.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            holidays = holidays.Where(h => h.Date >= first && h.Date <= last);
        }

        holidays = SortOrder.Parse(query.Sort, "date").Descending
            ? holidays.OrderByDescending(h => h.Date)
            : holidays.OrderBy(h => h.Date);

        var page = await PagedList<PublicHoliday>.CreateAsync(holidays, query.Page, query.PageSize, cancellationToken);
        return page.Map(HolidayDto.From);
    }
}
