using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Guests.GetGuest;

public sealed record GetGuestQuery(Guid Id) : IQuery<GuestDto>;

public sealed class GetGuestHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<TransferRuleSet> rules)
    : IQueryHandler<GetGuestQuery, GuestDto>
{
    public async ValueTask<GuestDto> Handle(GetGuestQuery query, CancellationToken cancellationToken)
    {
        var guest = await db.LoadGuestInScopeAsync(scope, query.Id, tracking: false, cancellationToken);
        return await db.ToDtoAsync(guest, rules, cancellationToken);
    }
}
