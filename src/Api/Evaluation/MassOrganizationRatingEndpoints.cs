using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Mediator;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Evaluation.MassOrganizations;
using PartyCommittee.Application.Evaluation.MassOrganizations.CorrectMassOrganizationRating;
using PartyCommittee.Application.Evaluation.MassOrganizations.CreateMassOrganizationRating;
using PartyCommittee.Application.Evaluation.MassOrganizations.GetMassOrganizationRating;
using PartyCommittee.Application.Evaluation.MassOrganizations.ListMassOrganizationRatings;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Api.Evaluation;

/// <summary><c>/api/v1/mass-organization-ratings</c>: the yearly ratings of the mass organisations.</summary>
[EndpointTag("Mass-organisation ratings", "Yearly ratings of the trade union, youth union, women's union and veterans' association on their own scales (strong or lower), decided by the committee office; corrected only by a dated correction with a reason.")]
public sealed class MassOrganizationRatingEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/mass-organization-ratings").WithTags("Mass-organisation ratings");
        group.MapGet("/", List)
            .WithName("ListMassOrganizationRatings")
            .WithSummary("List mass-organisation ratings in scope")
            .WithDescription("Filters: organizationId (the leading party organisation's subtree), year, kind, strong, massOrganizationId; sort year (default newest first).")
            .RequireAuthorization(Policies.EvaluationRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapPost("/", Create)
            .WithName("CreateMassOrganizationRating")
            .WithSummary("Decide a mass organisation's rating for a year")
            .WithDescription("One rating per mass organisation and year (409 mass_organization_rating.exists). The level is on the kind's scale (a setting, see docs/mass-org-and-civil-servant-ratings.md); the response says whether it counts as strong.")
            .RequireAuthorization(Policies.MassOrganizationRatingsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id:guid}", Get)
            .WithName("GetMassOrganizationRating")
            .WithSummary("Get a mass-organisation rating with its corrections")
            .WithDescription("Returns the ETag; honours If-None-Match (304).")
            .RequireAuthorization(Policies.EvaluationRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/corrections", Correct)
            .WithName("CorrectMassOrganizationRating")
            .WithSummary("Correct a decided rating: dated, with a reason (If-Match required)")
            .WithDescription("The correction is dated on or after the decision and the previous correction, not in the future, and changes the level; the previous level is kept in the history.")
            .RequireAuthorization(Policies.MassOrganizationRatingsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<PagedList<MassOrganizationRatingDto>>> List([AsParameters] MassOrganizationRatingListParameters p, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var kind = parser.Enum<MassOrganizationKind>("kind", p.Kind);
        parser.ThrowIfInvalid();
        return TypedResults.Ok(await sender.Send(
            new ListMassOrganizationRatingsQuery(p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize, p.Sort, p.OrganizationId, p.Year, kind, p.Strong, p.MassOrganizationId),
            cancellationToken));
    }

    private static async Task<Created<MassOrganizationRatingDto>> Create(MassOrganizationRatingInput body, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreateMassOrganizationRatingCommand(body), cancellationToken);
        return TypedResults.Created($"/api/v1/mass-organization-ratings/{created.Id}", created);
    }

    private static async Task<Ok<MassOrganizationRatingDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMassOrganizationRatingQuery(id), cancellationToken));

    private static async Task<Ok<MassOrganizationRatingDto>> Correct(Guid id, MassOrganizationRatingCorrectionInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CorrectMassOrganizationRatingCommand(id, ifMatch.Version, body), cancellationToken));
}

/// <summary>Query parameters of the mass-organisation rating list.</summary>
public sealed class MassOrganizationRatingListParameters : PagedParameters
{
    /// <summary>year; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only the mass organisations led in this party organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Year rated.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Kind of mass organisation.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    /// <summary>Only those counted as strong (true) or not (false).</summary>
    [FromQuery(Name = "strong")]
    public bool? Strong { get; init; }

    /// <summary>One mass organisation's ratings.</summary>
    [FromQuery(Name = "massOrganizationId")]
    public Guid? MassOrganizationId { get; init; }
}
