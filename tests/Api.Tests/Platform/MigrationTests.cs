using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Interceptors;
using PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>Both engines' migrations are complete, and the SQL Server script is valid T-SQL (no server runs here).</summary>
public sealed class MigrationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void The_database_is_migrated_before_any_other_hosted_service_starts()
    {
        // Hosted services start in registration order; the data-protection key ring and the background jobs read the
        // database, which a fresh clone does not have until the migrations ran.
        // Only telemetry (which reads no database) may start before it.
        var hosted = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Select(s => s.GetType()).ToList();
        var migrate = hosted.IndexOf(typeof(PartyCommittee.Api.Hosting.DatabaseStartup));
        migrate.ShouldBeGreaterThanOrEqualTo(0);
        hosted.Take(migrate).ShouldAllBe(t => t.Namespace!.StartsWith("OpenTelemetry", StringComparison.Ordinal));
        hosted.Skip(migrate + 1).ShouldContain(t => t.Namespace!.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal));
    }

    [Fact]
    public void Sqlite_migrations_cover_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --project src/Infrastructure --context SqliteAppDbContext --output-dir Persistence/Migrations/Sqlite");
    }

    [Fact]
    public void Sql_server_migrations_cover_the_model()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --project src/Infrastructure --context SqlServerAppDbContext --output-dir Persistence/Migrations/SqlServer");
    }

    [Fact]
    public void Both_engines_have_the_same_migrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        Names(sqlite).ShouldBe(Names(sqlServer));
    }

    [Fact]
    public void Idempotent_sql_server_script_parses_without_errors()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var errors = Parse(script);

        errors.ShouldBeEmpty(string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
        script.ShouldContain("CREATE TABLE [Organizations]");
        script.ShouldContain("CREATE TABLE [AuditEntries]");
        script.ShouldContain("IF NOT EXISTS");
    }

    [Fact]
    public void Every_index_that_names_a_rule_is_a_unique_index_of_both_engines()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);

        foreach (var db in new DbContext[] { sqlite, sqlServer })
        {
            var unique = db.Model.GetEntityTypes().SelectMany(t => t.GetIndexes()).Where(i => i.IsUnique).Select(i => i.GetDatabaseName()).ToHashSet();
            UniqueIndexRules.IndexNames.ShouldAllBe(name => unique.Contains(name), db.GetType().Name);
        }

        var open = sqlServer.Model.FindEntityType(typeof(Transfer))!.GetIndexes().Single(i => i.GetDatabaseName() == UniqueIndexRules.OneOpenTransferPerMember);
        open.GetFilter().ShouldBe("Status IN ('Requested', 'Sent')");
    }

    [Fact]
    public void The_meeting_attendance_recount_statements_are_T_SQL_within_the_parameters_a_request_may_carry()
    {
        // ADR 0092: the statements the save pipeline runs at a commit on SQL Server (no server runs here), in chunks, and the
        // backfill job's.
        var deltas = new Deltas();
        for (var i = 0; i < 1_200; i++)
        {
            deltas.Meetings.Add(Guid.NewGuid());
            deltas.AddAttendee(Guid.NewGuid(), new DateOnly(2020, 1, 1).AddDays(i));
        }

        using var connection = new Microsoft.Data.SqlClient.SqlConnection();
        var commands = MeetingAttendanceRecount.Commands(connection, null, sqlServer: true, deltas).ToList();

        commands.Count.ShouldBe(4, "1,200 meetings and 1,200 members, a thousand a statement");
        commands.ShouldAllBe(c => c.Parameters.Count <= 2_000);
        foreach (var sql in commands.Select(c => c.CommandText).Append(MeetingAttendanceRecount.SqlServerRecountUncounted.Replace("{0}", "@p0", StringComparison.Ordinal)))
        {
            Parse(sql).ShouldBeEmpty(sql);
        }
    }

    [Fact]
    public void The_script_check_would_catch_a_syntax_error()
    {
        Parse("CREATE TABLE [Broken] ([Id] int NOT NULL,;\nGO").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_embedded_database_was_created_by_migrations_at_start_up()
    {
        factory.CreateClient().Dispose();

        var (applied, all) = await factory.WithDbAsync(async db =>
            ((await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList()));

        applied.ShouldBe(all);
        File.Exists(factory.SqliteFile).ShouldBeTrue();
    }

    [Fact]
    public async Task Upgrading_keeps_one_open_transfer_per_member_and_rejects_the_duplicates()
    {
        // A database from before the index, where two racing requests opened three transfers for one member.
        var (file, options) = NewSqliteFile();
        await using (var db = new SqliteAppDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(StepBefore(db, "OneOpenTransferPerMember"));
            var committee = PartyOrganization.Create(Guid.CreateVersion7(), "DB-UP", "Đảng bộ Nâng cấp", null, OrganizationType.PartyCommittee, null, new DateOnly(2010, 1, 1), null);
            var cell = PartyOrganization.Create(Guid.CreateVersion7(), "CB-UP", "Chi bộ Nâng cấp", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2010, 1, 1), committee);
            var other = PartyOrganization.Create(Guid.CreateVersion7(), "CB-UP2", "Chi bộ Nâng cấp Hai", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2010, 1, 1), committee);
            var member = PartyMember.Register(
                Guid.CreateVersion7(),
                new MemberProfile("Trần Văn Nâng", Sex.Male, new DateOnly(1980, 1, 1), null, null, Ethnicities.Kinh, null, null, GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate, null, null, null, null, false, null, null),
                new AdmissionRecord(new DateOnly(2012, 1, 1), null, new DateOnly(2012, 1, 1), new DateOnly(2013, 1, 1)),
                cell,
                MemberStatus.Full,
                new DateOnly(2013, 1, 1),
                null);
            db.AddRange(committee, cell, other, member);
            foreach (var _ in Enumerable.Range(0, 3))
            {
                // Duplicates a racing writer could have left before the unique index: the request knows of no open one.
                db.Add(Transfer.Request(
                    Guid.CreateVersion7(),
                    new TransferRequest(TransferKind.Official, TransferDirection.Internal, TransferPurpose.Work, null, new DateOnly(2025, 3, 3), null, null),
                    member,
                    cell,
                    other,
                    memberHasOpenTransfer: false,
                    today: new DateOnly(2025, 3, 3),
                    rules: TransferRuleSet.Statutory));
            }

            // The entities are written with today's model: columns that later migrations add exist only while writing.
            // Parts of the entities kept in tables that later migrations create (qualification periods, cards…) are not written.
            var added = await AddLaterColumnsAsync(db);
            var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync();
            foreach (var entry in db.ChangeTracker.Entries().ToList().Where(e => e.Metadata.GetTableName() is { } name && !tables.Contains(name)))
            {
                entry.State = EntityState.Detached;
            }

            await db.SaveChangesAsync();
            foreach (var (table, column) in added)
            {
#pragma warning disable EF1003 // table and column names come from the model
                await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"" + table + "\" DROP COLUMN \"" + column + "\"");
#pragma warning restore EF1003
            }

            await db.Database.MigrateAsync();
        }

        await using (var db = new SqliteAppDbContext(options))
        {
            var transfers = await db.Transfers.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
            transfers.Select(t => t.Status).ShouldBe([TransferStatus.Requested, TransferStatus.Rejected, TransferStatus.Rejected]);
            transfers[1].RejectedOn.ShouldBe(new DateOnly(2025, 3, 3));
            transfers[1].RejectionReason!.ShouldContain("duplicate");

            // A member written before Members.AcademicTitle existed got the column's default '' (no AcademicTitle name):
            // the repair step gives it None, so the member reads (its detail answered 500 before the step).
            (await db.Database.SqlQueryRaw<string>("SELECT AcademicTitle AS \"Value\" FROM Members").ToListAsync()).ShouldBe(["None"]);
            var member = await db.Members.AsNoTracking().SingleAsync();
            MembershipLabels.Of(member.AcademicTitle).En.ShouldBe("None");
        }

        File.Delete(file);
    }

    [Fact]
    public async Task The_dated_counts_live_in_their_keys_B_tree_on_both_engines_and_the_upgrade_keeps_every_row()
    {
        // SQL Server: the key is clustered (the default), so its rows are stored in the key's B-tree.
        using (var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]))
        {
            var changes = sqlServer.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model.FindEntityType(typeof(MembershipCountChange))!;
            changes.FindPrimaryKey()!.IsClustered().ShouldNotBe(false);
            changes.GetIndexes().ShouldBeEmpty(); // ADR 0070: every reader seeks the key; a second B-tree only doubled the writes
        }

        // SQLite, the test host's database built by every migration: WITHOUT ROWID (ADR 0062). A later migration that
        // rebuilds the table (EF Core's SQLite rebuild knows no such clause) fails here.
        (await factory.WithDbAsync(CountChangesSqlAsync)).ShouldSatisfyAllConditions(
            sql => MembershipCountChangesLayout.IsWithoutRowId(sql).ShouldBeTrue(sql),
            sql => sql.ShouldContain("PRIMARY KEY (\"OrganizationId\", \"Dimension\", \"Value\", \"Day\")"));
        // ADR 0082: the staged changes, the same key in the same layout.
        (await factory.WithDbAsync(db => CountChangesSqlAsync(db, "MembershipCountChangesStaged"))).ShouldSatisfyAllConditions(
            sql => MembershipCountChangesLayout.IsWithoutRowId(sql).ShouldBeTrue(sql),
            sql => sql.ShouldContain("PRIMARY KEY (\"OrganizationId\", \"Dimension\", \"Value\", \"Day\")"));

        // A database from before the migration, with rows: the upgrade keeps them all, in the new layout, with the day
        // index and the table's statistics; the next step (ADR 0070) drops the day index; going back down keeps them too.
        var (file, options) = NewSqliteFile();
        await using (var db = new SqliteAppDbContext(options))
        {
            var before = StepBefore(db, "CountChangesWithoutRowId");
            await db.GetService<IMigrator>().MigrateAsync(before);
            MembershipCountChangesLayout.IsWithoutRowId(await CountChangesSqlAsync(db)).ShouldBeFalse();
            await db.Database.ExecuteSqlRawAsync(
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
                INSERT INTO "MembershipCountChanges" ("OrganizationId", "Dimension", "Value", "Day", "Delta")
                SELECT printf('%08d-0000-0000-0000-000000000000', i % 7), CASE i % 3 WHEN 0 THEN 'roster' WHEN 1 THEN 'age_band' ELSE 'reviewed' END,
                       CAST(i % 5 AS TEXT), date('2000-01-01', '+' || i || ' days'), (i % 4) - 2
                FROM n ORDER BY random()
                """);
            var rows = await RowsAsync(db);
            rows.Count.ShouldBe(3001); // and the backfill marker an earlier migration left

            var withoutRowId = db.Database.GetMigrations().Single(m => m.EndsWith("_CountChangesWithoutRowId", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(withoutRowId);
            MembershipCountChangesLayout.IsWithoutRowId(await CountChangesSqlAsync(db)).ShouldBeTrue();
            (await RowsAsync(db)).ShouldBe(rows);
            (await IndexesAsync(db)).ShouldBe(["IX_MembershipCountChanges_Day"]);
            (await StatisticsAsync(db)).ShouldBe(["IX_MembershipCountChanges_Day", "MembershipCountChanges"]);
            (await Should.ThrowAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "MembershipCountChanges" SELECT "OrganizationId", "Dimension", "Value", "Day", 1 FROM "MembershipCountChanges" LIMIT 1""")))
                .SqliteExtendedErrorCode.ShouldBe(1555); // SQLITE_CONSTRAINT_PRIMARYKEY: the key is still the table's key

            // ADR 0070: the day index dropped (with its statistics); the key's B-tree, its rows and its statistics stay (to that
            // step: a later migration, ADR 0093, marks every member's dated changes for recomputation).
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_DropCountChangesDayIndex", StringComparison.Ordinal)));
            MembershipCountChangesLayout.IsWithoutRowId(await CountChangesSqlAsync(db)).ShouldBeTrue();
            (await RowsAsync(db)).ShouldBe(rows);
            (await IndexesAsync(db)).ShouldBeEmpty();
            (await StatisticsAsync(db)).ShouldBe(["MembershipCountChanges"]);

            // Down: the day index back, then the rowid table back, each keeping every row.
            await db.GetService<IMigrator>().MigrateAsync(withoutRowId);
            (await IndexesAsync(db)).ShouldBe(["IX_MembershipCountChanges_Day"]);
            (await RowsAsync(db)).ShouldBe(rows);
            await db.GetService<IMigrator>().MigrateAsync(before);
            MembershipCountChangesLayout.IsWithoutRowId(await CountChangesSqlAsync(db)).ShouldBeFalse();
            (await RowsAsync(db)).ShouldBe(rows);
        }

        File.Delete(file);

        static Task<List<string>> RowsAsync(DbContext db) => db.Database.SqlQueryRaw<string>(
            """SELECT "OrganizationId" || '|' || "Dimension" || '|' || "Value" || '|' || "Day" || '|' || "Delta" AS "Value" FROM "MembershipCountChanges" ORDER BY 1""").ToListAsync();

        static Task<List<string>> IndexesAsync(DbContext db) => db.Database.SqlQueryRaw<string>(
            """SELECT name AS "Value" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'MembershipCountChanges' ORDER BY name""").ToListAsync();

        static Task<List<string>> StatisticsAsync(DbContext db) => db.Database.SqlQueryRaw<string>(
            """SELECT idx AS "Value" FROM sqlite_stat1 WHERE tbl = 'MembershipCountChanges' ORDER BY idx""").ToListAsync();
    }

    /// <summary>A new SQLite file for one test (no pooling: the test deletes it at its end) and its context options.</summary>
    private static (string File, DbContextOptions<SqliteAppDbContext> Options) NewSqliteFile()
    {
        var file = Path.Combine(Path.GetTempPath(), "party-committee-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return (file, new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file};Pooling=false").Options);
    }

    /// <summary>The migration just before the one named <paramref name="name"/> (the state a database was in before it).</summary>
    private static string StepBefore(DbContext db, string name)
    {
        var migrations = db.Database.GetMigrations().ToList();
        return migrations[migrations.IndexOf(migrations.Single(m => m.EndsWith("_" + name, StringComparison.Ordinal))) - 1];
    }

    private static Task<string> CountChangesSqlAsync(DbContext db) => CountChangesSqlAsync(db, "MembershipCountChanges");

    private static Task<string> CountChangesSqlAsync(DbContext db, string table) =>
        db.Database.SqlQueryRaw<string>("""SELECT sql AS "Value" FROM sqlite_master WHERE type = 'table' AND name = {0}""", table).SingleAsync();

    /// <summary>Adds (nullable) every column of the model that the database does not have yet; returns them.</summary>
#pragma warning disable EF1003 // table and column names come from the model
    private static async Task<List<(string Table, string Column)>> AddLaterColumnsAsync(DbContext db)
    {
        var added = new List<(string Table, string Column)>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            var existing = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM pragma_table_info('" + table + "')").ToListAsync();
            if (existing.Count == 0)
            {
                continue;
            }

            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var column in entity.GetProperties().Select(p => p.GetColumnName(store)).OfType<string>().Distinct().Where(c => !existing.Contains(c)))
            {
                await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"" + table + "\" ADD COLUMN \"" + column + "\"");
                added.Add((table, column));
            }
        }

        return added;
    }
#pragma warning restore EF1003

    private static List<ParseError> Parse(string script)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);
        return [.. errors];
    }
}
