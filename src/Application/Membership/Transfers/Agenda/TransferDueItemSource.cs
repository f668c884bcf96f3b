using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Transfers.Agenda;

/// <summary>
/// The transfers' due items on the agenda (source <c>TRANSFERS</c>):
/// <list type="bullet">
/// <item><c>PRESENTATION</c>: an official transfer sent and not yet received, due on its presentation deadline (working
/// days from the letter's date), for the receiving side (the sending cell when the receiving organisation is outside);</item>
/// <item><c>TEMPORARY_END</c>: a received temporary transfer, due on its last day (return, extension or conversion),
/// for the home cell.</item>
/// </list>
/// Late starts are not due items (the transfer is already started): they are listed by <c>GET /transfers?late=true</c>.
/// </summary>
internal sealed class TransferDueItemSource(IAppDbContext db, IOrganizationScope scope, RuleBook<TransferRuleSet> rules) : IDueItemSource
{
    public const string SourceName = "TRANSFERS";

    public async Task<IReadOnlyList<DueItemDto>> ListAsync(Guid? organizationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, organizationId, cancellationToken);
        var transfers = await (await db.Transfers.AsNoTracking().TouchingAsync(db, organizations, cancellationToken))
            .Where(t => (t.Kind == TransferKind.Official && t.Status == TransferStatus.Sent && t.ConvertedOn == null)
                || (t.Kind == TransferKind.Temporary && t.Status == TransferStatus.Received))
            .ToListAsync(cancellationToken);
        if (transfers.Count == 0)
        {
            return [];
        }

        var memberIds = transfers.Select(t => t.MemberId).Distinct().ToList();
        var names = await db.MemberNamesAsync(memberIds, cancellationToken);
        var from = transfers.Select(t => t.SentOn ?? t.RequestedOn).Append(asOf).Min();
        var calendar = await db.CalendarFromAsync(from.AddDays(-1), cancellationToken);

        var items = new List<DueItemDto>();
        foreach (var transfer in transfers)
        {
            var ruleSet = transfer.GoverningRules(rules).Source;
            DateOnly due;
            string kind;
            Guid organization;
            if (transfer.Kind == TransferKind.Official)
            {
                due = transfer.Deadline(calendar, asOf, rules)!.DueOn;
                kind = "PRESENTATION";
                organization = (transfer.ToOrganizationId ?? transfer.FromOrganizationId)!.Value;
            }
            else
            {
                due = transfer.TemporaryUntil!.Value;
                kind = "TEMPORARY_END";
                organization = (transfer.FromOrganizationId ?? transfer.ToOrganizationId)!.Value;
            }

            if (organizations is not null && !organizations.Contains(organization))
            {
                // Listed for the side that must act; the other side sees the transfer in its list, not on its agenda.
                continue;
            }

            items.Add(new DueItemDto(
                "Membership",
                SourceName,
                kind,
                organization,
                new DueItemSubjectDto("TRANSFER", transfer.Id, names.GetValueOrDefault(transfer.MemberId) ?? string.Empty),
                due,
                calendar.WorkingDaysLeft(asOf, due),
                asOf > due,
                new DueItemRuleSetDto(ruleSet.Code, ruleSet.Source, ruleSet.EffectiveFrom)));
        }

        return items;
    }
}
