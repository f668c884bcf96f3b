using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Evaluation.Documents;
using PartyCommittee.Application.Evaluation.Documents.CreateDocument;
using PartyCommittee.Application.Evaluation.Documents.GetCoverage;
using PartyCommittee.Application.Evaluation.Documents.GetDocument;
using PartyCommittee.Application.Evaluation.Documents.ListDocuments;
using PartyCommittee.Application.Evaluation.Documents.RecordCatchUp;
using PartyCommittee.Application.Evaluation.Documents.UpdateDocument;
using PartyCommittee.Application.Evaluation.Meetings;
using PartyCommittee.Application.Evaluation.Meetings.GetMeeting;
using PartyCommittee.Application.Evaluation.Meetings.HoldMeeting;
using PartyCommittee.Application.Evaluation.Meetings.ListMeetings;
using PartyCommittee.Application.Evaluation.Meetings.UpdateMeeting;
using PartyCommittee.Application.Evaluation.Models;
using PartyCommittee.Application.Evaluation.Models.GetEmulationModel;
using PartyCommittee.Application.Evaluation.Models.ListEmulationModels;
using PartyCommittee.Application.Evaluation.Models.RegisterEmulationModel;
using PartyCommittee.Application.Evaluation.Models.UpdateEmulationModel;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Application.Evaluation.Reviews.CreateReviewTemplate;
using PartyCommittee.Application.Evaluation.Reviews.GetMonthlyReview;
using PartyCommittee.Application.Evaluation.Reviews.GetReviewSummary;
using PartyCommittee.Application.Evaluation.Reviews.GetReviewTemplate;
using PartyCommittee.Application.Evaluation.Reviews.ListMissingReviews;
using PartyCommittee.Application.Evaluation.Reviews.ListMonthlyReviews;
using PartyCommittee.Application.Evaluation.Reviews.ListReviewTemplates;
using PartyCommittee.Application.Evaluation.Reviews.RecordMonthlyReview;
using PartyCommittee.Application.Evaluation.Reviews.UpdateMonthlyReview;
using PartyCommittee.Application.Evaluation.Reviews.UpdateReviewTemplate;
using PartyCommittee.Application.Evaluation.Statistics;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Api.Evaluation;

