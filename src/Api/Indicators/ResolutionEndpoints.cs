using Mediator;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Indicators.Resolutions;

namespace PartyCommittee.Api.Indicators;

/// <summary>/api/v1/resolutions: resolutions and action programmes, their targets and tasks.</summary>
[EndpointTag("Resolutions", "Resolutions and action programmes of party organisations: targets on indicators (the text as written and its bounds) and tasks assigned to committee members, with their reports.")]
public sealed class ResolutionEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/resolutions").WithTags("Resolutions");

        group.MapGet("/", async ([AsParameters] ResolutionListParameters p, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListResolutionsQuery(p.OrganizationId, p.Year, p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize), ct)))
            .WithName("ListResolutions")
            .WithSummary("Resolutions and action programmes in scope, newest first")
            .RequireAuthorization(Policies.ResolutionsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetResolutionQuery(id), ct)))
            .WithName("GetResolution")
            .WithSummary("One resolution with its targets and tasks")
            .WithDescription("Returns the ETag to send back in If-Match; honours If-None-Match (304).")
            .RequireAuthorization(Policies.ResolutionsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", async (CreateResolutionCommand command, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/resolutions/{created.Id}", created);
            })
            .WithName("CreateResolution")
            .WithSummary("Record a resolution or action programme of an organisation in scope")
            .RequireAuthorization(Policies.ResolutionsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id:guid}", async (Guid id, ResolutionHeader body, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new UpdateResolutionCommand(id, ifMatch.Version, body), ct)))
            .WithName("UpdateResolution")
            .WithSummary("Change the number, date, issuer, title or years (If-Match required)")
            .RequireAuthorization(Policies.ResolutionsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/targets", async (Guid id, TargetInput body, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AddTargetCommand(id, ifMatch.Version, body), ct)))
            .WithName("AddResolutionTarget")
            .WithSummary("Add a target (If-Match required)")
            .WithDescription("AT_LEAST needs low; AT_MOST needs high (exclusive=true for \"dưới\"); RANGE and DECREASE_BY_POINTS need low ≤ high, the lower end being the commitment. Reported indicators name the administrative unit; internal ones are measured on the resolution's organisation.")
            .RequireAuthorization(Policies.ResolutionsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/{id:guid}/targets/{targetId:guid}", async (Guid id, Guid targetId, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RemoveTargetCommand(id, targetId, ifMatch.Version), ct)))
            .WithName("RemoveResolutionTarget")
            .WithSummary("Remove a target (If-Match required)")
            .RequireAuthorization(Policies.ResolutionsWrite)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/tasks", async (Guid id, TaskInput body, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AddTaskCommand(id, ifMatch.Version, body), ct)))
            .WithName("AddResolutionTask")
            .WithSummary("Assign a task to a committee member (If-Match required)")
            .RequireAuthorization(Policies.ResolutionsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/tasks/{taskId:guid}/reports", async (Guid id, Guid taskId, TaskReportInput body, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ReportOnTaskCommand(id, taskId, ifMatch.Version, body), ct)))
            .WithName("ReportOnResolutionTask")
            .WithSummary("Report on a task: date, state, what was done (If-Match required)")
            .WithDescription("Open tasks past their deadline are listed on /api/v1/agenda.")
            .RequireAuthorization(Policies.ResolutionsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }
}

/// <summary>Query parameters of the resolution list.</summary>
public sealed class ResolutionListParameters : PagedParameters
{
    /// <summary>Only this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Only those covering this year.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }
}
