namespace PartyCommittee.Application.Organization;

/// <summary>
/// Rows of organisations kept in the ordinal order of their materialised paths, so that the rows of a subtree (the paths
/// that start with its root's) are one contiguous range, found by a binary search: a progress report sums the rows of
/// each target's subtree without testing every row against every target (1M bench register, the root's report: ~8,000
/// targets × 4,000 cells of path comparisons, ~0.5 s of each request).
/// </summary>
/// <typeparam name="T">A row.</typeparam>
public sealed class PathOrdered<T>
{
    private readonly string[] paths;
    private readonly T[] rows;

    /// <param name="rows">The rows, in any order.</param>
    /// <param name="pathOf">A row's materialised path.</param>
    public PathOrdered(IEnumerable<T> rows, Func<T, string> pathOf)
    {
        this.rows = [.. rows];
        paths = Array.ConvertAll(this.rows, row => pathOf(row));
        Array.Sort(paths, this.rows, StringComparer.Ordinal);
    }

    /// <summary>The rows whose path starts with <paramref name="rootPath"/> (the subtree's), in path order (every row for an empty root).</summary>
    public ReadOnlySpan<T> Under(string rootPath)
    {
        // The first path not below rootPath in ordinal order; a path that starts with rootPath sorts at or after it, and
        // every path between two such paths starts with it as well.
        var first = Array.BinarySearch(paths, rootPath, StringComparer.Ordinal);
        if (first < 0)
        {
            first = ~first;
        }
        else
        {
            // Equal paths (two rows of one organisation): back to the first of them.
            while (first > 0 && string.Equals(paths[first - 1], rootPath, StringComparison.Ordinal))
            {
                first--;
            }
        }

        var end = first;
        while (end < paths.Length && paths[end].StartsWith(rootPath, StringComparison.Ordinal))
        {
            end++;
        }

        return rows.AsSpan(first, end - first);
    }
}
