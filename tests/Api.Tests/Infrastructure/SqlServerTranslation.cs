using Microsoft.EntityFrameworkCore;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>
/// A SQL Server context that is never connected: for checking how a query translates on SQL Server
/// (<c>ToQueryString</c>) where no server can run. Its options are the API's for collections (one JSON parameter).
/// </summary>
public static class SqlServerTranslation
{
    public static SqlServerAppDbContext Context() => new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
        .UseSqlServer("Server=localhost;Database=translation-only;Trusted_Connection=False", o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
        .Options);
}
