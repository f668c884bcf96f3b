using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.Progress;

/// <summary>Where the targets of a year stand, for an organisation's resolutions.</summary>
/// <param name="OrganizationId">The organisation whose resolutions (and subtree's) are read.</param>
/// <param name="Year">The year of the targets.</param>
/// <param name="AsOf">The date of the assessment (today by default).</param>
public sealed record GetTargetProgressQuery(Guid OrganizationId, int Year, DateOnly? AsOf) : IQuery<TargetProgressReportDto>;

/// <summary>One target and where it stands.</summary>
/// <param name="TargetId">The target.</param>
/// <param name="ResolutionId">Its resolution.</param>
/// <param name="ResolutionNumber">The resolution's number.</param>
/// <param name="Indicator">Indicator code.</param>
/// <param name="IndicatorName">Indicator name.</param>
/// <param name="OrgUnit">Administrative unit, or null for internal indicators.</param>
/// <param name="Disaggregation">Breakdown.</param>
/// <param name="Kind">Target kind.</param>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
/// <param name="Exclusive">Bound excluded.</param>
/// <param name="Text">The target as written.</param>
/// <param name="Value">The indicator's value for the year (so far).</param>
/// <param name="PreviousYearValue">Last year's value (decrease targets).</param>
/// <param name="Measured">What was compared with the target (the decrease in points; a flow's projection during the year).</param>
/// <param name="MonthsCovered">Months of the year the value covers.</param>
/// <param name="Origin">REPORTED (province systems) or COMPUTED (the API's own data).</param>
/// <param name="Status">ACHIEVED, ON_TRACK, AT_RISK, MISSED or NO_DATA.</param>
/// <param name="Rule">Code of the rule that decided the status.</param>
/// <param name="RuleText">The rule in Vietnamese and English.</param>
public sealed record TargetProgressDto(
    Guid TargetId, Guid ResolutionId, string ResolutionNumber, string Indicator, BilingualLabel IndicatorName, string? OrgUnit, string Disaggregation,
    TargetKind Kind, decimal? Low, decimal? High, bool Exclusive, string Text, decimal? Value, decimal? PreviousYearValue, decimal? Measured, int? MonthsCovered,
    ValueOrigin Origin, ProgressStatus Status, string Rule, BilingualLabel RuleText);

/// <summary>Where a value comes from.</summary>
public enum ValueOrigin
{
    Reported,

    Computed,
}

/// <summary>The progress report of a year.</summary>
/// <param name="OrganizationId">The organisation.</param>
/// <param name="Year">The year.</param>
/// <param name="AsOf">Assessment date.</param>
/// <param name="Targets">Each target.</param>
/// <param name="Counts">Targets by status.</param>
public sealed record TargetProgressReportDto(Guid OrganizationId, int Year, DateOnly AsOf, IReadOnlyList<TargetProgressDto> Targets, IReadOnlyDictionary<ProgressStatus, int> Counts);

public sealed class GetTargetProgressValidator : AbstractValidator<GetTargetProgressQuery>
{
    public GetTargetProgressValidator()
    {
        RuleFor(q => q.OrganizationId).NotEmpty();
        RuleFor(q => q.Year).InclusiveBetween(ReportingPeriod.MinYear, ReportingPeriod.MaxYear);
        RuleFor(q => q.AsOf).InclusiveBetween(new DateOnly(ReportingPeriod.MinYear, 1, 1), new DateOnly(ReportingPeriod.MaxYear, 12, 31));
    }
}

