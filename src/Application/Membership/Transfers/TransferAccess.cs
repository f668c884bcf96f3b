using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Transfers;

/// <summary>
/// Scope, loading and presentation shared by the transfer use cases. A transfer is in the caller's scope when the
/// member's home cell, the cell it was sent from or the receiving cell lies in the caller's subtree.
/// </summary>
internal static class TransferAccess
{
    /// <summary>Loads a transfer; 404 when it does not exist or is outside the caller's scope.</summary>
    public static async Task<Transfer> LoadTransferInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.Transfers : db.Transfers.AsNoTracking();
        var transfer = await query.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (transfer is null || !await db.CoversAsync(scope, transfer, cancellationToken))
        {
            throw new NotFoundException("transfer.not_found", "Transfer", id);
        }

        return transfer;
    }

    /// <summary>
    /// The sending side records the sending: the organisation the member leaves (for an incoming transfer, whose
    /// letter comes from outside the committee, the receiving one). A caller who sees the transfer only from the other
    /// side gets 403 <c>transfer.sending_side_only</c>.
    /// </summary>
    public static Task EnsureSendingSideAsync(this IOrganizationScope scope, Transfer transfer, CancellationToken cancellationToken) =>
        EnsureSideAsync(scope, transfer.FromOrganizationId ?? transfer.ToOrganizationId, "transfer.sending_side_only", cancellationToken);

    /// <summary>
    /// The receiving side records the receipt: the organisation the member joins (for an outgoing transfer, whose
    /// receiving organisation is outside the committee, the sending one). Otherwise 403 <c>transfer.receiving_side_only</c>.
    /// </summary>
    public static Task EnsureReceivingSideAsync(this IOrganizationScope scope, Transfer transfer, CancellationToken cancellationToken) =>
        EnsureSideAsync(scope, transfer.ToOrganizationId ?? transfer.FromOrganizationId, "transfer.receiving_side_only", cancellationToken);

    private static async Task EnsureSideAsync(IOrganizationScope scope, Guid? side, string code, CancellationToken cancellationToken)
    {
        if (side is { } organizationId && !await scope.CoversAsync(organizationId, cancellationToken))
        {
            throw new ForbiddenException(code, "This step of the transfer is recorded by the other side.");
        }
    }

    /// <summary>Loads the member with its history in date order, ready for a change.</summary>
    public static Task<PartyMember> LoadMemberForChangeAsync(this IAppDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        db.Members
            .Include(m => m.StatusHistory.OrderBy(p => p.StartsOn))
            .Include(m => m.Placements.OrderBy(p => p.StartsOn))
            .FirstAsync(m => m.Id == memberId, cancellationToken);

    /// <summary>
    /// A subtree of at most this share of the register's organisations (1 in <c>SmallSubtreeShare</c>) finds its transfers
    /// through the indexes (sending cell, receiving cell, its members' transfers); a larger one tests every transfer.
    /// </summary>
    /// <remarks>
    /// Measured on the 1M-member benchmark register with 200,000 transfers (4,021 organisations; session 50,
    /// <c>bench/results/20261205T1630Z-s50-transfers-of-a-subtree.md</c>): through the indexes 0.02 s for a cell and 0.16 s
    /// for 50 cells, against 1.1-1.4 s for testing every transfer; at 500 cells 1.5 s against 1.1 s (the subtree's
    /// 125,000 members each looked up in the transfers by member).
    /// </remarks>
    internal const int SmallSubtreeShare = 10;

    /// <summary>
    /// Restricts transfers to those touching one of <paramref name="organizationIds"/> (null or every organisation: no
    /// restriction): sent from it, sent to it, or of a member whose cell it is. A small subtree (<see cref="SmallSubtreeShare"/>)
    /// takes the transfers' identifiers from three index ranges; otherwise each transfer is tested (an <c>OR</c> over the
    /// three, which SQLite answers by reading every transfer and looking its member up).
    /// </summary>
    public static async Task<IQueryable<Transfer>> TouchingAsync(
        this IQueryable<Transfer> transfers, IAppDbContext db, IReadOnlyCollection<Guid>? organizationIds, CancellationToken cancellationToken)
    {
        if (organizationIds is null)
        {
            return transfers;
        }

        var ids = organizationIds.Distinct().ToList();
        var organizations = ids.Count > 1 ? await db.Organizations.CountAsync(cancellationToken) : int.MaxValue;
        if (OrganizationHistory.EveryOrganizationAsNull(ids, organizations) is null)
        {
            return transfers; // every organisation (ADR 0071): the same rows without a list to test
        }

        return (long)ids.Count * SmallSubtreeShare > organizations ? transfers.TouchingEach(db, ids) : transfers.TouchingThroughIndexes(db, ids);
    }

    /// <summary>Each transfer tested: sent from, sent to, or of a member of one of <paramref name="ids"/>.</summary>
    internal static IQueryable<Transfer> TouchingEach(this IQueryable<Transfer> transfers, IAppDbContext db, List<Guid> ids)
    {
        var members = db.Members; // an extension property cannot appear inside the expression tree
        return transfers.Where(t =>
            (t.FromOrganizationId != null && ids.Contains(t.FromOrganizationId.Value))
            || (t.ToOrganizationId != null && ids.Contains(t.ToOrganizationId.Value))
            || members.Any(m => m.Id == t.MemberId && ids.Contains(m.OrganizationId)));
    }

    /// <summary>The same transfers as <see cref="TouchingEach"/>, their identifiers taken from three index ranges.</summary>
    internal static IQueryable<Transfer> TouchingThroughIndexes(this IQueryable<Transfer> transfers, IAppDbContext db, List<Guid> ids)
    {
        var all = db.Transfers;
        var touching = all.Where(t => t.FromOrganizationId != null && ids.Contains(t.FromOrganizationId.Value)).Select(t => t.Id)
            .Concat(all.Where(t => t.ToOrganizationId != null && ids.Contains(t.ToOrganizationId.Value)).Select(t => t.Id))
            .Concat(db.Members.Where(m => ids.Contains(m.OrganizationId)).Join(all, m => m.Id, t => t.MemberId, (m, t) => t.Id));
        return transfers.Where(t => touching.Contains(t.Id));
    }

    /// <summary>The working-day calendar with the public holidays on or after <paramref name="from"/>.</summary>
    public static async Task<WorkingDayCalendar> CalendarFromAsync(this IAppDbContext db, DateOnly? from, CancellationToken cancellationToken)
    {
        if (from is not { } start)
        {
            return new WorkingDayCalendar(new HashSet<DateOnly>());
        }

        return await db.WorkingDayCalendarAsync(null, cancellationToken);
    }

    public static async Task<TransferDto> ToDtoAsync(
        this IAppDbContext db, Transfer transfer, DateOnly today, RuleBook<TransferRuleSet> rules, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync([transfer], today, rules, cancellationToken))[0];

    /// <summary>Maps transfers with their member and organisation names and their presentation deadlines.</summary>
    public static async Task<IReadOnlyList<TransferDto>> ToDtosAsync(
        this IAppDbContext db, IReadOnlyList<Transfer> transfers, DateOnly today, RuleBook<TransferRuleSet> rules, CancellationToken cancellationToken)
    {
        if (transfers.Count == 0)
        {
            return [];
        }

        var memberIds = transfers.Select(t => t.MemberId).Distinct().ToList();
        var memberNames = await db.MemberNamesAsync(memberIds, cancellationToken);

        var organizationNames = await db.OrganizationNamesAsync(transfers, cancellationToken);
        var calendar = await db.CalendarFromAsync(transfers.SelectMany(t => new[] { t.CauseOn, t.SentOn }).Min(), cancellationToken);
        return transfers
            .Select(t => TransferDto.From(t, memberNames.GetValueOrDefault(t.MemberId) ?? string.Empty, organizationNames, calendar, today, rules))
            .ToList();
    }

    public static async Task<IReadOnlyDictionary<Guid, string>> OrganizationNamesAsync(
        this IAppDbContext db, IEnumerable<Transfer> transfers, CancellationToken cancellationToken) =>
        await db.OrganizationNamesAsync(transfers.SelectMany(t => new[] { t.FromOrganizationId, t.ToOrganizationId }).OfType<Guid>(), cancellationToken);

    private static async Task<bool> CoversAsync(this IAppDbContext db, IOrganizationScope scope, Transfer transfer, CancellationToken cancellationToken)
    {
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        if (prefix is null)
        {
            return true;
        }

        var memberCell = await db.Members.AsNoTracking().Where(m => m.Id == transfer.MemberId).Select(m => m.OrganizationId).FirstAsync(cancellationToken);
        var ids = new[] { memberCell, transfer.FromOrganizationId, transfer.ToOrganizationId }.OfType<Guid>().Distinct().ToList();
        return await db.Organizations.AsNoTracking().AnyAsync(o => ids.Contains(o.Id) && o.Path.StartsWith(prefix), cancellationToken);
    }
}
