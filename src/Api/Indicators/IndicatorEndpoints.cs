using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Errors;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Indicators;
using PartyCommittee.Application.Indicators.Catalogue;
using PartyCommittee.Application.Indicators.DataValues;
using PartyCommittee.Application.Indicators.ImportJobs;
using PartyCommittee.Application.Indicators.PeriodLocks;
using PartyCommittee.Application.Indicators.Poverty;
using PartyCommittee.Application.Indicators.Progress;
using PartyCommittee.Application.Indicators.Reporters;

namespace PartyCommittee.Api.Indicators;

/// <summary>/api/v1/indicators, /data-values, /reporting-units, /period-locks, /reporters, /poverty-standards, /targets.</summary>
[EndpointTag("Indicators", "The catalogue of reported figures and indicators, administrative units, data values pushed by province systems (bulk, idempotent, with a change feed), locked periods, reporters, the poverty standards and the progress of resolution targets.")]
public sealed class IndicatorEndpoints : IEndpointGroup
{
    private const string CsvHeader = "dataElement,period,orgUnit,disaggregation,value,comment";

    public void Map(RouteGroupBuilder api)
    {
        var tagged = api.MapGroup(string.Empty).WithTags("Indicators");
        MapCatalogue(tagged);
        var services = ((IEndpointRouteBuilder)api).ServiceProvider;
        MapDataValues(tagged, services.GetRequiredService<IndicatorOptions>(), services.GetRequiredService<ImportJobOptions>());
        MapAdministration(tagged);
        MapProgress(tagged);
    }

