namespace PartyCommittee.Architecture.Tests;

/// <summary>
/// Calls the product makes through its own cheaper equivalent (issue 12, session 25), checked in the source of src/:
/// <list type="bullet">
/// <item>every identifier comes from <c>PartyCommittee.Domain.Common.Ids</c>: on Linux the runtime's
/// <see cref="Guid.NewGuid"/> and <see cref="Guid.CreateVersion7()"/> read <c>/dev/urandom</c> once per GUID, a system
/// call each, which a member import paid several times per row;</item>
/// <item>every enum rule is <c>IsDefinedEnum</c>: FluentValidation's <c>IsInEnum</c> reads the enum's attributes by
/// reflection at every value it checks.</item>
/// </list>
/// </summary>
public class SourceRulesTests
{
    [Fact]
    public void No_source_file_makes_a_guid_but_Ids() =>
        Offenders(["Guid.NewGuid(", "Guid.CreateVersion7("], Path.Combine("Domain", "Common", "Ids.cs"))
            .ShouldBeEmpty("make identifiers with Ids.NewVersion7() (src/Domain/Common/Ids.cs)");

    [Fact]
    public void No_validator_uses_IsInEnum() =>
        Offenders([".IsInEnum("], Path.Combine("Application", "Common", "Validation", "EnumValidation.cs"))
            .ShouldBeEmpty("use IsDefinedEnum() (src/Application/Common/Validation/EnumValidation.cs): the same rule and error without reflection per value");

    private static List<string> Offenders(string[] forbidden, string allowedFile)
    {
        var root = RepositoryRoot();
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith(allowedFile, StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => forbidden.Any(call => l.Text.Contains(call, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
    }

    [Fact]
    public void The_scan_sees_the_source_tree()
    {
        // Guards the test above against passing on an empty directory.
        File.Exists(Path.Combine(RepositoryRoot(), "src", "Domain", "Common", "Ids.cs")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Domain", "Common", "Ids.cs")).ShouldContain("RandomNumberGenerator.Fill");
        Offenders(["namespace PartyCommittee."], "none").Count.ShouldBeGreaterThan(500);
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
