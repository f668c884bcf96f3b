using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Issue 12, session 23 (import60): on SQLite the import writer's count differences (today's counts and the dated
/// counts) are merged, and applied in the import's transaction once they hold <c>Import:CountKeysInMemory</c> keys,
/// instead of being held, batch after batch, to the commit (what made a 100k-row import's memory grow with the file).
/// Here that bound is 1 key: every write applies its difference at once. It must still be void when the transaction
/// rolls back, and committed writes must leave the counts equal to a recount.
/// </summary>
public sealed class MemberImportCountsTests(MemberImportCountsTests.Factory factory) : IClassFixture<MemberImportCountsTests.Factory>
{
    [Fact]
    public async Task The_writers_counts_are_applied_in_its_transaction_at_once_and_are_void_when_it_rolls_back()
    {
        var before = await factory.WithDbAsync(CountsAsync);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var writer = scope.ServiceProvider.GetRequiredService<INewMembersWriter>();
            var cell = await db.Set<Domain.Organization.PartyOrganization>().AsNoTracking().SingleAsync(o => o.Id == DemoData.Cell(4));
            await using var transaction = await db.Database.BeginTransactionAsync();
            var sexBefore = await SexCountAsync(db, cell.Id);

            await writer.WriteAsync([.. Enumerable.Range(0, 5).Select(i => Member(cell, i))], CancellationToken.None);

            // Already in the transaction: nothing of the batch is held for the commit.
            (await SexCountAsync(db, cell.Id)).ShouldBe(sexBefore + 5);
            (await CountsAsync(db)).ShouldNotBe(before);
            await transaction.RollbackAsync();
        }

        (await factory.WithDbAsync(CountsAsync)).ShouldBe(before);
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

    private static PartyMember Member(Domain.Organization.PartyOrganization cell, int i)
    {
        var admitted = new DateOnly(1995, 3, 1).AddDays(37 * i);
        return PartyMember.Register(
            Guid.CreateVersion7(),
            new MemberProfile("Lưu Văn " + GivenNames[i % GivenNames.Length], i % 2 == 0 ? Sex.Male : Sex.Female, new DateOnly(1970, 1, 5).AddDays(101 * i), null, null, Ethnicities.Kinh, null, null,
                GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate, null, null, null, null, false, null, null),
            new AdmissionRecord(admitted, $"{i}-QĐ/ĐU", admitted, admitted.AddYears(1)),
            cell,
            MemberStatus.Full,
            cell.EstablishedOn > admitted.AddYears(1) ? cell.EstablishedOn : admitted.AddYears(1),
            null);
    }

    private static Task<int> SexCountAsync(AppDbContext db, Guid cellId) =>
        db.Set<MembershipCount>().AsNoTracking().Where(c => c.OrganizationId == cellId && c.Dimension == MembershipCounts.Sex).SumAsync(c => c.Count);

    /// <summary>Every row of today's counts and of the dated counts, as text in ordinal order.</summary>
    private static async Task<List<string>> CountsAsync(AppDbContext db)
    {
        var counts = (await db.Set<MembershipCount>().AsNoTracking().ToListAsync()).Select(c => $"{c.OrganizationId}/{c.Dimension}/{c.Value}={c.Count}");
        var dated = (await db.Set<MembershipCountChange>().AsNoTracking().ToListAsync()).Select(c => $"{c.OrganizationId}/{c.Dimension}/{c.Value}/{c.Day:yyyy-MM-dd}={c.Delta}");
        return [.. counts.Concat(dated).Order(StringComparer.Ordinal)];
    }

    /// <summary>A host whose import writer applies its count differences at every write.</summary>
    public sealed class Factory() : ApiFactory(new Dictionary<string, string?> { ["Import:CountKeysInMemory"] = "1" })
    {
    }
}