    private static void MapCatalogue(RouteGroupBuilder group)
    {
        group.MapGet("/indicators", (ISender sender, CancellationToken ct) => Send(sender, new GetCatalogueQuery(), ct))
            .WithName("GetIndicatorCatalogue")
            .WithSummary("The catalogue: data elements, indicators, disaggregations and period forms")
            .WithDescription("Each entry has its code, Vietnamese and English name, unit, definition and source, value type and how it aggregates. Internal indicators are computed by the API and never reported.")
            .RequireAuthorization(Policies.ReferenceRead);

        group.MapGet("/indicators/{code}/series", (string code, [AsParameters] SeriesParameters p, ISender sender, CancellationToken ct) =>
                Send(sender, new GetIndicatorSeriesQuery(code, p.OrgUnit, p.OrganizationId, p.Disaggregation, p.From, p.To), ct))
            .WithName("GetIndicatorSeries")
            .WithSummary("An indicator's yearly values over years, with the change from each previous year")
            .WithDescription("Reported indicators are read for an administrative unit (orgUnit; a unit without its own figure sums the units under it), internal ones for a party organisation (organizationId).")
            .RequireAuthorization(Policies.DataValuesRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/reporting-units", ([AsParameters] UnitParameters p, ISender sender, CancellationToken ct) => Send(sender, new ListReportingUnitsQuery(p.AsOf, p.All ?? false), ct))
            .WithName("ListReportingUnits")
            .WithSummary("Administrative units with their official codes and the dates they existed")
            .WithDescription("The units valid on asOf (today by default), or with all=true the whole dated tree (the 2025 reorganisation ended districts and merged provinces).")
            .RequireAuthorization(Policies.ReferenceRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);

        group.MapPost("/poverty-standards/classify", (ClassifyHouseholdCommand command, ISender sender, CancellationToken ct) => Send(sender, command, ct))
            .WithName("ClassifyHousehold")
            .WithSummary("Classify a household as poor, near-poor or neither under the standard in force for a period")
            .WithDescription("Income per person and month, area and the number of deprivation indicators lacked. The standard is chosen by the period's first day (rule set indicators.poverty_standard at /api/v1/rule-sets) and named in the answer.")
            .RequireAuthorization(Policies.ReferenceRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapDataValues(RouteGroupBuilder group, IndicatorOptions options, ImportJobOptions jobs)
    {
        group.MapPost("/data-values", ImportAsync)
            .WithName("ImportDataValues")
            .WithSummary("Store values in bulk (JSON or CSV), idempotently, as a dry run or for real")
            .WithDescription("Body: JSON {\"dataValues\":[…]} or text/csv with the header `" + CsvHeader + "`. strategy: CREATE_AND_UPDATE (default; an identical row is IGNORED, so a replay changes nothing), CREATE, UPDATE, DELETE. atomic=true (default): any conflict and nothing is written — 422 data_value.import_has_conflicts, or 409 data_value.period_locked when a row falls in an approved period, with the summary in `import`. atomic=false: valid rows are written, conflicts listed (status WARNING). dryRun=true: checks and counts, writes nothing. A province system writes only its registered units and data elements. Send an Idempotency-Key to retry safely. Values keep who stored them and when; changes are in the audit trail and the change feed. Large payloads: async=true, or the header Prefer: respond-async, or a body above the configured size (ImportJobs:AsyncThresholdBytes) answers 202 with Location /api/v1/import-jobs/{id}, processed in the background in batches; the body is read as a stream either way.")
            .RequireAuthorization(Policies.DataValuesWrite)
            .WithIdempotency()
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(Math.Max(options.MaxBodyBytes, jobs.MaxBodyBytes)))
            .Accepts<DataValueBatch>("application/json", "text/csv")
            .Produces<DataValueImportSummary>()
            .Produces<ImportJobDto>(StatusCodes.Status202Accepted)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/data-values", ([AsParameters] DataValueParameters p, ISender sender, CancellationToken ct) =>
                Send(sender, new ListDataValuesQuery(p.DataElement, p.Period, p.From, p.To, p.OrgUnit, p.Disaggregation, p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize), ct))
            .WithName("ListDataValues")
            .WithSummary("Query stored values by element, period (or date range), unit and breakdown")
            .RequireAuthorization(Policies.DataValuesRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);

        group.MapGet("/data-values/changes", ([AsParameters] ChangeParameters p, ISender sender, CancellationToken ct) => Send(sender, new ListChangesQuery(p.After ?? 0, p.Limit ?? 500), ct))
            .WithName("ListDataValueChanges")
            .WithSummary("The change feed: values written or deleted after a cursor")
            .WithDescription("Oldest first, by change number; send nextCursor back as `after` until hasMore is false. A value changed twice appears once, with its latest state; deletions come as tombstones (deleted=true). Changes are numbered in commit order, so a cursor never skips one.")
            .RequireAuthorization(Policies.DataValuesRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);
    }

    private static void MapAdministration(RouteGroupBuilder group)
    {
        group.MapGet("/period-locks", (ISender sender, CancellationToken ct) => Send(sender, new ListPeriodLocksQuery(), ct))
            .WithName("ListPeriodLocks")
            .WithSummary("Periods approved and closed to writes")
            .RequireAuthorization(Policies.DataValuesRead);

        group.MapPost("/period-locks", async (LockPeriodCommand command, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/period-locks/{created.Id}", created);
            })
            .WithName("LockPeriod")
            .WithSummary("Approve a period's figures: writes for it are refused from now on")
            .WithDescription("For one unit and its subtree, or every unit (orgUnit omitted). Writes for the period get 409 data_value.period_locked.")
            .RequireAuthorization(Policies.PeriodLocksApprove)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/period-locks/{id:guid}", async (Guid id, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new UnlockPeriodCommand(id, ifMatch.Version), ct);
                return TypedResults.NoContent();
            })
            .WithName("ReopenPeriod")
            .WithSummary("Reopen a locked period (If-Match required)")
            .RequireAuthorization(Policies.PeriodLocksReopen)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapGet("/reporters", (ISender sender, CancellationToken ct) => Send(sender, new ListReportersQuery(), ct))
            .WithName("ListReporters")
            .WithSummary("Province systems registered to report, with what each may write")
            .RequireAuthorization(Policies.ReportersManage);

