using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Application.Inspection.Dues.Arrears;

/// <summary>A member's dues over a year.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="MemberName">His full name.</param>
/// <param name="OrganizationId">The cell of his latest sheet of the year.</param>
/// <param name="Months">Months he is on a sheet.</param>
/// <param name="Due">Sum due.</param>
/// <param name="Paid">Sum paid.</param>
/// <param name="Arrears">Sum of what each month still owes.</param>
/// <param name="MonthsUnpaidWithoutReason">Months with something due, nothing paid and no legitimate reason.</param>
/// <param name="UnpaidMonths">Those months (first days).</param>
public sealed record MemberDuesYearDto(
    Guid MemberId, string MemberName, Guid OrganizationId, int Months, long Due, long Paid, long Arrears, int MonthsUnpaidWithoutReason, IReadOnlyList<DateOnly> UnpaidMonths);

/// <summary>
/// Members of the subtree with arrears in <see cref="Year"/> (every member on a sheet when <see cref="OnlyInArrears"/> is
/// false), or, with <see cref="OnlyForRemovalReview"/>, those with at least the rule set's number of months without dues
/// and without reason (3: Điều lệ Đảng Điều 8 khoản 2), whom the cell considers for removal of the name. Every member at
/// once, in name order, read from the database as the response is written (<see cref="DuesYears.StreamAsync"/>).
/// </summary>
public sealed record ListDuesArrearsQuery(Guid? OrganizationId, int Year, bool OnlyInArrears = true, bool OnlyForRemovalReview = false)
    : IQuery<IAsyncEnumerable<MemberDuesYearDto>>;

public sealed class ListDuesArrearsValidator : AbstractValidator<ListDuesArrearsQuery>
{
    public ListDuesArrearsValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
    }
}

public sealed class ListDuesArrearsHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<DuesRuleSet> rules)
    : IQueryHandler<ListDuesArrearsQuery, IAsyncEnumerable<MemberDuesYearDto>>
{
    /// <summary>The scope is checked here (an organisation outside it is 404 before anything is written); the rows are read as they are consumed.</summary>
    public async ValueTask<IAsyncEnumerable<MemberDuesYearDto>> Handle(ListDuesArrearsQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var which = query.OnlyForRemovalReview ? DuesYears.Members.ForRemovalReview : query.OnlyInArrears ? DuesYears.Members.InArrears : DuesYears.Members.All;
        return DuesYears.StreamAsync(db, organizations, query.Year, which, DuesYears.RemovalThreshold(rules, query.Year), cancellationToken);
    }
}

/// <summary>Which members a paged list of dues years holds.</summary>
public enum MemberDuesList
{
    /// <summary>Members who owe something over the year (the list of <c>/dues/arrears</c>).</summary>
    InArrears,

    /// <summary>Members with the rule set's months without dues and without reason (the list of <c>/dues/removal-review</c>).</summary>
    ForRemovalReview,
}

/// <summary>
/// One page of the members' dues of a year in the subtree, in name order (sort key, then id): <see cref="List"/> says
/// which members. The paged form of <see cref="ListDuesArrearsQuery"/>, which returns every member at once.
/// </summary>
public sealed record ListMemberDuesYearsQuery(
    Guid? OrganizationId, int Year, MemberDuesList List = MemberDuesList.InArrears, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize)
    : IQuery<PagedList<MemberDuesYearDto>>;

public sealed class ListMemberDuesYearsValidator : AbstractValidator<ListMemberDuesYearsQuery>
{
    public ListMemberDuesYearsValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
        RuleFor(q => q.List).IsDefinedEnum();
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}

public sealed class ListMemberDuesYearsHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<DuesRuleSet> rules)
    : IQueryHandler<ListMemberDuesYearsQuery, PagedList<MemberDuesYearDto>>
{
    public async ValueTask<PagedList<MemberDuesYearDto>> Handle(ListMemberDuesYearsQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        return await DuesYears.PageAsync(
            db, organizations, query.Year, query.List, DuesYears.RemovalThreshold(rules, query.Year), query.Page, query.PageSize, cancellationToken);
    }
}

