using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Interceptors;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Issue 12, sessions 23-24: on SQLite the import writer's count differences are merged per transaction, and the dated
/// ones are moved out of memory, into a temporary table of the connection, once they hold <c>Import:CountKeysInMemory</c>
/// keys (session 23 wrote them into the count tables mid-transaction instead, which made every later page read of a
/// long import search a larger WAL). Here that bound is 1 key: every write moves its dated difference out. Nothing is
/// in the count tables before the commit, everything is void when the transaction rolls back, and a committed import
/// leaves exactly the rows of a host that held everything in memory (keys that sum to zero across writes dropped).
/// </summary>
public sealed class MemberImportCountsTests(
    MemberImportCountsTests.Factory factory, MemberImportCountsTests.SpillingFactory spilling, MemberImportCountsTests.InMemoryFactory inMemory)
    : IClassFixture<MemberImportCountsTests.Factory>, IClassFixture<MemberImportCountsTests.SpillingFactory>, IClassFixture<MemberImportCountsTests.InMemoryFactory>
{
    [Fact]
    public async Task The_writers_dated_differences_wait_outside_the_count_tables_and_are_void_when_it_rolls_back()
    {
        var before = await factory.WithDbAsync(CountsAsync);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var writer = scope.ServiceProvider.GetRequiredService<INewMembersWriter>();
            var cell = await db.Set<Domain.Organization.PartyOrganization>().AsNoTracking().SingleAsync(o => o.Id == DemoData.Cell(4));
            await using var transaction = await db.Database.BeginTransactionAsync();

            await writer.WriteAsync([.. Enumerable.Range(0, 5).Select(i => Member(cell, i))], CancellationToken.None);
            await writer.WriteAsync([.. Enumerable.Range(5, 3).Select(i => Member(cell, i))], CancellationToken.None);

            // Moved out of memory, into the connection's temporary table, not into the count tables.
            (await PendingRowsAsync(db)).ShouldBeGreaterThan(0);
            (await CountsAsync(db)).ShouldBe(before);
            await transaction.RollbackAsync();
            (await PendingRowsAsync(db)).ShouldBe(0);
        }

        (await factory.WithDbAsync(CountsAsync)).ShouldBe(before);
    }

    [Fact]
    public async Task A_committed_import_leaves_the_rows_of_a_host_that_held_every_difference_in_memory()
    {
        // Members born ten years apart on the same day, written one per call: one enters an age band on the day the
        // other leaves it (limits 31, 41, 51, 61), so that day's key of the band sums to zero across two writes. With
        // the bound of 1 key the two halves wait in the temporary table; the sum at the commit drops the key, as the
        // in-memory merge does (writing the parts into the table one by one would leave a row of 0).
        var births = new[] { 1950, 1960, 1970, 1980, 1965, 1975 }.Select(y => new DateOnly(y, 6, 10)).ToList();
        var results = new List<List<string>>();
        // Two fresh hosts (no other test writes to them), the same members.
        foreach (var host in new ApiFactory[] { spilling, inMemory })
        {
            var before = await host.WithDbAsync(CountsAsync);
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var writer = scope.ServiceProvider.GetRequiredService<INewMembersWriter>();
                var cell = await db.Set<Domain.Organization.PartyOrganization>().AsNoTracking().SingleAsync(o => o.Id == DemoData.Cell(6));
                await using var transaction = await db.Database.BeginTransactionAsync();
                for (var i = 0; i < births.Count; i++)
                {
                    await writer.WriteAsync([Member(cell, 40 + i, births[i], new DateOnly(2000, 3, 1))], CancellationToken.None);
                }

                await transaction.CommitAsync();
                (await PendingRowsAsync(db)).ShouldBe(0);
            }

            // The spilled differences were staged at the commit (ADR 0082), the in-memory ones written to the main table;
            // merged, the spilling host's main table holds what the other's does.
            var staged = await host.WithDbAsync(db => db.Set<StagedMembershipCountChange>().CountAsync());
            (staged > 0).ShouldBe(host == spilling, $"{staged} staged rows");
            await host.WithDbAsync(db => StagedCountChangesMerge.MergeAllAsync(db, 3, CancellationToken.None));
            var after = await host.WithDbAsync(CountsAsync);
            results.Add([.. after.Except(before)]);
            after.Count(r => r.EndsWith("=0", StringComparison.Ordinal)).ShouldBe(before.Count(r => r.EndsWith("=0", StringComparison.Ordinal)));
        }

        results[0].ShouldNotBeEmpty();
        results[0].ShouldBe(results[1]);
        var (table, recount) = await spilling.WithDbAsync(MembershipCountsRecount.TableAndRecountAsync);
        table.ShouldBe(recount);
    }

    [Fact]
    public async Task A_committed_write_leaves_the_counts_equal_to_a_recount()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var writer = scope.ServiceProvider.GetRequiredService<INewMembersWriter>();
            var cell = await db.Set<Domain.Organization.PartyOrganization>().AsNoTracking().SingleAsync(o => o.Id == DemoData.Cell(5));
            await using var transaction = await db.Database.BeginTransactionAsync();
            await writer.WriteAsync([.. Enumerable.Range(0, 3).Select(i => Member(cell, 10 + i))], CancellationToken.None);
            await writer.WriteAsync([.. Enumerable.Range(0, 4).Select(i => Member(cell, 20 + i))], CancellationToken.None);
            await transaction.CommitAsync();
        }

        var (table, recount) = await factory.WithDbAsync(MembershipCountsRecount.TableAndRecountAsync);
        table.ShouldBe(recount);
    }

    private static readonly string[] GivenNames = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lâm", "Minh", "Nga"];

    private static PartyMember Member(Domain.Organization.PartyOrganization cell, int i, DateOnly? born = null, DateOnly? admittedOn = null)
    {
        var admitted = admittedOn ?? new DateOnly(1995, 3, 1).AddDays(37 * i);
        return PartyMember.Register(
            Guid.CreateVersion7(),
            new MemberProfile("Lưu Văn " + GivenNames[i % GivenNames.Length], i % 2 == 0 ? Sex.Male : Sex.Female, born ?? new DateOnly(1970, 1, 5).AddDays(101 * i), null, null, Ethnicities.Kinh, null, null,
                GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate, null, null, null, null, false, null, null),
            new AdmissionRecord(admitted, $"{i}-QĐ/ĐU", admitted, admitted.AddYears(1)),
            cell,
            MemberStatus.Full,
            cell.EstablishedOn > admitted.AddYears(1) ? cell.EstablishedOn : admitted.AddYears(1),
            null);
    }

    /// <summary>The rows waiting in the connection's temporary table (0 when it does not exist).</summary>
    private static async Task<int> PendingRowsAsync(AppDbContext db)
    {
        var exists = await db.Database.SqlQueryRaw<int>(
            $"SELECT COUNT(*) AS \"Value\" FROM temp.sqlite_master WHERE name = '{MembershipCountsInterceptor.PendingTable}'").SingleAsync();
        return exists == 0
            ? 0
            : await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM temp.\"{MembershipCountsInterceptor.PendingTable}\"").SingleAsync();
    }

    /// <summary>Every row of today's counts and of the dated counts, merged and staged (ADR 0082), as text in ordinal order.</summary>
    private static async Task<List<string>> CountsAsync(AppDbContext db)
    {
        var counts = (await db.Set<MembershipCount>().AsNoTracking().ToListAsync()).Select(c => $"{c.OrganizationId}/{c.Dimension}/{c.Value}={c.Count}");
        var dated = (await db.Set<MembershipCountChange>().AsNoTracking().ToListAsync()).Select(c => $"{c.OrganizationId}/{c.Dimension}/{c.Value}/{c.Day:yyyy-MM-dd}={c.Delta}");
        var staged = (await db.Set<StagedMembershipCountChange>().AsNoTracking().ToListAsync()).Select(c => $"staged:{c.OrganizationId}/{c.Dimension}/{c.Value}/{c.Day:yyyy-MM-dd}={c.Delta}");
        return [.. counts.Concat(dated).Concat(staged).Order(StringComparer.Ordinal)];
    }

    /// <summary>A host whose import writer moves its dated count differences out of memory at every write (staged at the commit, merged only by the tests).</summary>
    public sealed class Factory() : ApiFactory(new Dictionary<string, string?> { ["Import:CountKeysInMemory"] = "1", ["Jobs:StagedCountsMergeInterval"] = "1.00:00:00" })
    {
    }

    /// <summary>As <see cref="Factory"/>, for one test only.</summary>
    public sealed class SpillingFactory() : ApiFactory(new Dictionary<string, string?> { ["Import:CountKeysInMemory"] = "1", ["Jobs:StagedCountsMergeInterval"] = "1.00:00:00" })
    {
    }

    /// <summary>A host whose import writer holds every count difference in memory to the commit.</summary>
    public sealed class InMemoryFactory() : ApiFactory(new Dictionary<string, string?> { ["Import:CountKeysInMemory"] = "100000000" })
    {
    }
}
