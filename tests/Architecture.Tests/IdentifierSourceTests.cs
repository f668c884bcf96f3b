namespace PartyCommittee.Architecture.Tests;

/// <summary>
/// Every identifier the product makes comes from <c>PartyCommittee.Domain.Common.Ids</c> (issue 12, session 25): on
/// Linux the runtime's <see cref="Guid.NewGuid"/> and <see cref="Guid.CreateVersion7()"/> read <c>/dev/urandom</c> once
/// per GUID, a system call each, which a member import paid several times per row. A source file of src/ that calls
/// them again fails here.
/// </summary>
public class IdentifierSourceTests
{
    private static readonly string[] Forbidden = ["Guid.NewGuid(", "Guid.CreateVersion7("];

    [Fact]
    public void No_source_file_makes_a_guid_but_Ids()
    {
        var root = RepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith(Path.Combine("Domain", "Common", "Ids.cs"), StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => Forbidden.Any(call => l.Text.Contains(call, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        offenders.ShouldBeEmpty("make identifiers with Ids.NewVersion7() (src/Domain/Common/Ids.cs)");
    }

    [Fact]
    public void The_scan_sees_the_source_tree()
    {
        // Guards the test above against passing on an empty directory.
        File.Exists(Path.Combine(RepositoryRoot(), "src", "Domain", "Common", "Ids.cs")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Domain", "Common", "Ids.cs")).ShouldContain("RandomNumberGenerator.Fill");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Api.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Api.sln above {AppContext.BaseDirectory}.");
    }
}