        group.MapGet("/reporters/{id:guid}", (Guid id, ISender sender, CancellationToken ct) => Send(sender, new GetReporterQuery(id), ct))
            .WithName("GetReporter")
            .WithSummary("One reporter")
            .WithDescription("Returns the ETag to send back in If-Match; honours If-None-Match (304).")
            .RequireAuthorization(Policies.ReportersManage)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/reporters", async (CreateReporterCommand command, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/reporters/{created.Id}", created);
            })
            .WithName("CreateReporter")
            .WithSummary("Register a province system (its token's client id) with its units and data elements")
            .RequireAuthorization(Policies.ReportersManage)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/reporters/{id:guid}", (Guid id, ReporterScope body, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
                Send(sender, new UpdateReporterCommand(id, ifMatch.Version, body), ct))
            .WithName("UpdateReporter")
            .WithSummary("Change what a reporter may write, or suspend it (If-Match required)")
            .RequireAuthorization(Policies.ReportersManage)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapProgress(RouteGroupBuilder group) =>
        group.MapGet("/targets/progress", ([AsParameters] ProgressParameters p, ISender sender, CancellationToken ct) =>
                Send(sender, new GetTargetProgressQuery(p.OrganizationId, p.Year, p.AsOf), ct))
            .WithName("GetTargetProgress")
            .WithSummary("Where each target of a year stands: value, target, status and the rule that decided it")
            .WithDescription("For the resolutions of an organisation and its subtree. ACHIEVED or MISSED on the year's figure; during the year ON_TRACK or AT_RISK (flows projected at the pace of the months reported); NO_DATA without a figure. Internal indicators (members rated, new members admitted…) are computed from the API's own data.")
            .RequireAuthorization(Policies.ResolutionsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

    private static async Task<Ok<T>> Send<T>(ISender sender, IQuery<T> request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(request, cancellationToken));

    private static async Task<Ok<T>> Send<T>(ISender sender, ICommand<T> request, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(request, cancellationToken));

    private static async Task<IResult> ImportAsync(
        HttpContext context,
        [FromQuery, AllowedValues("CREATE_AND_UPDATE", "CREATE", "UPDATE", "DELETE")] string? strategy,
        [FromQuery] bool? dryRun,
        [FromQuery] bool? atomic,
        [FromQuery(Name = "async")] bool? runAsync,
        ISender sender,
        IDataValueParser parser,
        IndicatorOptions options,
        ImportJobOptions jobs,
        CancellationToken cancellationToken)
    {
        var query = new QueryParser();
        var chosen = query.Enum<ImportStrategy>("strategy", strategy) ?? ImportStrategy.CreateAndUpdate;
        query.ThrowIfInvalid();

        var mediaType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is null || !IDataValueParser.MediaTypes.Contains(mediaType))
        {
            throw new BadHttpRequestException("Send application/json or text/csv.", StatusCodes.Status415UnsupportedMediaType);
        }

        var length = context.Request.ContentLength;
        var background = runAsync ?? (context.Request.Headers["Prefer"].Any(p => p?.Contains("respond-async", StringComparison.OrdinalIgnoreCase) == true)
            || length > jobs.AsyncThresholdBytes);
        if (background)
        {
            var job = await sender.Send(new SubmitImportJobCommand(context.Request.Body, mediaType, chosen, dryRun ?? false, atomic ?? true), cancellationToken);
            context.Response.Headers["Preference-Applied"] = "respond-async";
            return TypedResults.Accepted($"/api/v1/import-jobs/{job.Id}", job);
        }

        if (length > options.MaxBodyBytes)
        {
            throw new Application.Common.Exceptions.ContentTooLargeException("import.file_too_large", "The file is too large.", (options.MaxBodyBytes / (1024d * 1024d)).ToString("0.##", CultureInfo.InvariantCulture));
        }

        // The rows are read as the body arrives and written in batches (ImportDataValuesHandler).
        var rows = parser.ReadAsync(context.Request.Body, mediaType, cancellationToken);
        var summary = await sender.Send(new ImportDataValuesCommand(rows, chosen, dryRun ?? false, atomic ?? true), cancellationToken);
        if (summary.Status != ImportOutcome.Error)
        {
            return TypedResults.Ok(summary);
        }

        var (status, code) = summary.HasLockedPeriod
            ? (StatusCodes.Status409Conflict, DataValueCodes.PeriodLocked)
            : (StatusCodes.Status422UnprocessableEntity, "data_value.import_has_conflicts");
        var problem = ProblemFactory.Create(context, status, code, null, code == DataValueCodes.PeriodLocked
            ? [summary.Conflicts.First(c => c.Code == DataValueCodes.PeriodLocked).Message]
            : [summary.ConflictCount]).ProblemDetails;
        if (code == DataValueCodes.PeriodLocked)
        {
            problem.Detail = summary.Conflicts.First(c => c.Code == DataValueCodes.PeriodLocked).Message;
        }

        problem.Extensions["import"] = summary;
        return TypedResults.Problem(problem);
    }
}

