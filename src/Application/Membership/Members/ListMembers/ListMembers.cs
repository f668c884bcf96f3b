using System.Collections.Concurrent;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Membership.Members.ListMembers;

/// <summary>Members whose cell is in the subtree of <paramref name="OrganizationId"/> (default: the caller's scope).</summary>
public sealed record ListMembersQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    string? Search = null,
    Guid? OrganizationId = null,
    MemberStatus? Status = null,
    Sex? Sex = null,
    string? EthnicityCode = null,
    bool IncludeFormer = false) : IQuery<PagedList<MemberListItem>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["name", "admissionDecisionDate", "birthYear", "partyCardNumber"];
}

public sealed class ListMembersValidator : AbstractValidator<ListMembersQuery>
{
    public ListMembersValidator()
    {
        this.AddPagingRules(ListMembersQuery.SortFields);
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Status).IsDefinedEnum();
        RuleFor(q => q.Sex).IsDefinedEnum();
    }
}

/// <summary>
/// Search is accent- and case-insensitive on the name ("nguyen van an" finds "Nguyễn Văn An", "d" finds "đ"), or
/// a party card number prefix; the default order is Vietnamese: given name, middle name, family name.
/// </summary>
/// <para>
/// The total of a list filtered at most by organisation and a counted status (the default list, a cell's or a
/// committee's list) is read from today's pre-aggregated counts (<see cref="MembershipCount"/>, ADR 0030), kept
/// equal to the members' current columns in the save that changes them: a sum over the subtree's status rows instead
/// of counting the register (~1M index entries at 1M members). <c>Statistics:PreAggregated=false</c> counts the
/// register instead, as the statistics do.
/// </para>
public sealed class ListMembersHandler(IAppDbContext db, IOrganizationScope scope, MembershipStatisticsOptions options)
    : IQueryHandler<ListMembersQuery, PagedList<MemberListItem>>
{

    public async ValueTask<PagedList<MemberListItem>> Handle(ListMembersQuery query, CancellationToken cancellationToken)
    {
        // The committee office's own list is the whole register's: the same statements as an unrestricted caller's,
        // without reading the subtree's identifiers.
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);

        var sort = SortOrder.Parse(query.Sort, "name");
        // Lists whose members are exactly the counted ones of a subtree (and of one counted status): their total is
        // the pre-aggregated counts' sum.
        var fromCounts = options.PreAggregated && query.Sex is null && string.IsNullOrWhiteSpace(query.EthnicityCode)
            && string.IsNullOrWhiteSpace(query.Search) && !query.IncludeFormer && (query.Status is null || MembershipLabels.IsCounted(query.Status.Value));
        var unfiltered = fromCounts && organizations is null && query.Status is null;
        var byName = !sort.Descending && sort.Field is not ("admissionDecisionDate" or "birthYear" or "partyCardNumber");
        if (unfiltered && byName)
        {
            // The most frequent request of all, as compiled queries (issue 12, "Session 22"): the same two statements,
            // their expression trees built and parameters extracted once instead of at every request.
            var context = MemberLoading.Context(db);
            var count = await RegisterTotal.OfAsync(context, cancellationToken);
            return await PagedAsync(query, count, () => UnfilteredPage(context, (query.Page - 1) * query.PageSize, query.PageSize), cancellationToken);
        }

        if (fromCounts && organizations is { Count: 1 } && query.Status is null && byName
            && await CellTotal(MemberLoading.Context(db), organizations.First(), cancellationToken) is var cellTotal && cellTotal <= options.SortedListRowsAtMost)
        {
            // A cell's own list (a cell secretary's most frequent request: one organisation, none under it), read
            // and sorted through the (organisation, name) index as the composed statements below would, compiled.
            return await PagedAsync(query, cellTotal, () => CellPage(query.PageSize)(MemberLoading.Context(db), organizations.First(), (query.Page - 1) * query.PageSize), cancellationToken);
        }

        var members = db.Members.AsNoTracking();
        if (query.Status is null && !query.IncludeFormer)
        {
            members = members.Current();
        }

        if (query.Sex is { } sex)
        {
            members = members.Where(m => m.Sex == sex);
        }

        if (!string.IsNullOrWhiteSpace(query.EthnicityCode))
        {
            members = members.Where(m => m.EthnicityCode == query.EthnicityCode);
        }

        var searching = !string.IsNullOrWhiteSpace(query.Search);
        if (searching)
        {
            var text = query.Search!.Trim();
            if (text.All(char.IsAsciiDigit))
            {
                members = members.Where(m => m.PartyCardNumber != null && m.PartyCardNumber.StartsWith(text));
            }
            else
            {
                var folded = VietnameseText.Fold(text);
                var ranges = folded.Length == 0 ? null : await MemberSearch.RangesAsync(db, folded, cancellationToken);
                if (ranges is not null && organizations is null && options.PreAggregated && await MemberSearch.BroaderThanTheScanAsync(db, options, ranges, cancellationToken))
                {
                    // A text as common as "thi" over the whole register: the names are tested one by one (ADR 0103).
                    ranges = null;
                }

                if (ranges is { Count: 1 } && organizations is null && query.Status is null && !query.IncludeFormer && query.Sex is null
                    && string.IsNullOrWhiteSpace(query.EthnicityCode) && byName)
                {
                    // The most frequent search (a name's words, over the whole register, by name) as compiled queries:
                    // the same two statements as the composed ones below, without building and keying their LINQ at
                    // every request (about half of the search's CPU at 100k, session 31).
                    return await OneRangeSearchAsync(ranges[0], query, cancellationToken);
                }

                members = members.Where(folded.Length == 0 ? m => true
                    : organizations is not null && await SearchesMemberByMemberAsync(query.OrganizationId, ranges, cancellationToken) ? MemberSearch.MatchingEach(db, folded, ranges)
                    : MemberSearch.Matching(db, folded, ranges));
            }
        }

        var total = fromCounts
            ? await CountedTotalAsync(organizations is null ? null : await scope.SubtreeRootAsync(query.OrganizationId, cancellationToken), query.Status, cancellationToken)
            : await BySubtreeAndStatus(db, members, organizations, query.Status, walkUnder: null).CountAsync(cancellationToken);
        var skip = (query.Page - 1) * query.PageSize;
        if (PastTheEnd(query, total))
        {
            // A page past the end: nothing to read but the total (1M, a sub-committee's page 2000 of 100: 1.1-1.5 s).
            return Paged(query, [], total);
        }

        var walk = !searching && (organizations is not null || query.Status is not null)
            && await RegisterTotal.WalkTheOrderAsync(db, options, total, skip + query.PageSize, cancellationToken);
        members = BySubtreeAndStatus(db, members, organizations, query.Status, walkUnder: walk && organizations is not null
            ? await scope.SubtreeRootAsync(query.OrganizationId, cancellationToken)
            : walk ? string.Empty : null);
        var page = KeysFirst(query, organizations, searching, sort)
            ? PageByKeys(db, members, sort, skip, query.PageSize)
            : Page(db, Ordered(members, sort), skip, query.PageSize);
        var rows = await page.ToListAsync(cancellationToken);
        return Paged(query, rows, total);
    }

    /// <summary>
    /// Whether the page's members are chosen by their keys first (ADR 0109): a search in a subtree, in name order, with no
    /// filter but the status — every test the statement makes is on <c>IX_Members_OrganizationId_NameSortKey</c>
    /// (organisation, name, identifier, status, folded name), so the database orders the matching members' keys from that
    /// index and reads only the page's rows, instead of reading every matching member's row into its sorter (1M, a
    /// 200-cell sub-committee's search for <c>th</c>: ~30,000 rows, 0.2 s).
    /// </summary>
    private static bool KeysFirst(ListMembersQuery query, IReadOnlyCollection<Guid>? organizations, bool searching, SortOrder sort) =>
        searching && !query.Search!.Trim().All(char.IsAsciiDigit) && organizations is not null && query.Sex is null
        && string.IsNullOrWhiteSpace(query.EthnicityCode) && sort.Field is "name";

    /// <summary>
    /// The page of <paramref name="members"/> in <paramref name="sort"/>'s order, read as the members whose identifier is
    /// among the page's (the keys' statement nested: <c>Id IN (… ORDER BY … LIMIT)</c>), in the same order.
    /// </summary>
    internal static IQueryable<PageRow> PageByKeys(IAppDbContext db, IQueryable<PartyMember> members, SortOrder sort, int skip, int take)
    {
        var keys = Ordered(members, sort).Skip(skip).TakeAsConstant(take).Select(m => m.Id);
        return Page(db, Ordered(db.Members.AsNoTracking().Where(m => keys.Contains(m.Id)), sort), 0, take);
    }

    /// <summary>The list's order (<c>-</c>: the exact reverse); every order ends with a tie-breaker.</summary>
    internal static IQueryable<PartyMember> Ordered(IQueryable<PartyMember> members, SortOrder sort) => (sort.Field, sort.Descending) switch
    {
        ("admissionDecisionDate", false) => members.OrderBy(m => m.AdmissionDecisionDate).ThenBy(m => m.NameSortKey),
        ("admissionDecisionDate", true) => members.OrderByDescending(m => m.AdmissionDecisionDate).ThenByDescending(m => m.NameSortKey),
        ("birthYear", false) => members.OrderBy(m => m.DateOfBirth).ThenBy(m => m.NameSortKey),
        ("birthYear", true) => members.OrderByDescending(m => m.DateOfBirth).ThenByDescending(m => m.NameSortKey),
        ("partyCardNumber", false) => members.OrderBy(m => m.PartyCardNumber).ThenBy(m => m.NameSortKey),
        ("partyCardNumber", true) => members.OrderByDescending(m => m.PartyCardNumber).ThenByDescending(m => m.NameSortKey),
        (_, true) => members.OrderByDescending(m => m.NameSortKey).ThenByDescending(m => m.Id),
        _ => members.OrderBy(m => m.NameSortKey).ThenBy(m => m.Id),
    };

    /// <summary>
    /// A page of <paramref name="ordered"/> with each row's cell name, read by the page's own statement (a correlated
    /// lookup by primary key per row) instead of a second query. The page size is a constant in the statement (a
    /// hundred texts at most): SQLite's planner weighs a walk of the order's index against reading and sorting only
    /// when it knows how many rows the page takes (ADR 0059).
    /// </summary>
    internal static IQueryable<PageRow> Page(IAppDbContext db, IQueryable<PartyMember> ordered, int skip, int take) =>
        ordered.Skip(skip).TakeAsConstant(take)
            .Select(m => new PageRow(
                m.Id, m.FullName, m.Sex, m.DateOfBirth, m.EthnicityCode, m.OrganizationId, m.Status, m.PartyCardNumber,
                m.AdmissionDecisionDate, m.Position, m.IsProvincialCommitteeMember,
                db.Set<PartyOrganization>().Where(o => o.Id == m.OrganizationId).Select(o => o.Name).FirstOrDefault()));

    /// <summary>
    /// Restricts <paramref name="members"/> to a subtree and a status, in one of two shapes that select the same rows
    /// (ADR 0059). Without <paramref name="walkUnder"/>: the subtree by its identifiers (<paramref name="organizations"/>)
    /// and the status by equality, which the database reads through the (organisation, name) or status index and then
    /// sorts, the right plan for a small subtree. With it: the subtree by the path of each row's organisation (a lookup by
    /// primary key) and the status as the exclusion of the other statuses; neither can use an index of <c>Members</c>, so
    /// the database walks the index of the requested order and stops after the page, the right plan for a large subtree.
    /// </summary>
    /// <param name="db">The context whose organisations the large shape looks up.</param>
    /// <param name="members">The members filtered so far.</param>
    /// <param name="organizations">The subtree's organisations (null: every organisation).</param>
    /// <param name="status">The one status asked for, if any.</param>
    /// <param name="walkUnder">Null: the first shape; otherwise the second, under this path (empty: every organisation).</param>
    internal static IQueryable<PartyMember> BySubtreeAndStatus(IAppDbContext db, IQueryable<PartyMember> members, IReadOnlyCollection<Guid>? organizations, MemberStatus? status, string? walkUnder)
    {
        if (walkUnder is null)
        {
            if (organizations is { Count: 1 })
            {
                // One cell: by equality, so that the planner knows it reads one organisation's rows (a list of
                // identifiers is estimated at 25 of them, which would make a cell's page walk the order's index).
                var cell = organizations.First();
                members = members.Where(m => m.OrganizationId == cell);
            }
            else if (organizations is not null)
            {
                members = members.Where(m => organizations.Contains(m.OrganizationId));
            }

            return status is { } value ? members.Where(m => m.Status == value) : members;
        }

        if (walkUnder.Length > 0)
        {
            members = members.Where(m => db.Set<PartyOrganization>().Where(o => o.Id == m.OrganizationId).Select(o => o.Path).FirstOrDefault()!.StartsWith(walkUnder));
        }

        if (status is { } only)
        {
            var others = Enum.GetValues<MemberStatus>().Where(s => s != only).ToArray();
            members = members.Where(m => !EF.Constant(others).Contains(m.Status));
        }

        return members;
    }

    /// <summary>
    /// Whether a search in the subtree of <paramref name="organizationId"/> (not the whole register) is cheaper tested
    /// member by member (<see cref="MemberSearch.MatchingEach"/>: about four lookups per member of the subtree) than
    /// through the members of the name index's <paramref name="ranges"/> (one lookup per token in them): always for a
    /// text the index cannot answer (the subtree's names are read instead of the register's) and for a subtree of at
    /// most <c>Statistics:SortedListRowsAtMost</c> counted members; otherwise when the ranges hold more than four tokens
    /// per member of the subtree.
    /// </summary>
    private async Task<bool> SearchesMemberByMemberAsync(Guid? organizationId, IReadOnlyList<string>? ranges, CancellationToken cancellationToken)
    {
        if (ranges is null)
        {
            return true;
        }

        if (!options.PreAggregated)
        {
            return false;
        }

        var subtree = await CountedTotalAsync(await scope.SubtreeRootAsync(organizationId, cancellationToken), null, cancellationToken);
        return subtree <= options.SortedListRowsAtMost || (long)subtree * 4 < await MemberSearch.TokensIn(db, ranges).CountAsync(cancellationToken);
    }

    /// <summary>
    /// The page of <paramref name="rows"/> (a compiled query's), none read when it starts at or past the
    /// <paramref name="total"/>: a page past the end costs the total alone, as the other lists' (ADR 0100).
    /// </summary>
    private static async Task<PagedList<MemberListItem>> PagedAsync(ListMembersQuery query, int total, Func<IAsyncEnumerable<PageRow>> rows, CancellationToken cancellationToken)
    {
        var page = new List<PageRow>(query.PageSize);
        if (!PastTheEnd(query, total))
        {
            await foreach (var row in rows().WithCancellation(cancellationToken))
            {
                page.Add(row);
            }
        }

        return Paged(query, page, total);
    }

    /// <summary>The page starts at or past the <paramref name="total"/>: there is nothing to read.</summary>
    private static bool PastTheEnd(ListMembersQuery query, int total) => (long)(query.Page - 1) * query.PageSize >= total;

    private static PagedList<MemberListItem> Paged(ListMembersQuery query, List<PageRow> rows, int total)
    {
        var items = rows.Select(r => new MemberListItem(
            r.Id, r.FullName, r.Sex, MembershipLabels.Of(r.Sex), r.DateOfBirth.Year, r.EthnicityCode, r.OrganizationId,
            r.OrganizationName ?? string.Empty, r.Status, MembershipLabels.Of(r.Status), r.PartyCardNumber,
            r.AdmissionDecisionDate, r.Position, r.IsProvincialCommitteeMember)).ToList();
        return new PagedList<MemberListItem>(items, query.Page, query.PageSize, total);
    }

    /// <summary>
    /// The counted members of the subtree under <paramref name="root"/> (null: the whole register), of one status if
    /// given, from the pre-aggregated counts: the subtree's organisations by path, each one's rows of the status
    /// dimension by primary key; the whole register's through the (Dimension, Value, Count) covering index. By path
    /// rather than by the subtree's identifiers: a committee's 4,021 identifiers as one JSON parameter took 31-37 ms
    /// at 1M members (session 30), the join by path a few.
    /// </summary>
    private Task<int> CountedTotalAsync(string? root, MemberStatus? status, CancellationToken cancellationToken)
    {
        var counts = db.Set<MembershipCount>().AsNoTracking().Where(c => c.Dimension == MembershipCounts.Status);
        if (status is { } value)
        {
            var name = value.ToString();
            counts = counts.Where(c => c.Value == name);
        }

        if (root is null)
        {
            return counts.SumAsync(c => c.Count, cancellationToken);
        }

        return db.Set<PartyOrganization>().AsNoTracking().Where(o => o.Path.StartsWith(root))
            .Join(counts, o => o.Id, c => c.OrganizationId, (o, c) => c.Count)
            .SumAsync(cancellationToken);
    }

    /// <summary>
    /// A search answered by one range of the name index (<see cref="MemberSearch.RangesAsync"/>), over the whole
    /// register's current members, by name: the total and the page of the composed statements, as compiled queries.
    /// </summary>
    private async Task<PagedList<MemberListItem>> OneRangeSearchAsync(string prefix, ListMembersQuery query, CancellationToken cancellationToken)
    {
        var context = MemberLoading.Context(db);
        var to = MemberSearchIndex.UpperBound(prefix);
        var total = await OneRangeSearchTotal(context, prefix, to, cancellationToken);
        return await PagedAsync(query, total, () => OneRangeSearchPage(query.PageSize)(context, prefix, to, (query.Page - 1) * query.PageSize), cancellationToken);
    }

    private static readonly Func<DbContext, string, string, CancellationToken, Task<int>> OneRangeSearchTotal =
        EF.CompileAsyncQuery((DbContext db, string from, string to, CancellationToken _) => db.Set<PartyMember>()
            .Where(m => !MembershipLabels.FormerStatuses.Contains(m.Status))
            .Where(m => db.Set<MemberNameToken>().Where(t => string.Compare(t.Token, from) >= 0 && string.Compare(t.Token, to) < 0).Select(t => t.MemberId).Contains(m.Id))
            .Count());

    /// <summary>The page statements of <see cref="OneRangeSearchAsync"/>, one per page size: the size is a constant in the statement, as in <see cref="Page"/>.</summary>
    private static readonly ConcurrentDictionary<int, Func<DbContext, string, string, int, IAsyncEnumerable<PageRow>>> OneRangeSearchPages = new();

    private static Func<DbContext, string, string, int, IAsyncEnumerable<PageRow>> OneRangeSearchPage(int take) =>
        OneRangeSearchPages.GetOrAdd(take, static size => EF.CompileAsyncQuery((DbContext db, string from, string to, int skip) => db.Set<PartyMember>().AsNoTracking()
            .Where(m => !MembershipLabels.FormerStatuses.Contains(m.Status))
            .Where(m => db.Set<MemberNameToken>().Where(t => string.Compare(t.Token, from) >= 0 && string.Compare(t.Token, to) < 0).Select(t => t.MemberId).Contains(m.Id))
            .OrderBy(m => m.NameSortKey).ThenBy(m => m.Id)
            .Skip(skip)
            .Take(size)
            .Select(m => new PageRow(
                m.Id, m.FullName, m.Sex, m.DateOfBirth, m.EthnicityCode, m.OrganizationId, m.Status, m.PartyCardNumber,
                m.AdmissionDecisionDate, m.Position, m.IsProvincialCommitteeMember,
                db.Set<PartyOrganization>().Where(o => o.Id == m.OrganizationId).Select(o => o.Name).FirstOrDefault()))));

    /// <summary>A cell's counted members, from the pre-aggregated counts (the same sum as <see cref="CountedTotalAsync"/> for an organisation without descendants).</summary>
    private static readonly Func<DbContext, Guid, CancellationToken, Task<int>> CellTotal =
        EF.CompileAsyncQuery((DbContext db, Guid cell, CancellationToken _) => db.Set<MembershipCount>()
            .Where(c => c.OrganizationId == cell && c.Dimension == MembershipCounts.Status)
            .Sum(c => c.Count));

    /// <summary>The page statements of a cell's list in the default order, one per page size (the size a constant, as in <see cref="Page"/>).</summary>
    private static readonly ConcurrentDictionary<int, Func<DbContext, Guid, int, IAsyncEnumerable<PageRow>>> CellPages = new();

    private static Func<DbContext, Guid, int, IAsyncEnumerable<PageRow>> CellPage(int take) =>
        CellPages.GetOrAdd(take, static size => EF.CompileAsyncQuery((DbContext db, Guid cell, int skip) => db.Set<PartyMember>().AsNoTracking()
            .Where(m => !MembershipLabels.FormerStatuses.Contains(m.Status))
            .Where(m => m.OrganizationId == cell)
            .OrderBy(m => m.NameSortKey).ThenBy(m => m.Id)
            .Skip(skip)
            .Take(size)
            .Select(m => new PageRow(
                m.Id, m.FullName, m.Sex, m.DateOfBirth, m.EthnicityCode, m.OrganizationId, m.Status, m.PartyCardNumber,
                m.AdmissionDecisionDate, m.Position, m.IsProvincialCommitteeMember,
                db.Set<PartyOrganization>().Where(o => o.Id == m.OrganizationId).Select(o => o.Name).FirstOrDefault()))));

    /// <summary>A page of the unfiltered list in the default order (current members, by name), with each cell's name.</summary>
    private static readonly Func<DbContext, int, int, IAsyncEnumerable<PageRow>> UnfilteredPage =
        EF.CompileAsyncQuery((DbContext db, int skip, int take) => db.Set<PartyMember>().AsNoTracking()
            .Where(m => !MembershipLabels.FormerStatuses.Contains(m.Status))
            .OrderBy(m => m.NameSortKey).ThenBy(m => m.Id)
            .Skip(skip)
            .Take(take)
            .Select(m => new PageRow(
                m.Id, m.FullName, m.Sex, m.DateOfBirth, m.EthnicityCode, m.OrganizationId, m.Status, m.PartyCardNumber,
                m.AdmissionDecisionDate, m.Position, m.IsProvincialCommitteeMember,
                db.Set<PartyOrganization>().Where(o => o.Id == m.OrganizationId).Select(o => o.Name).FirstOrDefault())));

    internal sealed record PageRow(
        Guid Id, string FullName, Sex Sex, DateOnly DateOfBirth, string EthnicityCode, Guid OrganizationId, MemberStatus Status,
        string? PartyCardNumber, DateOnly AdmissionDecisionDate, string? Position, bool IsProvincialCommitteeMember, string? OrganizationName);
}