public sealed class GetTargetProgressHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, IEnumerable<IInternalIndicatorSource> sources, OrganizationPaths organizationPaths)
    : IQueryHandler<GetTargetProgressQuery, TargetProgressReportDto>
{
    public async ValueTask<TargetProgressReportDto> Handle(GetTargetProgressQuery query, CancellationToken cancellationToken)
    {
        var subtree = await scope.SubtreeAsync(query.OrganizationId, cancellationToken);
        var asOf = query.AsOf ?? time.TodayInVietnam();
        var resolutions = db.Resolutions.AsNoTracking().Include(r => r.Targets).Where(r => r.FromYear <= query.Year && r.ToYear >= query.Year);
        if (subtree is not null)
        {
            resolutions = resolutions.Where(r => subtree.Contains(r.OrganizationId));
        }
        else
        {
            var root = await db.Set<Domain.Organization.PartyOrganization>().AsNoTracking().Where(o => o.Id == query.OrganizationId).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            var ids = db.Set<Domain.Organization.PartyOrganization>().Where(o => o.Path.StartsWith(root)).Select(o => o.Id);
            resolutions = resolutions.Where(r => ids.Contains(r.OrganizationId));
        }

        var list = await resolutions.ToListAsync(cancellationToken);
        var targets = list.SelectMany(r => r.Targets.Where(t => t.Year == query.Year).Select(t => (Resolution: r, Target: t)))
            .OrderBy(x => x.Resolution.IssuedOn).ThenBy(x => x.Target.IndicatorCode).ThenBy(x => x.Target.Disaggregation).ToList();
        var elements = targets.Select(x => IndicatorCatalogue.Indicator(x.Target.IndicatorCode)!).SelectMany(IndicatorValues.ElementsOf).Distinct().ToList();
        var values = await IndicatorValues.LoadAsync(db, elements, query.Year - 1, query.Year, cancellationToken);
        // The subtree roots of every internal target and the report's own root, in one statement (the sources read them
        // from here, and read the report's subtree once for every target under it: OrganizationPaths.OutermostAbove).
        await organizationPaths.LoadAsync(
            targets.Where(x => IndicatorCatalogue.Indicator(x.Target.IndicatorCode)!.Kind == IndicatorKind.Internal).Select(x => x.Resolution.OrganizationId).Append(query.OrganizationId),
            cancellationToken);

        var rows = new List<TargetProgressDto>();
        foreach (var (resolution, target) in targets)
        {
            var indicator = IndicatorCatalogue.Indicator(target.IndicatorCode)!;
            YearFigure? figure;
            YearFigure? previous = null;
            var origin = ValueOrigin.Reported;
            if (indicator.Kind == IndicatorKind.Internal)
            {
                origin = ValueOrigin.Computed;
                var source = sources.FirstOrDefault(s => s.Indicators.Contains(indicator.Code));
                if (source is null)
                {
                    rows.Add(Row(resolution, target, indicator, null, null, origin, new Assessment(ProgressStatus.NoData, "progress.no_source", null)));
                    continue;
                }

                figure = await source.ComputeAsync(indicator.Code, resolution.OrganizationId, query.Year, asOf, cancellationToken);
            }
            else
            {
                figure = values.Of(indicator, target.UnitCode!, target.Disaggregation, query.Year);
                previous = target.Kind == TargetKind.DecreaseByPoints ? values.Of(indicator, target.UnitCode!, target.Disaggregation, query.Year - 1) : null;
            }

            var isFlow = indicator.Kind == IndicatorKind.Element && IndicatorCatalogue.Element(indicator.Numerator!)!.Aggregation == PeriodAggregation.Sum
                || indicator.Code == InternalIndicators.NewMembersAdmitted;
            var assessment = TargetProgress.Assess(target, new Observation(figure?.Value, previous?.Value, figure?.Months ?? 0, isFlow), asOf);
            rows.Add(Row(resolution, target, indicator, figure, previous, origin, assessment));
        }

        var counts = Enum.GetValues<ProgressStatus>().ToDictionary(s => s, s => rows.Count(r => r.Status == s));
        return new TargetProgressReportDto(query.OrganizationId, query.Year, asOf, rows, counts);
    }

    private static TargetProgressDto Row(Resolution r, ResolutionTarget t, IndicatorDefinition indicator, YearFigure? figure, YearFigure? previous, ValueOrigin origin, Assessment assessment)
    {
        var text = Messages.Bilingual(assessment.Rule);
        return new TargetProgressDto(
            t.Id, r.Id, r.Number, t.IndicatorCode, indicator.Name, t.UnitCode, t.Disaggregation, t.Kind, t.Low, t.High, t.Exclusive, t.Text,
            figure?.Value, previous?.Value, assessment.Measured, figure?.Months, origin, assessment.Status, assessment.Rule, new BilingualLabel(text.Vi, text.En));
    }
}

/// <summary>An indicator's yearly values, for comparing years.</summary>
/// <param name="Indicator">Indicator code.</param>
/// <param name="OrgUnit">Unit code (reported indicators).</param>
/// <param name="OrganizationId">Party organisation (internal indicators).</param>
/// <param name="Disaggregation">Breakdown (total by default).</param>
/// <param name="From">First year.</param>
/// <param name="To">Last year (at most 30 years after the first).</param>
public sealed record GetIndicatorSeriesQuery(string Indicator, string? OrgUnit, Guid? OrganizationId, string? Disaggregation, int From, int To) : IQuery<IndicatorSeriesDto>;

