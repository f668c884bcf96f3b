using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Cards;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Badges;

namespace PartyCommittee.Application.Membership.Badges.ListEligible;

/// <summary>Who is due a badge in a round (by default the next round from today) in an organisation's subtree.</summary>
public sealed record ListBadgeEligibilityQuery(Guid? OrganizationId = null, DateOnly? RoundDate = null) : IQuery<BadgeEligibilityList>;

/// <summary>One member due a badge.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="FullName">The member's name.</param>
/// <param name="OrganizationId">The member's cell.</param>
/// <param name="OrganizationName">The cell's name.</param>
/// <param name="AdmissionDecisionDate">Seniority counts from it.</param>
/// <param name="Years">The badge due (the highest level reached on the round date, not yet awarded).</param>
/// <param name="SeniorityYears">The member's seniority on the round date.</param>
/// <param name="NewlyEligible">True when the level is reached since the previous round; false when an earlier round was missed.</param>
public sealed record BadgeEligibilityItem(
    Guid MemberId, string FullName, Guid OrganizationId, string OrganizationName, DateOnly AdmissionDecisionDate, int Years, int SeniorityYears, bool NewlyEligible);

/// <summary>The round, the rule set applied, counts by badge and the members due.</summary>
public sealed record BadgeEligibilityList(DateOnly RoundDate, DateOnly PreviousRoundDate, RuleSource RuleSet, IReadOnlyDictionary<string, int> CountsByYears, IReadOnlyList<BadgeEligibilityItem> Items);

public sealed class ListBadgeEligibilityValidator : AbstractValidator<ListBadgeEligibilityQuery>
{
    public ListBadgeEligibilityValidator()
    {
        RuleFor(q => q.RoundDate).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
    }
}

public sealed class ListBadgeEligibilityHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<BadgeRuleSet> badgeRules)
    : IQueryHandler<ListBadgeEligibilityQuery, BadgeEligibilityList>
{
    public async ValueTask<BadgeEligibilityList> Handle(ListBadgeEligibilityQuery query, CancellationToken cancellationToken)
    {
        var subtree = await scope.SubtreeAsync(query.OrganizationId, cancellationToken);
        var today = time.TodayInVietnam();
        var round = query.RoundDate ?? (badgeRules.TryInForceOn(today) ?? badgeRules.Versions[0]).NextRoundOnOrAfter(today);
        var rules = badgeRules.InForceOn(round);
        if (!rules.IsRound(round))
        {
            throw new DomainRuleException(
                "badge.round_date_invalid",
                "Badges are awarded in the yearly rounds.",
                RuleViolationKind.Unprocessable,
                string.Join(", ", rules.RoundsOf(round.Year).Select(d => d.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture))),
                rules.Source.Code);
        }

        // A necessary condition whatever the seniority correction: admitted at least the first level's years before.
        var admittedBy = round.AddYears(-rules.Levels.Min());
        var members = await db.Members.AsNoTracking()
            .Include(m => m.StatusHistory)
            .Where(m => m.Status == MemberStatus.Full && m.AdmissionDecisionDate <= admittedBy)
            .Where(m => subtree == null || subtree.Contains(m.OrganizationId))
            .ToListAsync(cancellationToken);
        var ids = members.Select(m => m.Id).ToList();
        var awarded = (await db.BadgeAwards.AsNoTracking().Where(a => ids.Contains(a.MemberId)).Select(a => new { a.MemberId, a.Years }).ToListAsync(cancellationToken))
            .ToLookup(a => a.MemberId, a => a.Years);
        var names = await db.Set<Domain.Organization.PartyOrganization>().AsNoTracking()
            .Where(o => members.Select(m => m.OrganizationId).Distinct().Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        var items = members
            .Select(m => (Member: m, Due: BadgeEligibility.DueIn(m, round, rules, [.. awarded[m.Id]])))
            .Where(x => x.Due is not null)
            .Select(x => new BadgeEligibilityItem(
                x.Member.Id, x.Member.FullName, x.Member.OrganizationId, names.GetValueOrDefault(x.Member.OrganizationId, string.Empty),
                x.Member.AdmissionDecisionDate, x.Due!.Years, x.Due.SeniorityYears, x.Due.NewlyEligible))
            .OrderByDescending(i => i.Years)
            .ThenBy(i => i.AdmissionDecisionDate)
            .ThenBy(i => i.FullName, StringComparer.Ordinal)
            .ToList();
        var counts = rules.Levels.ToDictionary(
            l => l.ToString(System.Globalization.CultureInfo.InvariantCulture), l => items.Count(i => i.Years == l), StringComparer.Ordinal);
        return new BadgeEligibilityList(round, rules.PreviousRoundBefore(round), rules.Source, counts, items);
    }
}
