using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections.GetElection;

/// <summary>One election record with its lists, count and result.</summary>
public sealed record GetElectionQuery(Guid Id) : IQuery<ElectionDto>;

public sealed class GetElectionHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<ElectionRuleSet> rules, ElectionOptions options)
    : IQueryHandler<GetElectionQuery, ElectionDto>
{
    public async ValueTask<ElectionDto> Handle(GetElectionQuery query, CancellationToken cancellationToken)
    {
        var election = await db.LoadElectionInScopeAsync(scope, query.Id, tracking: false, cancellationToken);
        return await db.ViewAsync(election, rules, options.Quorum, cancellationToken);
    }
}
