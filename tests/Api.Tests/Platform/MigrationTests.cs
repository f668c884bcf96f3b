using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>Both engines' migrations are complete, and the SQL Server script is valid T-SQL (no server runs here).</summary>
public sealed class MigrationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
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

    private static List<ParseError> Parse(string script)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);
        return [.. errors];
    }
}
