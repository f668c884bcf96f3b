using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Badges;
using PartyCommittee.Domain.Membership.Cards;

namespace PartyCommittee.Application.Membership.Cards;

/// <summary>
/// Cards and badges on the member's timeline: <c>card.issued</c> (first issue, reissue, exchange; a recorded card without
/// a date is not shown), <c>card.void</c>, <c>card.withdrawn</c>, <c>badge.awarded</c>.
/// </summary>
public sealed class CardTimelineSource(IAppDbContext db) : IMemberTimelineSource
{
    public const string SourceName = "cards";

    public async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var events = new List<TimelineEvent>();
        var cards = await db.PartyCards.AsNoTracking().Where(c => c.MemberId == memberId).ToListAsync(cancellationToken);
        foreach (var card in cards)
        {
            var details = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["cardId"] = card.Id.ToString(),
                ["number"] = card.Number,
                ["issue"] = WireFormat.Code(card.Issue),
            };
            if (card.IssuedOn is { } issued)
            {
                events.Add(new TimelineEvent(
                    issued, "card.issued", Messages.Format("card.timeline.issued", PartyCardLabels.Of(card.Issue).For(language), card.Number), card.DecisionNumber, details, SourceName));
            }

            if (card.EndedOn is { } ended && card.EndReason is { } reason)
            {
                events.Add(new TimelineEvent(
                    ended,
                    card.Status == PartyCardStatus.Withdrawn ? "card.withdrawn" : "card.void",
                    Messages.Format("card.timeline.ended", card.Number, $"{PartyCardLabels.Of(card.Status).For(language)} ({PartyCardLabels.Of(reason).For(language)})"),
                    null,
                    new Dictionary<string, string?>(details, StringComparer.Ordinal) { ["endReason"] = WireFormat.Code(reason) },
                    SourceName));
            }
        }

        var awards = await db.BadgeAwards.AsNoTracking().Where(a => a.MemberId == memberId).ToListAsync(cancellationToken);
        foreach (var award in awards)
        {
            events.Add(new TimelineEvent(
                award.RoundDate,
                "badge.awarded",
                Messages.Format("badge.timeline.awarded", award.Years, BadgeLabels.Of(award.Basis).For(language)),
                award.DecisionNumber,
                new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["awardId"] = award.Id.ToString(),
                    ["years"] = award.Years.ToString(CultureInfo.InvariantCulture),
                    ["basis"] = WireFormat.Code(award.Basis),
                    ["ruleSet"] = award.RuleSetCode,
                },
                SourceName));
        }

        return events;
    }
}
