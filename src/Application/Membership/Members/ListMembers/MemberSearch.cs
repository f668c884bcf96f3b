using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.ListMembers;

/// <summary>
/// The name search of the member list through the search index (ADR 0030): the members whose folded name contains the
/// folded text, as a union of range scans of the (Token, MemberId) index — the same rows as
/// <c>NameFolded.Contains(text)</c> (ADR 0011), read without scanning the register. A text of one or two letters
/// (<see cref="MemberSearchIndex.IsBroad"/>), or one found inside so many words that it needs more than
/// <see cref="MemberSearchIndex.MaxRanges"/> ranges, or whose ranges hold more of the whole register than the scan
/// reads (<see cref="BroaderThanTheScanAsync"/>), matches a large part of the register anyway and is answered by the
/// scan: <c>NameFolded.Contains(text)</c> tested on each member the statement reads (the count reads the register once;
/// a page walks the name order until it is full).
/// </summary>
public static class MemberSearch
{
    /// <summary>
    /// The vocabulary's words that contain a part, as a compiled query (issue 12, session 26): its expression tree built
    /// and its parameters extracted once instead of at every search (the same statement as the LINQ it replaces).
    /// </summary>
    private static readonly Func<DbContext, string, IAsyncEnumerable<string>> WordsContaining =
        EF.CompileAsyncQuery((DbContext db, string part) => db.Set<MemberNameWord>().AsNoTracking().Where(w => w.Word.Contains(part)).OrderBy(w => w.Word).Select(w => w.Word).Take(10_000));

    /// <summary>
    /// The prefixes of the (Token, MemberId) index whose ranges hold exactly the members whose folded name contains
    /// <paramref name="folded"/> (not empty; one at least); null when the text needs more than
    /// <see cref="MemberSearchIndex.MaxRanges"/> of them and is answered by the scan.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> RangesAsync(IAppDbContext db, string folded, CancellationToken cancellationToken)
    {
        if (MemberSearchIndex.IsBroad(folded))
        {
            return null;
        }

        // The vocabulary is a few thousand words; a coarse filter here, the exact test in Ranges.
        var first = folded.Split(' ')[0];
        var words = new List<string>();
        await foreach (var word in WordsContaining(MemberLoading.Context(db), first).WithCancellation(cancellationToken))
        {
            words.Add(word);
        }

        var ranges = MemberSearchIndex.Ranges(folded, words);
        return ranges.Count > MemberSearchIndex.MaxRanges || words.Count == 10_000 ? null : ranges;
    }

    /// <summary>
    /// Whether the whole register's search is cheaper by the scan than through the <paramref name="ranges"/> (ADR 0103):
    /// they hold at least <see cref="MembershipStatisticsOptions.SearchScanTokensAtLeast"/> tokens and one per
    /// <see cref="MembershipStatisticsOptions.SearchScanMembersPerToken"/> counted members of the register. Each range is
    /// counted up to what is left of that bound, in the key's order (a walk of the index that stops there), so a narrow
    /// text costs little more than its ranges' rows and a broad one no more than the bound.
    /// </summary>
    public static async Task<bool> BroaderThanTheScanAsync(IAppDbContext db, MembershipStatisticsOptions options, IReadOnlyList<string> ranges, CancellationToken cancellationToken)
    {
        var left = Math.Max(Math.Max(1, options.SearchScanTokensAtLeast), await RegisterTotal.OfAsync(db, cancellationToken) / Math.Max(1, options.SearchScanMembersPerToken));
        foreach (var prefix in ranges)
        {
            var (from, to) = (prefix, MemberSearchIndex.UpperBound(prefix));
            left -= await db.Set<MemberNameToken>().AsNoTracking()
                .Where(t => string.Compare(t.Token, from) >= 0 && string.Compare(t.Token, to) < 0)
                .OrderBy(t => t.Token).ThenBy(t => t.MemberId)
                .Take(left)
                .CountAsync(cancellationToken);
            if (left <= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The members whose folded name contains <paramref name="folded"/>: a union of the <paramref name="ranges"/>, or the scan when null.</summary>
    public static Expression<Func<PartyMember, bool>> Matching(IAppDbContext db, string folded, IReadOnlyList<string>? ranges)
    {
        if (ranges is null)
        {
            // Tested on the member itself: as "the ids of the names that contain it" the database gathered most of the
            // register's ids, then looked each one up (1M: 6.8-7.5 s to count against 0.4 s).
            return Scanned(folded);
        }

        IQueryable<Guid>? matching = null;
        foreach (var prefix in ranges)
        {
            var (from, to) = (prefix, MemberSearchIndex.UpperBound(prefix));
            var range = db.Set<MemberNameToken>()
                .Where(t => string.Compare(t.Token, from) >= 0 && string.Compare(t.Token, to) < 0)
                .Select(t => t.MemberId);
            matching = matching is null ? range : matching.Union(range);
        }

        return m => matching!.Contains(m.Id);
    }

    /// <summary>
    /// The same members as <see cref="Matching"/>, tested member by member: a name token of the member in one of the
    /// <paramref name="ranges"/> (through the token index by member), or the member's folded name when null. The form
    /// for a subtree much smaller than the ranges (session 31): the database reads the subtree's members by their
    /// organisation and looks up each one's few tokens, instead of looking up every member of the ranges (3,295 of a
    /// 100k register for "nguyen", 33 ms of CPU for a cell of 301 members) or scanning the register's names.
    /// </summary>
    public static Expression<Func<PartyMember, bool>> MatchingEach(IAppDbContext db, string folded, IReadOnlyList<string>? ranges)
    {
        if (ranges is null)
        {
            return Scanned(folded);
        }

        var tokens = TokensIn(db, ranges);
        return m => tokens.Any(t => t.MemberId == m.Id);
    }

    /// <summary>The scan: the member's folded name contains the text.</summary>
    private static Expression<Func<PartyMember, bool>> Scanned(string folded) => m => m.NameFolded.Contains(folded);

    /// <summary>The name tokens in the <paramref name="ranges"/> (as many as the members <see cref="Matching"/> looks up).</summary>
    public static IQueryable<MemberNameToken> TokensIn(IAppDbContext db, IReadOnlyList<string> ranges)
    {
        Expression<Func<MemberNameToken, bool>>? inRanges = null;
        foreach (var prefix in ranges)
        {
            var (from, to) = (prefix, MemberSearchIndex.UpperBound(prefix));
            Expression<Func<MemberNameToken, bool>> inRange = t => string.Compare(t.Token, from) >= 0 && string.Compare(t.Token, to) < 0;
            inRanges = inRanges is null
                ? inRange
                : Expression.Lambda<Func<MemberNameToken, bool>>(Expression.OrElse(inRanges.Body, new Rebind(inRange.Parameters[0], inRanges.Parameters[0]).Visit(inRange.Body)), inRanges.Parameters);
        }

        return db.Set<MemberNameToken>().Where(inRanges!);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
