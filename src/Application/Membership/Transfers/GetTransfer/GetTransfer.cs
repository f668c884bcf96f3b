using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Transfers.GetTransfer;

public sealed record GetTransferQuery(Guid Id) : IQuery<TransferDto>;

public sealed class GetTransferHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : IQueryHandler<GetTransferQuery, TransferDto>
{
    public async ValueTask<TransferDto> Handle(GetTransferQuery query, CancellationToken cancellationToken)
    {
        var transfer = await db.LoadTransferInScopeAsync(scope, query.Id, tracking: false, cancellationToken);
        return await db.ToDtoAsync(transfer, time.TodayInVietnam(), rules, cancellationToken);
    }
}
