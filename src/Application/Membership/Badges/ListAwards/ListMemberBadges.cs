using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Cards;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Badges;

namespace PartyCommittee.Application.Membership.Badges.ListAwards;

/// <summary>The badges awarded to a member, by years.</summary>
public sealed record ListMemberBadgesQuery(Guid MemberId) : IQuery<IReadOnlyList<BadgeAwardDto>>;

public sealed class ListMemberBadgesHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<BadgeRuleSet> rules)
    : IQueryHandler<ListMemberBadgesQuery, IReadOnlyList<BadgeAwardDto>>
{
    public async ValueTask<IReadOnlyList<BadgeAwardDto>> Handle(ListMemberBadgesQuery query, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, query.MemberId, cancellationToken, tracking: false);
        var awards = await db.BadgeAwards.AsNoTracking().Where(a => a.MemberId == member.Id).OrderBy(a => a.Years).ToListAsync(cancellationToken);
        return [.. awards.Select(a => BadgeAwardDto.From(a, rules))];
    }
}
