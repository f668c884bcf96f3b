using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Domain.Common;
using PartyCommittee.Infrastructure.Persistence.Interceptors;

namespace PartyCommittee.Infrastructure.Persistence;

/// <inheritdoc cref="IAddedAggregatesWriter"/>
internal sealed class AddedAggregatesWriter(
    IAppDbContext db, ICurrentUser user, TimeProvider time, SqliteTransactionCacheInterceptor cache, ImportOptions options) : IAddedAggregatesWriter
{
    /// <summary>Aggregates whose rows and audit rows are made and written together (memory: a chunk's, not the load's).</summary>
    internal int AggregatesPerChunk { get; init; } = 5_000;

    public async Task WriteAsync<T>(IReadOnlyList<T> aggregates, CancellationToken cancellationToken)
        where T : AggregateRoot
    {
        var context = (DbContext)db;
        if (AggregateInserts.Checked(context, aggregates, "write new ones with INewMembersWriter.") is not { } current)
        {
            return;
        }

        var inserts = AggregateInserts.Of(context, typeof(T));
        var now = time.GetUtcNow().UtcDateTime;
        var stamp = new AuditingInterceptor.AuditRowStamp(now, AuditingInterceptor.UserId(user), user.UserName, Activity.Current?.TraceId.ToHexString());
        var transaction = current.GetDbTransaction();
        var sqlite = context.Database.IsSqlite();
        if (sqlite && aggregates.Count >= AggregatesPerChunk)
        {
            // A load of a chunk or more: the page cache of a bulk load for the rest of the transaction, as the member
            // import's (ADR 0083; its setting, Import:SqliteCacheMegabytes): the rows' index entries go to random pages.
            await cache.EnlargeAsync(transaction, options.SqliteCacheMegabytes, cancellationToken);
        }

        // A chunk at a time: the rows' values and the audit rows of a million aggregates held at once were ~2 GB.
        foreach (var chunk in aggregates.Chunk(AggregatesPerChunk))
        {
            var rows = inserts.Collect(chunk);
            await inserts.InsertAsync(transaction, sqlite, rows, inserts.AuditRows(rows, stamp), now, cancellationToken);
        }
    }
}
