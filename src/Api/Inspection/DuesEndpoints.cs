using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Errors;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Inspection.Dues;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Inspection.Dues.Arrears;
using PartyCommittee.Application.Inspection.Dues.ExportDuesSheet;
using PartyCommittee.Application.Inspection.Dues.GetDuesSheet;
using PartyCommittee.Application.Inspection.Dues.Import;
using PartyCommittee.Application.Inspection.Dues.ListDuesBases;
using PartyCommittee.Application.Inspection.Dues.ListDuesSheets;
using PartyCommittee.Application.Inspection.Dues.OpenDuesSheet;
using PartyCommittee.Application.Inspection.Dues.RecordDuesBasis;
using PartyCommittee.Application.Inspection.Dues.RecordDuesPayments;
using PartyCommittee.Application.Inspection.Dues.Summary;
using PartyCommittee.Application.Membership.Members.ImportMembers;

namespace PartyCommittee.Api.Inspection;

/// <summary>/api/v1/dues: party dues, per member basis and per cell monthly sheet.</summary>
[EndpointTag("Dues", "Party dues (đảng phí): members' bases, the cells' monthly sheets (due computed under the rules of the month, paid, collector), arrears, members without dues for 3 months of a year, and the year's summary (due, collected, retained, remitted, exempted).")]
public sealed class DuesEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/dues").WithTags("Dues");

        group.MapGet("/bases", ListBases)
            .WithName("ListDuesBases")
            .WithSummary("List members' dues bases in scope")
            .WithDescription("Bases of the members whose cell is in the caller's subtree (or organizationId's); memberId for one member; newest first.")
            .RequireAuthorization(Policies.DuesRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapPost("/bases", RecordBasis)
            .WithName("RecordDuesBasis")
            .WithSummary("Record a member's dues basis from a month on")
            .WithDescription("Category (SALARIED: 1% of the monthly basis, from February 2026 the previous month's insured salary; PENSIONER: 0.5% of the pension; STUDENT and OTHER: fixed amounts, settings), the amount, the first month, and a hardship reduction for a limited time at a level of the rules in force that month (01-QĐ/TW 2026: 30, 50, 70 or 100 percent for at most 12 months; none under 342-QĐ/TW). One basis per member and month (409 dues.basis_exists).")
            .RequireAuthorization(Policies.DuesWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/sheets", ListSheets)
            .WithName("ListDuesSheets")
            .WithSummary("List monthly dues sheets in scope")
            .WithDescription("Sheets of the cells in the caller's subtree (or organizationId's), optionally of one year, newest month first, with their totals.")
            .RequireAuthorization(Policies.DuesRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapPost("/sheets", OpenSheet)
            .WithName("OpenDuesSheet")
            .WithSummary("Open a cell's dues sheet for a month")
            .WithDescription("One line per member of the cell that month, with the amount due computed from his basis under the rules in force that month (members with 50 years of seniority are exempt from February 2026). The retention percent is the setting Dues:CellRetentionPercent. One sheet per cell and month (409 dues.sheet_exists).")
            .RequireAuthorization(Policies.DuesWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/sheets/{id:guid}", GetSheet)
            .WithName("GetDuesSheet")
            .WithSummary("Get one monthly dues sheet")
            .WithDescription("Lines with due, exempted, paid, date, collector and arrears; totals, the cell's share and the share remitted. Returns the ETag to send back in If-Match.")
            .RequireAuthorization(Policies.DuesRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPut("/sheets/{id:guid}/payments", RecordPayments)
            .WithName("RecordDuesPayments")
            .WithSummary("Record payments on a sheet (If-Match required)")
            .WithDescription("Replaces the payment of each member named (amount, date, collector; or excused with a reason); the other lines are kept.")
            .RequireAuthorization(Policies.DuesWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        var importLimits = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<ImportOptions>();
        group.MapPost("/import", Import)
            .WithName("ImportDues")
            .WithSummary("Import monthly dues from CSV or Excel (.xlsx), with a dry run")
            .WithDescription("multipart/form-data with a `file` (header row: " + string.Join(", ", DuesSheetLayout.Headers) + "; memberCode and paid required, month unless the query gives it; fullName is ignored). One row per member and month: memberCode is the party card number (else the record number), the cell is the member's cell that month. organizationId limits the rows to a subtree (a cell: one cell's sheet), month sets the month of every row. A cell's month without a sheet gets one, opened as POST /dues/sheets would. The due is computed under the rules in force that month: a due or basis that differs is a row error (dues.import.due_mismatch, dues.import.basis_mismatch); a payment above the due is recorded with a warning. dryRun=true writes nothing; atomic (default true) writes only when every row is valid, otherwise 422 dues.import.has_errors with the result; atomic=false writes the valid rows. Importing the same file again changes nothing (rows UNCHANGED). results lists only rows with errors or warnings. Limits as the member import (413). Written in one transaction: a stored sheet changed by someone else while the file was checked answers 412 concurrency.stale_etag, a sheet of the same cell and month opened meanwhile 409 dues.sheet_exists; nothing is written, import again.")
            .RequireAuthorization(Policies.DuesWrite)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(importLimits.MaxFileBytes + MultipartEnvelopeBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblems(
                StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/sheets/{id:guid}/export", ExportSheet)
            .WithName("ExportDuesSheet")
            .WithSummary("Export one monthly dues sheet as CSV or Excel (.xlsx)")
            .WithDescription("The import layout (memberCode, fullName, month, basis, due, paid, paidOn, collector, excused, reason), one row per line in name order: fill it in and import it again.")
            .RequireAuthorization(Policies.DuesRead)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/arrears", Arrears)
            .WithName("ListDuesArrears")
            .WithSummary("Members in arrears in a year")
            .WithDescription("Per member of the subtree: months on a sheet, due, paid, arrears, months without dues and without reason. year defaults to the current year. Every member at once; /api/v1/dues/member-years gives the same list a page at a time.")
            .RequireAuthorization(Policies.DuesRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/member-years", MemberYears)
            .WithName("ListMemberDuesYears")
            .WithSummary("Members' dues of a year, a page at a time")
            .WithDescription("The members of the subtree of organizationId (the caller's scope when omitted) in name order, each with his months on a sheet, due, paid, arrears, and months without dues and without reason in year (the current year when omitted). list=IN_ARREARS (default): those who owe something, as /api/v1/dues/arrears; FOR_REMOVAL_REVIEW: those with the rule set's months without dues and without reason, as /api/v1/dues/removal-review. Those two lists return every member at once; this one a page of them with the total.")
            .RequireAuthorization(Policies.DuesRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/removal-review", RemovalReview)
            .WithName("ListDuesRemovalReview")
            .WithSummary("Members without dues for 3 months of a year without reason")
            .WithDescription("Whom the cell considers proposing for removal of the name (Điều lệ Đảng Điều 8 khoản 2; Quy định 01-QĐ/TW 2026 Điều 2). Also on /api/v1/agenda, and a page at a time on /api/v1/dues/member-years?list=FOR_REMOVAL_REVIEW.")
            .RequireAuthorization(Policies.DuesRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/summary", Summary)
            .WithName("GetDuesSummary")
            .WithSummary("Dues of a year and subtree")
            .WithDescription("Sheets, due, collected, retained by the cells, remitted to the committee, exempted, arrears, and members for removal review. organizationId defaults to the caller's scope, year to the current year.")
            .RequireAuthorization(Policies.DuesSummary)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/mine", Mine)
            .WithName("GetOwnDues")
            .WithSummary("The calling member's dues of a year")
            .WithDescription("For the Member role: the token's member_id claim names the member; a token without it sees no month.")
            .RequireAuthorization(Policies.DuesOwn)
            .ProducesProblems(StatusCodes.Status400BadRequest);
    }

    private const long MultipartEnvelopeBytes = 64 * 1024;

    private static int ThisYear(TimeProvider time) => time.GetUtcNow().AddHours(7).Year;

    private static async Task<Ok<PagedList<DuesBasisDto>>> ListBases([AsParameters] DuesBasisListParameters parameters, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListDuesBasesQuery(parameters.OrganizationId, parameters.MemberId, parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize), cancellationToken));

    private static async Task<Created<DuesBasisDto>> RecordBasis(RecordDuesBasisCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var basis = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/dues/bases?memberId={basis.MemberId}", basis);
    }

    private static async Task<Ok<PagedList<DuesSheetSummaryDto>>> ListSheets([AsParameters] DuesSheetListParameters parameters, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListDuesSheetsQuery(parameters.OrganizationId, parameters.Year, parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize), cancellationToken));

    private static async Task<Created<DuesSheetDto>> OpenSheet(OpenDuesSheetCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var sheet = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/dues/sheets/{sheet.Id}", sheet);
    }

    private static async Task<Ok<DuesSheetDto>> GetSheet(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDuesSheetQuery(id), cancellationToken));

    private static async Task<Ok<DuesSheetDto>> RecordPayments(Guid id, DuesPayments body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordDuesPaymentsCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Results<Ok<DuesImportResult>, ProblemHttpResult>> Import(
        IFormFile file, [FromQuery] Guid? organizationId, [FromQuery] DateOnly? month, [FromQuery] bool? dryRun, [FromQuery] bool? atomic, ISender sender, HttpContext context,
        CancellationToken cancellationToken)
    {
        var format = Path.GetExtension(file.FileName).ToUpperInvariant() switch
        {
            ".XLSX" => SheetFormat.Xlsx,
            ".CSV" or ".TXT" => SheetFormat.Csv,
            _ when file.ContentType.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) => SheetFormat.Xlsx,
            _ => SheetFormat.Csv,
        };
        await using var content = file.OpenReadStream();
        var result = await sender.Send(new ImportDuesCommand(content, format, organizationId, month, dryRun ?? false, atomic ?? true), cancellationToken);
        if (result.DryRun || result.Errors == 0 || !result.Atomic)
        {
            return TypedResults.Ok(result);
        }

        var problem = ProblemFactory.Create(context, StatusCodes.Status422UnprocessableEntity, "dues.import.has_errors", null, [result.Errors]).ProblemDetails;
        problem.Extensions["import"] = result;
        return TypedResults.Problem(problem);
    }

    private static async Task<IResult> ExportSheet(Guid id, [FromQuery, AllowedValues("csv", "xlsx")] string? format, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var sheet = format switch
        {
            null or "csv" => SheetFormat.Csv,
            "xlsx" => SheetFormat.Xlsx,
            _ => throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("format", Application.Common.Localization.Messages.Format("field.enum_invalid", "csv, xlsx")) { ErrorCode = "field.enum_invalid" }]),
        };
        var export = await sender.Send(new ExportDuesSheetQuery(id, sheet), cancellationToken);
        context.Response.ContentType = export.ContentType;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{export.FileName}\"";
        await export.WriteAsync(context.Response.Body, cancellationToken);
        return Results.Empty;
    }

    private static async Task<Ok<IAsyncEnumerable<MemberDuesYearDto>>> Arrears(Guid? organizationId, int? year, ISender sender, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListDuesArrearsQuery(organizationId, year ?? ThisYear(time)), cancellationToken));

    private static async Task<Ok<PagedList<MemberDuesYearDto>>> MemberYears([AsParameters] MemberDuesYearListParameters p, ISender sender, TimeProvider time, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var list = parser.Enum<MemberDuesList>("list", p.List);
        parser.ThrowIfInvalid();
        return TypedResults.Ok(await sender.Send(
            new ListMemberDuesYearsQuery(p.OrganizationId, p.Year ?? ThisYear(time), list ?? MemberDuesList.InArrears, p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize),
            cancellationToken));
    }

    private static async Task<Ok<IAsyncEnumerable<MemberDuesYearDto>>> RemovalReview(Guid? organizationId, int? year, ISender sender, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListDuesArrearsQuery(organizationId, year ?? ThisYear(time), OnlyInArrears: false, OnlyForRemovalReview: true), cancellationToken));

    private static async Task<Ok<DuesSummaryDto>> Summary(Guid? organizationId, int? year, ISender sender, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDuesSummaryQuery(organizationId, year ?? ThisYear(time)), cancellationToken));

    private static async Task<Ok<OwnDuesDto>> Mine(int? year, ClaimsPrincipal user, ISender sender, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetOwnDuesQuery(DisciplineEndpoints.MemberOf(user), year ?? ThisYear(time)), cancellationToken));
}

/// <summary>Query parameters of the dues-basis list.</summary>
public sealed class DuesBasisListParameters : PagedParameters
{
    /// <summary>Only members of this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Only this member.</summary>
    [FromQuery(Name = "memberId")]
    public Guid? MemberId { get; init; }
}

/// <summary>Query parameters of the dues-sheet list.</summary>
public sealed class DuesSheetListParameters : PagedParameters
{
    /// <summary>Only cells of this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Only sheets of this year.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }
}

/// <summary>Query of <c>GET /api/v1/dues/member-years</c>.</summary>
public sealed class MemberDuesYearListParameters : PagedParameters
{
    /// <summary>The subtree (the caller's scope when omitted).</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>The year (the current year when omitted).</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Which members: IN_ARREARS (default) or FOR_REMOVAL_REVIEW.</summary>
    [FromQuery(Name = "list")]
    [AllowedValues("IN_ARREARS", "FOR_REMOVAL_REVIEW")]
    public string? List { get; init; }
}
