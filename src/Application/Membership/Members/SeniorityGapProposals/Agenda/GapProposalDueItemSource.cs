using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Membership.Members.SeniorityGapProposals.Agenda;

/// <summary>
/// The proposed interruptions between transfers on the agenda (source <c>SENIORITY_GAP_PROPOSALS</c>, kind
/// <c>GAP_DECISION</c>): every proposal still PROPOSED (the office's queue, <c>GET /seniority-gap-proposals</c>) is an
/// item to decide for the party committee of the member's organisation (the nearest PARTY_COMMITTEE at or above the
/// member's cell: the committee's decision confirms the gap), listed when that committee is in the requested subtree and
/// the member is in the caller's scope. Confirming or dismissing the proposal removes the item.
/// <para>No text fixes a deadline for the answer: the item's <c>dueDate</c> is the day the member presented the letter
/// (the day the interruption became known), it is never <c>overdue</c>, and <c>workingDaysLeft</c> (zero or negative)
/// shows how long the proposal has waited. The rule set is the transfer rule set the proposal was computed under.</para>
/// </summary>
internal sealed class GapProposalDueItemSource(
    IAppDbContext db, IOrganizationScope scope, IWorkingDayCalendarSource calendars, RuleBook<TransferRuleSet> rules) : IDueItemSource
{
    public const string SourceName = "SENIORITY_GAP_PROPOSALS";

    public const string KindName = "GAP_DECISION";

    public async Task<IReadOnlyList<DueItemDto>> ListAsync(Guid? organizationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, organizationId, cancellationToken);
        var rows = await db.PendingOfMembersAsync(rules, organizations, asOf, cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var pending = rows
            .Select(r => (Row: r, Proposal: r.Transfer.PendingInterruption(calendar, rules)))
            .Where(x => x.Proposal is not null)
            .ToList();
        if (pending.Count == 0)
        {
            return [];
        }

        var tree = await db.Set<PartyOrganization>().AsNoTracking()
            .Select(o => new { o.Id, o.ParentId, o.Type })
            .ToDictionaryAsync(o => o.Id, cancellationToken);

        Guid CommitteeOf(Guid id)
        {
            var current = id;
            while (tree.TryGetValue(current, out var node))
            {
                if (node.Type == OrganizationType.PartyCommittee || node.ParentId is null)
                {
                    return node.Id;
                }

                current = node.ParentId.Value;
            }

            return id;
        }

        var items = new List<DueItemDto>();
        foreach (var (row, proposal) in pending)
        {
            var committee = CommitteeOf(row.OrganizationId);
            if (organizations is not null && !organizations.Contains(committee))
            {
                // The committee decides: a cell's own agenda does not list it (the queue does).
                continue;
            }

            var due = row.Transfer.ReceivedOn!.Value;
            var ruleSet = proposal!.RuleSet;
            items.Add(new DueItemDto(
                "Membership",
                SourceName,
                KindName,
                committee,
                new DueItemSubjectDto("TRANSFER", row.Transfer.Id, row.FullName),
                due,
                Math.Min(0, calendar.WorkingDaysLeft(asOf, due)),
                false,
                new DueItemRuleSetDto(ruleSet.Code, ruleSet.Source, ruleSet.EffectiveFrom)));
        }

        return items;
    }
}
