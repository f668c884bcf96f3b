using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Organization.Elections;
using PartyCommittee.Application.Organization.Elections.CloseElection;
using PartyCommittee.Application.Organization.Elections.CreateElection;
using PartyCommittee.Application.Organization.Elections.GetElection;
using PartyCommittee.Application.Organization.Elections.ListDelegates;
using PartyCommittee.Application.Organization.Elections.ListElections;
using PartyCommittee.Application.Organization.Elections.OpenNextRound;
using PartyCommittee.Application.Organization.Elections.RecordElectionBallots;
using PartyCommittee.Application.Organization.Elections.RecordElectionCandidates;
using PartyCommittee.Application.Organization.Elections.RecordElectionElectorate;
using PartyCommittee.Application.Organization.Elections.SeatElected;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Api.Organization;

/// <summary>/api/v1/elections.</summary>
[EndpointTag("Elections", "Election records of congresses and committee conferences: who was summoned and attended, the candidates, the count and the result under the election rules in force (organization.elections).")]
public sealed class ElectionEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/elections").WithTags("Elections");

        group.MapGet("/", ListElections)
            .WithName("ListElections")
            .WithSummary("List election records in scope")
            .WithDescription("Filter by organisation, term and body; sort by heldOn (default), prefix '-' for descending.")
            .RequireAuthorization(Policies.OrganizationsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapPost("/", CreateElection)
            .WithName("CreateElection")
            .WithSummary("Open the record of an election")
            .WithDescription("For a body the organisation elects (election.body_not_allowed) or an office in it (election.office_not_allowed), within the organisation's term (election.outside_term); the election rule set in force on heldOn applies and is named by the record. kind DELEGATES: delegates to the superior congress (congress required), seats = the official delegates and alternates = the alternates allotted by the superior committee (the congress does not vote the number), no body and no office.")
            .RequireAuthorization(Policies.ElectionsRecord)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:guid}", GetElection)
            .WithName("GetElection")
            .WithSummary("Get an election record with its result")
            .WithDescription("The result is provisional while the record is open, kept once it is closed. Returns the ETag to send back in If-Match; honours If-None-Match (304).")
            .RequireAuthorization(Policies.OrganizationsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/delegates", ListDelegates)
            .WithName("ListElectionDelegates")
            .WithSummary("List the delegates a congress elected to the superior congress")
            .WithDescription("For a delegate election (else 409 election.not_delegates): the official delegates, then the alternates, each by round then by votes, over the closed rounds of the election (the first round and the further rounds after it); complete when the numbers allotted are reached.")
            .RequireAuthorization(Policies.OrganizationsRead)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        group.MapPut("/{id:guid}/electorate", RecordElectorate)
            .WithName("RecordElectionElectorate")
            .WithSummary("Record the voters summoned and their attendance (If-Match)")
            .WithDescription("Each voter on the election date: a party member of the organisation (election.voter_not_in_organization), a full member (election.voter_probationary: probationary members attend without a vote), not suspended (election.voter_suspended); for the executive committee's conference, one of its members (election.voter_not_executive_member). Replaces the list and clears the count.")
            .RequireAuthorization(Policies.ElectionsRecord)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id:guid}/candidates", RecordCandidates)
            .WithName("RecordElectionCandidates")
            .WithSummary("Record the list of candidates (If-Match)")
            .WithDescription("Each candidate as a voter (election.candidate_probationary, election.candidate_suspended, election.candidate_not_in_organization); for a standing committee or the committee's secretary and deputies, a member of the executive committee. The surplus is checked at the count and recorded as an irregularity. Replaces the list and clears the count.")
            .RequireAuthorization(Policies.ElectionsRecord)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id:guid}/ballots", RecordBallots)
            .WithName("RecordElectionBallots")
            .WithSummary("Record the count (If-Match)")
            .WithDescription("Ballots issued at most the voters present (election.ballots_exceed_present), valid at most issued (election.valid_exceed_issued), each candidate's votes at most the valid ballots (election.votes_exceed_valid), every candidate once and nobody else.")
            .RequireAuthorization(Policies.ElectionsRecord)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/close", CloseElection)
            .WithName("CloseElection")
            .WithSummary("Close the election and keep its result (If-Match)")
            .WithDescription("With the quorum met, candidates with more than half of the base (those summoned, less those absent with an accepted reason from QĐ 244) are elected by votes up to the seats; a tie for the last seat elects none of the tied. Irregularities are recorded, not refused. The elected then take their seats with POST /elections/{id}/seats.")
            .RequireAuthorization(Policies.ElectionsRecord)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/seats", SeatElected)
            .WithName("SeatElected")
            .WithSummary("Seat the elected in the body (If-Match)")
            .WithDescription("Not for a delegate election (409 election.delegates_take_no_seats). On a closed election (election.not_closed): every candidate elected takes a seat in the body of the term (constituted when missing) from startsOn (default: the election day; not before it: election.seats_before_election), most voted first, in the office elected or as a member; each seat names the election. Every rule of a seat and of the body's composition applies (body.member_probationary, body.member_suspended, body.standing_too_large, body.standing_requires_larger_executive, body.deputy_secretaries_exceeded, body.inspection_commission_too_large, ...): the first refusal writes nothing. One transaction under the organisation's lock; a second call is 409 election.already_seated and changes nothing.")
            .RequireAuthorization(Policies.ElectionsRecord)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/rounds", OpenNextRound)
            .WithName("OpenNextRound")
            .WithSummary("Open a further round after a round that left seats unfilled")
            .WithDescription("On a closed round that elected fewer than its seats (unfilled seats or a tie for the last seat; else 409 election.seats_filled): a new open record, round + 1, for the seats still to fill, the same day, electorate and rule set, with the candidates not elected (the meeting may change the list: PUT candidates). Whether to hold it is the meeting's choice (QĐ 244 Điều 20 khoản 2). Once per round (409 election.round_exists). Its elected take their seats with its own POST /seats.")
            .RequireAuthorization(Policies.ElectionsRecord)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<PagedList<ElectionSummaryDto>>> ListElections(
        [AsParameters] ElectionListParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var body = parser.Enum<BodyKind>("body", parameters.Body);
        parser.ThrowIfInvalid();

        var query = new ListElectionsQuery(
            parameters.Page ?? 1,
            parameters.PageSize ?? PagedList<object>.DefaultPageSize,
            parameters.Sort,
            parameters.OrganizationId,
            parameters.TermId,
            body);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    private static async Task<Created<ElectionDto>> CreateElection(CreateElectionCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var election = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/elections/{election.Id}", election);
    }

    private static async Task<Ok<ElectionDto>> GetElection(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetElectionQuery(id), cancellationToken));

    private static async Task<Ok<CongressDelegatesDto>> ListDelegates(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListDelegatesQuery(id), cancellationToken));

    private static async Task<Ok<ElectionDto>> RecordElectorate(Guid id, ElectorateInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordElectionElectorateCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<ElectionDto>> RecordCandidates(Guid id, CandidatesInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordElectionCandidatesCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<ElectionDto>> RecordBallots(Guid id, BallotsInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordElectionBallotsCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<ElectionDto>> CloseElection(Guid id, CloseElectionInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CloseElectionCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Created<ElectionDto>> OpenNextRound(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var election = await sender.Send(new OpenNextRoundCommand(id), cancellationToken);
        return TypedResults.Created($"/api/v1/elections/{election.Id}", election);
    }

    private static async Task<Ok<ElectionSeatsDto>> SeatElected(Guid id, SeatElectedInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SeatElectedCommand(id, ifMatch.Version, body), cancellationToken));
}

/// <summary>Query of the election list.</summary>
public sealed class ElectionListParameters : PagedParameters
{
    /// <summary>heldOn; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only the elections of this organisation.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Only the elections for this term.</summary>
    [FromQuery(Name = "termId")]
    public Guid? TermId { get; init; }

    /// <summary>Body elected (EXECUTIVE_COMMITTEE, STANDING_COMMITTEE, INSPECTION_COMMISSION, CELL_COMMITTEE).</summary>
    [FromQuery(Name = "body")]
    public string? Body { get; init; }
}
