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
using PartyCommittee.Domain.Common;
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
    private async Task DeferPartsAsync(DbTransaction transaction, Shape shape, Dictionary<IEntityType, List<object>> rows, CancellationToken cancellationToken)
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

        var shape = Shapes.GetValue(context.Model, model => new Shape(model, context.GetService<ISqlGenerationHelper>()));
        var now = time.GetUtcNow().UtcDateTime;

        // The rows of each entity type, in the order the model reaches the types (principals before dependents).
        var rows = shape.Tables.ToDictionary(t => t.Type, _ => new List<object>());
        foreach (var member in members)
        {
            shape.Collect(member, rows);
        }

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
        var stamp = new AuditingInterceptor.AuditRowStamp(now, AuditingInterceptor.UserId(user), user.UserName, Activity.Current?.TraceId.ToHexString());
        var buffer = new ArrayBufferWriter<byte>(1024);
        var audits = new List<object>();
        foreach (var table in shape.Tables)
        {
            if (table.Plan is not { } plan)
            {
                continue;
            }

            foreach (var entity in rows[table.Type])
            {
                object? Value(IProperty p) => table.Value(entity, p, now);
                if (AuditingInterceptor.Changes(EntityState.Added, plan, buffer, null, Value, null) is { } changes)
                {
                    audits.Add(AuditingInterceptor.Record(stamp, EntityState.Added, plan, AuditingInterceptor.Key(plan, Value), changes));
                }
            }
        }

        var connection = database.GetDbConnection();
        var transaction = current.GetDbTransaction();
        var sqlite = database.IsSqlite();
        await DeferPartsAsync(transaction, shape, rows, cancellationToken);
        foreach (var table in shape.Tables)
        {
            await InsertAsync(table, rows[table.Type]);
        }

        // In the index's key order (token, then the members in the order they came, which is their keys' order): the
        // batch's rows of one token go into their leaf one after the other instead of at random over the whole index.
        await InsertAsync(shape.Tokens, [.. tokens.OrderBy(t => ((MemberNameToken)t).Token, StringComparer.Ordinal)]);
        await InsertAsync(shape.Words, newWords);
        await InsertAsync(shape.Audit, audits);
        await counts.ObserveAsync(context, deltas, options.CountKeysInMemory, cancellationToken);

        async Task InsertAsync(Table table, List<object> entities)
        {
            if (entities.Count == 0)
            {
                return;
            }

            var values = new List<object?[]>(entities.Count);
            foreach (var entity in entities)
            {
                var row = new object?[table.Insert.Columns.Count];
                for (var c = 0; c < row.Length; c++)
                {
                    row[c] = table.Stored(entity, c, now);
                }

                values.Add(row);
            }

            var inserted = await BulkInserts.InsertAsync(connection, transaction, sqlite, table.Insert, values, cancellationToken);
            if (inserted != values.Count)
            {
                throw new DBConcurrencyException($"{values.Count - inserted} of {values.Count} {table.Type.ClrType.Name} rows were not written.");
            }
        }
    }

    /// <summary>One table's insert and how a row's values are read from its entity.</summary>
    private sealed class Table
    {
        private static readonly HashSet<string> Stamps = [nameof(AggregateRoot.CreatedAt), nameof(AggregateRoot.UpdatedAt)];

        /// <summary>Per column: whether it is an aggregate's save stamp.</summary>
        private readonly bool[] stamped;

        /// <summary>Per column: the store default EF uses when the value is the property's sentinel, if any.</summary>
        private readonly StoreDefault?[] defaults;

        public Table(IEntityType type, ISqlGenerationHelper sql)
        {
            Type = type;
            var properties = type.GetProperties().Where(p => !IsStoreGenerated(p)).ToList();
            if (properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            {
                throw new NotSupportedException($"{type.ClrType.Name}.{shadow.Name} is a shadow property: the writer reads values from the entities.");
            }

            Insert = new BulkInserts.InsertShape(sql, type, [.. properties.Select(BulkInserts.Column.Of)]);
            IsRoot = typeof(AggregateRoot).IsAssignableFrom(type.ClrType);
            Plan = typeof(IAuditable).IsAssignableFrom(type.ClrType) ? AuditingInterceptor.AuditPlan.Of(type) : null;
            stamped = [.. Insert.Columns.Select(c => IsRoot && Stamps.Contains(c.Property.Name))];
            defaults = [.. Insert.Columns.Select(c => c.Property.TryGetDefaultValue(out var value) ? new StoreDefault(c.Property.Sentinel, value) : null)];
        }

        public IEntityType Type { get; }

        public BulkInserts.InsertShape Insert { get; }

        public bool IsRoot { get; }

        public AuditingInterceptor.AuditPlan? Plan { get; }

        /// <summary>The value the save pipeline gives the property of an added entity (an aggregate's stamps are the save's time).</summary>
        public object? Value(object entity, IProperty property, DateTime now) =>
            IsRoot && Stamps.Contains(property.Name) ? now : property.GetGetter().GetClrValue(entity);

        /// <summary>The value stored: as <see cref="Value"/>, except that a property with a store default, left at its sentinel, gets the default (as EF omits it from the insert).</summary>
        public object? Stored(object entity, int column, DateTime now)
        {
            var value = stamped[column] ? now : Insert.Columns[column].Get(entity);
            return defaults[column] is { } store && Equals(value, store.Sentinel) ? store.Value : value;
        }

        private sealed record StoreDefault(object? Sentinel, object? Value);

        private static bool IsStoreGenerated(IProperty property) =>
            property.GetComputedColumnSql() is not null
            || (property.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && property.ClrType is var t && (t == typeof(int) || t == typeof(long)) && property.IsPrimaryKey());
    }

    /// <summary>The tables a new member's graph fills, in insert order, and the index and audit tables (cached per model).</summary>
    private sealed class Shape
    {
        public Shape(IModel model, ISqlGenerationHelper sql)
        {
            var types = new List<IEntityType>();
            var member = model.FindEntityType(typeof(PartyMember))!;
            Reach(member, types);
            Tables = [.. types.Select(t => new Table(t, sql))];
            Tokens = new Table(model.FindEntityType(typeof(MemberNameToken))!, sql);
            Words = new Table(model.FindEntityType(typeof(MemberNameWord))!, sql);
            Audit = new Table(model.FindEntityType(typeof(AuditEntry))!, sql);
        }

        public IReadOnlyList<Table> Tables { get; }

        public Table Tokens { get; }

        public Table Words { get; }

        public Table Audit { get; }

        /// <summary>Adds <paramref name="entity"/> and the parts it holds (principal to dependent navigations) to their tables' rows.</summary>
        public void Collect(object entity, Dictionary<IEntityType, List<object>> rows)
        {
            var type = rows.Keys.First(t => t.ClrType == entity.GetType());
            Collect(type, entity, rows);
        }

        private static void Collect(IEntityType type, object entity, Dictionary<IEntityType, List<object>> rows)
        {
            rows[type].Add(entity);
            foreach (var navigation in Parts(type))
            {
                switch (navigation.GetGetter().GetClrValue(entity))
                {
                    case null:
                        break;
                    case System.Collections.IEnumerable many when navigation.IsCollection:
                        foreach (var part in many)
                        {
                            Collect(navigation.TargetEntityType, part, rows);
                        }

                        break;
                    case var one:
                        Collect(navigation.TargetEntityType, one, rows);
                        break;
                }
            }
        }

        private static void Reach(IEntityType type, List<IEntityType> types)
        {
            if (types.Contains(type))
            {
                return;
            }

            types.Add(type);
            foreach (var navigation in Parts(type))
            {
                Reach(navigation.TargetEntityType, types);
            }
        }

        /// <summary>The navigations from a principal to its dependents, other aggregates excluded.</summary>
        private static IEnumerable<INavigation> Parts(IEntityType type) => type.GetNavigations()
            .Where(n => !n.IsOnDependent && !typeof(AggregateRoot).IsAssignableFrom(n.TargetEntityType.ClrType));
    }
}
