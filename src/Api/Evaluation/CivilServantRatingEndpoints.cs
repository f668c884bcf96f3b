using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Mediator;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Errors;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Evaluation.CivilServants;
using PartyCommittee.Application.Evaluation.CivilServants.DeleteCivilServantRating;
using PartyCommittee.Application.Evaluation.CivilServants.GetCivilServantRating;
using PartyCommittee.Application.Evaluation.CivilServants.ImportCivilServantRatings;
using PartyCommittee.Application.Evaluation.CivilServants.ListCivilServantRatings;
using PartyCommittee.Application.Evaluation.CivilServants.RecordCivilServantRating;
using PartyCommittee.Application.Evaluation.CivilServants.UpdateCivilServantRating;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Api.Evaluation;

/// <summary><c>/api/v1/civil-servant-ratings</c>: the state's yearly ratings of civil servants, linked to members.</summary>
[EndpointTag("Civil-servant ratings", "Yearly ratings of cadres, civil servants and public employees on the state's four levels (Nghị định 90/2020/NĐ-CP): one per person and year, linked to the party member where he is one; imported from CSV or Excel.")]
public sealed class CivilServantRatingEndpoints : IEndpointGroup
{
    /// <summary>Room for the multipart boundaries and part headers around the uploaded file.</summary>
    private const long MultipartEnvelopeBytes = 64 * 1024;

    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/civil-servant-ratings").WithTags("Civil-servant ratings");
        group.MapGet("/", List)
            .WithName("ListCivilServantRatings")
            .WithSummary("List civil-servant ratings in scope")
            .WithDescription("Filters: organizationId (subtree), year, level, memberId; sort year (default newest first) or fullName. The date of birth is personal data.")
            .RequireAuthorization(Policies.CivilServantRatingsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapPost("/", Create)
            .WithName("CreateCivilServantRating")
            .WithSummary("Record a civil servant's rating for a year")
            .WithDescription("Name a party member (memberId: his record gives the name, date of birth and default organisation) or a person (fullName and dateOfBirth). One rating per person and year (409 civil_servant_rating.exists). The response names the rule set applied (see /api/v1/rule-sets, kind evaluation.civil_servant_ratings).")
            .RequireAuthorization(Policies.CivilServantRatingsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        var importLimits = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<ImportOptions>();
        group.MapPost("/import", Import)
            .WithName("ImportCivilServantRatings")
            .WithSummary("Import civil-servant ratings from CSV or Excel (.xlsx), with a dry run")
            .WithDescription("multipart/form-data with a `file` (header row: " + string.Join(", ", CivilServantSheet.Headers) + "). A member is named by memberId or partyCardNumber; another person by fullName and dateOfBirth. A row of a person already rated that year updates that rating. dryRun=true validates and reports per row without writing; a real import writes only when every row is valid (otherwise 422 import.has_errors with the per-row results). Errors carry a code and messages in Vietnamese and English.")
            .RequireAuthorization(Policies.CivilServantRatingsWrite)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(importLimits.MaxFileBytes + MultipartEnvelopeBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id:guid}", Get)
            .WithName("GetCivilServantRating")
            .WithSummary("Get a civil-servant rating")
            .WithDescription("Returns the ETag; honours If-None-Match (304).")
            .RequireAuthorization(Policies.CivilServantRatingsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateCivilServantRating")
            .WithSummary("Replace a civil-servant rating (If-Match required)")
            .RequireAuthorization(Policies.CivilServantRatingsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{id:guid}", Delete)
            .WithName("DeleteCivilServantRating")
            .WithSummary("Delete a civil-servant rating recorded by mistake (If-Match required)")
            .RequireAuthorization(Policies.CivilServantRatingsWrite)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedList<CivilServantRatingDto>>> List([AsParameters] CivilServantRatingListParameters p, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var level = parser.Enum<EvaluationLevel>("level", p.Level);
        parser.ThrowIfInvalid();
        return TypedResults.Ok(await sender.Send(
            new ListCivilServantRatingsQuery(p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize, p.Sort, p.OrganizationId, p.Year, level, p.MemberId),
            cancellationToken));
    }

    private static async Task<Created<CivilServantRatingDto>> Create(CivilServantRatingInput body, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new RecordCivilServantRatingCommand(body), cancellationToken);
        return TypedResults.Created($"/api/v1/civil-servant-ratings/{created.Id}", created);
    }

    private static async Task<Ok<CivilServantRatingDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCivilServantRatingQuery(id), cancellationToken));

    private static async Task<Ok<CivilServantRatingDto>> Update(Guid id, CivilServantRatingInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new UpdateCivilServantRatingCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<NoContent> Delete(Guid id, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteCivilServantRatingCommand(id, ifMatch.Version), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CivilServantImportResult>, ProblemHttpResult>> Import(
        IFormFile file, [FromQuery] bool? dryRun, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var format = Path.GetExtension(file.FileName).ToUpperInvariant() switch
        {
            ".XLSX" => SheetFormat.Xlsx,
            ".CSV" or ".TXT" => SheetFormat.Csv,
            _ when file.ContentType.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) => SheetFormat.Xlsx,
            _ => SheetFormat.Csv,
        };
        await using var content = file.OpenReadStream();
        var result = await sender.Send(new ImportCivilServantRatingsCommand(content, format, dryRun ?? false), cancellationToken);
        if (result.DryRun || result.Errors == 0)
        {
            return TypedResults.Ok(result);
        }

        var problem = ProblemFactory.Create(context, StatusCodes.Status422UnprocessableEntity, "import.has_errors", null, [result.Errors]).ProblemDetails;
        problem.Extensions["import"] = result;
        return TypedResults.Problem(problem);
    }
}

/// <summary>Query parameters of the civil-servant rating list.</summary>
public sealed class CivilServantRatingListParameters : PagedParameters
{
    /// <summary>year or fullName; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only the ratings of this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Year rated.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Level.</summary>
    [FromQuery(Name = "level")]
    public string? Level { get; init; }

    /// <summary>One member's ratings.</summary>
    [FromQuery(Name = "memberId")]
    public Guid? MemberId { get; init; }
}
