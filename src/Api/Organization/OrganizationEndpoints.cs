using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.Organization.CreateOrganization;
using PartyCommittee.Application.Organization.DissolveOrganization;
using PartyCommittee.Application.Organization.GetOrganization;
using PartyCommittee.Application.Organization.GetOrganizationTree;
using PartyCommittee.Application.Organization.ListOrganizations;
using PartyCommittee.Application.Organization.UpdateOrganization;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Api.Organization;

/// <summary><c>/api/v1/organizations</c>: the committee, its sub-committees and cells.</summary>
[EndpointTag("Organizations", "The committee, its sub-committees and cells (tổ chức cơ sở đảng): the tree, establishment, moves and dissolution.")]
public sealed class OrganizationEndpoints : IEndpointGroup
{
        public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Organizations");

        group.MapGet("/", List)
            .WithName("ListOrganizations")
            .WithSummary("List party organisations in scope")
            .WithDescription("Filter by type, unit kind, parent, the date they are active on and a search text (accent- and case-insensitive on the name, or part of the code); sort by code, name, type, establishedOn or dissolvedOn (prefix '-' for descending).")
            .RequireAuthorization(Policies.OrganizationsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetOrganization")
            .WithSummary("Get one party organisation")
            .WithDescription("Returns the ETag to send back in If-Match when changing it; honours If-None-Match (304).")
            .RequireAuthorization(Policies.OrganizationsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/tree", Tree)
            .WithName("GetOrganizationTree")
            .WithSummary("Get an organisation with its whole subtree")
            .RequireAuthorization(Policies.OrganizationsRead)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", Create)
            .WithName("CreateOrganization")
            .WithSummary("Create a party organisation")
            .WithDescription("A cell belongs to a committee or sub-committee; a sub-committee to a committee; only an administrator creates a top-level committee.")
            .RequireAuthorization(Policies.OrganizationsCreate)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id:guid}", Update)
            .WithName("UpdateOrganization")
            .WithSummary("Update a party organisation (If-Match required)")
            .WithDescription("Replaces the editable fields. Changing parentId moves the organisation with its whole subtree.")
            .RequireAuthorization(Policies.OrganizationsUpdate)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/dissolve", Dissolve)
            .WithName("DissolveOrganization")
            .WithSummary("Dissolve a party organisation (If-Match required)")
            .WithDescription("Its active child organisations must be dissolved or moved first. The record stays, with its dissolution date.")
            .RequireAuthorization(Policies.OrganizationsDissolve)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<PagedList<OrganizationDto>>> List([AsParameters] OrganizationListParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var type = parser.Enum<OrganizationType>("type", parameters.Type);
        var unitKind = parser.Enum<UnitKind>("unitKind", parameters.UnitKind);
        parser.ThrowIfInvalid();

        var query = new ListOrganizationsQuery(
            parameters.Page ?? 1,
            parameters.PageSize ?? PagedList<object>.DefaultPageSize,
            parameters.Sort,
            type,
            unitKind,
            parameters.ParentId,
            parameters.ActiveOn,
            parameters.Search);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    private static async Task<Ok<OrganizationDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var organization = await sender.Send(new GetOrganizationQuery(id), cancellationToken);
        return TypedResults.Ok(organization);
    }

    private static async Task<Ok<OrganizationTreeNode>> Tree(Guid id, DateOnly? activeOn, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetOrganizationTreeQuery(id, activeOn), cancellationToken));

    private static async Task<Created<OrganizationDto>> Create(CreateOrganizationCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var organization = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/organizations/{organization.Id}", organization);
    }

    private static async Task<Ok<OrganizationDto>> Update(Guid id, OrganizationUpdate body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var organization = await sender.Send(new UpdateOrganizationCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(organization);
    }

    private static async Task<Ok<OrganizationDto>> Dissolve(Guid id, OrganizationDissolution body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var organization = await sender.Send(new DissolveOrganizationCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(organization);
    }
}

/// <summary>Query parameters of the organisation list.</summary>
public sealed class OrganizationListParameters : PagedParameters
{
    /// <summary>code, name, type, establishedOn or dissolvedOn; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Organisation type.</summary>
    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    /// <summary>Unit kind.</summary>
    [FromQuery(Name = "unitKind")]
    public string? UnitKind { get; init; }

    /// <summary>Only the direct children of this organisation.</summary>
    [FromQuery(Name = "parentId")]
    public Guid? ParentId { get; init; }

    /// <summary>Only organisations that exist on this date (established, not yet dissolved).</summary>
    [FromQuery(Name = "activeOn")]
    public DateOnly? ActiveOn { get; init; }

    /// <summary>Part of the name (accents and case ignored) or of the code.</summary>
    [FromQuery(Name = "search")]
    public string? Search { get; init; }
}
