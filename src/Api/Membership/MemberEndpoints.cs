using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Errors;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Membership.Members.ChangeMemberStatus;
using PartyCommittee.Application.Membership.Members.CreateMember;
using PartyCommittee.Application.Membership.Members.ExportMembers;
using PartyCommittee.Application.Membership.Members.GetMember;
using PartyCommittee.Application.Membership.Members.GetMemberTimeline;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Application.Membership.Members.ListMembers;
using PartyCommittee.Application.Membership.Members.RecognizeFullMembership;
using PartyCommittee.Application.Membership.Members.UpdateMember;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Api.Membership;

/// <summary><c>/api/v1/members</c>: party members, their status, timeline, import and export.</summary>
[EndpointTag("Members", "Party members (đảng viên): the record of forms 2-KNĐ / 2-HSĐV, status decisions, timeline, import and export.")]
public sealed class MemberEndpoints : IEndpointGroup
{
    /// <summary>Room for the multipart boundaries and part headers around the uploaded file.</summary>
    private const long MultipartEnvelopeBytes = 64 * 1024;

        public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/members").WithTags("Members");

        group.MapGet("/", List)
            .WithName("ListMembers")
            .WithSummary("List party members in scope")
            .WithDescription("search: accent- and case-insensitive part of the name (\"nguyen van an\" finds \"Nguyễn Văn An\"), or the start of a party card number. Default order: given name, middle name, family name (Vietnamese order). Former members (transferred out, removed, expelled, deceased) only with includeFormer=true or an explicit status.")
            .RequireAuthorization(Policies.MembersRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetMember")
            .WithSummary("Get one member's record")
            .WithDescription("Personal data (date of birth, citizen ID, religion, address, phone) is masked unless the role needs it (Admin, CommitteeOffice, InspectionCommission); unmasked reads are audited.")
            .RequireAuthorization(Policies.MembersRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/timeline", Timeline)
            .WithName("GetMemberTimeline")
            .WithSummary("Every dated event of one member, oldest first")
            .WithDescription("From every module (membership, admission, transfers, bodies, inspection, discipline, monthly reviews, annual ratings…). A Member token reads only his own timeline (claim member_id); another member's is not found.")
            .RequireAuthorization(Policies.MembersTimeline)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", Create)
            .WithName("CreateMember")
            .WithSummary("Record a party member")
            .WithDescription("For members admitted before the system; new admissions go through /api/v1/admissions.")
            .RequireAuthorization(Policies.MembersRecords)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateMember")
            .WithSummary("Update a member's record (If-Match required)")
            .RequireAuthorization(Policies.MembersRecords)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/status-changes", ChangeStatus)
            .WithName("ChangeMemberStatus")
            .WithSummary("Change a member's status by a dated decision (If-Match required)")
            .WithDescription("Transitions follow the statute: e.g. a probationary member cannot be expelled (the name is removed); removed, expelled and deceased are final.")
            .RequireAuthorization(Policies.MembersStatus)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/full-membership", Recognize)
            .WithName("RecognizeFullMembership")
            .WithSummary("Recognise a probationary member as a full member (If-Match required)")
            .WithDescription("Not before the end of the probation (12 months from the ceremony); the response names the rule set applied.")
            .RequireAuthorization(Policies.MembersFullMembership)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        var importLimits = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<ImportOptions>();
        group.MapPost("/import", Import)
            .WithName("ImportMembers")
            .WithSummary("Import members from CSV or Excel (.xlsx), with a dry run")
            .WithDescription("multipart/form-data with a `file` (header row: " + string.Join(", ", MemberSheet.Headers) + "). dryRun=true validates and reports per row without writing. A real import writes only when every row is valid (otherwise 422 with the per-row results). Rows match existing members of the caller's scope by party card number, citizen ID, or name and date of birth: re-importing the same file changes nothing. Errors carry a code and messages in Vietnamese and English. CSV must be UTF-8; dates are yyyy-MM-dd or dd/MM/yyyy. A file over the size, row or (for .xlsx) expanded-size limits is refused with 413.")
            .RequireAuthorization(Policies.MembersImport)
            .DisableAntiforgery()
            // The server refuses a body over the file limit plus room for the multipart envelope (413 request.too_large,
            // before reading it); the reader counts the file's own bytes as it streams them (413 import.file_too_large).
            .WithMetadata(new RequestSizeLimitAttribute(importLimits.MaxFileBytes + MultipartEnvelopeBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/export", Export)
            .WithName("ExportMembers")
            .WithSummary("Export members as CSV or Excel (.xlsx), streamed")
            .WithDescription("The import layout, so a file can be edited and imported again. Personal data is masked unless the role needs it; every export is audited.")
            .RequireAuthorization(Policies.MembersExport)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<MemberImportResult>, ProblemHttpResult>> Import(
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
        var result = await sender.Send(new ImportMembersCommand(content, format, dryRun ?? false), cancellationToken);
        if (result.DryRun || result.Errors == 0)
        {
            return TypedResults.Ok(result);
        }

        var problem = ProblemFactory.Create(context, StatusCodes.Status422UnprocessableEntity, "import.has_errors", null, [result.Errors]).ProblemDetails;
        problem.Extensions["import"] = result;
        return TypedResults.Problem(problem);
    }

    private static async Task<IResult> Export([FromQuery, AllowedValues("csv", "xlsx")] string? format, [FromQuery] Guid? organizationId, [FromQuery] bool? includeFormer, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var sheet = format switch
        {
            null or "csv" => SheetFormat.Csv,
            "xlsx" => SheetFormat.Xlsx,
            _ => throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("format", Application.Common.Localization.Messages.Format("field.enum_invalid", "csv, xlsx")) { ErrorCode = "field.enum_invalid" }]),
        };
        var export = await sender.Send(new ExportMembersQuery(sheet, organizationId, includeFormer ?? false), cancellationToken);
        context.Response.ContentType = export.ContentType;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{export.FileName}\"";
        await export.WriteAsync(context.Response.Body, cancellationToken);
        return Results.Empty;
    }

    private static async Task<Ok<PagedList<MemberListItem>>> List([AsParameters] MemberListParameters p, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var status = parser.Enum<MemberStatus>("status", p.Status);
        var sex = parser.Enum<Sex>("sex", p.Sex);
        parser.ThrowIfInvalid();
        return TypedResults.Ok(await sender.Send(
            new ListMembersQuery(p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize, p.Sort, p.Search, p.OrganizationId, status, sex, p.EthnicityCode, p.IncludeFormer ?? false),
            cancellationToken));
    }

    private static async Task<Ok<MemberDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var member = await sender.Send(new GetMemberQuery(id), cancellationToken);
        return TypedResults.Ok(member);
    }

    private static async Task<Ok<MemberTimeline>> Timeline(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMemberTimelineQuery(id), cancellationToken));

