using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Dues.Arrears;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Application.Inspection.Dues.Agenda;

/// <summary>
/// Dues in arrears on the agenda (source <c>DUES_ARREARS</c>, kind <c>ARREARS</c>): per member, the months of the as-of
/// year that ended before the as-of day with less paid than due and no legitimate reason. Dues are paid monthly
/// (Điều lệ Đảng Điều 8; Quyết định 342-QĐ/TW, Quy định 01-QĐ/TW 2026), so the item is due on the last day of the
/// oldest such month and is always overdue; the cell collects. A member with the months that lead to a removal
/// review is also listed by <see cref="DuesDueItemSource"/>: a different action, by the cell too.
/// </summary>
internal sealed class DuesArrearsItemSource(IAppDbContext db, IOrganizationScope scope, RuleBook<DuesRuleSet> rules, DuesOptions options) : IDueItemSource
{
    public async Task<IReadOnlyList<DueItemDto>> ListAsync(Guid? organizationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, organizationId, cancellationToken);
        return await ItemsAsync(PerMember(db, organizations, asOf), asOf, cancellationToken);
    }

    /// <summary>
    /// The members counted per oldest month (at most twelve rows, no name read), then only the members of the months the
    /// first <paramref name="count"/> items fall in listed with their names. A page of the committee's agenda no longer
    /// reads every member in arrears (issue 12).
    /// </summary>
    public async Task<DueItemSlice> FirstAsync(Guid? organizationId, DateOnly asOf, int count, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, organizationId, cancellationToken);
        var perMonth = await PerOldestMonth(db, organizations, asOf).ToListAsync(cancellationToken);
        // The months in order until they hold the count: the items are in due-date order; a month's members share its date.
        DateOnly? through = null;
        var listed = 0;
        foreach (var month in perMonth.OrderBy(m => m.Month))
        {
            if (listed >= count)
            {
                break;
            }

            through = month.Month;
            listed += month.Members;
        }

        if (through is not { } last)
        {
            return new DueItemSlice(perMonth.Sum(m => m.Members), []);
        }

        if (count > options.AgendaChosenMembersAtMost)
        {
            // A deep page: the months the slice falls in, listed whole with their names (looking thousands of members'
            // years up one by one costs more than grouping the year once).
            var whole = await ItemsAsync(PerMember(db, organizations, asOf, oldestThrough: last), asOf, cancellationToken);
            return new DueItemSlice(perMonth.Sum(m => m.Members), [.. whole.Order(DueItemOrder.Instance).Take(count)]);
        }

        // The slice's members from the lines of its months alone (a member's oldest month is at most the last one exactly
        // when he owes in one of them), in the agenda's order within the source (due date, then name ordinal and id);
        // only theirs then summed over the year for the cell of their latest month (issue 12: it grouped the whole year's
        // lines in arrears a second time and built an item for each member of the months).
        var candidates = await Candidates(db, organizations, asOf, last).ToListAsync(cancellationToken);
        var chosen = candidates
            .OrderBy(c => c.Oldest).ThenBy(c => c.FullName, StringComparer.Ordinal).ThenBy(c => c.MemberId)
            .Take(count)
            .Select(c => c.MemberId)
            .ToList();
        var items = await ItemsAsync(PerMember(db, organizations, asOf, members: chosen), asOf, cancellationToken);
        return new DueItemSlice(perMonth.Sum(m => m.Members), [.. items.Order(DueItemOrder.Instance)]);
    }

    private async Task<IReadOnlyList<DueItemDto>> ItemsAsync(IQueryable<ArrearsMember> query, DateOnly asOf, CancellationToken cancellationToken)
    {
        var grouped = await query.ToListAsync(cancellationToken);
        if (grouped.Count == 0)
        {
            return [];
        }

        var members = grouped
            .Select(m => (m.MemberId, m.Oldest, OrganizationId: DuesYears.CellOfLatest(m.Latest), m.FullName))
            .OrderBy(m => m.Oldest).ThenBy(m => m.MemberId)
            .ToList();
        var calendar = await db.LoadAsync(members.Min(m => m.Oldest).AddMonths(1).AddDays(-1), asOf, cancellationToken);
        // An item per member, but at most twelve oldest months: the working days left and the rule set once per month
        // (counting the working days per item walked up to a year of days for each of ~50k members at 100k).
        var byMonth = members.Select(m => m.Oldest).Distinct().ToDictionary(month => month, month =>
        {
            var due = month.AddMonths(1).AddDays(-1);
            var ruleSet = rules.TryInForceOn(month) ?? rules.Versions[0];
            return (Due: due, Left: calendar.WorkingDaysLeft(asOf, due), RuleSet: new DueItemRuleSetDto(ruleSet.Source.Code, ruleSet.Source.Source, ruleSet.Source.EffectiveFrom));
        });
        return [.. members.Select(m =>
        {
            var (due, left, ruleSet) = byMonth[m.Oldest];
            return new DueItemDto(
                "Inspection", "DUES_ARREARS", "ARREARS", m.OrganizationId, new DueItemSubjectDto("MEMBER", m.MemberId, m.FullName), due, left, true, ruleSet);
        })];
    }

    /// <summary>The members in arrears counted per oldest month in arrears (no names read).</summary>
    internal static IQueryable<MonthCount> PerOldestMonth(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, DateOnly asOf) =>
        Grouped(db, organizations, asOf).GroupBy(g => g.Oldest).Select(g => new MonthCount(g.Key, g.Count()));

    /// <summary>
    /// One row per member with months in arrears of the as-of year before its month (only those whose oldest such month
    /// is <paramref name="oldestThrough"/> or before, when given; only <paramref name="members"/>, when given), grouped by
    /// the database, with his name (issue 12: it used to return every line in arrears and look the names up by a list of
    /// every member's id).
    /// </summary>
    internal static IQueryable<ArrearsMember> PerMember(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, DateOnly asOf, DateOnly? oldestThrough = null, List<Guid>? members = null)
    {
        var grouped = Grouped(db, organizations, asOf, members: members);
        if (oldestThrough is { } through)
        {
            grouped = grouped.Where(g => g.Oldest <= through);
        }

        return from g in grouped
               join m in db.Members.AsNoTracking() on g.MemberId equals m.Id
               select new ArrearsMember(g.MemberId, g.Oldest, g.Latest, m.FullName);
    }

    /// <summary>
    /// The members whose oldest month in arrears is <paramref name="through"/> or before, with that month and their name,
    /// found from the lines of those months alone.
    /// </summary>
    internal static IQueryable<Candidate> Candidates(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, DateOnly asOf, DateOnly through) =>
        from g in Grouped(db, organizations, asOf, through)
        join m in db.Members.AsNoTracking() on g.MemberId equals m.Id
        select new Candidate(g.MemberId, g.Oldest, m.FullName);

    /// <summary>
    /// Per member: his oldest month in arrears and his latest month's cell (as <see cref="DuesYears"/> names it), from
    /// his lines in arrears of the months before the as-of month (through <paramref name="through"/> only, when given;
    /// only those of <paramref name="members"/>, when given). The lines in arrears are read from their partial indexes
    /// alone (<c>Arrears &gt; 0</c>, ADR 0066; the whole register's in member order, ADR 0105), not among every line of
    /// the year.
    /// </summary>
    private static IQueryable<ArrearsGroup> Grouped(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, DateOnly asOf, DateOnly? through = null, List<Guid>? members = null)
    {
        var first = new DateOnly(asOf.Year, 1, 1);
        var current = DuesRuleSet.MonthOf(asOf);
        var end = through is { } last && last < current ? last.AddDays(1) : current;
        var rows = from l in DuesYears.ArrearsLines(db, organizations, first, end)
                   where !l.Excused
                   select new { l.MemberId, l.OrganizationId, l.Month };
        if (members is not null)
        {
            rows = rows.Where(r => members.Contains(r.MemberId));
        }

        return rows.GroupBy(r => r.MemberId).Select(g => new ArrearsGroup
        {
            MemberId = g.Key,
            Oldest = g.Min(r => r.Month),
            Latest = g.Max(r => r.Month.ToString() + r.OrganizationId.ToString())!,
        });
    }

    /// <summary>A member in arrears: his oldest month in arrears, the greatest "month + cell" of those months, his name.</summary>
    internal sealed record ArrearsMember(Guid MemberId, DateOnly Oldest, string Latest, string FullName);

    /// <summary>A member whose oldest month in arrears is <paramref name="Oldest"/>, with his name.</summary>
    internal sealed record Candidate(Guid MemberId, DateOnly Oldest, string FullName);

    /// <summary>How many members' oldest month in arrears is <paramref name="Month"/>.</summary>
    internal sealed record MonthCount(DateOnly Month, int Members);

    // Member-initialised (not positional) so that the database can compose over it.
    private sealed class ArrearsGroup
    {
        public Guid MemberId { get; init; }

        public DateOnly Oldest { get; init; }

        public string Latest { get; init; } = string.Empty;
    }
}
