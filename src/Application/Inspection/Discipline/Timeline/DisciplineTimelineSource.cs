using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Discipline.Timeline;

/// <summary>Disciplinary actions against the member as timeline events: <c>discipline.proposed</c> and <c>discipline.decided</c>.</summary>
public sealed class DisciplineTimelineSource(IAppDbContext db) : IMemberTimelineSource
{
    public const string SourceName = "discipline";

    public async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var actions = await db.DisciplinaryActions.AsNoTracking().Where(a => a.MemberId == memberId).OrderBy(a => a.ProposedOn).ToListAsync(cancellationToken);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var events = new List<TimelineEvent>();
        foreach (var action in actions)
        {
            var details = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["disciplinaryActionId"] = action.Id.ToString(),
                ["form"] = WireFormat.Code(action.Form),
                ["body"] = WireFormat.Code(action.Body),
                ["violation"] = action.Violation,
                ["ruleSet"] = action.RuleSetCode,
            };
            var form = DisciplineLabels.Of(action.Form).For(language);
            events.Add(new TimelineEvent(action.ProposedOn, Kind("proposed"), Messages.Format("discipline.timeline.proposed", form), null, details, SourceName));
            if (action.DecidedOn is { } decided)
            {
                events.Add(new TimelineEvent(
                    decided,
                    Kind("decided"),
                    Messages.Format("discipline.timeline.decided", form),
                    action.DecisionNumber,
                    new Dictionary<string, string?>(details, StringComparer.Ordinal) { ["appealDueOn"] = action.AppealDueOn is { } due ? WireFormat.Date(due) : null },
                    SourceName));
            }
        }

        return events;
    }

    /// <summary>The event kind of a step: <c>discipline.proposed</c>, <c>discipline.decided</c>.</summary>
    private static string Kind(string step) => SourceName + "." + step;
}
