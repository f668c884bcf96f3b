using PartyCommittee.Application.Organization;

namespace PartyCommittee.Application.Tests.Organizations;

/// <summary>
/// <see cref="PathOrdered{T}"/>: the rows of a subtree found as one range of the paths in ordinal order are exactly the
/// rows whose path starts with the root's, the way the progress report's sources tested each row before.
/// </summary>
public class PathOrderedTests
{
    private static readonly string[] Segments = ["a", "ab", "b", "0f", "ff", "Z"];

    [Fact]
    public void A_subtree_is_every_row_whose_path_starts_with_its_roots_and_no_other()
    {
        var random = new Random(12);
        for (var round = 0; round < 200; round++)
        {
            // Paths up to four levels deep over segments that are prefixes of one another ("a", "ab"), repeated rows of
            // one path included (a cell with two rows).
            var rows = Enumerable.Range(0, random.Next(0, 60))
                .Select(i => (Path: "/" + string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => Segments[random.Next(Segments.Length)] + "/")), Row: i))
                .ToList();
            var ordered = new PathOrdered<(string Path, int Row)>(rows, r => r.Path);

            var roots = rows.Select(r => r.Path).Concat(["/", "/a/", "/ab/", "/a/ab/", "/c/", "/a/a/a/a/a/", string.Empty, "/a"]).Distinct();
            foreach (var root in roots)
            {
                var expected = rows.Where(r => r.Path.StartsWith(root, StringComparison.Ordinal)).Select(r => r.Row).Order().ToList();
                ordered.Under(root).ToArray().Select(r => r.Row).Order().ToList().ShouldBe(expected, $"round {round}, root '{root}'");
            }

            ordered.Under(string.Empty).ToArray().Select(r => r.Path).ToList().ShouldBe(rows.Select(r => r.Path).Order(StringComparer.Ordinal).ToList(), $"round {round}: every row, in path order");
        }
    }

    [Fact]
    public void An_empty_set_has_no_subtree()
    {
        var ordered = new PathOrdered<string>([], p => p);
        ordered.Under("/a/").IsEmpty.ShouldBeTrue();
        ordered.Under(string.Empty).IsEmpty.ShouldBeTrue();
    }
}
