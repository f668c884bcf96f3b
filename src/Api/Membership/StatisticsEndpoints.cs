using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Membership.Statistics;

namespace PartyCommittee.Api.Membership;

/// <summary><c>/api/v1/statistics/membership</c>.</summary>
[EndpointTag("Statistics", "Membership statistics of a subtree as of any date, as in the committee's reports.")]
public sealed class StatisticsEndpoints : IEndpointGroup
{
        public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/statistics/membership", Membership)
            .WithTags("Statistics")
            .WithName("GetMembershipStatistics")
            .WithSummary("Membership statistics of an organisation subtree as of a date")
            .WithDescription("Organisations by type and unit kind; members by sex, ethnicity, status, age band, seniority band, education and political-theory level; elected bodies' composition; mass-organisation totals. organizationId defaults to the caller's scope, asOf to today. As of 2020-12-31 the demo data reproduces the seed report.")
            .RequireAuthorization(Policies.StatisticsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<MembershipStatistics>> Membership(Guid? organizationId, DateOnly? asOf, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMembershipStatisticsQuery(organizationId, asOf), cancellationToken));
}
