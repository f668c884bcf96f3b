using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Issue 12, session 26 (ADR 0056): a real import that creates many members, relative to those stored, drops the member
/// table's secondary indexes after its checking pass and builds them again just before its commit. Afterwards the
/// schema and the planner's statistics are what they were, the indexes hold every row and are used; a rollback brings
/// them back untouched; a duplicate written meanwhile fails the commit (the coded conflict of its index) and writes
/// nothing; and an import below the thresholds never touches the schema.
/// </summary>
public sealed class MemberImportIndexRebuildTests(MemberImportIndexRebuildTests.RebuildingFactory rebuilding, MemberImportIndexRebuildTests.DefaultFactory defaults)
    : IClassFixture<MemberImportIndexRebuildTests.RebuildingFactory>, IClassFixture<MemberImportIndexRebuildTests.DefaultFactory>
{
    [Fact]
    public async Task A_large_import_leaves_the_member_indexes_and_their_statistics_as_they_were()
    {
        await rebuilding.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
        var before = await rebuilding.WithDbAsync(SchemaAsync);
        before.Indexes.Count.ShouldBeGreaterThanOrEqualTo(10);
        before.Statistics.Count.ShouldBeGreaterThanOrEqualTo(before.Indexes.Count);

        var office = rebuilding.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var rows = ImportFiles.Many(30, "783").Select((r, i) => r.With("citizenId", $"0010850{i:D5}")).ToList();
        var response = await ImportFiles.PostAsync(office, ImportFiles.Csv(rows), dryRun: false);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("created").GetInt32().ShouldBe(30);

        var after = await rebuilding.WithDbAsync(SchemaAsync);
        after.Version.ShouldBeGreaterThan(before.Version, "the indexes were dropped and built again");
        after.Indexes.ShouldBe(before.Indexes);
        after.Statistics.ShouldBe(before.Statistics);

        // Every row in every index, and the indexes used by the planner.
        (await rebuilding.WithDbAsync(db => Scalar(db, "PRAGMA integrity_check"))).ShouldBe("ok");
        string.Join(" | ", await rebuilding.WithDbAsync(db => Strings(db, "EXPLAIN QUERY PLAN SELECT Id FROM Members WHERE CitizenId = '001085000007'", "detail")))
            .ShouldContain("IX_Members_CitizenId");
        (await rebuilding.WithDbAsync(db => Scalar(db, "SELECT count(*) FROM Members INDEXED BY IX_Members_CitizenId WHERE CitizenId LIKE '0010850%'"))).ShouldBe("30");
        string.Join(" | ", await rebuilding.WithDbAsync(db => Strings(db, "EXPLAIN QUERY PLAN SELECT MemberId FROM MemberPlacements WHERE StartsOn = '2020-01-01'", "detail")))
            .ShouldContain("IX_MemberPlacements_StartsOn");
        (await rebuilding.WithDbAsync(db => Scalar(db, "SELECT count(*) FROM MemberPlacements INDEXED BY IX_MemberPlacements_StartsOn WHERE StartsOn >= '0001-01-01'")))
            .ShouldBe(await rebuilding.WithDbAsync(db => Scalar(db, "SELECT count(*) FROM MemberPlacements")));

        // And the API reads the new members through them.
        var found = await office.GetAsync("/api/v1/members?search=" + Uri.EscapeDataString("Nguyễn Văn Bc"));
        found.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await found.Content.ReadAsStringAsync()).ShouldContain("Nguyễn Văn Bc");
    }

    [Fact]
    public async Task An_import_below_the_thresholds_leaves_the_schema_alone()
    {
        var before = await defaults.WithDbAsync(SchemaAsync);
        var office = defaults.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var response = await ImportFiles.PostAsync(office, ImportFiles.Csv(ImportFiles.Many(12, "784")), dryRun: false);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var after = await defaults.WithDbAsync(SchemaAsync);
        after.Version.ShouldBe(before.Version);
        after.Indexes.ShouldBe(before.Indexes);
    }

    [Fact]
    public async Task Indexes_dropped_in_a_transaction_that_rolls_back_come_back_untouched()
    {
        var before = await rebuilding.WithDbAsync(SchemaAsync);
        await using (var scope = rebuilding.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var writer = scope.ServiceProvider.GetRequiredService<INewMembersWriter>();
            var cell = await db.Set<Domain.Organization.PartyOrganization>().AsNoTracking().SingleAsync(o => o.Id == DemoData.Cell(4));
            await using var transaction = await db.Database.BeginTransactionAsync();
            await writer.PrepareAsync(3, CancellationToken.None);

            // Once prepared, the member table has only its primary key's index; its parts' tables keep theirs until a
            // batch fills them.
            var prepared = (await SchemaAsync(db)).Indexes;
            prepared.ShouldBe(before.Indexes.Where(i => !i.StartsWith("Members.", StringComparison.Ordinal)).ToList());
            await writer.WriteAsync([.. Enumerable.Range(0, 3).Select(i => Member(cell, i, "7850000" + i))], CancellationToken.None);

            // Then the tables the batch filled keep only their primary keys' and the indexes led by the member's key
            // (which the batches read the parts by); a part's table it did not fill (conditions) keeps all of its own.
            var inside = (await SchemaAsync(db)).Indexes;
            inside.ShouldBe(before.Indexes.Where(i => LedByTheMembersKey(i) || i.StartsWith("MemberConditions.", StringComparison.Ordinal)).ToList());
            inside.ShouldContain(i => i.StartsWith("MemberConditions.IX_MemberConditions_StartsOn_EndsOn", StringComparison.Ordinal));
            inside.ShouldContain(i => i.StartsWith("MemberPlacements.IX_MemberPlacements_MemberId_StartsOn", StringComparison.Ordinal));
            await transaction.RollbackAsync();
        }

        var after = await rebuilding.WithDbAsync(SchemaAsync);
        after.ShouldBe(before);
        (await rebuilding.WithDbAsync(db => db.Set<PartyMember>().CountAsync(m => m.PartyCardNumber!.StartsWith("785")))).ShouldBe(0);
    }

    [Fact]
    public async Task A_duplicate_written_while_the_indexes_wait_fails_the_commit_with_the_indexs_conflict_and_writes_nothing()
    {
        var before = await rebuilding.WithDbAsync(SchemaAsync);
        var taken = await rebuilding.WithDbAsync(db => db.Set<PartyMember>().AsNoTracking().Where(m => m.PartyCardNumber != null).Select(m => m.PartyCardNumber!).FirstAsync());

        // Through the lock of the import (ExclusiveAsync): the coded conflict of the card number's index.
        await using (var scope = rebuilding.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var writer = scope.ServiceProvider.GetRequiredService<INewMembersWriter>();
            var cell = await db.Set<Domain.Organization.PartyOrganization>().AsNoTracking().SingleAsync(o => o.Id == DemoData.Cell(4));
            var conflict = await Should.ThrowAsync<ConflictException>(() => db.ExclusiveAsync(
                [],
                async ct =>
                {
                    await writer.PrepareAsync(2, ct);
                    await writer.WriteAsync([Member(cell, 0, "78600001"), Member(cell, 1, taken)], ct);
                    return 0;
                },
                CancellationToken.None));
            conflict.Code.ShouldBe("member.card_number_taken");
        }

        // Committed synchronously, in a transaction of its own: the engine's error.
        await using (var scope = rebuilding.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var writer = scope.ServiceProvider.GetRequiredService<INewMembersWriter>();
            var cell = await db.Set<Domain.Organization.PartyOrganization>().AsNoTracking().SingleAsync(o => o.Id == DemoData.Cell(4));
            using var transaction = db.Database.BeginTransaction();
            await writer.PrepareAsync(1, CancellationToken.None);
            await writer.WriteAsync([Member(cell, 2, taken)], CancellationToken.None);
            Should.Throw<SqliteException>(() => transaction.Commit()).Message.ShouldContain("UNIQUE constraint failed: Members.PartyCardNumber");
        }

        (await rebuilding.WithDbAsync(SchemaAsync)).ShouldBe(before);
        (await rebuilding.WithDbAsync(db => db.Set<PartyMember>().CountAsync(m => m.PartyCardNumber == "78600001"))).ShouldBe(0);
        (await rebuilding.WithDbAsync(db => db.Set<PartyMember>().CountAsync(m => m.PartyCardNumber == taken))).ShouldBe(1);
        (await rebuilding.WithDbAsync(db => Scalar(db, "PRAGMA integrity_check"))).ShouldBe("ok");
    }

    /// <summary>The tables a new member fills (its own and its parts'), and a part's table it does not (conditions).</summary>
    private const string MemberTables = "('Members', 'MemberPlacements', 'MemberQualificationPeriods', 'MemberStatusPeriods', 'PartyCards', 'MemberConditions')";

    /// <summary>
    /// The schema's version, the secondary indexes (table, name and definition) of the member table and of its parts'
    /// tables, and their planner statistics.
    /// </summary>
    private static async Task<Schema> SchemaAsync(AppDbContext db) => new(
        long.Parse(await Scalar(db, "PRAGMA schema_version"), System.Globalization.CultureInfo.InvariantCulture),
        await Strings(db, $"""SELECT tbl_name || '.' || name || ': ' || sql FROM sqlite_schema WHERE type = 'index' AND tbl_name IN {MemberTables} AND sql IS NOT NULL ORDER BY tbl_name, name"""),
        await Strings(db, $"""SELECT tbl || '.' || idx || ': ' || stat FROM sqlite_stat1 WHERE tbl IN {MemberTables} AND idx IS NOT NULL AND idx NOT LIKE 'sqlite_autoindex%' ORDER BY tbl, idx"""));

    private static bool LedByTheMembersKey(string index) => index.Contains(" (\"MemberId\"", StringComparison.Ordinal);

    private static async Task<string> Scalar(AppDbContext db, string sql) => (await Strings(db, sql)).Single();

    private static async Task<List<string>> Strings(AppDbContext db, string sql, string? column = null)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync();
        }

        try
        {
            return await ReadAsync(db, connection, sql, column);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task<List<string>> ReadAsync(AppDbContext db, System.Data.Common.DbConnection connection, string sql, string? column)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        var values = new List<string>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values.Add(Convert.ToString(reader.GetValue(column is null ? 0 : reader.GetOrdinal(column)), System.Globalization.CultureInfo.InvariantCulture)!);
            }
        }
        catch (SqliteException exception) when (exception.Message.Contains("no such table: sqlite_stat1", StringComparison.Ordinal))
        {
        }

        return values;
    }

    private static PartyMember Member(Domain.Organization.PartyOrganization cell, int i, string card)
    {
        var admitted = new DateOnly(1999, 3, 1).AddDays(41 * i);
        return PartyMember.Register(
            Guid.CreateVersion7(),
            new MemberProfile("Phan Văn " + ImportFiles.Letters(i + 1), Sex.Male, new DateOnly(1975, 1, 5).AddDays(97 * i), null, null, Ethnicities.Kinh, null, null,
                GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate, null, null, null, null, false, card, null),
            new AdmissionRecord(admitted, $"{i}-QĐ/ĐU", admitted, admitted.AddYears(1)),
            cell,
            MemberStatus.Full,
            cell.EstablishedOn > admitted.AddYears(1) ? cell.EstablishedOn : admitted.AddYears(1),
            null);
    }

    private sealed record Schema(long Version, List<string> Indexes, List<string> Statistics)
    {
        public bool Equals(Schema? other) =>
            other is not null && Version == other.Version && Indexes.SequenceEqual(other.Indexes) && Statistics.SequenceEqual(other.Statistics);

        public override int GetHashCode() => Version.GetHashCode();
    }

    /// <summary>Every real import rebuilds the member indexes (1 row, any share).</summary>
    public sealed class RebuildingFactory() : ApiFactory(new Dictionary<string, string?>
    {
        ["Import:RebuildIndexesAtRows"] = "1",
        ["Import:RebuildIndexesAtShare"] = "0",
    })
    {
    }

    /// <summary>The default thresholds (10,000 new members and 30% of those stored).</summary>
    public sealed class DefaultFactory : ApiFactory
    {
    }
}
