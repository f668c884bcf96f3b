using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.Timeline;

/// <summary>
/// The member record's own dated events besides status and cell: exemptions, reductions and suspensions (start and end),
/// the re-admission, corrections of name or date of birth by decision, and periods not counted in seniority.
/// A corrected date of birth is not shown in the timeline (it is personal data): the correction lists it, masked by role.
/// </summary>
public sealed class MemberRecordTimelineSource(IAppDbContext db) : IMemberTimelineSource
{
    private const string Source = "membership";

    public async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Include(m => m.Corrections).FirstAsync(m => m.Id == memberId, cancellationToken);
        var english = Messages.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        string Text(Domain.Common.BilingualLabel label) => english ? label.En : label.Vi;
        var events = new List<TimelineEvent>();

        foreach (var c in member.Conditions)
        {
            var kind = MembershipLabels.Of(c.Kind);
            var details = new Dictionary<string, string?>
            {
                ["conditionId"] = c.Id.ToString(),
                ["kind"] = c.Kind.ToString(),
                ["ground"] = c.Ground?.ToString(),
                ["endsOn"] = c.EndsOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["reason"] = c.Reason,
            };
            events.Add(new(c.StartsOn, "membership.condition_started", Messages.Format("timeline.condition", Text(kind)), c.DecisionNumber, details, Source));
            if (c.EndsOn is { } end)
            {
                events.Add(new(end, "membership.condition_ended", Messages.Format("timeline.condition_ended", Text(kind)), c.EndDecisionNumber, details, Source));
            }
        }

        if (member.ReadmissionDecisionDate is { } readmitted)
        {
            events.Add(new(readmitted, "membership.readmission", Messages.Format("timeline.readmission"), member.ReadmissionDecisionNumber, new Dictionary<string, string?>(), Source));
        }

        foreach (var c in member.Corrections)
        {
            var shown = c.Field == CorrectedField.FullName;
            events.Add(new(
                c.DecisionDate,
                "membership.correction",
                Messages.Format("timeline.correction", c.Field == CorrectedField.FullName ? (english ? "name" : "họ tên") : (english ? "date of birth" : "ngày sinh"), shown ? c.OldValue : "…", shown ? c.NewValue : "…"),
                c.DecisionNumber,
                new Dictionary<string, string?> { ["field"] = c.Field.ToString(), ["issuer"] = c.DecisionIssuer },
                Source));
        }

        foreach (var g in member.SeniorityGaps)
        {
            events.Add(new(
                g.StartsOn,
                "membership.seniority_gap",
                Messages.Format("timeline.seniority_gap", Text(MembershipLabels.Of(g.Reason))),
                g.DocumentNumber,
                new Dictionary<string, string?> { ["reason"] = g.Reason.ToString(), ["endsOn"] = g.EndsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["inForce"] = g.IsInForce ? "true" : "false" },
                Source));
            if (g.EndedByDecisionDate is { } endedOn)
            {
                events.Add(new(
                    endedOn,
                    g.IsWithdrawn ? "membership.seniority_gap_withdrawn" : "membership.seniority_gap_amended",
                    Messages.Format(g.IsWithdrawn ? "timeline.seniority_gap_withdrawn" : "timeline.seniority_gap_amended", g.EndReason ?? string.Empty),
                    g.EndedByDecisionNumber,
                    new Dictionary<string, string?> { ["gapId"] = g.Id.ToString(), ["replacedByGapId"] = g.ReplacedByGapId?.ToString() },
                    Source));
            }
        }

        return events;
    }
}
