using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// What a newcomer sees in the log of a first start (the README's command) and of the first requests: no warning but
/// the historical migrations' own notes on SQLite's table rebuilds. Each one removed in session 62 would fail this:
/// an enum default without a sentinel (EF Core's model validation), a query loading several collections with no
/// splitting behaviour stated, a row limit without an order (the search's vocabulary, the start-up's name keys), and,
/// with a certificate configured, the data-protection keys stored unencrypted.
/// </summary>
public sealed class StartupWarningsTests
{
    /// <summary>A first start on its own empty file (migrated and seeded from nothing), the key ring encrypted.</summary>
    private sealed class Instance(string file, string certificate) : ApiFactory(
        new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={file}",
            ["DataProtection:CertificatePath"] = certificate,
            ["DataProtection:CertificatePassword"] = KeyRingProtectionTests.Password,
        },
        useSqlite: false);

    [Fact]
    public async Task A_first_start_and_the_first_reads_log_no_warning_but_the_migrations_notes()
    {
        var directory = Directory.CreateTempSubdirectory("startup-log-").FullName;
        using var instance = new Instance(Path.Combine(directory, "first.db"), KeyRingProtectionTests.Certificate(directory, "startup"));
        var client = instance.ClientAs("Admin", null);

        // The reads whose queries warned when first compiled: a search (its vocabulary), a member with his collections.
        (await client.GetAsync("/api/v1/members?search=nguyen&pageSize=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var members = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/members?pageSize=3");
        foreach (var member in members.GetProperty("items").EnumerateArray())
        {
            (await client.GetAsync($"/api/v1/members/{member.GetProperty("id").GetString()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        instance.Logs.Of("Microsoft.EntityFrameworkCore.Migrations").ShouldNotBeEmpty("the capture sees the migrations' notes, so it is wired");
        instance.Logs.Entries
            .Where(e => e.Category != "Microsoft.EntityFrameworkCore.Migrations")
            .Select(e => e.ToString())
            .ShouldBeEmpty();
    }
}
