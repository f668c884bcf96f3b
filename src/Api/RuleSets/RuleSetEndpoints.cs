using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.RuleSets.ListRuleSets;

namespace PartyCommittee.Api.RuleSets;

/// <summary><c>/api/v1/rule-sets</c>: the versioned rules the API applies, read-only.</summary>
[EndpointTag("Rule sets", "The versioned rule sets the API applies (regulations, their dates and parameters), read-only.")]
public sealed class RuleSetEndpoints : IEndpointGroup
{
        public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/rule-sets", List)
            .WithTags("Rule sets")
            .WithName("ListRuleSets")
            .WithSummary("The rule sets the API applies")
            .WithDescription("Every version of every kind of versioned rules (admission, transfers, ...): the module, the kind, the code that responses name when they apply it, the source document and its date, the days it is in force from and until, and its parameters. Filter by module, kind, or the versions in force on a date (inForceOn, yyyy-MM-dd).")
            .RequireAuthorization(Policies.ReferenceRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);
    }

    private static async Task<Ok<IReadOnlyList<RuleSetDto>>> List(ISender sender, string? module, string? kind, DateOnly? inForceOn, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListRuleSetsQuery(module, kind, inForceOn), cancellationToken));
}
