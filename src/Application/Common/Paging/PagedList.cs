using Microsoft.EntityFrameworkCore;

namespace PartyCommittee.Application.Common.Paging;

/// <summary>One page of a list: <c>{"items": [...], "page": N, "pageSize": N, "totalCount": N}</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The last page a list may be asked for: beyond it the rows to skip ((page - 1) × 100) would not fit an <see cref="int"/>.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }

    /// <summary>
    /// The page of a list built whole in memory (its order already the list's), <see cref="TotalCount"/> its length: for
    /// lists whose order is computed, not stored (due dates counted in working days, rows ordered by folded names).
    /// </summary>
    public static PagedList<T> Of(IReadOnlyList<T> all, int page, int pageSize) =>
        new([.. all.Skip(Skip(page, pageSize)).Take(pageSize)], page, pageSize, all.Count);

    /// <summary>The items before page <paramref name="page"/>, bounded so that a page past any list cannot overflow.</summary>
    public static int Skip(int page, int pageSize) => (int)Math.Min((long)(page - 1) * pageSize, int.MaxValue);

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