/// <summary>A member's own dues of a year (the Member role; the member the token names in <c>member_id</c>, none: nothing).</summary>
public sealed record GetOwnDuesQuery(Guid? MemberId, int Year) : IQuery<OwnDuesDto>;

/// <summary>A member's months of a year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Months">One entry per sheet the member is on.</param>
/// <param name="Due">Sum due.</param>
/// <param name="Paid">Sum paid.</param>
/// <param name="Arrears">What is still owed.</param>
public sealed record OwnDuesDto(int Year, IReadOnlyList<OwnDuesMonthDto> Months, long Due, long Paid, long Arrears);

/// <summary>One month of a member's dues.</summary>
/// <param name="Month">First day of the month.</param>
/// <param name="Due">Due.</param>
/// <param name="Exempted">Exempted.</param>
/// <param name="Paid">Paid.</param>
/// <param name="PaidOn">Day paid.</param>
/// <param name="Excused">Excused.</param>
public sealed record OwnDuesMonthDto(DateOnly Month, long Due, long Exempted, long Paid, DateOnly? PaidOn, bool Excused);

public sealed class GetOwnDuesValidator : AbstractValidator<GetOwnDuesQuery>
{
    public GetOwnDuesValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
    }
}

public sealed class GetOwnDuesHandler(IAppDbContext db) : IQueryHandler<GetOwnDuesQuery, OwnDuesDto>
{
    public async ValueTask<OwnDuesDto> Handle(GetOwnDuesQuery query, CancellationToken cancellationToken)
    {
        if (query.MemberId is not { } memberId)
        {
            return new OwnDuesDto(query.Year, [], 0, 0, 0);
        }

        var first = new DateOnly(query.Year, 1, 1);
        var last = new DateOnly(query.Year, 12, 1);
        var months = await (from l in db.DuesLines.AsNoTracking()
                            join s in db.DuesSheets.AsNoTracking() on l.SheetId equals s.Id
                            where l.MemberId == memberId && s.Month >= first && s.Month <= last
                            orderby s.Month
                            select new OwnDuesMonthDto(s.Month, l.Due, l.Exempted, l.Paid, l.PaidOn, l.Excused)).ToListAsync(cancellationToken);
        return new OwnDuesDto(query.Year, months, months.Sum(m => m.Due), months.Sum(m => m.Paid), months.Sum(m => Math.Max(m.Due - m.Paid, 0)));
    }
}

/// <summary>
/// Members' dues over a year, reusable by the lists, the agenda and the statistics (ADR 0064): the lines of the year are
/// grouped per member in SQL (sums, months, the months unpaid without reason counted with <c>COUNT(CASE …)</c>) and only
/// the members a caller asks for come back, each with his latest sheet's cell and the months he left unpaid, in one
/// pass. The former code read every line of the subtree's year (twelve per member) and grouped them in memory.
/// </summary>
public static class DuesYears
{
    /// <summary>The rule set's months without dues that lead to a removal review, for <paramref name="year"/> (the rules in force at its end).</summary>
    public static int RemovalThreshold(RuleBook<DuesRuleSet> rules, int year) =>
        (rules.TryInForceOn(new DateOnly(year, 12, 1)) ?? rules.Versions[0]).UnpaidMonthsForRemoval;

    /// <summary>Which members a list keeps.</summary>
    public enum Members
    {
        /// <summary>Every member on a sheet of the year.</summary>
        All,

        /// <summary>Members who still owe something over the year.</summary>
        InArrears,

        /// <summary>Members with at least the threshold's months unpaid without reason.</summary>
        ForRemovalReview,
    }

