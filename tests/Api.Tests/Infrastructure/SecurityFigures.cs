using System.Text.Json;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>
/// Figures the security tests record for docs/security.md: when <c>SECURITY_FIGURES_DIR</c> is set (scripts/security-report.sh
/// sets it), each test writes its figures there as <c>{name}.json</c>; otherwise nothing is written.
/// </summary>
public static class SecurityFigures
{
    public const string DirectoryVariable = "SECURITY_FIGURES_DIR";

    public static void Record(string name, object figures)
    {
        var directory = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (string.IsNullOrWhiteSpace(directory))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".json"), JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true }));
    }
}
