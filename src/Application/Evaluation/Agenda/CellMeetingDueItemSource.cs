using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Agenda;

/// <summary>
/// The evaluation module's due items, for the months of the as-of year up to the as-of month: a cell without its
/// regular meeting in a month (REGULAR_MEETING, due the month's last day, under the meeting rule set in force then),
/// and a cell whose regular meeting was held but left members without their monthly review (MONTHLY_REVIEWS).
/// </summary>
internal sealed class CellMeetingDueItemSource(
    IAppDbContext db, IOrganizationScope scope, RuleBook<CellMeetingRuleSet> rules, MembershipStatisticsOptions countOptions) : IDueItemSource
{
    public async Task<IReadOnlyList<DueItemDto>> ListAsync(Guid? organizationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var subtree = await db.SubtreeOrEveryOrganizationAsync(scope, organizationId, cancellationToken);
        var calendar = await db.LoadAsync(new DateOnly(asOf.Year, 1, 1), new DateOnly(asOf.Year, 12, 31), cancellationToken);
        // Every month's cells counted at once (issue 12): the figures of ReviewCoverage.ForMonthAsync as counts, from the
        // dated counts when complete (ADR 0061). It used to read the subtree's whole roster once per month and match it
        // to every cell (12 × cells × members comparisons: 13 s of a 100k register's agenda).
        var months = await db.CountForYearAsync(subtree, asOf.Year, asOf, cancellationToken, fromDatedCounts: await db.ReadyAsync(countOptions, cancellationToken));
        // The due day, its working days left and the rule set once per month, not per cell.
        var byMonth = months.Select(m => m.Month).Distinct().ToDictionary(month => month, month =>
        {
            var due = new DateOnly(asOf.Year, month, 1).AddMonths(1).AddDays(-1);
            return (Due: due, Left: calendar.WorkingDaysLeft(asOf, due), RuleSet: rules.TryInForceOn(due) is { } rule
                ? new DueItemRuleSetDto(rule.Source.Code, rule.Source.Source, rule.Source.EffectiveFrom)
                : null);
        });
        var items = new List<DueItemDto>();
        foreach (var cell in months)
        {
            var month = cell.Month;
            var (due, left, ruleSet) = byMonth[month];
            if (ruleSet is null)
            {
                continue;
            }

            var label = $"{cell.CellName} ({asOf.Year:0000}-{month:00})";
            if (cell.RegularMeetingOn is null)
            {
                items.Add(new DueItemDto(
                    "Evaluation", "CELL_MEETINGS", "REGULAR_MEETING", cell.CellId, new DueItemSubjectDto("PARTY_CELL", cell.CellId, label), due, left, due < asOf, ruleSet));
            }
            else if (cell.Missing > 0)
            {
                items.Add(new DueItemDto(
                    "Evaluation", "CELL_MEETINGS", "MONTHLY_REVIEWS", cell.CellId,
                    new DueItemSubjectDto("PARTY_CELL", cell.CellId, $"{label}: {cell.Missing}/{cell.Expected}"), due, left, due < asOf, ruleSet));
            }
        }

        return items;
    }
}
