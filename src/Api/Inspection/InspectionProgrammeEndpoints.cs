using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Inspection.Programmes;
using PartyCommittee.Application.Inspection.Programmes.CreateProgramme;
using PartyCommittee.Application.Inspection.Programmes.GetProgramme;
using PartyCommittee.Application.Inspection.Programmes.ListProgrammes;
using PartyCommittee.Application.Inspection.Programmes.UpdateProgramme;

namespace PartyCommittee.Api.Inspection;

/// <summary><c>/api/v1/inspection-programmes</c>: yearly programmes of inspection and supervision.</summary>
[EndpointTag("Inspection programmes", "Yearly programmes of inspection and supervision (chương trình kiểm tra, giám sát năm) with their planned items.")]
public sealed class InspectionProgrammeEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/inspection-programmes").WithTags("Inspection programmes");

        group.MapGet("/", List)
            .WithName("ListInspectionProgrammes")
            .WithSummary("List programmes in scope")
            .WithDescription("Programmes of the organisations in the subtree of organizationId (the caller's scope when omitted), filtered by year; sort by year (default '-year') or issuedOn. Each programme's header with itemCount; GET /api/v1/inspection-programmes/{id} gives its items.")
            .RequireAuthorization(Policies.InspectionProgrammesRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetInspectionProgramme")
            .WithSummary("Get one programme")
            .WithDescription("The issuer, document number and date, and the planned items (kind, subject, topic, quarter). Returns the ETag to send back in If-Match; honours If-None-Match (304).")
            .RequireAuthorization(Policies.InspectionProgrammesRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", Create)
            .WithName("CreateInspectionProgramme")
            .WithSummary("Issue a yearly programme")
            .WithDescription("For a committee issued by its standing committee or its inspection commission, for a cell by the cell; dated in its year or the year before; one per organisation, year and issuer (409 inspection.programme_exists). Items name a kind, a subject under the organisation (a cell, a cell committee or a member), a topic of the catalogue in force on the issue date and a quarter 1–4.")
            .RequireAuthorization(Policies.InspectionProgrammesWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateInspectionProgramme")
            .WithSummary("Amend a programme (If-Match required)")
            .WithDescription("Replaces the header and every item, under the same rules as issuing it.")
            .RequireAuthorization(Policies.InspectionProgrammesWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<PagedList<ProgrammeSummaryDto>>> List([AsParameters] ProgrammeListParameters parameters, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListProgrammesQuery(parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize, parameters.Sort, parameters.OrganizationId, parameters.Year),
            cancellationToken));

    private static async Task<Ok<ProgrammeDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetProgrammeQuery(id), cancellationToken));

    private static async Task<Created<ProgrammeDto>> Create(CreateProgrammeCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var programme = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/inspection-programmes/{programme.Id}", programme);
    }

    private static async Task<Ok<ProgrammeDto>> Update(Guid id, ProgrammeChange body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new UpdateProgrammeCommand(id, ifMatch.Version, body), cancellationToken));
}

/// <summary>Query parameters of the programme list.</summary>
public sealed class ProgrammeListParameters : PagedParameters
{
    /// <summary>year (default, descending) or issuedOn; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Programmes of this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>The year planned.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }
}