/// <summary>One year of a series.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The value, or null.</param>
/// <param name="MonthsCovered">Months covered.</param>
/// <param name="ChangeFromPreviousYear">Difference from the previous year's value (points for rates).</param>
public sealed record SeriesPointDto(int Year, decimal? Value, int? MonthsCovered, decimal? ChangeFromPreviousYear);

/// <summary>An indicator's values over years.</summary>
/// <param name="Indicator">Indicator code.</param>
/// <param name="OrgUnit">Unit.</param>
/// <param name="Disaggregation">Breakdown.</param>
/// <param name="Points">Years, oldest first.</param>
public sealed record IndicatorSeriesDto(string Indicator, string? OrgUnit, string Disaggregation, IReadOnlyList<SeriesPointDto> Points);

public sealed class GetIndicatorSeriesValidator : AbstractValidator<GetIndicatorSeriesQuery>
{
    public GetIndicatorSeriesValidator()
    {
        RuleFor(q => q.Indicator).Must(i => IndicatorCatalogue.Indicator(i) is not null).WithErrorCode("indicator.unknown").WithMessage(_ => Messages.Format("indicator.unknown"));
        RuleFor(q => q.From).InclusiveBetween(ReportingPeriod.MinYear, ReportingPeriod.MaxYear);
        RuleFor(q => q.To).InclusiveBetween(ReportingPeriod.MinYear, ReportingPeriod.MaxYear).GreaterThanOrEqualTo(q => q.From)
            .Must((q, to) => to - q.From <= 30).WithErrorCode("indicator.series_too_long").WithMessage(_ => Messages.Format("indicator.series_too_long"));
        RuleFor(q => q.OrgUnit).MaximumLength(16);
        RuleFor(q => q.Disaggregation).MaximumLength(100);
        RuleFor(q => q.OrgUnit).NotEmpty().When(q => IndicatorCatalogue.Indicator(q.Indicator) is { Kind: not IndicatorKind.Internal })
            .WithErrorCode("indicator.unit_required").WithMessage(_ => Messages.Format("indicator.unit_required"));
        RuleFor(q => q.OrganizationId).NotEmpty().When(q => IndicatorCatalogue.Indicator(q.Indicator) is { Kind: IndicatorKind.Internal })
            .WithErrorCode("indicator.organization_required").WithMessage(_ => Messages.Format("indicator.organization_required"));
    }
}

public sealed class GetIndicatorSeriesHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, IEnumerable<IInternalIndicatorSource> sources)
    : IQueryHandler<GetIndicatorSeriesQuery, IndicatorSeriesDto>
{
    public async ValueTask<IndicatorSeriesDto> Handle(GetIndicatorSeriesQuery query, CancellationToken cancellationToken)
    {
        var indicator = IndicatorCatalogue.Indicator(query.Indicator)!;
        var disaggregation = Categories.Normalize(query.Disaggregation, IndicatorCatalogue.CategoriesOf(indicator));
        var figures = new List<YearFigure?>();
        if (indicator.Kind == IndicatorKind.Internal)
        {
            var organizationId = query.OrganizationId!.Value;
            _ = await scope.SubtreeAsync(organizationId, cancellationToken);
            var source = sources.FirstOrDefault(s => s.Indicators.Contains(indicator.Code));
            var asOf = time.TodayInVietnam();
            for (var year = query.From - 1; year <= query.To; year++)
            {
                figures.Add(source is null ? null : await source.ComputeAsync(indicator.Code, organizationId, year, asOf, cancellationToken));
            }
        }
        else
        {
            var values = await IndicatorValues.LoadAsync(db, [.. IndicatorValues.ElementsOf(indicator)], query.From - 2, query.To, cancellationToken);
            for (var year = query.From - 1; year <= query.To; year++)
            {
                figures.Add(values.Of(indicator, query.OrgUnit!, disaggregation, year));
            }
        }

        var points = new List<SeriesPointDto>();
        for (var i = 1; i < figures.Count; i++)
        {
            var current = figures[i];
            var previous = figures[i - 1];
            points.Add(new SeriesPointDto(query.From + i - 1, current?.Value, current?.Months, current is { } c && previous is { } p ? c.Value - p.Value : null));
        }

        return new IndicatorSeriesDto(indicator.Code, query.OrgUnit, disaggregation, points);
    }
}