    private static async Task<Created<MemberDto>> Create(CreateMemberCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var member = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/members/{member.Id}", member);
    }

    private static async Task<Ok<MemberDto>> Update(Guid id, MemberUpdate body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var member = await sender.Send(new UpdateMemberCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(member);
    }

    private static async Task<Ok<MemberDto>> ChangeStatus(Guid id, MemberStatusChange body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var member = await sender.Send(new ChangeMemberStatusCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(member);
    }

    private static async Task<Ok<MemberRecognitionResult>> Recognize(Guid id, MemberRecognition body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RecognizeFullMembershipCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(result);
    }
}

/// <summary>Query parameters of the member list.</summary>
public sealed class MemberListParameters : PagedParameters
{
    /// <summary>name (default, Vietnamese order), admissionDecisionDate, birthYear or partyCardNumber; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Part of the name (accents and case ignored) or the start of a party card number.</summary>
    [FromQuery(Name = "search")]
    public string? Search { get; init; }

    /// <summary>Only members of this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Member status.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    /// <summary>Sex.</summary>
    [FromQuery(Name = "sex")]
    public string? Sex { get; init; }

    /// <summary>Two-digit ethnic group code.</summary>
    [FromQuery(Name = "ethnicityCode")]
    public string? EthnicityCode { get; init; }

    /// <summary>Include former members (transferred out, removed, expelled, deceased).</summary>
    [FromQuery(Name = "includeFormer")]
    public bool? IncludeFormer { get; init; }
}
