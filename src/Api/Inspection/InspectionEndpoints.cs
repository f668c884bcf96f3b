using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Inspection.Cases;
using PartyCommittee.Application.Inspection.Cases.ConcludeInspection;
using PartyCommittee.Application.Inspection.Cases.GetInspection;
using PartyCommittee.Application.Inspection.Cases.GetInspectionFinance;
using PartyCommittee.Application.Inspection.Cases.ListDueInspectionItems;
using PartyCommittee.Application.Inspection.Cases.ListInspections;
using PartyCommittee.Application.Inspection.Cases.OpenInspection;
using PartyCommittee.Application.Inspection.Cases.RecordFollowUp;
using PartyCommittee.Application.Inspection.Cases.RecordInspectionStep;
using PartyCommittee.Application.Inspection.Statistics;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Api.Inspection;

/// <summary><c>/api/v1/inspections</c>: cases of inspection and supervision; <c>/api/v1/statistics/inspection</c>.</summary>
[EndpointTag("Inspections", "Cases of inspection and supervision (cuộc kiểm tra, giám sát): decision and plan, notice, self-report, verification, draft report, meeting and vote, written conclusion, follow-up of recommendations.")]
public sealed class InspectionEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/inspections").WithTags("Inspections");

        group.MapGet("/", List)
            .WithName("ListInspections")
            .WithSummary("List cases of inspection and supervision in scope")
            .WithDescription("Cases run by, or with a subject in, the subtree of organizationId (the caller's scope when omitted): a cell secretary sees the cases on his cell. Filter by year (of the decision), kind, topicCode, memberId (a subject) and closed; sort by decidedOn (default '-decidedOn').")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/due", Due)
            .WithName("ListDueInspectionItems")
            .WithSummary("What is due or overdue on the open cases")
            .WithDescription("On asOf (today when omitted), in the subtree of organizationId: the next step of each open case that has a due date (notice, self-report and conclusion by the working days of the settings Inspection:Deadlines; verification, draft report and meeting by the end of the schedule) and every recommendation not done, by due date (then case, the step before its recommendations); overdueOnly=true keeps the overdue ones. A page at a time (page, pageSize 1-100, totalCount). The same items appear on /api/v1/agenda.")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetInspection")
            .WithSummary("Get one case")
            .WithDescription("The decision and plan, subjects, team, the steps recorded (each with its due date and lateness), findings, recommendations with their follow-up, and the next step with its due date. Returns the ETag to send back in If-Match; honours If-None-Match (304).")
            .RequireAuthorization(Policies.InspectionsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/finance", Finance)
            .WithName("GetInspectionFinance")
            .WithSummary("The dues figures of a party-finance case")
            .WithDescription("For a case of kind PARTY_FINANCE: per month of its period covered, what the subjects' dues sheets say was due, collected, retained by the cell, remitted to the committee, exempted and still owed (a subject cell brings its cell's sheets, a subject member his own lines), the months with no sheet, and the totals. Another kind: 422 inspection.finance_not_applicable. Seen by whoever sees the case.")
            .RequireAuthorization(Policies.InspectionsRead)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/", Open)
            .WithName("OpenInspection")
            .WithSummary("Open a case with its decision and plan")
            .WithDescription("The organisation that decides and runs it (the committee: decidedBy STANDING_COMMITTEE or INSPECTION_COMMISSION; a cell: CELL), the kind, the topic (a code of the catalogue in force on the decision date, GET /api/v1/rule-sets?kind=inspection.topics), the period covered (ending by the decision), the schedule (from the decision), the subjects (cells, cell committees, members under the organisation) and the team with one leader. A team member may not be a subject nor belong to a subject cell (422 inspection.team_member_is_subject, inspection.team_member_in_subject_cell). A decision of the standing committee is recorded by the committee office, others by the inspection commission.")
            .RequireAuthorization(Policies.InspectionsRecord)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/steps", RecordStep)
            .WithName("RecordInspectionStep")
            .WithSummary("Record the next step of a case (If-Match required)")
            .WithDescription("NOTICE, SELF_REPORT, VERIFICATION, DRAFT_REPORT, MEETING (with its vote), in that order, each dated not before the previous step and not in the future; out of order 422 inspection.step_out_of_order. A step after its due date is recorded with late and workingDaysLate. The meeting of a standing-committee case is recorded by the committee office, the other steps by the inspection commission.")
            .RequireAuthorization(Policies.InspectionsRecord)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/conclusion", Conclude)
            .WithName("ConcludeInspection")
            .WithSummary("Record the written conclusion (If-Match required)")
            .WithDescription("After the meeting: a finding on every subject (violation or not, severity, topic, article) and the recommendations (text, owner, due date after the conclusion). Without recommendations the case closes. Recorded by the body that decided the case.")
            .RequireAuthorization(Policies.InspectionsRecord)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/follow-up", FollowUp)
            .WithName("RecordInspectionFollowUp")
            .WithSummary("Record progress on a recommendation (If-Match required)")
            .WithDescription("Progress with its evidence, dated not before the conclusion nor the previous progress; done=true completes the recommendation (late when after its due date). When every recommendation is done the case closes (409 inspection.case_closed afterwards).")
            .RequireAuthorization(Policies.InspectionsRecord)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/statistics/inspection", Statistics)
            .WithTags("Statistics")
            .WithName("GetInspectionStatistics")
            .WithSummary("Inspection statistics of an organisation subtree for a year")
            .WithDescription("One section per area; inspection: programmes and planned items, cases decided in the year by kind and topic, subjects by type, findings and violations found, late steps, recommendations done / open / overdue on the last day of the year (today for the current year). organizationId defaults to the caller's scope, year to the current year.")
            .RequireAuthorization(Policies.InspectionStatisticsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedList<InspectionDto>>> List([AsParameters] InspectionListParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var kind = parser.Enum<InspectionKind>("kind", parameters.Kind);
        parser.ThrowIfInvalid();
        return TypedResults.Ok(await sender.Send(
            new ListInspectionsQuery(
                parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize, parameters.Sort, parameters.OrganizationId, parameters.Year, kind,
                parameters.TopicCode, parameters.MemberId, parameters.Closed),
            cancellationToken));
    }

    private static async Task<Ok<PagedList<InspectionDueItemDto>>> Due([AsParameters] DueInspectionItemListParameters p, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListDueInspectionItemsQuery(p.OrganizationId, p.AsOf, p.OverdueOnly ?? false, p.Page ?? 1, p.PageSize ?? PagedList<object>.DefaultPageSize), cancellationToken));

    private static async Task<Ok<InspectionDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetInspectionQuery(id), cancellationToken));

    private static async Task<Created<InspectionDto>> Open(OpenInspectionCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var inspection = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/inspections/{inspection.Id}", inspection);
    }

    private static async Task<Ok<InspectionDto>> RecordStep(Guid id, InspectionStepEntry body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordInspectionStepCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<InspectionDto>> Conclude(Guid id, InspectionConclusion body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ConcludeInspectionCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<InspectionDto>> FollowUp(Guid id, FollowUpEntry body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordFollowUpCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<InspectionFinanceDto>> Finance(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetInspectionFinanceQuery(id), cancellationToken));

    private static async Task<Ok<InspectionStatistics>> Statistics(Guid? organizationId, int? year, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetInspectionStatisticsQuery(organizationId, year), cancellationToken));
}

/// <summary>Query parameters of the case list.</summary>
public sealed class InspectionListParameters : PagedParameters
{
    /// <summary>decidedOn (default, descending); prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Cases run by, or with a subject in, this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Year of the decision.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Kind.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    /// <summary>Topic code.</summary>
    [FromQuery(Name = "topicCode")]
    public string? TopicCode { get; init; }

    /// <summary>Cases where this member is a subject.</summary>
    [FromQuery(Name = "memberId")]
    public Guid? MemberId { get; init; }

    /// <summary>true: closed cases; false: open ones.</summary>
    [FromQuery(Name = "closed")]
    public bool? Closed { get; init; }
}

/// <summary>Query parameters of <c>GET /api/v1/inspections/due</c>.</summary>
public sealed class DueInspectionItemListParameters : PagedParameters
{
    /// <summary>The subtree (the caller's scope when omitted).</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>The day the items are due or overdue on (today when omitted).</summary>
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; init; }

    /// <summary>true: only the overdue items.</summary>
    [FromQuery(Name = "overdueOnly")]
    public bool? OverdueOnly { get; init; }
}