/// <summary>/api/v1/documents, /meetings, /review-templates, /monthly-reviews, /emulation-models, /statistics/ratings.</summary>
[EndpointTag("Documents", "The register of documents to disseminate (resolutions, directives, regulations…) and how far each reached the members.")]
[EndpointTag("Cell meetings", "Regular (monthly), extraordinary and thematic cell meetings: attendance of the members counted in the cell and the documents disseminated.")]
[EndpointTag("Monthly reviews", "Monthly reviews of members at the cell meeting (Resolution TW4 (XII), Directive 05) against the committee's dated templates.")]
[EndpointTag("Emulation models", "\"Dân vận khéo\", Ho Chi Minh study and other models registered by cells, with results and recognition.")]
public sealed class EvaluationEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        MapDocuments(api);
        MapMeetings(api);
        MapReviews(api);
        MapModels(api);
        api.MapGet("/statistics/ratings", Statistics)
            .WithTags("Statistics")
            .WithName("GetRatingStatistics")
            .WithSummary("Evaluation statistics of a subtree for a year")
            .WithDescription("Meetings held and missing, attendance rate, dissemination coverage of each document disseminated in the year (100% means every probationary and full member received it), monthly reviews done and missing, emulation models registered and recognised. organizationId defaults to the caller's scope. The 'ratings' section (annual ratings) counts the campaigns published by today, with each level after the corrections dated by today: members by level (percent of those rated: the indicators MEMBERS_GOOD_OR_BETTER_RATE and MEMBERS_EXCELLENT_RATE, EXCELLENT over GOOD or better), not rated by reason, the quota per grassroots campaign with its rule set, caps by code and source, organisations counted by decided level beside the computed one (their rows: /api/v1/statistics/ratings/organizations).")
            .RequireAuthorization(Policies.StatisticsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        api.MapGet("/statistics/ratings/organizations", StatisticsOrganizations)
            .WithTags("Statistics")
            .WithName("ListRatingStatisticsOrganizations")
            .WithSummary("The organisations of the rating statistics, a page at a time")
            .WithDescription("The rows the 'ratings.organizations' section of /api/v1/statistics/ratings counts, for the same year and subtree: per campaign published by today, the committee, then its cells in folded name order, each with the level its members' levels (after the corrections dated by today) and its discipline of the year allow beside the decided level (ADR 0078). page, pageSize 1-100, totalCount.")
            .RequireAuthorization(Policies.StatisticsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static void MapDocuments(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/documents").WithTags("Documents");
        group.MapGet("/", ListDocuments)
            .WithName("ListDocuments")
            .WithSummary("List the register entries the caller sees")
            .WithDescription("Entries of the organisations in scope and of the organisations above (committee-wide documents every cell disseminates); with organizationId, what that organisation sees. Filters: kind, year (of issue), search (number or title); sort issuedOn (default, newest first) or number.")
            .RequireAuthorization(Policies.EvaluationRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapPost("/", CreateDocument)
            .WithName("CreateDocument")
            .WithSummary("Register a document")
            .WithDescription("In the register of an organisation in scope: the committee (committee-wide) or a cell (its own). A number the register already holds for the same issuer (accents, case and spacing ignored) is 409 document.number_taken.")
            .RequireAuthorization(Policies.DocumentsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id:guid}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("Get a register entry")
            .WithDescription("Returns the ETag to send back in If-Match when changing it; honours If-None-Match (304).")
            .RequireAuthorization(Policies.EvaluationRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut("/{id:guid}", UpdateDocument)
            .WithName("UpdateDocument")
            .WithSummary("Update a register entry (If-Match required)")
            .WithDescription("Only entries of organisations in scope change (a committee-wide entry read by a cell is not found for it); a disseminated document keeps an issue date on or before its first dissemination; a number the register already holds for the same issuer is 409 document.number_taken.")
            .RequireAuthorization(Policies.DocumentsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{id:guid}/catch-ups", RecordCatchUp)
            .WithName("RecordDocumentCatchUp")
            .WithSummary("Record that a member received a document later")
            .WithDescription("For a member who missed the meeting that disseminated it: the date received (not before the issue). 409 document.already_received when the member was present at such a meeting on or before that day or caught up already.")
            .RequireAuthorization(Policies.DocumentsCatchUp)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id:guid}/coverage", Coverage)
            .WithName("GetDocumentCoverage")
            .WithSummary("How far a document reached the members")
            .WithDescription("In the subtree of organizationId (default: the caller's organisation when under the document's register, else the register's) on asOf (default today): probationary and full members counted that day, those who received it (present at a meeting that disseminated it, or caught up) on or before that day, the percentage rounded down (99.96% is never shown as 100%), per cell (in name order), and who is missing: a page of them in Vietnamese name order (page, pageSize 1-100; missing.totalCount is all of them; ADR 0075). complete is true only at 100%.")
            .RequireAuthorization(Policies.EvaluationRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapMeetings(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/meetings").WithTags("Cell meetings");
        group.MapGet("/", ListMeetings)
            .WithName("ListMeetings")
            .WithSummary("List cell meetings in scope")
            .WithDescription("Filters: organizationId (subtree), year, month (with year), kind; sort heldOn (default newest first).")
            .RequireAuthorization(Policies.EvaluationRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapPost("/", HoldMeeting)
            .WithName("HoldMeeting")
            .WithSummary("Record a cell meeting")
            .WithDescription("Attendance of exactly the members counted in the cell that day (meeting.attendee_not_in_cell, meeting.attendance_missing; exempt and suspended members EXCUSED when left out); chair and minute-taker present; one REGULAR meeting a month (409 meeting.regular_exists, Điều lệ Đảng Điều 24 khoản 2); documents of the cell's register or above, issued on or before the day.")
            .RequireAuthorization(Policies.MeetingsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id:guid}", GetMeeting)
            .WithName("GetMeeting")
            .WithSummary("Get a meeting with its attendance and documents")
            .WithDescription("Returns the ETag to send back in If-Match when changing it; honours If-None-Match (304).")
            .RequireAuthorization(Policies.EvaluationRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut("/{id:guid}", UpdateMeeting)
            .WithName("UpdateMeeting")
            .WithSummary("Replace a meeting's record (If-Match required)")
            .WithDescription("Under the rules of recording; the cell cannot change, nor the month once members were reviewed at it (409 meeting.has_reviews).")
            .RequireAuthorization(Policies.MeetingsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapReviews(RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/review-templates").WithTags("Monthly reviews");
        templates.MapGet("/", ListTemplates)
            .WithName("ListReviewTemplates")
            .WithSummary("List the monthly review templates the caller sees")
            .WithDescription("Templates of the committees in scope and above, newest first; with organizationId and inForceOn, only the one that applies to that cell that day.")
            .RequireAuthorization(Policies.EvaluationRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        templates.MapPost("/", CreateTemplate)
            .WithName("CreateReviewTemplate")
            .WithSummary("Create a dated review template of a committee")
            .WithDescription("No central formula exists (Resolution TW4 (XII), Directive 05): the committee sets its checklist; the template in force on a meeting's date applies; one template per committee and day (409 review_template.date_taken).")
            .RequireAuthorization(Policies.ReviewTemplatesWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        templates.MapGet("/{id:guid}", GetTemplate)
            .WithName("GetReviewTemplate")
            .WithSummary("Get a review template")
            .WithDescription("Returns the ETag to send back in If-Match when changing it; honours If-None-Match (304).")
            .RequireAuthorization(Policies.EvaluationRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);
        templates.MapPut("/{id:guid}", UpdateTemplate)
            .WithName("UpdateReviewTemplate")
            .WithSummary("Replace a review template not yet used (If-Match required)")
            .WithDescription("A template used by a review cannot change (409 review_template.in_use): create a new one with a later date.")
            .RequireAuthorization(Policies.ReviewTemplatesWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        var reviews = api.MapGroup("/monthly-reviews").WithTags("Monthly reviews");
        reviews.MapGet("/", ListReviews)
            .WithName("ListMonthlyReviews")
            .WithSummary("List monthly reviews")
            .WithDescription("By cell (organizationId, subtree) and month (year, month), or member; sort reviewedOn (default newest first) or name. A member (role Member, claim member_id) sees only his own.")
            .RequireAuthorization(Policies.MonthlyReviewsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        reviews.MapPost("/", RecordReview)
            .WithName("RecordMonthlyReview")
            .WithSummary("Review a member at a cell meeting")
            .WithDescription("The member is counted in the cell on the meeting's date (monthly_review.member_not_in_cell); one review per member and month (409 monthly_review.exists); the committee's template in force on that date applies (monthly_review.no_template) and the answers name its criteria.")
            .RequireAuthorization(Policies.MonthlyReviewsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        reviews.MapGet("/missing", Missing)
            .WithName("ListMissingMonthlyReviews")
            .WithSummary("Members not reviewed in a month, per cell, a page of cells at a time")
            .WithDescription("For each cell in the subtree of organizationId: the probationary and full members counted on the day of the month's regular meeting (else the month's last day, or today) without a review for the month. The cells in name order, pageSize cells a page (1-100; totalCount: the cells), each with all its members not reviewed (ADR 0074; before, every cell at once).")
            .RequireAuthorization(Policies.EvaluationRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        reviews.MapGet("/{id:guid}", GetReview)
            .WithName("GetMonthlyReview")
            .WithSummary("Get a monthly review")
            .WithDescription("A member reads only his own (another member's review is not found). Returns the ETag; honours If-None-Match (304).")
            .RequireAuthorization(Policies.MonthlyReviewsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);
        reviews.MapPut("/{id:guid}", UpdateReview)
            .WithName("UpdateMonthlyReview")
            .WithSummary("Change a review's level, comments and answers (If-Match required)")
            .RequireAuthorization(Policies.MonthlyReviewsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/members/{id:guid}/monthly-reviews/summary", Summary)
            .WithTags("Monthly reviews")
            .WithName("GetMemberMonthlyReviewSummary")
            .WithSummary("A member's monthly reviews of a year, for the annual self-assessment")
            .WithDescription("Months reviewed and not reviewed, months per level, criteria not met and in how many months. A member reads only his own.")
            .RequireAuthorization(Policies.MonthlyReviewsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static void MapModels(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/emulation-models").WithTags("Emulation models");
        group.MapGet("/", ListModels)
            .WithName("ListEmulationModels")
            .WithSummary("List emulation models in scope")
            .WithDescription("Filters: organizationId (subtree), year, kind, recognized; sort year (default newest first) or title.")
            .RequireAuthorization(Policies.EvaluationRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapPost("/", RegisterModel)
            .WithName("RegisterEmulationModel")
            .WithSummary("Register an emulation model for a year")
            .RequireAuthorization(Policies.EmulationModelsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id:guid}", GetModel)
            .WithName("GetEmulationModel")
            .WithSummary("Get an emulation model")
            .WithDescription("Returns the ETag; honours If-None-Match (304).")
            .RequireAuthorization(Policies.EvaluationRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut("/{id:guid}", UpdateModel)
            .WithName("UpdateEmulationModel")
            .WithSummary("Replace an emulation model, with its result and recognition (If-Match required)")
            .RequireAuthorization(Policies.EmulationModelsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
    }

    // ---- Documents ----------------------------------------------------------------------------------------------

    private static async Task<Ok<PagedList<DocumentDto>>> ListDocuments([AsParameters] DocumentListParameters p, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var kind = parser.Enum<DocumentKind>("kind", p.Kind);
        parser.ThrowIfInvalid();
        return TypedResults.Ok(await sender.Send(
            new ListDocumentsQuery(p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize, p.Sort, p.OrganizationId, kind, p.Year, p.Search), cancellationToken));
    }

    private static async Task<Created<DocumentDto>> CreateDocument(DocumentInput body, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreateDocumentCommand(body), cancellationToken);
        return TypedResults.Created($"/api/v1/documents/{created.Id}", created);
    }

    private static async Task<Ok<DocumentDto>> GetDocument(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDocumentQuery(id), cancellationToken));

    private static async Task<Ok<DocumentDto>> UpdateDocument(Guid id, DocumentInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new UpdateDocumentCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Created<CatchUpDto>> RecordCatchUp(Guid id, CatchUpInput body, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new RecordCatchUpCommand(id, body), cancellationToken);
        return TypedResults.Created($"/api/v1/documents/{id}/coverage", created);
    }

    private static async Task<Ok<DocumentCoverageDto>> Coverage(Guid id, [AsParameters] CoverageParameters p, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new GetDocumentCoverageQuery(id, p.OrganizationId, p.AsOf, p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize), cancellationToken));

    // ---- Meetings -----------------------------------------------------------------------------------------------

    private static async Task<Ok<PagedList<MeetingSummaryDto>>> ListMeetings([AsParameters] MeetingListParameters p, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var kind = parser.Enum<MeetingKind>("kind", p.Kind);
        parser.ThrowIfInvalid();
        return TypedResults.Ok(await sender.Send(
            new ListMeetingsQuery(p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize, p.Sort, p.OrganizationId, p.Year, p.Month, kind), cancellationToken));
    }

    private static async Task<Created<MeetingDto>> HoldMeeting(MeetingInput body, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new HoldMeetingCommand(body), cancellationToken);
        return TypedResults.Created($"/api/v1/meetings/{created.Id}", created);
    }

    private static async Task<Ok<MeetingDto>> GetMeeting(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMeetingQuery(id), cancellationToken));

    private static async Task<Ok<MeetingDto>> UpdateMeeting(Guid id, MeetingInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new UpdateMeetingCommand(id, ifMatch.Version, body), cancellationToken));

    // ---- Review templates and monthly reviews ------------------------------------------------------------------

    private static async Task<Ok<IReadOnlyList<ReviewTemplateDto>>> ListTemplates(Guid? organizationId, DateOnly? inForceOn, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListReviewTemplatesQuery(organizationId, inForceOn), cancellationToken));

    private static async Task<Created<ReviewTemplateDto>> CreateTemplate(ReviewTemplateInput body, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreateReviewTemplateCommand(body), cancellationToken);
        return TypedResults.Created($"/api/v1/review-templates/{created.Id}", created);
    }

    private static async Task<Ok<ReviewTemplateDto>> GetTemplate(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetReviewTemplateQuery(id), cancellationToken));

    private static async Task<Ok<ReviewTemplateDto>> UpdateTemplate(Guid id, ReviewTemplateInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new UpdateReviewTemplateCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<PagedList<MonthlyReviewSummaryDto>>> ListReviews([AsParameters] ReviewListParameters p, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListMonthlyReviewsQuery(p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize, p.Sort, p.OrganizationId, p.Year, p.Month, p.MemberId), cancellationToken));

    private static async Task<Created<MonthlyReviewDto>> RecordReview(MonthlyReviewInput body, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new RecordMonthlyReviewCommand(body), cancellationToken);
        return TypedResults.Created($"/api/v1/monthly-reviews/{created.Id}", created);
    }

    private static async Task<Ok<PagedList<CellMissingReviewsDto>>> Missing([AsParameters] MissingReviewListParameters p, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListMissingReviewsQuery(p.Year, p.Month, p.OrganizationId, p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize), cancellationToken));

    private static async Task<Ok<MonthlyReviewDto>> GetReview(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMonthlyReviewQuery(id), cancellationToken));

    private static async Task<Ok<MonthlyReviewDto>> UpdateReview(Guid id, MonthlyReviewUpdate body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new UpdateMonthlyReviewCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<MonthlyReviewSummaryOfYearDto>> Summary(Guid id, int? year, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetReviewSummaryQuery(id, year), cancellationToken));

    // ---- Emulation models and statistics ---------------------------------------------------------------------

    private static async Task<Ok<PagedList<EmulationModelDto>>> ListModels([AsParameters] ModelListParameters p, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var kind = parser.Enum<EmulationModelKind>("kind", p.Kind);
        parser.ThrowIfInvalid();
        return TypedResults.Ok(await sender.Send(
            new ListEmulationModelsQuery(p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize, p.Sort, p.OrganizationId, p.Year, kind, p.Recognized), cancellationToken));
    }

    private static async Task<Created<EmulationModelDto>> RegisterModel(EmulationModelInput body, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new RegisterEmulationModelCommand(body), cancellationToken);
        return TypedResults.Created($"/api/v1/emulation-models/{created.Id}", created);
    }

    private static async Task<Ok<EmulationModelDto>> GetModel(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetEmulationModelQuery(id), cancellationToken));

    private static async Task<Ok<EmulationModelDto>> UpdateModel(Guid id, EmulationModelInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new UpdateEmulationModelCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<PagedList<OrganizationLevelRowDto>>> StatisticsOrganizations(
        [AsParameters] RatingStatisticsOrganizationListParameters p, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListRatingStatisticsOrganizationsQuery(p.Year, p.OrganizationId, p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize), cancellationToken));

    private static async Task<Ok<RatingStatisticsDto>> Statistics(int? year, Guid? organizationId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetRatingStatisticsQuery(year, organizationId), cancellationToken));
}

/// <summary>Query parameters of the document list.</summary>
public sealed class DocumentListParameters : PagedParameters
{
    /// <summary>issuedOn or number; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>What this organisation sees (its register, those above it and below it).</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Kind of document.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    /// <summary>Year of issue.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Text in the number or title.</summary>
    [FromQuery(Name = "search")]
    public string? Search { get; init; }
}

/// <summary>Query parameters of a document's coverage; page and pageSize page the members missing.</summary>
public sealed class CoverageParameters : PagedParameters
{
    /// <summary>The subtree (default: the caller's organisation when under the document's register, else the register's).</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>The day counted (default today).</summary>
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; init; }
}

/// <summary>Query parameters of the cells' members not reviewed in a month.</summary>
public sealed class MissingReviewListParameters : PagedParameters
{
    /// <summary>Year.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Month, 1-12.</summary>
    [FromQuery(Name = "month")]
    public int? Month { get; init; }

    /// <summary>The subtree (the caller's scope when omitted).</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }
}

/// <summary>Query parameters of the meeting list.</summary>
public sealed class MeetingListParameters : PagedParameters
{
    /// <summary>heldOn; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only the meetings of the cells in this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Year held.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Month held (with year).</summary>
    [FromQuery(Name = "month")]
    public int? Month { get; init; }

    /// <summary>Kind of meeting.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }
}

/// <summary>Query parameters of the monthly review list.</summary>
public sealed class ReviewListParameters : PagedParameters
{
    /// <summary>reviewedOn or name; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only the reviews of the cells in this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Year reviewed.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Month reviewed (with year).</summary>
    [FromQuery(Name = "month")]
    public int? Month { get; init; }

    /// <summary>Only this member's reviews.</summary>
    [FromQuery(Name = "memberId")]
    public Guid? MemberId { get; init; }
}

/// <summary>Query parameters of the emulation model list.</summary>
public sealed class ModelListParameters : PagedParameters
{
    /// <summary>year or title; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only the models of the organisations in this subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Year registered for.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Kind of model.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    /// <summary>Only recognised (true) or not yet recognised (false) models.</summary>
    [FromQuery(Name = "recognized")]
    public bool? Recognized { get; init; }
}

/// <summary>Query parameters of <c>GET /api/v1/statistics/ratings/organizations</c>.</summary>
public sealed class RatingStatisticsOrganizationListParameters : PagedParameters
{
    /// <summary>The year (required).</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>The subtree (the caller's scope when omitted).</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }
}
