using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Api.Reference;

/// <summary><c>/api/v1/reference</c>: the code lists a client needs to render and fill forms.</summary>
[EndpointTag("Reference data", "Code lists with Vietnamese and English labels.")]
public sealed class ReferenceEndpoints : IEndpointGroup
{
        public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Reference data").RequireAuthorization(Policies.ReferenceRead);

        group.MapGet("/organization-types", () => List<OrganizationType>(OrganizationLabels.Of))
            .WithName("ListOrganizationTypes")
            .WithSummary("Organisation types with their Vietnamese and English labels");

        group.MapGet("/unit-kinds", () => List<UnitKind>(OrganizationLabels.Of))
            .WithName("ListUnitKinds")
            .WithSummary("Unit kinds of cells with their Vietnamese and English labels");

        group.MapGet("/member-statuses", () => List<MemberStatus>(MembershipLabels.Of))
            .WithName("ListMemberStatuses")
            .WithSummary("Member statuses with their Vietnamese and English labels");

        group.MapGet("/general-education", () => List<GeneralEducation>(MembershipLabels.Of))
            .WithName("ListGeneralEducationLevels")
            .WithSummary("General education levels");

        group.MapGet("/professional-levels", () => List<ProfessionalLevel>(MembershipLabels.Of))
            .WithName("ListProfessionalLevels")
            .WithSummary("Professional qualification levels");

        group.MapGet("/political-theory-levels", () => List<PoliticalTheoryLevel>(MembershipLabels.Of))
            .WithName("ListPoliticalTheoryLevels")
            .WithSummary("Political theory levels");

        group.MapGet("/ethnicities", () => TypedResults.Ok<IReadOnlyList<CodeLabel>>(
                [.. Ethnicities.All.Select(e => new CodeLabel(e.Code, new BilingualLabel(e.NameVi, e.NameEn)))]))
            .WithName("ListEthnicities")
            .WithSummary("The 54 ethnic groups of Viet Nam with their national codes");

        // Evaluation (issue 10): the codes of meetings, monthly reviews and annual ratings.
        group.MapGet("/evaluation-levels", () => List<EvaluationLevel>(EvaluationLabels.Of))
            .WithName("ListEvaluationLevels")
            .WithSummary("The four levels of monthly reviews and annual ratings (EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED)");

        group.MapGet("/rating-levels", () => TypedResults.Ok(EvaluationReference.RatingLevels()))
            .WithName("ListRatingLevels")
            .WithSummary("The levels of the annual rating per rule set, with the score ranges and criteria groups of the 100-point scale")
            .WithDescription("One entry per version of kind evaluation.annual_ratings (GET /api/v1/rule-sets): Hướng dẫn 21-HD/BTCTW (2019), Quy định 124-QĐ/TW (2023), Quy định 366-QĐ/TW with Hướng dẫn 43-HD/BTCTW (2025: 100-point scale; EXCELLENT from 90, GOOD 70 to under 90, COMPLETED 50 to under 70; points per criteria group: GENERAL up to 30, TASK_RESULTS up to 70).");

        group.MapGet("/rating-caps", () => TypedResults.Ok(EvaluationReference.RatingCaps()))
            .WithName("ListRatingCaps")
            .WithSummary("The caps of the annual rating: code, best level allowed, label");

        group.MapGet("/rating-steps", () => List<RatingStep>(RatingLabels.Of))
            .WithName("ListRatingSteps")
            .WithSummary("The steps of a rating campaign, in order");

        group.MapGet("/rating-not-rated-reasons", () => List<NotRatedReason>(RatingLabels.Of))
            .WithName("ListRatingNotRatedReasons")
            .WithSummary("Why a listed member is not rated");

        group.MapGet("/rating-arrangements", () => List<RatingArrangement>(RatingLabels.Of))
            .WithName("ListRatingArrangements")
            .WithSummary("Which cell rates a member (his own; the home cell with the host's comments; the receiving cell with the previous cell's comments)");

        group.MapGet("/meeting-kinds", () => List<MeetingKind>(EvaluationLabels.Of))
            .WithName("ListMeetingKinds")
            .WithSummary("Kinds of cell meetings");

        group.MapGet("/attendance-statuses", () => List<AttendanceStatus>(EvaluationLabels.Of))
            .WithName("ListAttendanceStatuses")
            .WithSummary("Attendance at a cell meeting");

        group.MapGet("/mass-organization-rating-scales", (MassOrganizationRatingOptions options) => TypedResults.Ok(EvaluationReference.MassOrganizationScales(options)))
            .WithName("ListMassOrganizationRatingScales")
            .WithSummary("The rating scale of each kind of mass organisation and the levels counted as strong (setting Evaluation:MassOrganizationRatings)");

        group.MapGet("/civil-servant-rating-scales", () => TypedResults.Ok(EvaluationReference.CivilServantScales()))
            .WithName("ListCivilServantRatingScales")
            .WithSummary("The state's four levels of civil servants per decree version, and those counted as GOOD or better");
    }

    private static Ok<IReadOnlyList<CodeLabel>> List<T>(Func<T, BilingualLabel> label)
        where T : struct, Enum =>
        TypedResults.Ok<IReadOnlyList<CodeLabel>>([.. Enum.GetValues<T>().Select(v => new CodeLabel(EnumCodes<T>.ToCode(v), label(v)))]);
}

