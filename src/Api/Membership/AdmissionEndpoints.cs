using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Membership.Admissions;
using PartyCommittee.Application.Membership.Admissions.AssignSponsor;
using PartyCommittee.Application.Membership.Admissions.CloseAdmission;
using PartyCommittee.Application.Membership.Admissions.CreateAdmission;
using PartyCommittee.Application.Membership.Admissions.ExtendDecisionPeriod;
using PartyCommittee.Application.Membership.Admissions.GetAdmission;
using PartyCommittee.Application.Membership.Admissions.HoldCeremony;
using PartyCommittee.Application.Membership.Admissions.ListAdmissions;
using PartyCommittee.Application.Membership.Admissions.ListDueSteps;
using PartyCommittee.Application.Membership.Admissions.RecognizeFullMembership;
using PartyCommittee.Application.Membership.Admissions.RecordCellResolution;
using PartyCommittee.Application.Membership.Admissions.RecordCommitteeDecision;
using PartyCommittee.Application.Membership.Admissions.RecordCourse;
using PartyCommittee.Application.Membership.Admissions.RecordRecognitionVote;
using PartyCommittee.Application.Membership.Admissions.RemoveName;
using PartyCommittee.Application.Membership.Admissions.RemoveSponsor;
using PartyCommittee.Application.Membership.Admissions.ReplaceSponsor;
using PartyCommittee.Application.Membership.Admissions.UpdateCandidate;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Api.Membership;

/// <summary>/api/v1/admissions: candidates through the statutory steps.</summary>
[EndpointTag("Admissions", "Admission of new members (kết nạp đảng viên) through the statutory steps and deadlines.")]
public sealed class AdmissionEndpoints : IEndpointGroup
{
    private const string StepRules =
        " Requires If-Match. Refused with 422 and the code of the rule broken (admission.*), checked under the rule set in force on the step's date (see /api/v1/rule-sets); the response names the rule set applied to each step.";

        public void Map(RouteGroupBuilder api)
    {
        MapAdmissions(api.MapGroup("/admissions").WithTags("Admissions"));
    }

