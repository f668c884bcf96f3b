using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Admissions;
using PartyCommittee.Application.Admissions.AssignSponsor;
using PartyCommittee.Application.Admissions.CloseAdmission;
using PartyCommittee.Application.Admissions.CreateAdmission;
using PartyCommittee.Application.Admissions.GetAdmission;
using PartyCommittee.Application.Admissions.HoldCeremony;
using PartyCommittee.Application.Admissions.ListAdmissions;
using PartyCommittee.Application.Admissions.ListDueSteps;
using PartyCommittee.Application.Admissions.RecognizeFullMembership;
using PartyCommittee.Application.Admissions.RecordCellResolution;
using PartyCommittee.Application.Admissions.RecordCommitteeDecision;
using PartyCommittee.Application.Admissions.RecordCourse;
using PartyCommittee.Application.Admissions.RemoveName;
using PartyCommittee.Application.Admissions.RemoveSponsor;
using PartyCommittee.Application.Admissions.UpdateCandidate;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Calendar.CreateHoliday;
using PartyCommittee.Application.Calendar.DeleteHoliday;
using PartyCommittee.Application.Calendar.GetHoliday;
using PartyCommittee.Application.Calendar.GetWorkingDay;
using PartyCommittee.Application.Calendar.ListHolidays;
using PartyCommittee.Application.Calendar.UpdateHoliday;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Api.Endpoints;

/// <summary>/api/v1/admissions: candidates through the statutory steps; /api/v1/calendar/holidays.</summary>
public static class AdmissionEndpoints
{
    private const string StepRules =
        " Requires If-Match. Refused with 422 and the code of the rule broken (admission.*), checked under the rule set in force on the step's date.";

