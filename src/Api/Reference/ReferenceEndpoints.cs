using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Domain.Common;
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
    }

    private static Ok<IReadOnlyList<CodeLabel>> List<T>(Func<T, BilingualLabel> label)
        where T : struct, Enum =>
        TypedResults.Ok<IReadOnlyList<CodeLabel>>([.. Enum.GetValues<T>().Select(v => new CodeLabel(EnumCodes<T>.ToCode(v), label(v)))]);
}

