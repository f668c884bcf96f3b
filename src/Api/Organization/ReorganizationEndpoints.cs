using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Organization.Reorganize;

namespace PartyCommittee.Api.Organization;

/// <summary><c>/api/v1/organizations/reorganizations</c>: moving organisations under another committee on a date.</summary>
[EndpointTag("Reorganisations", "Moving cells (with their members, terms and bodies) from one committee to another on a date, in one operation, keeping the dated history so that figures before the date are unchanged (e.g. the 2025 merger into the Department of Home Affairs).")]
public sealed class ReorganizationEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/organizations/reorganizations", Reorganize)
            .WithTags("Reorganisations")
            .WithName("ReorganizeOrganizations")
            .WithSummary("Move organisations under another committee from a date (both sides must be in the caller's scope)")
            .WithDescription("All or nothing: an organisation or parent outside the scope is 422 reorganization.organization_not_found / reorganization.parent_not_found; the date must be after each organisation's establishment and last move, the new parent must exist then. Members stay in their cells; statistics and reports as of a date before the move count the cells where they were.")
            .RequireAuthorization(Policies.OrganizationsReorganize)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<ReorganizationResult>> Reorganize(Reorganization body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(body, cancellationToken));
}
