using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Inspection.Complaints;
using PartyCommittee.Application.Inspection.Complaints.FileComplaint;
using PartyCommittee.Application.Inspection.Complaints.GetComplaint;
using PartyCommittee.Application.Inspection.Complaints.ListComplaints;
using PartyCommittee.Application.Inspection.Complaints.RecordComplaintStep;
using PartyCommittee.Domain.Inspection.Complaints;

namespace PartyCommittee.Api.Inspection;

/// <summary>/api/v1/discipline-complaints: complaints of disciplined members and organisations about the decision.</summary>
[EndpointTag("DisciplineComplaints", "Complaints about discipline decisions (khiếu nại kỷ luật): filed within the period of the rule set in force (a late one is recorded as not accepted, naming the rule), settled by a level above the body that decided within the settlement period (a setting); a decision that changes the form or withdraws the discipline changes the disciplinary action, and its effects, in the same transaction.")]
public sealed class ComplaintEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/discipline-complaints").WithTags("DisciplineComplaints");

        group.MapGet("/", List)
            .WithName("ListDisciplineComplaints")
            .WithSummary("List complaints in scope")
            .WithDescription("Complaints about actions of organisations in the caller's subtree (or organizationId's); filter by year of receipt, action and status.")
            .RequireAuthorization(Policies.ComplaintsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetDisciplineComplaint")
            .WithSummary("Get one complaint")
            .WithDescription("With the filing period, the settlement period and lateness. Returns the ETag to send back in If-Match.")
            .RequireAuthorization(Policies.ComplaintsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", File)
            .WithName("CreateDisciplineComplaint")
            .WithSummary("Register a complaint about a decided disciplinary action")
            .WithDescription("The filing period (working days from the day the decision was received, by the rule set in force on receivedOn) is checked: a complaint received after it is registered NOT_ACCEPTED with reason FILED_LATE and filedWorkingDaysLate.")
            .RequireAuthorization(Policies.ComplaintsFile)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/steps", Step)
            .WithName("RecordDisciplineComplaintStep")
            .WithSummary("Record a step on a complaint (If-Match required)")
            .WithDescription("In order: ACCEPT (settler above the body that decided: a cell's decision by STANDING_COMMITTEE, INSPECTION_COMMISSION or SUPERIOR_LEVEL, the committee's by SUPERIOR_LEVEL) or REFUSE, ASSIGN, VERIFY, SETTLE (outcome UPHELD, CHANGED with newForm, WITHDRAWN; decisionNumber). The settling decision is recorded by the committee office for the standing committee and the superior level, by the inspection commission for itself. CHANGED and WITHDRAWN change the disciplinary action: an annulled expulsion restores the membership through the member's status rules.")
            .RequireAuthorization(Policies.ComplaintsRecord)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<PagedList<ComplaintDto>>> List([AsParameters] ComplaintListParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var status = parser.Enum<ComplaintStatus>("status", parameters.Status);
        parser.ThrowIfInvalid();
        var query = new ListComplaintsQuery(
            parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize, parameters.Sort, parameters.OrganizationId, parameters.Year, parameters.DisciplinaryActionId, status);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    private static async Task<Ok<ComplaintDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetComplaintQuery(id), cancellationToken));

    private static async Task<Created<ComplaintDto>> File(FileComplaintCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var complaint = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/discipline-complaints/{complaint.Id}", complaint);
    }

    private static async Task<Ok<ComplaintDto>> Step(Guid id, ComplaintStepInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordComplaintStepCommand(id, ifMatch.Version, body), cancellationToken));
}

/// <summary>Query parameters of the complaint list.</summary>
public sealed class ComplaintListParameters : PagedParameters
{
    /// <summary>receivedOn (default '-receivedOn').</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only complaints about actions of this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Only complaints received in this year.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Only complaints about this action.</summary>
    [FromQuery(Name = "disciplinaryActionId")]
    public Guid? DisciplinaryActionId { get; init; }

    /// <summary>Status.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; init; }
}