    private static void MapAdmissions(RouteGroupBuilder group)
    {
        group.MapGet("/", List)
            .WithName("ListAdmissions")
            .WithSummary("List admission cases in scope")
            .WithDescription("Filter by organisation (its subtree), stage and a search text (accent- and case-insensitive on the candidate's name); sort by name, createdAt, cellResolutionOn or ceremonyOn (prefix '-' for descending).")
            .RequireAuthorization(Policies.AdmissionsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/due", Due)
            .WithName("ListDueAdmissionSteps")
            .WithSummary("Admission steps due or overdue in a subtree")
            .WithDescription("Pending committee decisions, ceremonies, the cells' resolutions on full membership and the committee's recognition decisions, each with its due date counted in working days (Monday–Friday without the public holidays of the calendar, plus any special extension), the working days left on asOf (default today; negative when overdue), the working days late, and the rule set applied; ordered by due date. A late step is still recorded: lateness is reported here, not refused.")
            .RequireAuthorization(Policies.AdmissionsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetAdmission")
            .WithSummary("Get one admission case")
            .WithDescription("Every step with the rule set applied to it, the sponsors, the stage, and the next step with its due date and whether it is overdue today. Returns the ETag to send back in If-Match; honours If-None-Match (304).")
            .RequireAuthorization(Policies.AdmissionsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", Create)
            .WithName("CreateAdmission")
            .WithSummary("Open an admission case for a candidate in a cell")
            .RequireAuthorization(Policies.AdmissionsCandidate)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateAdmissionCandidate")
            .WithSummary("Update the candidate's data (If-Match required)")
            .WithDescription("Only before the cell's resolution (admission.candidate_locked otherwise).")
            .RequireAuthorization(Policies.AdmissionsCandidate)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        Step(group.MapPost("/{id:guid}/course", Course), "RecordAdmissionCourse", Policies.AdmissionsCourse, "Record the party-awareness course certificate",
            "The first step; it can be corrected until a sponsor is assigned.");
        Step(group.MapPost("/{id:guid}/sponsors", AssignSponsor), "AssignAdmissionSponsor", Policies.AdmissionsSponsors, "Assign a sponsor",
            "FULL_MEMBER: a member who is a full member on assignedOn and has worked with the candidate for the required months (admission.sponsor_not_full_member, admission.sponsor_not_long_enough). YOUTH_UNION_EXECUTIVE or YOUTH_CELL_COLLECTIVE: the youth union's collective, for a youth-union member of youth age where a youth union exists (admission.youth_sponsor_not_allowed). TRADE_UNION_EXECUTIVE: for a candidate of youth age only where no youth union exists (admission.trade_union_sponsor_not_allowed). A collective sponsors with one full member; no sponsor twice, at most two.");
        Step(group.MapPost("/{id:guid}/sponsors/{sponsorId:guid}/remove", RemoveSponsor), "RemoveAdmissionSponsor", Policies.AdmissionsSponsors, "Withdraw a sponsor",
            "Only before the cell's resolution.");
        Step(group.MapPost("/{id:guid}/sponsors/{sponsorId:guid}/replace", ReplaceSponsor), "ReplaceAdmissionSponsor", Policies.AdmissionsSponsors, "Replace a sponsor who was transferred or disciplined",
            "Up to the end of the probation. The sponsor replaced is kept with the date and reason; the new one is checked as an assignment on replacedOn.");
        Step(group.MapPost("/{id:guid}/cell-resolution", CellResolution), "RecordAdmissionCellResolution", Policies.AdmissionsCellResolution, "Record the cell's resolution proposing admission",
            "Requires the course certificate and two valid sponsors; age at the resolution date within the bounds counted in months (admission.age_out_of_range); the minimum education (admission.education_insufficient); youth age, judged on this date, decides the sponsors' kinds (admission.youth_sponsor_required, admission.youth_sponsor_not_allowed, admission.trade_union_sponsor_not_allowed).");
        Step(group.MapPost("/{id:guid}/decision-extension", DecisionExtension), "ExtendAdmissionDecisionPeriod", Policies.AdmissionsCommitteeDecision, "Record a special extension of the committee's decision period",
            "While the admission decision is awaited, or the recognition decision after the cell's resolution; at most the working days of the rule set (admission.extension_too_long), once (admission.extension_exists), with its reason.");
        Step(group.MapPost("/{id:guid}/committee-decision", CommitteeDecision), "RecordAdmissionCommitteeDecision", Policies.AdmissionsCommitteeDecision, "Record the superior committee's admission decision",
            "A decision after the decision period (working days after the cell's resolution, plus any extension) is recorded with the working days it is late (steps[].workingDaysLate) and reported, not refused. receivedOn, when known, is the day the cell received it.");
        Step(group.MapPost("/{id:guid}/ceremony", Ceremony), "HoldAdmissionCeremony", Policies.AdmissionsCeremony, "Record the admission ceremony and create the probationary member",
            "The ceremony's period counts in working days from the receipt of the decision (decisionReceivedOn here or receivedOn with the decision; the decision's date otherwise); a later ceremony is recorded with the working days it is late. Creates the party member in the cell, probationary from the ceremony date, with the decision's date and number; the response's memberId names it. The member record takes the candidate's name, sex, date of birth, ethnicity and general education; the fields the case does not hold take defaults (place of birth, home town, religion, citizen ID, position, contacts, party card and record numbers empty; professional and political-theory levels NONE) and are completed later through the member endpoints.");
        Step(group.MapPost("/{id:guid}/recognition-votes", RecognitionVote), "RecordAdmissionRecognitionVote", Policies.AdmissionsCellResolution, "Record the cell's vote on full membership",
            "Once the probation has ended (admission.probation_not_complete). A vote with the required majority of those entitled is the cell's resolution, recorded with the working days it is late; a vote without it is recorded, and the last one allowed refers the matter to the superior committee (escalatedOn).");
        Step(group.MapPost("/{id:guid}/full-membership", FullMembership), "RecognizeAdmissionFullMembership", Policies.AdmissionsFullMembership, "Record the committee's decision recognising full membership",
            "After the cell's resolution or the referral (admission.recognition_resolution_required). The member is full from the end of the probation (fullMembershipOn), however late the cell or the committee acted; a late decision is recorded with the working days it is late.");
        Step(group.MapPost("/{id:guid}/name-removal", NameRemoval), "RemoveAdmissionProbationaryName", Policies.AdmissionsNameRemoval, "Remove the name of an unfit probationary member",
            "The member's status becomes NAME_REMOVED on that date (a probationary member is never expelled).");
        Step(group.MapPost("/{id:guid}/close", Close), "CloseAdmission", Policies.AdmissionsClose, "Close the case before the ceremony",
            "The candidate withdrew, or the cell or the committee did not admit. Not after the ceremony (admission.step_out_of_order).");
    }

    /// <summary>A step of the case, recorded by those who take it under the statute (<paramref name="policy"/>).</summary>
    private static void Step(RouteHandlerBuilder builder, string name, string policy, string summary, string description) =>
        builder
            .WithName(name)
            .WithSummary(summary + " (If-Match required)")
            .WithDescription(description + StepRules)
            .RequireAuthorization(policy)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

    private static async Task<Ok<PagedList<AdmissionSummaryDto>>> List([AsParameters] AdmissionListParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var stage = parser.Enum<AdmissionStage>("stage", parameters.Stage);
        parser.ThrowIfInvalid();

        var query = new ListAdmissionsQuery(
            parameters.Page ?? 1,
            parameters.PageSize ?? PagedList<object>.DefaultPageSize,
            parameters.Sort,
            parameters.OrganizationId,
            stage,
            parameters.Search);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    private static async Task<Ok<PagedList<AdmissionDueStepDto>>> Due([AsParameters] AdmissionDueParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var query = new ListDueAdmissionStepsQuery(
            parameters.OrganizationId,
            parameters.AsOf,
            parameters.Page ?? 1,
            parameters.PageSize ?? PagedList<object>.DefaultPageSize);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    private static async Task<Ok<AdmissionDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var admission = await sender.Send(new GetAdmissionQuery(id), cancellationToken);
        return TypedResults.Ok(admission);
    }

    private static async Task<Created<AdmissionDto>> Create(CreateAdmissionCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var admission = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/admissions/{admission.Id}", admission);
    }

    private static Task<Ok<AdmissionDto>> Update(Guid id, CandidateUpdate body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new UpdateCandidateCommand(id, ifMatch.Version, body), cancellationToken);

    private static Task<Ok<AdmissionDto>> Course(Guid id, CourseCompletion body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new RecordCourseCommand(id, ifMatch.Version, body), cancellationToken);

    private static Task<Ok<AdmissionDto>> AssignSponsor(Guid id, SponsorAssignment body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new AssignSponsorCommand(id, ifMatch.Version, body), cancellationToken);

    private static Task<Ok<AdmissionDto>> RemoveSponsor(Guid id, Guid sponsorId, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new RemoveSponsorCommand(id, sponsorId, ifMatch.Version), cancellationToken);

    private static Task<Ok<AdmissionDto>> ReplaceSponsor(Guid id, Guid sponsorId, SponsorReplacement body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new ReplaceSponsorCommand(id, sponsorId, ifMatch.Version, body), cancellationToken);

    private static Task<Ok<AdmissionDto>> DecisionExtension(Guid id, DecisionExtension body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new ExtendDecisionPeriodCommand(id, ifMatch.Version, body), cancellationToken);

    private static Task<Ok<AdmissionDto>> RecognitionVote(Guid id, RecognitionVote body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new RecordRecognitionVoteCommand(id, ifMatch.Version, body), cancellationToken);

    private static Task<Ok<AdmissionDto>> CellResolution(Guid id, CellResolution body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new RecordCellResolutionCommand(id, ifMatch.Version, body), cancellationToken);

    private static Task<Ok<AdmissionDto>> CommitteeDecision(Guid id, CommitteeDecision body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new RecordCommitteeDecisionCommand(id, ifMatch.Version, body), cancellationToken);

    private static Task<Ok<AdmissionDto>> Ceremony(Guid id, Ceremony body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new HoldCeremonyCommand(id, ifMatch.Version, body), cancellationToken);

    private static Task<Ok<AdmissionDto>> FullMembership(Guid id, FullMembershipRecognition body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new RecognizeFullMembershipCommand(id, ifMatch.Version, body), cancellationToken);

    private static Task<Ok<AdmissionDto>> NameRemoval(Guid id, NameRemoval body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new RemoveNameCommand(id, ifMatch.Version, body), cancellationToken);

    private static Task<Ok<AdmissionDto>> Close(Guid id, AdmissionClosure body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        SendAsync(sender, new CloseAdmissionCommand(id, ifMatch.Version, body), cancellationToken);

    private static async Task<Ok<AdmissionDto>> SendAsync(ISender sender, ICommand<AdmissionDto> command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));
}

/// <summary>Query parameters of the admission list.</summary>
public sealed class AdmissionListParameters : PagedParameters
{
    /// <summary>name, createdAt, cellResolutionOn or ceremonyOn; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only cases of this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Stage of the case.</summary>
    [FromQuery(Name = "stage")]
    public string? Stage { get; init; }

    /// <summary>Part of the candidate's name (accents and case ignored).</summary>
    [FromQuery(Name = "search")]
    public string? Search { get; init; }
}

/// <summary>Query parameters of the due list.</summary>
public sealed class AdmissionDueParameters
{
    /// <summary>Only cases of this organisation's subtree (default: the caller's scope).</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>The day to compute for (default today in Viet Nam).</summary>
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; init; }

    /// <summary>Page number, from 1.</summary>
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }
}

