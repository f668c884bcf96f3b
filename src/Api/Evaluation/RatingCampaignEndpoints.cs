using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Evaluation.Ratings;
using PartyCommittee.Application.Evaluation.Ratings.AdvanceRatingCampaign;
using PartyCommittee.Application.Evaluation.Ratings.CorrectRating;
using PartyCommittee.Application.Evaluation.Ratings.DecideOrganizationRating;
using PartyCommittee.Application.Evaluation.Ratings.DecideRating;
using PartyCommittee.Application.Evaluation.Ratings.GetMemberRating;
using PartyCommittee.Application.Evaluation.Ratings.GetRatingCampaign;
using PartyCommittee.Application.Evaluation.Ratings.ListCampaignOrganizations;
using PartyCommittee.Application.Evaluation.Ratings.ListMemberRatings;
using PartyCommittee.Application.Evaluation.Ratings.ListRatingCampaigns;
using PartyCommittee.Application.Evaluation.Ratings.OpenRatingCampaign;
using PartyCommittee.Application.Evaluation.Ratings.ProposeRating;
using PartyCommittee.Application.Evaluation.Ratings.SubmitSelfAssessment;

namespace PartyCommittee.Api.Evaluation;

/// <summary>/api/v1/rating-campaigns and /api/v1/member-ratings: the annual rating of members and organisations.</summary>
[EndpointTag("Rating campaigns", "Annual ratings of members and party organisations under the rule set in force for the year (Hướng dẫn 21-HD/BTCTW 2019, Quy định 124-QĐ/TW 2023, Quy định 366-QĐ/TW 2025): steps, caps, quota and organisation conditions.")]
public sealed class RatingCampaignEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/rating-campaigns").WithTags("Rating campaigns");
        campaigns.MapGet("/", List)
            .WithName("ListRatingCampaigns")
            .WithSummary("List rating campaigns")
            .WithDescription("Campaigns of organisations in the caller's scope or above it (a cell works in its committee's campaign); filters organizationId, year.")
            .RequireAuthorization(Policies.EvaluationRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        campaigns.MapPost("/", Open)
            .WithName("OpenRatingCampaign")
            .WithSummary("Open the annual rating of a grassroots organisation")
            .WithDescription("One campaign per organisation and year (409 rating_campaign.exists). The rule set in force on the year's last day applies (see /api/v1/rule-sets, kind evaluation.annual_ratings). The members are listed from the membership data on the opening day (at the latest the year's last day): exempt or suspended members and members admitted under 6 months are listed but not rated; a temporarily transferred member is rated by his home cell (host named), a member who moved cells in the year by the receiving cell (previous cell named).")
            .RequireAuthorization(Policies.RatingCampaignsManage)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        campaigns.MapGet("/{id:guid}", Get)
            .WithName("GetRatingCampaign")
            .WithSummary("Get a rating campaign")
            .WithDescription("Steps (planned, reached, working days late), counts, the quota's figures, the committee's conditions computed from its members' results beside its decided level, and how many cells have rated members (their rows: /api/v1/rating-campaigns/{id}/organizations). Returns the ETag.")
            .RequireAuthorization(Policies.EvaluationRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);
        campaigns.MapPost("/{id:guid}/steps", Advance)
            .WithName("AdvanceRatingCampaign")
            .WithSummary("Move the campaign to its next step (If-Match required)")
            .WithDescription("Steps in order only (409 rating_campaign.step_out_of_order); appraisal needs every rated member proposed, publication every one decided; a step reached after its planned date is recorded late in working days.")
            .RequireAuthorization(Policies.RatingCampaignsManage)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        campaigns.MapPut("/{id:guid}/organization-ratings", DecideOrganization)
            .WithName("DecideOrganizationRating")
            .WithSummary("Decide the level of the committee or a cell (If-Match required)")
            .WithDescription("At the decision step; refused (rating.organization_condition) when better than the conditions computed from its members' results allow.")
            .RequireAuthorization(Policies.RatingsDecide)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        campaigns.MapGet("/{id:guid}/organizations", ListOrganizations)
            .WithName("ListRatingCampaignOrganizations")
            .WithSummary("The committee and the cells of a campaign, a page at a time")
            .WithDescription("The committee first, then its cells with rated members in folded name order, each with the conditions computed from its members' results (decided level, else proposed), whether it was disciplined in the year, and the decided level (ADR 0077). organizationId: that organisation's row only (empty when it has no rated member). page, pageSize 1-100, totalCount. Whoever reads the campaign reads them.")
            .RequireAuthorization(Policies.EvaluationRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id:guid}/member-ratings", ListRatings)
            .WithName("ListMemberRatings")
            .WithSummary("The members listed in a campaign, a page at a time")
            .WithDescription("Members rated by cells in the caller's scope (cellId narrows); a member sees only his own line. In cell name order, then Vietnamese name order (page, pageSize 1-100, totalCount: ADR 0074; before, every line at once).")
            .RequireAuthorization(Policies.RatingsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        var ratings = api.MapGroup("/member-ratings").WithTags("Rating campaigns");
        ratings.MapGet("/{id:guid}", GetRating)
            .WithName("GetMemberRating")
            .WithSummary("Get a member's rating")
            .WithDescription("Self-assessment, the cell's proposal, the caps that apply (code, best level, source), the decision and corrections. A member reads only his own (another member's is not found).")
            .RequireAuthorization(Policies.RatingsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);
        ratings.MapPut("/{id:guid}/self-assessment", SelfAssess)
            .WithName("SubmitSelfAssessment")
            .WithSummary("Submit the member's self-assessment (If-Match required)")
            .WithDescription("At the self-assessment step; a member submits only his own. On the 100-point scale the score gives the level.")
            .RequireAuthorization(Policies.RatingsSelfAssess)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        ratings.MapPut("/{id:guid}/proposal", Propose)
            .WithName("ProposeMemberRating")
            .WithSummary("The cell's review and proposal (If-Match required)")
            .WithDescription("At the cell-review step; refused above a cap (rating.above_cap, naming the cap's code and source): discipline of the year, a conclusion of degradation, under 50% of targets, a civil-servant NOT_COMPLETED (NOT_COMPLETED), sick leave (below GOOD).")
            .RequireAuthorization(Policies.RatingsPropose)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        ratings.MapPut("/{id:guid}/decision", Decide)
            .WithName("DecideMemberRating")
            .WithSummary("The committee's decision (If-Match required)")
            .WithDescription("At the decision step; within the caps, and refused (409 rating.quota_exceeded, with the figures) when the EXCELLENT quota would be exceeded.")
            .RequireAuthorization(Policies.RatingsDecide)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        ratings.MapPost("/{id:guid}/corrections", Correct)
            .WithName("CorrectMemberRating")
            .WithSummary("Correct a published result (If-Match required)")
            .WithDescription("After publication only: a dated correction with a reason, within the caps and the quota.")
            .RequireAuthorization(Policies.RatingsDecide)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<IReadOnlyList<RatingCampaignSummaryDto>>> List(Guid? organizationId, int? year, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListRatingCampaignsQuery(organizationId, year), cancellationToken));

    private static async Task<Created<RatingCampaignDto>> Open(RatingCampaignInput body, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new OpenRatingCampaignCommand(body), cancellationToken);
        return TypedResults.Created($"/api/v1/rating-campaigns/{created.Id}", created);
    }

    private static async Task<Ok<RatingCampaignDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetRatingCampaignQuery(id), cancellationToken));

    private static async Task<Ok<RatingCampaignDto>> Advance(Guid id, RatingStepInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AdvanceRatingCampaignCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<RatingCampaignDto>> DecideOrganization(Guid id, OrganizationRatingInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new DecideOrganizationRatingCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<PagedList<OrganizationRatingDto>>> ListOrganizations(
        Guid id, [AsParameters] CampaignOrganizationListParameters parameters, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListCampaignOrganizationsQuery(id, parameters.OrganizationId, parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize), cancellationToken));

    private static async Task<Ok<PagedList<MemberRatingSummaryDto>>> ListRatings(Guid id, [AsParameters] MemberRatingListParameters parameters, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListMemberRatingsQuery(id, parameters.CellId, parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize), cancellationToken));

    private static async Task<Ok<MemberRatingDto>> GetRating(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMemberRatingQuery(id), cancellationToken));

    private static async Task<Ok<MemberRatingDto>> SelfAssess(Guid id, SelfAssessmentInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SubmitSelfAssessmentCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<MemberRatingDto>> Propose(Guid id, RatingProposalInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ProposeRatingCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<MemberRatingDto>> Decide(Guid id, RatingDecisionInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new DecideRatingCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<MemberRatingDto>> Correct(Guid id, RatingCorrectionInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CorrectRatingCommand(id, ifMatch.Version, body), cancellationToken));
}

/// <summary>Query parameters of a campaign's organisations.</summary>
public sealed class CampaignOrganizationListParameters : PagedParameters
{
    /// <summary>Only this organisation's row (the committee or a cell).</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }
}

/// <summary>Query parameters of a campaign's member lines.</summary>
public sealed class MemberRatingListParameters : PagedParameters
{
    /// <summary>Only the lines of this cell.</summary>
    [FromQuery(Name = "cellId")]
    public Guid? CellId { get; init; }
}