    /// <summary>
    /// <see cref="ComputeAsync"/>'s members one at a time, ordered by the database (sort key, then id), read as the caller
    /// consumes them: the whole register's list is never held at once (issue 12: the root committee's arrears list at 1M
    /// members, 529k of them, held 365 MB in the process for one request).
    /// </summary>
    public static async IAsyncEnumerable<MemberDuesYearDto> StreamAsync(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, Members which, int removalThreshold,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in KeptMembers(db, organizations, year, which, removalThreshold).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return ToDto(row);
        }
    }

    /// <summary>The members of the subtree's year that <paramref name="which"/> keeps, in name order (sort key, then id), at once.</summary>
    public static async Task<IReadOnlyList<MemberDuesYearDto>> ComputeAsync(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, Members which, int removalThreshold, CancellationToken cancellationToken) =>
        [.. (await KeptMembers(db, organizations, year, which, removalThreshold).ToListAsync(cancellationToken)).Select(ToDto)];

    /// <summary>
    /// One page of <see cref="ComputeAsync"/>'s list, the same members in the same order (ADR 0068). The members in arrears
    /// (about half of a register's in the benchmark's data): counted and the page's found in name order from their ids
    /// alone (the lines in arrears through their partial index, ADR 0066), then only the page's members' year summed. The
    /// members for the removal review are few by nature (the threshold's months unpaid without reason): their whole list,
    /// sliced.
    /// </summary>
    public static async Task<PagedList<MemberDuesYearDto>> PageAsync(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, MemberDuesList list, int removalThreshold, int page, int pageSize, CancellationToken cancellationToken,
        int? walkBudget = null)
    {
        var skip = (long)(page - 1) * pageSize;
        if (list == MemberDuesList.ForRemovalReview)
        {
            var review = await ComputeAsync(db, organizations, year, Members.ForRemovalReview, removalThreshold, cancellationToken);
            return new PagedList<MemberDuesYearDto>([.. review.Skip((int)Math.Min(skip, int.MaxValue)).Take(pageSize)], page, pageSize, review.Count);
        }

        var inArrears = InArrearsIds(db, organizations, year);
        var total = await inArrears.CountAsync(cancellationToken);
        if (skip >= total)
        {
            return new PagedList<MemberDuesYearDto>([], page, pageSize, total);
        }

        // Walking the register in name order costs about register / total members tried per member listed; past the
        // budget (a deep page, or a subtree that holds few of the register's members) the set is sorted instead.
        var register = await db.Members.CountAsync(cancellationToken);
        var walk = walkBudget is { } budget ? Walked(skip + pageSize, register, total) <= budget : Walks(organizations, skip + pageSize, register, total);
        var ids = await (walk
            ? WalkIds(db, organizations, year, (int)skip, pageSize)
            : PageIds(db, inArrears, (int)skip, pageSize)).ToListAsync(cancellationToken);
        var rows = await PageSums(db, organizations, year, ids).ToListAsync(cancellationToken);
        return new PagedList<MemberDuesYearDto>(InNameOrder(rows), page, pageSize, total);
    }

    /// <summary>The year of the page's members (a hundred at most), summed from their lines looked up by member.</summary>
    internal static IQueryable<KeptMember> PageSums(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, List<Guid> ids) =>
        Named(db, PerMember(MembersLines(db, organizations, year).Where(l => ids.Contains(l.MemberId))));

    /// <summary>
    /// The ids of one page of kept members in name order (the sort key holds digits only: every engine orders it alike):
    /// the kept set built once, each of its members looked up by id for his sort key, the page cut after the sort.
    /// </summary>
    internal static IQueryable<Guid> PageIds(IAppDbContext db, IQueryable<Guid> kept, int skip, int take) =>
        db.Members.AsNoTracking()
            .Where(m => kept.Contains(m.Id))
            .OrderBy(m => m.NameSortKey).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Skip(skip).Take(take);

    /// <summary>
    /// The members who owe something over the year: one of their lines owes (a line's arrears are never below zero).
    /// Grouped, not <c>DISTINCT</c>: SQLite sorts the grouped ids, and inserted the distinct ones one by one into a
    /// B-tree four times slower (1M members: 1.15 s against 4.8 s in the shell).
    /// </summary>
    internal static IQueryable<Guid> InArrearsIds(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year) =>
        YearArrearsLines(db, organizations, year).GroupBy(l => l.MemberId).Select(g => g.Key);

    /// <summary>Members tried, at most, by <see cref="WalkIds"/> for one page (about 0.3 s at 1M members, cold).</summary>
    internal const int WalkBudget = 4_000;

    /// <summary>
    /// Members the whole register's walk may try per member in arrears rather than sort them (ADR 0105): each member
    /// walked is one seek into <c>IX_DuesLines_MemberArrears</c> (1M: 2.7 s for the 945k of page 5000 of 100, ~2.9 µs
    /// each), each member sorted a read of his row for the sort key (5.4 s for 529k, ~10 µs each). 3, not 3.5: a margin.
    /// </summary>
    internal const int WholeRegisterWalkedPerSorted = 3;

    /// <summary>
    /// Whether a page that ends at the <paramref name="listed"/>-th of <paramref name="total"/> members in arrears is
    /// found by walking the register (<see cref="WalkIds"/>) rather than by sorting them (<see cref="PageIds"/>): within
    /// <see cref="WalkBudget"/> members tried, and for the whole register (no organisation filter) also while the walk
    /// tries at most <see cref="WholeRegisterWalkedPerSorted"/> members per member the sort would read. A subtree's walk
    /// looks each member's sheets up too: its budget stays the fixed one (ADR 0068).
    /// </summary>
    internal static bool Walks(IReadOnlyCollection<Guid>? organizations, long listed, int register, int total)
    {
        var walked = Walked(listed, register, total);
        return walked <= WalkBudget || (organizations is null && walked <= (double)total * WholeRegisterWalkedPerSorted);
    }

    /// <summary>About how many members a walk of the register in name order tries to list <paramref name="listed"/> of <paramref name="total"/>.</summary>
    private static double Walked(long listed, int register, int total) => listed * (double)register / total;

    /// <summary>
    /// The ids of one page of the members in arrears found by walking the register in name order (its covering index
    /// <c>IX_Members_NameSortKey</c>), each member's lines looked up by member until the page is full: a first page of
    /// the committee's list tries a few dozen members instead of sorting half a million.
    /// </summary>
    internal static IQueryable<Guid> WalkIds(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, int skip, int take)
    {
        var owing = YearArrearsLines(db, organizations, year);
        return db.Members.AsNoTracking()
            .Where(m => owing.Any(l => l.MemberId == m.Id))
            .OrderBy(m => m.NameSortKey).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Skip(skip).Take(take);
    }

    /// <summary>A page's rows as the lists show them, in name order (sort key, then id): the order the lists' statement gives.</summary>
    private static List<MemberDuesYearDto> InNameOrder(IEnumerable<KeptMember> rows) =>
        [.. rows.OrderBy(r => r.NameSortKey, StringComparer.Ordinal).ThenBy(r => r.MemberId).Select(ToDto)];

    /// <summary>A row as the lists show it, the member's unpaid months in order.</summary>
    private static MemberDuesYearDto ToDto(KeptMember r)
    {
        var months = string.IsNullOrEmpty(r.UnpaidMonths)
            ? []
            : r.UnpaidMonths.Split(',').Select(m => DateOnly.ParseExact(m.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture)).Order().ToList();
        return new MemberDuesYearDto(r.MemberId, r.FullName, CellOfLatest(r.Latest), r.Months, r.Due, r.Paid, r.Arrears, months.Count, months);
    }

    /// <summary>The cell of a member's latest line from the greatest "month + cell" string of his lines (<c>yyyy-MM-dd</c> then the id).</summary>
    internal static Guid CellOfLatest(string latest) => Guid.Parse(latest.AsSpan(10));

    /// <summary>
    /// The kept members in one statement, one pass over the year's lines: grouped per member in SQL (kept by
    /// <c>HAVING</c>), with the member's name, the greatest "month + cell" (the cell of his latest sheet; on two cells'
    /// sheets that month, the greatest id) and the months unpaid without reason joined into one string; in name order
    /// (sort key, then id), put by the database.
    /// </summary>
    internal static IQueryable<KeptMember> KeptMembers(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, Members which, int removalThreshold)
    {
        // The few members to review found first from the unpaid lines alone, then their whole year summed (ADR 0065).
        var toReview = MembersToReview(db, organizations, year, removalThreshold);
        var kept = which switch
        {
            Members.InArrears => PerMember(EveryLine(db, organizations, year)).Where(m => m.Arrears > 0),
            Members.ForRemovalReview when removalThreshold > 0 => PerMember(MembersLines(db, organizations, year).Where(l => toReview.Contains(l.MemberId))),
            Members.ForRemovalReview => PerMember(EveryLine(db, organizations, year)).Where(m => m.UnpaidWithoutReason >= removalThreshold),
            _ => PerMember(EveryLine(db, organizations, year)),
        };

        return Named(db, kept, inNameOrder: true);
    }

    /// <summary>
    /// Each member's sums with his name and sort key; ordered by the database when <paramref name="inNameOrder"/> (the sort
    /// key holds digits only, and SQLite orders the ids as .NET does: the order <see cref="InNameOrder"/> gives).
    /// </summary>
    private static IQueryable<KeptMember> Named(IAppDbContext db, IQueryable<MemberYear> kept, bool inNameOrder = false)
    {
        var named = from m in kept
                    join p in db.Members.AsNoTracking() on m.MemberId equals p.Id
                    select new { m, p.FullName, p.NameSortKey };
        if (inNameOrder)
        {
            named = named.OrderBy(x => x.NameSortKey).ThenBy(x => x.m.MemberId);
        }

        return named.Select(x => new KeptMember(
            x.m.MemberId,
            x.FullName,
            x.NameSortKey,
            x.m.Months,
            x.m.Due,
            x.m.Paid,
            x.m.Arrears,
            x.m.Latest,
            x.m.UnpaidMonths));
    }

    /// <summary>
    /// The figures of the subtree's year that do not need the members listed, in two statements (ADR 0065): the sheets'
    /// stored totals summed (twelve rows per cell, whatever the register's size; the share kept was rounded per sheet
    /// when the sheet was written), and the members reaching the removal review's threshold counted from the lines
    /// left unpaid alone, which a partial index holds.
    /// </summary>
    public static async Task<DuesYearTotals> TotalsAsync(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, int removalThreshold, CancellationToken cancellationToken)
    {
        var sums = await Sheets(db, organizations, year)
            .GroupBy(s => 1)
            .Select(g => new
            {
                Sheets = g.Count(),
                Due = g.Sum(s => s.TotalDue),
                Paid = g.Sum(s => s.TotalPaid),
                Retained = g.Sum(s => s.Retained),
                Exempted = g.Sum(s => s.TotalExempted),
                Arrears = g.Sum(s => s.TotalArrears),
            })
            .SingleOrDefaultAsync(cancellationToken); // one group at most (none without sheets)
        var forReview = removalThreshold > 0
            ? await MembersToReview(db, organizations, year, removalThreshold).CountAsync(cancellationToken)
            : await PerMember(EveryLine(db, organizations, year)).CountAsync(cancellationToken);
        return sums is null
            ? new DuesYearTotals(0, 0, 0, 0, 0, 0, forReview)
            : new DuesYearTotals(sums.Sheets, sums.Due, sums.Paid, sums.Retained, sums.Exempted, sums.Arrears, forReview);
    }

    /// <summary>
    /// The members with at least <paramref name="threshold"/> (positive) months unpaid without reason, from the lines in
    /// arrears only (<c>Arrears &gt; 0</c>: the term of the partial index <c>IX_DuesLines_Arrears</c>, which also holds
    /// <c>Excused</c> and <c>Paid</c>; ADR 0066; the whole register's from <c>IX_DuesLines_MemberArrears</c>, ADR 0105),
    /// about a tenth of the year's lines.
    /// </summary>
    private static IQueryable<Guid> MembersToReview(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, int threshold) =>
        YearArrearsLines(db, organizations, year).Where(l => l.Paid == 0 && !l.Excused)
            .GroupBy(l => l.MemberId)
            .Where(g => g.Count() >= threshold)
            .Select(g => g.Key);

    /// <summary>The months of <paramref name="year"/>: its first day, and the next year's (excluded).</summary>
    private static (DateOnly First, DateOnly Before) Months(int year) => (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));

    /// <summary>The sheets of <paramref name="year"/> in the subtree (every organisation when null).</summary>
    private static IQueryable<DuesSheet> Sheets(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year)
    {
        var (first, before) = Months(year);
        return Sheets(db, organizations, first, before);
    }

    /// <summary>The sheets of the months from <paramref name="first"/> up to <paramref name="before"/> (excluded) in the subtree (every organisation when null).</summary>
    private static IQueryable<DuesSheet> Sheets(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, DateOnly first, DateOnly before)
    {
        var sheets = db.DuesSheets.AsNoTracking().Where(s => s.Month >= first && s.Month < before);
        return organizations is null ? sheets : sheets.Where(s => organizations.Contains(s.OrganizationId));
    }

    /// <summary>The lines in arrears of the subtree's sheets of <paramref name="year"/> (<see cref="ArrearsLines"/>).</summary>
    private static IQueryable<YearLine> YearArrearsLines(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year)
    {
        var (first, before) = Months(year);
        return ArrearsLines(db, organizations, first, before);
    }

    /// <summary>
    /// The lines in arrears (<c>Arrears &gt; 0</c>) of the subtree's sheets of the months from <paramref name="first"/>
    /// up to <paramref name="before"/> (excluded), with their sheet's cell and month. A subtree's are found from its
    /// sheets (by cell and month) and their lines in arrears through <c>IX_DuesLines_Arrears</c> (ADR 0066). The whole
    /// register's (no organisation filter) from the lines alone, whose month and cell are copied from their sheet:
    /// <c>IX_DuesLines_MemberArrears</c> holds every column a grouping per member names, in member order, so SQLite
    /// neither looks up each line's sheet nor sorts the lines for the grouping (ADR 0105; 1M members, 1.34M lines in
    /// arrears).
    /// </summary>
    internal static IQueryable<YearLine> ArrearsLines(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, DateOnly first, DateOnly before)
    {
        if (organizations is not null)
        {
            return YearLines(db.DuesLines.AsNoTracking().Where(l => l.Arrears > 0), Sheets(db, organizations, first, before));
        }

        return OwnLines(db.DuesLines.AsNoTracking().Where(l => l.Month >= first && l.Month < before && l.Arrears > 0));
    }

    /// <summary>
    /// The lines of the subtree's <paramref name="year"/> by their own month and cell (ADR 0105), for a statement that
    /// finds them by member (<c>IX_DuesLines_MemberId</c>: a page's members, the members to review): no line's sheet
    /// looked up (the removal review's 4,861 members' years at 1M, in the shell: 0.68 → 0.50 s).
    /// </summary>
    private static IQueryable<YearLine> MembersLines(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year)
    {
        var (first, before) = Months(year);
        var lines = db.DuesLines.AsNoTracking().Where(l => l.Month >= first && l.Month < before);
        return OwnLines(organizations is null ? lines : lines.Where(l => organizations.Contains(l.OrganizationId)));
    }

    /// <summary>Lines with the month and cell each carries (its sheet's, ADR 0105).</summary>
    private static IQueryable<YearLine> OwnLines(IQueryable<DuesLine> lines) =>
        lines.Select(l => new YearLine
        {
            MemberId = l.MemberId,
            OrganizationId = l.OrganizationId,
            Month = l.Month,
            Due = l.Due,
            Paid = l.Paid,
            Arrears = l.Arrears,
            Excused = l.Excused,
        });

    /// <summary>The lines of the subtree's sheets of <paramref name="year"/>.</summary>
    private static IQueryable<YearLine> Lines(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year) =>
        YearLines(db.DuesLines.AsNoTracking(), Sheets(db, organizations, year));

    /// <summary>
    /// <see cref="Lines"/> for a statement that groups every line of the year per member. Over the whole register (no
    /// organisation filter, ADR 0071) SQLite walked the lines in member order through <c>IX_DuesLines_MemberId</c> to
    /// spare the grouping's sort, fetching each line's row at random (the arrears list at 100k members: 15 s, 2.3 s before
    /// ADR 0071 took its organisation filter away; docs/benchmarks.md session 63). Naming the year's sheets as the set the
    /// lines' sheet is in makes it start from the sheets, as it does for a subtree, and read each sheet's lines together.
    /// The same rows: the join asks the same of the sheet.
    /// </summary>
    private static IQueryable<YearLine> EveryLine(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year)
    {
        if (organizations is not null)
        {
            return Lines(db, organizations, year);
        }

        var sheets = Sheets(db, null, year);
        var yearSheets = sheets.Select(s => s.Id);
        return YearLines(db.DuesLines.AsNoTracking().Where(l => yearSheets.Contains(l.SheetId)), sheets);
    }

    private static IQueryable<YearLine> YearLines(IQueryable<DuesLine> dues, IQueryable<DuesSheet> sheets) =>
        from l in dues
        join s in sheets on l.SheetId equals s.Id
        select new YearLine
        {
            MemberId = l.MemberId,
            OrganizationId = s.OrganizationId,
            Month = s.Month,
            Due = l.Due,
            Paid = l.Paid,
            Arrears = l.Arrears,
            Excused = l.Excused,
        };

    /// <summary>The lines grouped per member (one row each, computed by the database).</summary>
    private static IQueryable<MemberYear> PerMember(IQueryable<YearLine> lines) =>
        lines.GroupBy(l => l.MemberId).Select(g => new MemberYear
        {
            MemberId = g.Key,
            Months = g.Count(),
            Due = g.Sum(l => l.Due),
            Paid = g.Sum(l => l.Paid),
            Arrears = g.Sum(l => l.Arrears),
            UnpaidWithoutReason = g.Count(l => l.Arrears > 0 && l.Paid == 0 && !l.Excused),
            Latest = g.Max(l => l.Month.ToString() + l.OrganizationId.ToString())!,
            UnpaidMonths = string.Join(",", g.Where(l => l.Arrears > 0 && l.Paid == 0 && !l.Excused).Select(l => l.Month.ToString())),
        });

    /// <summary>A kept member's sums and name, his latest month and its cell ("yyyy-MM-dd" + id) and his unpaid months (comma-separated).</summary>
    internal sealed record KeptMember(Guid MemberId, string FullName, string NameSortKey, int Months, long Due, long Paid, long Arrears, string Latest, string UnpaidMonths);

    /// <summary>The sums of a subtree's year.</summary>
    public sealed record DuesYearTotals(int Sheets, long Due, long Collected, long Retained, long Exempted, long Arrears, int ForRemovalReview);

    /// <summary>A line with its sheet's cell and month. Member-initialised (not positional) so that the database can compose over it.</summary>
    internal sealed class YearLine
    {
        public Guid MemberId { get; init; }

        public Guid OrganizationId { get; init; }

        public DateOnly Month { get; init; }

        public long Due { get; init; }

        public long Paid { get; init; }

        public long Arrears { get; init; }

        public bool Excused { get; init; }
    }

    // Member-initialised (not positional) so that the database can compose over it.
    private sealed class MemberYear
    {
        public Guid MemberId { get; init; }

        public int Months { get; init; }

        public long Due { get; init; }

        public long Paid { get; init; }

        public long Arrears { get; init; }

        public int UnpaidWithoutReason { get; init; }

        public string Latest { get; init; } = string.Empty;

        public string UnpaidMonths { get; init; } = string.Empty;
    }
}
