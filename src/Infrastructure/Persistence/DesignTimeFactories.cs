using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(DatabaseOptions.DefaultSqliteConnectionString).Options);
}

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context without a server (migrations and scripts need none).</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public const string PlaceholderConnectionString = "Server=localhost;Database=PartyCommittee;Integrated Security=true;TrustServerCertificate=true";

    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer(PlaceholderConnectionString).Options);
}
