using System.Buffers;
using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Interceptors;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// The member import's writer of NEW members (issue 12, ADR 0046): what one <c>SaveChanges</c> of the members added
/// to the change tracker writes, written set-based, without tracking them and without EF Core's per-entity command
/// preparation. Each part comes from the code the save pipeline runs for an added member, not from a copy of it:
/// <list type="bullet">
/// <item>the entity rows: the member and every part the model reaches from it (principal to dependent, other
/// aggregates excluded, as <c>Add</c> reaches them), every mapped property through the model's getters and type
/// mappings (<see cref="BulkInserts"/>), the aggregate's stamps set as <see cref="AuditingInterceptor"/> sets them;</item>
/// <item>the search index: <see cref="SearchIndexInterceptor.TokensOf"/> and <see cref="SearchIndexInterceptor.UnknownWordsAsync"/>;</item>
/// <item>the audit: one row per auditable entity, its JSON by <see cref="AuditingInterceptor.Changes(EntityState, AuditingInterceptor.AuditPlan, ArrayBufferWriter{byte}, Func{IProperty, object?}?, Func{IProperty, object?}?, Func{IProperty, bool}?)"/>;</item>
/// <item>the counts: <see cref="MembershipCountsInterceptor.Contribution(PartyMember)"/> and
/// <see cref="DatedCountsDifference.AddCreatedAsync"/> (the pending backfill honoured), handed to
/// <see cref="MembershipCountsInterceptor.ObserveAsync"/>: applied in the caller's transaction, at its commit with the
/// differences of its saves (on SQLite, the dated ones past <see cref="ImportOptions.CountKeysInMemory"/> keys wait in a temporary table).</item>
/// </list>
/// Domain events: a new member that raised any is refused (the handler saves such members through the pipeline,
/// which dispatches them); <see cref="PartyMember.Register"/> raises none today.
/// </summary>
internal sealed class NewMembersBulkWriter(
    IAppDbContext db, ICurrentUser user, TimeProvider time, MembershipCountsInterceptor counts, DeferredIndexesInterceptor indexes,
    SqliteTransactionCacheInterceptor cache, ImportOptions options)
    : INewMembersWriter
{
    private static readonly ConditionalWeakTable<IModel, Shape> Shapes = [];

    /// <summary>
    /// After a large load's <see cref="PrepareAsync"/>: its transaction, and the parts' tables already considered in it
    /// (each the first time a batch has rows for it); null otherwise.
    /// </summary>
    private (DbTransaction Transaction, HashSet<IEntityType> Considered)? parts;

    /// <summary>
    /// SQLite: the transaction's connection gets a page cache of <see cref="ImportOptions.SqliteCacheMegabytes"/> until
    /// it ends (<see cref="SqliteTransactionCacheInterceptor"/>, ADR 0083). When the transaction will create at least <see cref="ImportOptions.RebuildIndexesAtRows"/> members and at
    /// least <see cref="ImportOptions.RebuildIndexesAtShare"/> of those stored, the member table's secondary indexes are
    /// dropped now and built again at the commit (<see cref="DeferredIndexesInterceptor"/>, ADR 0056), and those of its
    /// parts' tables as the batches fill them (<see cref="DeferPartsAsync"/>, session 39).
    /// </summary>
    public async Task PrepareAsync(int newMembers, CancellationToken cancellationToken)
    {
        var context = (DbContext)db;
        if (!context.Database.IsSqlite())
        {
            return;
        }

        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A load is prepared in the caller's transaction: there is none.");
        await cache.EnlargeAsync(transaction, options.SqliteCacheMegabytes, cancellationToken);
        if (options.RebuildIndexesAtRows <= 0 || newMembers < options.RebuildIndexesAtRows)
        {
            return;
        }

        var stored = await context.Set<PartyMember>().CountAsync(cancellationToken);
        if (newMembers >= options.RebuildIndexesAtShare * stored)
        {
            var table = context.Model.FindEntityType(typeof(PartyMember))!.GetTableName()!;
            await indexes.DeferAsync(transaction, table, cancellationToken);
            parts = (transaction, []);
        }
    }

    /// <summary>
    /// The indexes of the parts' tables this batch fills (a row or a few per member each), deferred as the member
    /// table's, but for those led by the key of their principal, which stay: a batch reads the parts of the members it
    /// updates by that key, and new members' keys sort after every stored one, so those indexes take the new rows at
    /// their end. A part table the load never fills keeps its indexes (nothing to build again at the commit).
    /// </summary>
    private async Task DeferPartsAsync(DbTransaction transaction, AggregateInserts shape, Dictionary<IEntityType, List<object>> rows, CancellationToken cancellationToken)
    {
        if (parts is not { } load || load.Transaction != transaction)
        {
            return;
        }

        foreach (var part in shape.Tables.Skip(1))
        {
            if (rows[part.Type].Count == 0 || !load.Considered.Add(part.Type))
            {
                continue;
            }

            var principalKey = part.Type.GetForeignKeys()
                .First(fk => fk.PrincipalEntityType != part.Type && shape.Tables.Any(t => t.Type == fk.PrincipalEntityType))
                .Properties[0].GetColumnName();
            await indexes.DeferAsync(transaction, part.Type.GetTableName()!, cancellationToken, keepLedBy: principalKey);
        }
    }

    public async Task WriteAsync(IReadOnlyList<PartyMember> members, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
        {
            return;
        }

        var context = (DbContext)db;
        var database = context.Database;
        if (database.CurrentTransaction is not { } current)
        {
            throw new InvalidOperationException("New members are written in the caller's transaction (their counts are applied at its commit): there is none.");
        }

        if (members.FirstOrDefault(m => m.DomainEvents.Count > 0) is { } raised)
        {
            throw new InvalidOperationException($"The member {raised.Id} has pending domain events: save it through the change tracker, which dispatches them.");
        }

        var shape = Shapes.GetValue(context.Model, _ => new Shape(context));
        var now = time.GetUtcNow().UtcDateTime;

        // The rows of each entity type, in the order the model reaches the types (principals before dependents).
        var rows = shape.Member.Collect(members);

        // The search index, as the search-index interceptor writes it for added members.
        var tokens = new List<object>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            tokens.AddRange(SearchIndexInterceptor.TokensOf(member.NameFolded).Select(t => new MemberNameToken(t, member.Id)));
            words.UnionWith(MemberSearchIndex.Words(member.NameFolded));
        }

        var newWords = (await SearchIndexInterceptor.UnknownWordsAsync(context, words, cancellationToken)).Select(object (w) => new MemberNameWord(w)).ToList();

        // The counts, as the counts interceptor collects them for added members (no original values, no rows before).
        var deltas = new Deltas();
        foreach (var member in members)
        {
            foreach (var key in MembershipCountsInterceptor.Contribution(member))
            {
                deltas.Counts[key] = deltas.Counts.GetValueOrDefault(key) + 1;
            }
        }

        await DatedCountsDifference.AddCreatedAsync(context, members, deltas.Dated, cancellationToken);

        // The audit, as the audit interceptor writes it for added auditable entities.
        var audits = shape.Member.AuditRows(rows, new AuditingInterceptor.AuditRowStamp(now, AuditingInterceptor.UserId(user), user.UserName, Activity.Current?.TraceId.ToHexString()));

        var transaction = current.GetDbTransaction();
        var sqlite = database.IsSqlite();
        await DeferPartsAsync(transaction, shape.Member, rows, cancellationToken);
        await shape.Member.InsertAsync(transaction, sqlite, rows, audits, now, cancellationToken);

        // In the index's key order (token, then the members in the order they came, which is their keys' order): the
        // batch's rows of one token go into their leaf one after the other instead of at random over the whole index.
        await AggregateInserts.InsertAsync(transaction, sqlite, shape.Tokens, [.. tokens.OrderBy(t => ((MemberNameToken)t).Token, StringComparer.Ordinal)], now, cancellationToken);
        await AggregateInserts.InsertAsync(transaction, sqlite, shape.Words, newWords, now, cancellationToken);
        await counts.ObserveAsync(context, deltas, options.CountKeysInMemory, cancellationToken);
    }

    /// <summary>The tables a new member's graph fills (<see cref="AggregateInserts"/>), and the search index's (cached per model).</summary>
    private sealed class Shape(DbContext context)
    {
        public AggregateInserts Member { get; } = AggregateInserts.Of(context, typeof(PartyMember));

        public AggregateInserts.Table Tokens { get; } = new(context.Model.FindEntityType(typeof(MemberNameToken))!, context.GetService<ISqlGenerationHelper>());

        public AggregateInserts.Table Words { get; } = new(context.Model.FindEntityType(typeof(MemberNameWord))!, context.GetService<ISqlGenerationHelper>());
    }
}
