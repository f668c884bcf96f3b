using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.DataValues;

/// <summary>A stored value.</summary>
/// <param name="DataElement">Data element code.</param>
/// <param name="Period">Period.</param>
/// <param name="OrgUnit">Unit code.</param>
/// <param name="Disaggregation">total or category:option pairs.</param>
/// <param name="Value">The figure (null for a deleted value in the change feed).</param>
/// <param name="Comment">Note.</param>
/// <param name="StoredBy">Client id or user who stored it.</param>
/// <param name="StoredAt">When (UTC).</param>
/// <param name="ChangeNumber">Its position in the change feed.</param>
/// <param name="Deleted">True for a deletion (change feed only).</param>
public sealed record DataValueDto(
    string DataElement, string Period, string OrgUnit, string Disaggregation, decimal? Value, string? Comment,
    string StoredBy, DateTime StoredAt, long ChangeNumber, bool Deleted)
{
    public static DataValueDto From(DataValue v) =>
        new(v.DataElement, v.Period, v.UnitCode, v.Disaggregation, v.IsDeleted ? null : v.Value, v.Comment, v.StoredBy, v.StoredAt, v.ChangeNumber, v.IsDeleted);
}

/// <summary>Values by element, period (or a date range of periods), unit (with its subtree) and breakdown.</summary>
/// <param name="DataElement">Only this element.</param>
/// <param name="Period">Only this period.</param>
/// <param name="From">Periods starting on or after this date.</param>
/// <param name="To">Periods ending on or before this date.</param>
/// <param name="OrgUnit">Only this unit.</param>
/// <param name="Disaggregation">Only this breakdown (total for totals).</param>
/// <param name="Page">Page, from 1.</param>
/// <param name="PageSize">Items per page (at most 100).</param>
public sealed record ListDataValuesQuery(
    string? DataElement, string? Period, DateOnly? From, DateOnly? To, string? OrgUnit, string? Disaggregation,
    int Page = 1, int PageSize = PagedList<object>.DefaultPageSize) : IQuery<PagedList<DataValueDto>>;

public sealed class ListDataValuesValidator : AbstractValidator<ListDataValuesQuery>
{
    public ListDataValuesValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Period).Must(p => p is null || ReportingPeriod.TryParse(p, out _)).WithErrorCode("period.invalid").WithMessage(_ => Messages.Format("period.invalid"));
        RuleFor(q => q.DataElement).Must(e => e is null || IndicatorCatalogue.Element(e) is not null).WithErrorCode("data_value.element_unknown").WithMessage((_, e) => Messages.Format("data_value.element_unknown", e ?? string.Empty));
        RuleFor(q => q.OrgUnit).MaximumLength(16);
        RuleFor(q => q.Disaggregation).MaximumLength(100);
        RuleFor(q => q.From).InclusiveBetween(new DateOnly(ReportingPeriod.MinYear, 1, 1), new DateOnly(ReportingPeriod.MaxYear, 12, 31));
        RuleFor(q => q.To).InclusiveBetween(new DateOnly(ReportingPeriod.MinYear, 1, 1), new DateOnly(ReportingPeriod.MaxYear, 12, 31));
    }
}

public sealed class ListDataValuesHandler(IAppDbContext db) : IQueryHandler<ListDataValuesQuery, PagedList<DataValueDto>>
{
    public async ValueTask<PagedList<DataValueDto>> Handle(ListDataValuesQuery query, CancellationToken cancellationToken)
    {
        var values = db.DataValues.AsNoTracking().Where(v => !v.IsDeleted);
        if (query.DataElement is { } element)
        {
            values = values.Where(v => v.DataElement == element);
        }

        if (query.Period is { } period)
        {
            var canonical = ReportingPeriod.Parse(period).ToString();
            values = values.Where(v => v.Period == canonical);
        }

        if (query.From is { } from)
        {
            values = values.Where(v => v.PeriodStart >= from);
        }

        if (query.To is { } to)
        {
            values = values.Where(v => v.PeriodEnd <= to);
        }

        if (query.OrgUnit is { } unit)
        {
            values = values.Where(v => v.UnitCode == unit);
        }

        if (query.Disaggregation is { } breakdown)
        {
            values = values.Where(v => v.Disaggregation == breakdown);
        }

        var ordered = values.OrderBy(v => v.DataElement).ThenBy(v => v.PeriodStart).ThenBy(v => v.Period).ThenBy(v => v.UnitCode).ThenBy(v => v.Disaggregation);
        var page = await PagedList<DataValue>.CreateAsync(ordered, query.Page, query.PageSize, cancellationToken);
        return page.Map(DataValueDto.From);
    }
}

/// <summary>The changes after a cursor, oldest first: inserts, updates and deletions (tombstones).</summary>
/// <param name="After">The last change number the consumer has (0 to start).</param>
/// <param name="Limit">Changes per call (at most 1000).</param>
public sealed record ListChangesQuery(long After = 0, int Limit = 500) : IQuery<DataValueChangesDto>;

/// <summary>A page of the change feed.</summary>
/// <param name="Changes">The changes, by change number.</param>
/// <param name="NextCursor">The cursor to send next time (the last change number here, or the one sent when there is none).</param>
/// <param name="HasMore">True when more changes follow.</param>
public sealed record DataValueChangesDto(IReadOnlyList<DataValueDto> Changes, long NextCursor, bool HasMore);

public sealed class ListChangesValidator : AbstractValidator<ListChangesQuery>
{
    public ListChangesValidator()
    {
        RuleFor(q => q.After).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Limit).InclusiveBetween(1, 1000);
    }
}

public sealed class ListChangesHandler(IAppDbContext db) : IQueryHandler<ListChangesQuery, DataValueChangesDto>
{
    public async ValueTask<DataValueChangesDto> Handle(ListChangesQuery query, CancellationToken cancellationToken)
    {
        var changes = await db.DataValues.AsNoTracking()
            .Where(v => v.ChangeNumber > query.After)
            .OrderBy(v => v.ChangeNumber)
            .Take(query.Limit + 1)
            .ToListAsync(cancellationToken);
        var more = changes.Count > query.Limit;
        var page = changes.Take(query.Limit).Select(DataValueDto.From).ToList();
        return new DataValueChangesDto(page, page.Count > 0 ? page[^1].ChangeNumber : query.After, more);
    }
}
