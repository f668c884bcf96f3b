using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Inspection.Denunciations;
using PartyCommittee.Application.Inspection.Denunciations.Figures;
using PartyCommittee.Application.Inspection.Denunciations.GetDenunciation;
using PartyCommittee.Application.Inspection.Denunciations.ListDenunciations;
using PartyCommittee.Application.Inspection.Denunciations.RecordDenunciationStep;
using PartyCommittee.Application.Inspection.Denunciations.RegisterDenunciation;
using PartyCommittee.Domain.Inspection.Denunciations;

namespace PartyCommittee.Api.Inspection;

/// <summary>/api/v1/denunciations: denunciations against party members and organisations.</summary>
[EndpointTag("Denunciations", "Denunciations (tố cáo) against party members and organisations: registered, accepted or recorded as not accepted with the reason the rules give, assigned, verified and concluded within the time limit of the rule set in force on receipt (GET /api/v1/rule-sets?kind=inspection.time_limits); lateness is recorded and listed on the agenda. The denouncer's identity is personal data.")]
public sealed class DenunciationEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/denunciations").WithTags("Denunciations");

        group.MapGet("/", List)
            .WithName("ListDenunciations")
            .WithSummary("List denunciations in scope")
            .WithDescription("Denunciations handled by organisations of the caller's subtree (or organizationId's); filter by year of receipt, member denounced and status; sort by receivedOn (default '-receivedOn') or dueOn.")
            .RequireAuthorization(Policies.DenunciationsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetDenunciation")
            .WithSummary("Get one denunciation")
            .WithDescription("With its time limit (dueOn, extension), lateness and the rule set applied. Returns the ETag to send back in If-Match.")
            .RequireAuthorization(Policies.DenunciationsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", Register)
            .WithName("CreateDenunciation")
            .WithSummary("Register a denunciation received")
            .WithDescription("organizationId handles it (in scope); the subject (MEMBER: memberId, ORGANIZATION: subjectOrganizationId) is under it. The time limit of the rule set in force on receivedOn runs from that day. An anonymous denunciation or one without an address is registered but can only be recorded as not accepted.")
            .RequireAuthorization(Policies.DenunciationsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/steps", Step)
            .WithName("RecordDenunciationStep")
            .WithSummary("Record a step on a denunciation (If-Match required)")
            .WithDescription("In order: ACCEPT (settler CELL for its own member, or INSPECTION_COMMISSION) or REFUSE (reason), ASSIGN (assigneeId), VERIFY, CONCLUDE (result, conclusionNumber). EXTEND once, by at most the working days of the rule set. A conclusion after dueOn is recorded late (workingDaysLate), not refused.")
            .RequireAuthorization(Policies.DenunciationsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/figures", Figures)
            .WithName("GetDenunciationFigures")
            .WithSummary("Counts of denunciations and discipline complaints of a year and subtree")
            .WithDescription("Received, not accepted, concluded by result, open, overdue and late, for denunciations and for complaints about discipline; organizationId defaults to the caller's scope, year to the current year.")
            .RequireAuthorization(Policies.DenunciationFigures)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedList<DenunciationDto>>> List([AsParameters] DenunciationListParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var status = parser.Enum<DenunciationStatus>("status", parameters.Status);
        parser.ThrowIfInvalid();
        var query = new ListDenunciationsQuery(
            parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize, parameters.Sort, parameters.OrganizationId, parameters.Year, parameters.MemberId, status);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    private static async Task<Ok<DenunciationDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDenunciationQuery(id), cancellationToken));

    private static async Task<Created<DenunciationDto>> Register(RegisterDenunciationCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var denunciation = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/denunciations/{denunciation.Id}", denunciation);
    }

    private static async Task<Ok<DenunciationDto>> Step(Guid id, DenunciationStepInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordDenunciationStepCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<DenunciationFiguresDto>> Figures(Guid? organizationId, int? year, ISender sender, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDenunciationFiguresQuery(organizationId, year ?? time.GetUtcNow().AddHours(7).Year), cancellationToken));
}

/// <summary>Query parameters of the denunciation list.</summary>
public sealed class DenunciationListParameters : PagedParameters
{
    /// <summary>receivedOn (default, descending) or dueOn; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only denunciations handled in this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Only denunciations received in this year.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Only denunciations against this member.</summary>
    [FromQuery(Name = "memberId")]
    public Guid? MemberId { get; init; }

    /// <summary>Status.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; init; }
}
