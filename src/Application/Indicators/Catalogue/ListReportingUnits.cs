using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.Catalogue;

/// <summary>An administrative unit figures are reported for.</summary>
/// <param name="Code">Official code.</param>
/// <param name="Name">Official name.</param>
/// <param name="Level">PROVINCE, DISTRICT or COMMUNE.</param>
/// <param name="ParentCode">The unit above it, or null for a province.</param>
/// <param name="ValidFrom">First day it existed.</param>
/// <param name="ValidTo">Last day it existed, or null while it does.</param>
public sealed record ReportingUnitDto(string Code, string Name, UnitLevel Level, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>The administrative units valid on a date (today by default), or all of them.</summary>
/// <param name="AsOf">Only the units that existed on this date.</param>
/// <param name="All">Every unit, whatever its dates (the whole dated tree).</param>
public sealed record ListReportingUnitsQuery(DateOnly? AsOf, bool All) : IQuery<IReadOnlyList<ReportingUnitDto>>;

public sealed class ListReportingUnitsValidator : AbstractValidator<ListReportingUnitsQuery>
{
    public ListReportingUnitsValidator() =>
        RuleFor(q => q.AsOf).InclusiveBetween(new DateOnly(ReportingPeriod.MinYear, 1, 1), new DateOnly(ReportingPeriod.MaxYear, 12, 31));
}

public sealed class ListReportingUnitsHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<ListReportingUnitsQuery, IReadOnlyList<ReportingUnitDto>>
{
    public async ValueTask<IReadOnlyList<ReportingUnitDto>> Handle(ListReportingUnitsQuery query, CancellationToken cancellationToken)
    {
        var units = db.ReportingUnits.AsNoTracking();
        if (!query.All)
        {
            var day = query.AsOf ?? time.TodayInVietnam();
            units = units.Where(u => u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo >= day));
        }

        return await units.OrderBy(u => u.Code).ThenBy(u => u.ValidFrom)
            .Select(u => new ReportingUnitDto(u.Code, u.Name, u.Level, u.ParentCode, u.ValidFrom, u.ValidTo))
            .ToListAsync(cancellationToken);
    }
}