/// <summary>Query parameters of an indicator series.</summary>
public sealed class SeriesParameters
{
    /// <summary>Administrative unit (reported indicators).</summary>
    [FromQuery(Name = "orgUnit")]
    public string? OrgUnit { get; init; }

    /// <summary>Party organisation (internal indicators).</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Breakdown, e.g. ethnicity:khmer (total by default).</summary>
    [FromQuery(Name = "disaggregation")]
    public string? Disaggregation { get; init; }

    /// <summary>First year.</summary>
    [FromQuery(Name = "from")]
    [Required]
    public int From { get; init; }

    /// <summary>Last year.</summary>
    [FromQuery(Name = "to")]
    [Required]
    public int To { get; init; }
}

/// <summary>Query parameters of the unit list.</summary>
public sealed class UnitParameters
{
    /// <summary>Units that existed on this date (today by default).</summary>
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; init; }

    /// <summary>Every unit whatever its dates.</summary>
    [FromQuery(Name = "all")]
    public bool? All { get; init; }
}

/// <summary>Query parameters of the value list.</summary>
public sealed class DataValueParameters : PagedParameters
{
    /// <summary>Data element code.</summary>
    [FromQuery(Name = "dataElement")]
    public string? DataElement { get; init; }

    /// <summary>One period.</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    /// <summary>Periods starting on or after this date.</summary>
    [FromQuery(Name = "from")]
    public DateOnly? From { get; init; }

    /// <summary>Periods ending on or before this date.</summary>
    [FromQuery(Name = "to")]
    public DateOnly? To { get; init; }

    /// <summary>Unit code.</summary>
    [FromQuery(Name = "orgUnit")]
    public string? OrgUnit { get; init; }

    /// <summary>Breakdown (total for totals).</summary>
    [FromQuery(Name = "disaggregation")]
    public string? Disaggregation { get; init; }
}

/// <summary>Query parameters of the change feed.</summary>
public sealed class ChangeParameters
{
    /// <summary>The last change number you have (0 to start).</summary>
    [FromQuery(Name = "after")]
    public long? After { get; init; }

    /// <summary>Changes per call, 1 to 1000 (default 500).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }
}

/// <summary>Query parameters of the progress report.</summary>
public sealed class ProgressParameters
{
    /// <summary>The organisation whose resolutions are read (with its subtree).</summary>
    [FromQuery(Name = "organizationId")]
    [Required]
    public Guid OrganizationId { get; init; }

    /// <summary>The year of the targets.</summary>
    [FromQuery(Name = "year")]
    [Required]
    public int Year { get; init; }

    /// <summary>Assessment date (today by default).</summary>
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; init; }
}
