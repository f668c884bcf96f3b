using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Inspection.Discipline;
using PartyCommittee.Application.Inspection.Discipline.AmendDisciplinaryAction;
using PartyCommittee.Application.Inspection.Discipline.DecideDisciplinaryAction;
using PartyCommittee.Application.Inspection.Discipline.Figures;
using PartyCommittee.Application.Inspection.Discipline.GetDisciplinaryAction;
using PartyCommittee.Application.Inspection.Discipline.ListDisciplinaryActions;
using PartyCommittee.Application.Inspection.Discipline.ProposeDisciplinaryAction;
using PartyCommittee.Application.Inspection.Discipline.RecordRemedy;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Api.Inspection;

/// <summary>/api/v1/disciplinary-actions: party discipline of members and organisations.</summary>
[EndpointTag("Discipline", "Party discipline (thi hành kỷ luật đảng): proposals by the inspection commission, decisions of the competent body under the rule set in force (forms per subject, limitation periods), and their effects on membership, seats and organisations.")]
public sealed class DisciplineEndpoints : IEndpointGroup
{
    /// <summary>The claim naming the party member a Member token belongs to.</summary>
    public const string MemberIdClaim = "member_id";

    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/disciplinary-actions").WithTags("Discipline");

        group.MapGet("/", List)
            .WithName("ListDisciplinaryActions")
            .WithSummary("List disciplinary actions in scope")
            .WithDescription("Actions whose organisation (the member's cell when proposed, or the organisation disciplined) is in the caller's subtree (or organizationId's). Filter by member, year (of the decision, or of the proposal while undecided), form and status; sort by proposedOn (default '-proposedOn') or decidedOn.")
            .RequireAuthorization(Policies.DisciplineRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetDisciplinaryAction")
            .WithSummary("Get one disciplinary action")
            .WithDescription("With the last day the form may still be decided (limitation), the appeal deadline once decided and the rule set applied. Returns the ETag to send back in If-Match.")
            .RequireAuthorization(Policies.DisciplineRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", Propose)
            .WithName("ProposeDisciplinaryAction")
            .WithSummary("Propose a disciplinary action")
            .WithDescription("MEMBER actions name memberId, ORGANIZATION actions organizationId. The form must be one the statute allows for the subject (organisation: REPRIMAND, WARNING, DISSOLUTION; full member: REPRIMAND, WARNING, DISMISSAL_FROM_POST, EXPULSION; probationary member: REPRIMAND, WARNING) and the body one that may decide it (GET /api/v1/rule-sets?kind=inspection.discipline).")
            .RequireAuthorization(Policies.DisciplinePropose)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/decision", Decide)
            .WithName("DecideDisciplinaryAction")
            .WithSummary("Record the decision on a proposed action (If-Match required)")
            .WithDescription("Under the rule set in force on decidedOn: the form allowed for the subject that day (a probationary member can only be reprimanded or warned), the competent body, and the limitation period (5 years for reprimand, 10 for warning and dismissal, none for expulsion; a new violation restarts it), refused with discipline.limitation_expired naming the rule set. A cell's decision is recorded by its secretary, the committee's and a superior committee's by the committee office. Effects in the same transaction: EXPULSION makes the member EXPELLED (his seats end), DISMISSAL_FROM_POST ends his seats in elected bodies, DISSOLUTION dissolves the organisation under its own rules.")
            .RequireAuthorization(Policies.DisciplineDecide)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/remedy", Remedy)
            .WithName("RecordDisciplineRemedy")
            .WithSummary("Record that the subject remedied the violation after the decision (If-Match required)")
            .WithDescription("For a decided action in force (409 discipline.not_in_force otherwise); the evaluation caps read it (\"self-detected and remedied\").")
            .RequireAuthorization(Policies.DisciplineRemedy)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/amendment", Amend)
            .WithName("AmendDisciplinaryAction")
            .WithSummary("Change the form of a decided action or withdraw it by a competent decision (If-Match required)")
            .WithDescription("By the body that decided or a higher one (422 discipline.amendment_body_too_low); the new form must be allowed for the subject and given to that body by the rule set in force on decidedOn. Recorded like a decision (a cell's by its secretary, the committee's and a superior committee's by the office). Effects in the same transaction: an expulsion that no longer stands is annulled through the member's status rules (the membership continues unbroken), a new EXPULSION expels, a new DISMISSAL_FROM_POST ends the seats; a dissolution is not changed here. Withdrawn actions no longer count in the evaluation records.")
            .RequireAuthorization(Policies.DisciplineAmend)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/mine", Mine)
            .WithName("ListOwnDisciplinaryActions")
            .WithSummary("The decided actions against the calling member")
            .WithDescription("For the Member role: the token's member_id claim names the member; a token without it sees an empty list.")
            .RequireAuthorization(Policies.DisciplineOwn);

        group.MapGet("/figures", Figures)
            .WithName("GetDisciplineFigures")
            .WithSummary("Discipline figures of a year and subtree")
            .WithDescription("Decided actions by form and subject kind, members and organisations disciplined, self-detected and remedied, proposals pending. organizationId defaults to the caller's scope, year to the current year.")
            .RequireAuthorization(Policies.DisciplineFigures)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    /// <summary>The member a Member token names (claim <c>member_id</c>), if any.</summary>
    public static Guid? MemberOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirst(MemberIdClaim)?.Value, out var id) ? id : null;

    private static async Task<Ok<PagedList<DisciplinaryActionDto>>> List([AsParameters] DisciplineListParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var form = parser.Enum<DisciplineForm>("form", parameters.Form);
        var status = parser.Enum<DisciplineStatus>("status", parameters.Status);
        parser.ThrowIfInvalid();
        var query = new ListDisciplinaryActionsQuery(
            parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize, parameters.Sort, parameters.OrganizationId, parameters.MemberId, parameters.Year, form, status);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    private static async Task<Ok<DisciplinaryActionDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDisciplinaryActionQuery(id), cancellationToken));

    private static async Task<Created<DisciplinaryActionDto>> Propose(ProposeDisciplinaryActionCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var action = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/disciplinary-actions/{action.Id}", action);
    }

    private static async Task<Ok<DisciplinaryActionDto>> Decide(Guid id, DisciplineDecision body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new DecideDisciplinaryActionCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<DisciplinaryActionDto>> Remedy(Guid id, DisciplineRemedy body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordRemedyCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<DisciplinaryActionDto>> Amend(Guid id, DisciplineAmendment body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AmendDisciplinaryActionCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<IReadOnlyList<DisciplinaryActionDto>>> Mine(ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListOwnDisciplinaryActionsQuery(MemberOf(user)), cancellationToken));

    private static async Task<Ok<DisciplineFiguresDto>> Figures(Guid? organizationId, int? year, ISender sender, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDisciplineFiguresQuery(organizationId, year ?? time.GetUtcNow().AddHours(7).Year), cancellationToken));
}

/// <summary>Query parameters of the disciplinary-action list.</summary>
public sealed class DisciplineListParameters : PagedParameters
{
    /// <summary>proposedOn (default, descending) or decidedOn; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only actions of this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Only actions against this member.</summary>
    [FromQuery(Name = "memberId")]
    public Guid? MemberId { get; init; }

    /// <summary>Only actions decided (or, undecided, proposed) in this year.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>Form.</summary>
    [FromQuery(Name = "form")]
    public string? Form { get; init; }

    /// <summary>Status.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; init; }
}
