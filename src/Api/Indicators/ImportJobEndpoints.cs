using Mediator;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Indicators.ImportJobs;

namespace PartyCommittee.Api.Indicators;

/// <summary>/api/v1/import-jobs: bulk writes run in the background (POST /api/v1/data-values?async=true answers 202 with one).</summary>
[EndpointTag("Import jobs", "Bulk writes of data values processed in the background: submitted with POST /data-values?async=true (or Prefer: respond-async, or automatically above a size), polled here while they run (rows done, counts, conflicts so far). Any instance of the API runs them; a job whose instance stops is taken over by another.")]
public sealed class ImportJobEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/import-jobs").WithTags("Import jobs");

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetImportJobQuery(id), ct)))
            .WithName("GetImportJob")
            .WithSummary("One import job: status, rows done, counts and conflicts so far")
            .WithDescription("Poll until status is COMPLETED (outcome SUCCESS, WARNING or ERROR as in the synchronous summary) or FAILED (error names why). A reporter reads only the jobs it submitted; the committee office and administrators read all. Another caller's job answers 404.")
            .RequireAuthorization(Policies.ImportJobsRead)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapGet(string.Empty, async ([AsParameters] ImportJobListParameters p, ISender sender, CancellationToken ct) =>
            {
                var parser = new QueryParser();
                var status = parser.Enum<ImportJobStatus>("status", p.Status);
                parser.ThrowIfInvalid();
                return TypedResults.Ok(await sender.Send(new ListImportJobsQuery(status, p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize), ct));
            })
            .WithName("ListImportJobs")
            .WithSummary("Import jobs, newest first (a reporter sees its own)")
            .RequireAuthorization(Policies.ImportJobsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:guid}/conflicts", async (Guid id, [AsParameters] ImportJobConflictParameters p, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListImportJobConflictsQuery(id, p.Page ?? 1, p.PageSize ?? 100), ct)))
            .WithName("ListImportJobConflicts")
            .WithSummary("The rows of a job that were not applied, by row, with their codes (readable while the job runs)")
            .RequireAuthorization(Policies.ImportJobsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }
}

/// <summary>Query parameters of the job list.</summary>
public sealed class ImportJobListParameters : PagedParameters
{
    /// <summary>Only jobs in this state: QUEUED, RUNNING, COMPLETED, FAILED.</summary>
    [FromQuery(Name = "status")]
    [AllowedValues("QUEUED", "RUNNING", "COMPLETED", "FAILED", null)]
    public string? Status { get; init; }
}

/// <summary>Query parameters of a job's conflicts (pageSize up to 1000, default 100).</summary>
public sealed class ImportJobConflictParameters : PagedParameters;
