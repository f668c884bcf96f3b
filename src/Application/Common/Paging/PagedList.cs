using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace PartyCommittee.Application.Common.Paging;

/// <summary>One page of a list: <c>{"items": [...], "page": N, "pageSize": N, "totalCount": N}</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The last page a list may be asked for: beyond it the rows to skip ((page - 1) × 100) would not fit an <see cref="int"/>.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    /// <summary>The list's total, then its page (none read when the page starts past the total).</summary>
    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var skip = Skip(page, pageSize);
        var items = skip >= total ? [] : await query.Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }

    /// <summary>
    /// The list's total, then its page: the page's keys cut from the ordered rows, and only those rows read with
    /// <paramref name="select"/>. A projection that counts or looks up per row (a meeting's attendance, a body's current
    /// members) is then computed for the page's rows, not for every row the database sorts and skips: SQLite computes a
    /// sorted row's columns before it sorts, and EF Core puts the projection beside <c>LIMIT</c>/<c>OFFSET</c> (issue 12:
    /// a year's meetings of the whole register, 48,000 at 1M members, had their attendance counted for any page, 5-7 s).
    /// </summary>
    public static async Task<PagedList<T>> CreateAsync<TRow>(
        IOrderedQueryable<TRow> ordered, Expression<Func<TRow, Guid>> key, Expression<Func<TRow, T>> select, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var skip = Skip(page, pageSize);
        if (skip >= total)
        {
            return new PagedList<T>([], page, pageSize, total);
        }

        var items = await KeyedPage(ordered, key, select, skip, pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }

    /// <summary>The statement of <see cref="CreateAsync{TRow}"/>'s page: the rows whose keys the ordered rows' page holds, projected.</summary>
    internal static IQueryable<T> KeyedPage<TRow>(IOrderedQueryable<TRow> ordered, Expression<Func<TRow, Guid>> key, Expression<Func<TRow, T>> select, int skip, int take)
    {
        // row => <the page's keys>.Contains(key(row)), the keys' statement inlined as a subquery: its skip and take read
        // from an object as a closure's are (statement parameters, one cached query for every page, where constants
        // would be one per page), the row a parameter of its own (the key's is the subquery's).
        var bounds = Expression.Constant(new PageBounds(skip, take));
        var keys = Expression.Call(
            typeof(Queryable),
            nameof(Queryable.Select),
            [typeof(TRow), typeof(Guid)],
            Expression.Call(
                typeof(Queryable),
                nameof(Queryable.Take),
                [typeof(TRow)],
                Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(TRow)], ordered.Expression, Expression.Field(bounds, nameof(PageBounds.Skip))),
                Expression.Field(bounds, nameof(PageBounds.Take))),
            Expression.Quote(key));
        var row = Expression.Parameter(typeof(TRow), "row");
        var onPage = Expression.Lambda<Func<TRow, bool>>(
            Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(Guid)], keys, ReplacingExpressionVisitor.Replace(key.Parameters[0], row, key.Body)),
            row);
        return ordered.Where(onPage).Select(select);
    }

    /// <summary>
    /// The page of a list built whole in memory (its order already the list's), <see cref="TotalCount"/> its length: for
    /// lists whose order is computed, not stored (due dates counted in working days, rows ordered by folded names).
    /// </summary>
    public static PagedList<T> Of(IReadOnlyList<T> all, int page, int pageSize) =>
        new([.. all.Skip(Skip(page, pageSize)).Take(pageSize)], page, pageSize, all.Count);

    /// <summary>The items before page <paramref name="page"/>, bounded so that a page past any list cannot overflow.</summary>
    public static int Skip(int page, int pageSize) => (int)Math.Min((long)(page - 1) * pageSize, int.MaxValue);

    private sealed class PageBounds(int skip, int take)
    {
        public readonly int Skip = skip;
        public readonly int Take = take;
    }

    public PagedList<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Page, PageSize, TotalCount);
}

/// <summary>A parsed <c>sort</c> parameter: a field name, optionally prefixed with <c>-</c> for descending order.</summary>
public readonly record struct SortOrder(string Field, bool Descending)
{
    public static SortOrder Parse(string? sort, string defaultField)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return new SortOrder(defaultField, false);
        }

        var trimmed = sort.Trim();
        return trimmed.StartsWith('-') ? new SortOrder(trimmed[1..], true) : new SortOrder(trimmed.TrimStart('+'), false);
    }

    public static bool IsValid(string? sort, IReadOnlyCollection<string> fields) =>
        string.IsNullOrWhiteSpace(sort) || fields.Contains(Parse(sort, string.Empty).Field, StringComparer.Ordinal);
}
