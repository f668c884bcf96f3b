using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Badges;

namespace PartyCommittee.Application.Membership.Badges;

/// <summary>A badge awarded to a member, and the rule set applied (none for a recorded historical award).</summary>
public sealed record BadgeAwardDto(
    Guid Id,
    Guid MemberId,
    int Years,
    DateOnly RoundDate,
    DateOnly? DecisionDate,
    string? DecisionNumber,
    BadgeBasis Basis,
    BilingualLabel BasisLabel,
    RuleSource? RuleSet,
    long Version) : IVersioned
{
    public static BadgeAwardDto From(BadgeAward a, RuleBook<BadgeRuleSet> rules) => new(
        a.Id, a.MemberId, a.Years, a.RoundDate, a.DecisionDate, a.DecisionNumber, a.Basis, BadgeLabels.Of(a.Basis), rules.Find(a.RuleSetCode)?.Source, a.Version);
}
