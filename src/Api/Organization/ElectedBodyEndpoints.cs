using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Application.Organization.ElectedBodies.AddBodyMembership;
using PartyCommittee.Application.Organization.ElectedBodies.CreateElectedBody;
using PartyCommittee.Application.Organization.ElectedBodies.CreateMassOrganization;
using PartyCommittee.Application.Organization.ElectedBodies.CreateTerm;
using PartyCommittee.Application.Organization.ElectedBodies.DissolveMassOrganization;
using PartyCommittee.Application.Organization.ElectedBodies.EndBodyMembership;
using PartyCommittee.Application.Organization.ElectedBodies.GetElectedBody;
using PartyCommittee.Application.Organization.ElectedBodies.GetMassOrganization;
using PartyCommittee.Application.Organization.ElectedBodies.GetTerm;
using PartyCommittee.Application.Organization.ElectedBodies.ListElectedBodies;
using PartyCommittee.Application.Organization.ElectedBodies.ListMassOrganizations;
using PartyCommittee.Application.Organization.ElectedBodies.ListTerms;
using PartyCommittee.Application.Organization.ElectedBodies.RecordMassOrganizationMemberCount;
using PartyCommittee.Application.Organization.ElectedBodies.UpdateMassOrganization;
using PartyCommittee.Application.Organization.ElectedBodies.UpdateTerm;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Api.Organization;

/// <summary>/api/v1/terms, /api/v1/elected-bodies, /api/v1/mass-organizations.</summary>
[EndpointTag("Elected bodies", "Executive and standing committees, inspection commissions and cell committees, with their seats.")]
[EndpointTag("Mass organisations", "Trade unions, youth union cells, veterans' and women's associations led by the party organisations, with dated member counts.")]
[EndpointTag("Terms", "Terms of office (nhiệm kỳ) opened by an organisation's congress.")]
public sealed class ElectedBodyEndpoints : IEndpointGroup
{
        public void Map(RouteGroupBuilder api)
    {
        MapTerms(api);
        MapBodies(api);
        MapMassOrganizations(api);
        MapReferenceLists(api);
    }

