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
        var file = Path.Combine(Path.GetTempPath(), "party-committee-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file};Pooling=false").Options;
        await using (var db = new SqliteAppDbContext(options))
        {
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.IndexOf(migrations.Single(m => m.EndsWith("_OneOpenTransferPerMember", StringComparison.Ordinal))) - 1]);
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
