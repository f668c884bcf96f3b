using Mediator;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Abstractions;

namespace PartyCommittee.Application.Membership.Cards.ListCards;

/// <summary>A member's card register.</summary>
public sealed record GetCardRegisterQuery(Guid MemberId) : IQuery<PartyCardRegisterDto>;

public sealed class GetCardRegisterHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<GetCardRegisterQuery, PartyCardRegisterDto>
{
    public async ValueTask<PartyCardRegisterDto> Handle(GetCardRegisterQuery query, CancellationToken cancellationToken) =>
        PartyCardRegisterDto.From(await db.LoadMemberWithCardsAsync(scope, query.MemberId, cancellationToken, tracking: false));
}