    private static void MapTerms(RouteGroupBuilder api)
    {
        var ofOrganization = api.MapGroup("/organizations/{organizationId:guid}/terms").WithTags("Terms");

        ofOrganization.MapGet("/", ListTerms)
            .WithName("ListTerms")
            .WithSummary("List the terms of an organisation")
            .WithDescription("Terms of office (nhiệm kỳ) opened by the organisation's congresses; sort by startsOn (default) or name, prefix '-' for descending.")
            .RequireAuthorization(Policies.OrganizationsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        ofOrganization.MapPost("/", CreateTerm)
            .WithName("CreateTerm")
            .WithSummary("Open a term of an organisation")
            .WithDescription("The name is unique in the organisation (409 term.name_taken) and the terms of one organisation do not overlap (422 term.overlaps).")
            .RequireAuthorization(Policies.TermsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        var terms = api.MapGroup("/terms").WithTags("Terms");

        terms.MapGet("/{id:guid}", GetTerm)
            .WithName("GetTerm")
            .WithSummary("Get one term")
            .WithDescription("Returns the ETag to send back in If-Match when changing it; honours If-None-Match (304).")
            .RequireAuthorization(Policies.OrganizationsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        terms.MapPut("/{id:guid}", UpdateTerm)
            .WithName("UpdateTerm")
            .WithSummary("Update a term (If-Match required)")
            .WithDescription("Replaces the name, congress number and dates, under the rules of creation; the seats in the term's bodies must still lie within the new dates.")
            .RequireAuthorization(Policies.TermsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapBodies(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/elected-bodies").WithTags("Elected bodies");

        group.MapGet("/", ListBodies)
            .WithName("ListElectedBodies")
            .WithSummary("List elected bodies in scope")
            .WithDescription("Executive committees, standing committees, inspection commissions and cell committees; filter by organisation, term and kind; sort by termStartsOn (default) or organization, prefix '-' for descending.")
            .RequireAuthorization(Policies.OrganizationsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapPost("/", CreateBody)
            .WithName("CreateElectedBody")
            .WithSummary("Constitute an elected body for a term")
            .WithDescription("A committee elects EXECUTIVE_COMMITTEE, STANDING_COMMITTEE and INSPECTION_COMMISSION, a sub-committee EXECUTIVE_COMMITTEE, a cell CELL_COMMITTEE; one body of a kind per organisation and term (409 body.already_exists); the term must be the organisation's.")
            .RequireAuthorization(Policies.ElectedBodiesConstitute)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:guid}", GetBody)
            .WithName("GetElectedBody")
            .WithSummary("Get an elected body with its members")
            .WithDescription("With asOf, only the seats current that day. Returns the ETag to send back in If-Match when changing its seats; honours If-None-Match (304).")
            .RequireAuthorization(Policies.OrganizationsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/memberships", AddMembership)
            .WithName("AddBodyMembership")
            .WithSummary("Add a seat to an elected body (If-Match on the body)")
            .WithDescription("Rules: the role exists in the body's kind (body.role_not_allowed); the dates lie within the term (body.outside_term); the person is a party member of the organisation on the start date (body.member_not_in_organization); one seat per member (body.already_member), one secretary (body.secretary_exists) and one inspection chair (body.inspection_chair_exists) at a time; standing committee members sit on the executive committee (body.standing_requires_executive); the inspection chair sits on the standing committee when there is one (body.inspection_chair_requires_standing).")
            .RequireAuthorization(Policies.ElectedBodiesSeats)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/memberships/{membershipId:guid}/end", EndMembership)
            .WithName("EndBodyMembership")
            .WithSummary("End a seat in an elected body (If-Match on the body)")
            .WithDescription("endsOn is the last day the seat is held, within the term and not before it started.")
            .RequireAuthorization(Policies.ElectedBodiesSeats)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapMassOrganizations(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/mass-organizations").WithTags("Mass organisations");

        group.MapGet("/", ListMassOrganizations)
            .WithName("ListMassOrganizations")
            .WithSummary("List mass organisations led in scope")
            .WithDescription("Trade unions, youth union cells, veterans and women's associations led by organisations in scope, each with its latest member count and the date of that count; sort by name (default), kind or establishedOn.")
            .RequireAuthorization(Policies.OrganizationsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapPost("/", CreateMassOrganization)
            .WithName("CreateMassOrganization")
            .WithSummary("Record a mass organisation")
            .RequireAuthorization(Policies.MassOrganizationsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id:guid}", GetMassOrganization)
            .WithName("GetMassOrganization")
            .WithSummary("Get a mass organisation with the history of its member counts")
            .WithDescription("Returns the ETag to send back in If-Match when changing it; honours If-None-Match (304).")
            .RequireAuthorization(Policies.OrganizationsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", UpdateMassOrganization)
            .WithName("UpdateMassOrganization")
            .WithSummary("Update a mass organisation (If-Match required)")
            .RequireAuthorization(Policies.MassOrganizationsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/member-counts", RecordMemberCount)
            .WithName("RecordMassOrganizationMemberCount")
            .WithSummary("Record a mass organisation's member count on a date (If-Match required)")
            .WithDescription("Members of mass organisations (đoàn viên, hội viên) are counted, not recorded one by one, and are not party members. A count for a date already recorded corrects it.")
            .RequireAuthorization(Policies.MassOrganizationsMemberCounts)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/dissolve", DissolveMassOrganization)
            .WithName("DissolveMassOrganization")
            .WithSummary("Dissolve a mass organisation (If-Match required)")
            .RequireAuthorization(Policies.MassOrganizationsDissolve)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapReferenceLists(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Reference data").RequireAuthorization(Policies.ReferenceRead);

        group.MapGet("/body-kinds", () => List<BodyKind>(BodyLabels.Of))
            .WithName("ListBodyKinds")
            .WithSummary("Kinds of elected body with their Vietnamese and English labels");

        group.MapGet("/body-roles", () => List<BodyRole>(BodyLabels.Of))
            .WithName("ListBodyRoles")
            .WithSummary("Roles in elected bodies with their Vietnamese and English labels");

        group.MapGet("/mass-organization-kinds", () => List<MassOrganizationKind>(BodyLabels.Of))
            .WithName("ListMassOrganizationKinds")
            .WithSummary("Kinds of mass organisation with their Vietnamese and English labels");
    }

    private static Ok<IReadOnlyList<CodeLabel>> List<T>(Func<T, BilingualLabel> label)
        where T : struct, Enum =>
        TypedResults.Ok<IReadOnlyList<CodeLabel>>([.. Enum.GetValues<T>().Select(v => new CodeLabel(EnumCodes<T>.ToCode(v), label(v)))]);

    // ---- Terms ---------------------------------------------------------------------------------------------------

    private static async Task<Ok<PagedList<TermDto>>> ListTerms(
        Guid organizationId, [AsParameters] TermListParameters paging, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListTermsQuery(organizationId, paging.Page ?? 1, paging.PageSize ?? PagedList<object>.DefaultPageSize, paging.Sort),
            cancellationToken));

    private static async Task<Created<TermDto>> CreateTerm(Guid organizationId, TermInput body, ISender sender, CancellationToken cancellationToken)
    {
        var term = await sender.Send(new CreateTermCommand(organizationId, body), cancellationToken);
        return TypedResults.Created($"/api/v1/terms/{term.Id}", term);
    }

    private static async Task<Ok<TermDto>> GetTerm(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var term = await sender.Send(new GetTermQuery(id), cancellationToken);
        return TypedResults.Ok(term);
    }

    private static async Task<Ok<TermDto>> UpdateTerm(Guid id, TermInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var term = await sender.Send(new UpdateTermCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(term);
    }

    // ---- Elected bodies ------------------------------------------------------------------------------------------

    private static async Task<Ok<PagedList<ElectedBodySummaryDto>>> ListBodies(
        [AsParameters] ElectedBodyListParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var kind = parser.Enum<BodyKind>("kind", parameters.Kind);
        parser.ThrowIfInvalid();

        var query = new ListElectedBodiesQuery(
            parameters.Page ?? 1,
            parameters.PageSize ?? PagedList<object>.DefaultPageSize,
            parameters.Sort,
            parameters.OrganizationId,
            parameters.TermId,
            kind);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    private static async Task<Created<ElectedBodyDto>> CreateBody(CreateElectedBodyCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var body = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/elected-bodies/{body.Id}", body);
    }

    private static async Task<Ok<ElectedBodyDto>> GetBody(
        Guid id, DateOnly? asOf, ISender sender, CancellationToken cancellationToken)
    {
        var body = await sender.Send(new GetElectedBodyQuery(id, asOf), cancellationToken);
        return TypedResults.Ok(body);
    }

    private static async Task<Ok<ElectedBodyDto>> AddMembership(
        Guid id, BodyMembershipInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var updated = await sender.Send(new AddBodyMembershipCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(updated);
    }

    private static async Task<Ok<ElectedBodyDto>> EndMembership(
        Guid id, Guid membershipId, BodyMembershipEnd body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var updated = await sender.Send(new EndBodyMembershipCommand(id, membershipId, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(updated);
    }

    // ---- Mass organisations --------------------------------------------------------------------------------------

    private static async Task<Ok<PagedList<MassOrganizationSummaryDto>>> ListMassOrganizations(
        [AsParameters] MassOrganizationListParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var kind = parser.Enum<MassOrganizationKind>("kind", parameters.Kind);
        parser.ThrowIfInvalid();

        var query = new ListMassOrganizationsQuery(
            parameters.Page ?? 1,
            parameters.PageSize ?? PagedList<object>.DefaultPageSize,
            parameters.Sort,
            parameters.LeadingOrganizationId,
            kind);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    private static async Task<Created<MassOrganizationDto>> CreateMassOrganization(
        CreateMassOrganizationCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/mass-organizations/{created.Id}", created);
    }

    private static async Task<Ok<MassOrganizationDto>> GetMassOrganization(
        Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var massOrganization = await sender.Send(new GetMassOrganizationQuery(id), cancellationToken);
        return TypedResults.Ok(massOrganization);
    }

    private static async Task<Ok<MassOrganizationDto>> UpdateMassOrganization(
        Guid id, MassOrganizationUpdate body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var updated = await sender.Send(new UpdateMassOrganizationCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(updated);
    }

    private static async Task<Ok<MassOrganizationDto>> RecordMemberCount(
        Guid id, MemberCountInput body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var updated = await sender.Send(new RecordMassOrganizationMemberCountCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(updated);
    }

    private static async Task<Ok<MassOrganizationDto>> DissolveMassOrganization(
        Guid id, MassOrganizationDissolution body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var updated = await sender.Send(new DissolveMassOrganizationCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(updated);
    }
}

/// <summary>Query parameters of the term list.</summary>
public sealed class TermListParameters : PagedParameters
{
    /// <summary>Sort field; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }
}

/// <summary>Query parameters of the elected-body list.</summary>
public sealed class ElectedBodyListParameters : PagedParameters
{
    /// <summary>termStartsOn or organization; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only the bodies of this organisation.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Only the bodies of this term.</summary>
    [FromQuery(Name = "termId")]
    public Guid? TermId { get; init; }

    /// <summary>Kind of body.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }
}

/// <summary>Query parameters of the mass-organisation list.</summary>
public sealed class MassOrganizationListParameters : PagedParameters
{
    /// <summary>name, kind or establishedOn; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only the mass organisations led by this party organisation.</summary>
    [FromQuery(Name = "leadingOrganizationId")]
    public Guid? LeadingOrganizationId { get; init; }

    /// <summary>Kind of mass organisation.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }
}