    public static RouteGroupBuilder MapAdmissionEndpoints(this RouteGroupBuilder api)
    {
        MapAdmissions(api.MapGroup("/admissions").WithTags("Admissions"));
        MapCalendar(api.MapGroup("/calendar").WithTags("Calendar"));
        return api;
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
            .WithDescription("Pending committee decisions, ceremonies and recognitions as full members, each with its due date counted in working days (Monday–Friday without the public holidays of the calendar), the working days left on asOf (default today; negative when overdue) and the rule set applied; ordered by due date.")
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
            .RequireAuthorization(Policies.AdmissionsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateAdmissionCandidate")
            .WithSummary("Update the candidate's data (If-Match required)")
            .WithDescription("Only before the cell's resolution (admission.candidate_locked otherwise).")
            .RequireAuthorization(Policies.AdmissionsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity)
            .ProducesConcurrencyProblems();

        Step(group.MapPost("/{id:guid}/course", Course), "RecordAdmissionCourse", "Record the party-awareness course certificate",
            "The first step; it can be corrected until a sponsor is assigned.");
        Step(group.MapPost("/{id:guid}/sponsors", AssignSponsor), "AssignAdmissionSponsor", "Assign a sponsor",
            "FULL_MEMBER: a member who is a full member on assignedOn and has worked with the candidate for the required months (admission.sponsor_not_full_member, admission.sponsor_not_long_enough). YOUTH_UNION_EXECUTIVE: only for a youth-union member of youth age (admission.youth_sponsor_not_allowed). No sponsor twice, at most two.");
        Step(group.MapPost("/{id:guid}/sponsors/{sponsorId:guid}/remove", RemoveSponsor), "RemoveAdmissionSponsor", "Withdraw a sponsor",
            "Only before the cell's resolution.");
        Step(group.MapPost("/{id:guid}/cell-resolution", CellResolution), "RecordAdmissionCellResolution", "Record the cell's resolution proposing admission",
            "Requires the course certificate and two valid sponsors; age at the resolution date between 18 and 60 years counted in months (admission.age_out_of_range); at least lower-secondary education (admission.education_insufficient).");
        Step(group.MapPost("/{id:guid}/committee-decision", CommitteeDecision), "RecordAdmissionCommitteeDecision", "Record the superior committee's admission decision",
            "Within the decision period in working days after the cell's resolution (admission.decision_deadline_passed, naming the last allowed date).");
        Step(group.MapPost("/{id:guid}/ceremony", Ceremony), "HoldAdmissionCeremony", "Record the admission ceremony and create the probationary member",
            "Within the ceremony period in working days after the decision (admission.ceremony_deadline_passed). Creates the party member in the cell, probationary from the ceremony date, with the decision's date and number; the response's memberId names it. The member record takes the candidate's name, sex, date of birth, ethnicity and general education; the fields the case does not hold take defaults (place of birth, home town, religion, citizen ID, position, contacts, party card and record numbers empty; professional and political-theory levels NONE) and are completed later through the member endpoints.");
        Step(group.MapPost("/{id:guid}/full-membership", FullMembership), "RecognizeAdmissionFullMembership", "Recognise the probationary member as a full member",
            "Not before the probation ends (admission.probation_not_complete) and within the recognition period in working days after it (admission.recognition_deadline_passed). The member becomes a full member on that date.");
        Step(group.MapPost("/{id:guid}/name-removal", NameRemoval), "RemoveAdmissionProbationaryName", "Remove the name of an unfit probationary member",
            "The member's status becomes NAME_REMOVED on that date (a probationary member is never expelled).");
        Step(group.MapPost("/{id:guid}/close", Close), "CloseAdmission", "Close the case before the ceremony",
            "The candidate withdrew, or the cell or the committee did not admit. Not after the ceremony (admission.step_out_of_order).");
    }

    private static void Step(RouteHandlerBuilder builder, string name, string summary, string description) =>
        builder
            .WithName(name)
            .WithSummary(summary + " (If-Match required)")
            .WithDescription(description + StepRules)
            .RequireAuthorization(Policies.AdmissionsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity)
            .ProducesConcurrencyProblems();

    private static void MapCalendar(RouteGroupBuilder group)
    {
        group.MapGet("/holidays", ListHolidays)
            .WithName("ListPublicHolidays")
            .WithSummary("List the public holidays (days off that are not working days)")
            .WithDescription("Optionally of one year; sorted by date ('-date' for descending).")
            .RequireAuthorization(Policies.ReferenceRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);

        group.MapGet("/holidays/{id:guid}", GetHoliday)
            .WithName("GetPublicHoliday")
            .WithSummary("Get one public holiday")
            .WithDescription("Returns the ETag to send back in If-Match; honours If-None-Match (304).")
            .RequireAuthorization(Policies.ReferenceRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/holidays", CreateHoliday)
            .WithName("CreatePublicHoliday")
            .WithSummary("Add a public holiday to the working-day calendar")
            .WithDescription("One holiday per date (409 calendar.holiday_exists). Statutory deadlines counted in working days skip it.")
            .RequireAuthorization(Policies.CalendarWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict);

        group.MapPut("/holidays/{id:guid}", UpdateHoliday)
            .WithName("UpdatePublicHoliday")
            .WithSummary("Update a public holiday (If-Match required)")
            .RequireAuthorization(Policies.CalendarWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .ProducesConcurrencyProblems();

        group.MapDelete("/holidays/{id:guid}", DeleteHoliday)
            .WithName("DeletePublicHoliday")
            .WithSummary("Delete a public holiday (If-Match required)")
            .RequireAuthorization(Policies.CalendarWrite)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(StatusCodes.Status404NotFound)
            .ProducesConcurrencyProblems();

        group.MapGet("/working-days", WorkingDays)
            .WithName("GetDateAfterWorkingDays")
            .WithSummary("The date a number of working days after a date")
            .WithDescription("Counts Monday to Friday, skipping the public holidays of the calendar; the start day is not counted. Lists the holidays skipped.")
            .RequireAuthorization(Policies.ReferenceRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);
    }

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

    private static async Task<Results<Ok<AdmissionDto>, StatusCodeHttpResult>> Get(Guid id, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var admission = await sender.Send(new GetAdmissionQuery(id), cancellationToken);
        return Responses.OkWithETag(context, admission, admission.Version);
    }

    private static async Task<Created<AdmissionDto>> Create(CreateAdmissionCommand command, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var admission = await sender.Send(command, cancellationToken);
        ETags.Set(context, admission.Version);
        return TypedResults.Created($"/api/v1/admissions/{admission.Id}", admission);
    }

    private static Task<Ok<AdmissionDto>> Update(Guid id, CandidateUpdate body, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        SendAsync(context, sender, new UpdateCandidateCommand(id, ETags.RequireIfMatch(context), body), cancellationToken);

    private static Task<Ok<AdmissionDto>> Course(Guid id, CourseCompletion body, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        SendAsync(context, sender, new RecordCourseCommand(id, ETags.RequireIfMatch(context), body), cancellationToken);

    private static Task<Ok<AdmissionDto>> AssignSponsor(Guid id, SponsorAssignment body, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        SendAsync(context, sender, new AssignSponsorCommand(id, ETags.RequireIfMatch(context), body), cancellationToken);

    private static Task<Ok<AdmissionDto>> RemoveSponsor(Guid id, Guid sponsorId, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        SendAsync(context, sender, new RemoveSponsorCommand(id, sponsorId, ETags.RequireIfMatch(context)), cancellationToken);

    private static Task<Ok<AdmissionDto>> CellResolution(Guid id, CellResolution body, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        SendAsync(context, sender, new RecordCellResolutionCommand(id, ETags.RequireIfMatch(context), body), cancellationToken);

    private static Task<Ok<AdmissionDto>> CommitteeDecision(Guid id, CommitteeDecision body, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        SendAsync(context, sender, new RecordCommitteeDecisionCommand(id, ETags.RequireIfMatch(context), body), cancellationToken);

    private static Task<Ok<AdmissionDto>> Ceremony(Guid id, Ceremony body, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        SendAsync(context, sender, new HoldCeremonyCommand(id, ETags.RequireIfMatch(context), body), cancellationToken);

    private static Task<Ok<AdmissionDto>> FullMembership(Guid id, FullMembershipRecognition body, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        SendAsync(context, sender, new RecognizeFullMembershipCommand(id, ETags.RequireIfMatch(context), body), cancellationToken);

    private static Task<Ok<AdmissionDto>> NameRemoval(Guid id, NameRemoval body, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        SendAsync(context, sender, new RemoveNameCommand(id, ETags.RequireIfMatch(context), body), cancellationToken);

    private static Task<Ok<AdmissionDto>> Close(Guid id, AdmissionClosure body, ISender sender, HttpContext context, CancellationToken cancellationToken) =>
        SendAsync(context, sender, new CloseAdmissionCommand(id, ETags.RequireIfMatch(context), body), cancellationToken);

    private static async Task<Ok<AdmissionDto>> SendAsync(HttpContext context, ISender sender, ICommand<AdmissionDto> command, CancellationToken cancellationToken)
    {
        var admission = await sender.Send(command, cancellationToken);
        ETags.Set(context, admission.Version);
        return TypedResults.Ok(admission);
    }

    private static async Task<Ok<PagedList<HolidayDto>>> ListHolidays([AsParameters] HolidayListParameters parameters, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListHolidaysQuery(parameters.Year, parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize, parameters.Sort),
            cancellationToken));

    private static async Task<Results<Ok<HolidayDto>, StatusCodeHttpResult>> GetHoliday(Guid id, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var holiday = await sender.Send(new GetHolidayQuery(id), cancellationToken);
        return Responses.OkWithETag(context, holiday, holiday.Version);
    }

    private static async Task<Created<HolidayDto>> CreateHoliday(CreateHolidayCommand command, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var holiday = await sender.Send(command, cancellationToken);
        ETags.Set(context, holiday.Version);
        return TypedResults.Created($"/api/v1/calendar/holidays/{holiday.Id}", holiday);
    }

    private static async Task<Ok<HolidayDto>> UpdateHoliday(Guid id, HolidayUpdate body, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var holiday = await sender.Send(new UpdateHolidayCommand(id, ETags.RequireIfMatch(context), body), cancellationToken);
        ETags.Set(context, holiday.Version);
        return TypedResults.Ok(holiday);
    }

    private static async Task<NoContent> DeleteHoliday(Guid id, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteHolidayCommand(id, ETags.RequireIfMatch(context)), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<WorkingDayResult>> WorkingDays([AsParameters] WorkingDayParameters parameters, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetWorkingDayQuery(parameters.From, parameters.Days), cancellationToken));
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

/// <summary>Query parameters of the holiday list.</summary>
public sealed class HolidayListParameters : PagedParameters
{
    /// <summary>Only the holidays of this year.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>date or -date.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }
}

/// <summary>Query parameters of the working-day calculation.</summary>
public sealed class WorkingDayParameters
{
    /// <summary>The start day (not counted).</summary>
    [FromQuery(Name = "from")]
    [Required]
    public DateOnly From { get; init; }

    /// <summary>Working days to count, 0 to 1000.</summary>
    [FromQuery(Name = "days")]
    [Required]
    public int Days { get; init; }
}
