using System.Buffers;
using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Interceptors;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// What one <c>SaveChanges</c> of ADDED aggregates writes to their tables and to the audit, written set-based
/// (<see cref="BulkInserts"/>) without tracking them (ADR 0046, generalised in ADR 0085): the root and every part the
/// model reaches from it (principal to dependent, other aggregates excluded, as <c>Add</c> reaches them), every mapped
/// property through the model's getters and type mappings, the aggregate's stamps set as <see cref="AuditingInterceptor"/>
/// sets them, store defaults as EF Core omits them; one audit row per auditable entity, its JSON by
/// <see cref="AuditingInterceptor.Changes(EntityState, AuditingInterceptor.AuditPlan, ArrayBufferWriter{byte}, Func{IProperty, object?}?, Func{IProperty, object?}?, Func{IProperty, bool}?)"/>.
/// Used by the member import's writer of new members and by <see cref="AddedAggregatesWriter"/>.
/// </summary>
internal sealed class AggregateInserts
{
    private static readonly ConditionalWeakTable<IModel, Dictionary<Type, AggregateInserts>> Cache = [];

    private AggregateInserts(IModel model, ISqlGenerationHelper sql, Type root)
    {
        var types = new List<IEntityType>();
        Reach(model.FindEntityType(root) ?? throw new InvalidOperationException($"{root.Name} is not in the model."), types);
        Tables = [.. types.Select(t => new Table(t, sql))];
        Audit = new Table(model.FindEntityType(typeof(AuditEntry))!, sql);
    }

    /// <summary>The tables an aggregate of the root type fills, in insert order (principals before dependents).</summary>
    public IReadOnlyList<Table> Tables { get; }

    public Table Audit { get; }

    /// <summary>The inserts of <paramref name="root"/>'s aggregates in <paramref name="context"/>'s model (cached per model and type).</summary>
    public static AggregateInserts Of(DbContext context, Type root)
    {
        var byType = Cache.GetValue(context.Model, _ => []);
        lock (byType)
        {
            if (!byType.TryGetValue(root, out var inserts))
            {
                inserts = new AggregateInserts(context.Model, context.GetService<ISqlGenerationHelper>(), root);
                byType[root] = inserts;
            }

            return inserts;
        }
    }

    /// <summary>
    /// What both set-based writers require (ADR 0085, ADR 0088): no members (their search index and counts are kept by
    /// the save pipeline; <paramref name="members"/> says where they go), the caller's transaction, no pending domain
    /// event (only the pipeline dispatches them). Returns the transaction, or null when there is nothing to write.
    /// </summary>
    public static IDbContextTransaction? Checked<T>(DbContext context, IReadOnlyList<T> aggregates, string members)
        where T : AggregateRoot
    {
        if (typeof(PartyMember).IsAssignableFrom(typeof(T)))
        {
            throw new NotSupportedException("Members have a search index and counts kept by the save pipeline: " + members);
        }

        if (aggregates.Count == 0)
        {
            return null;
        }

        if (context.Database.CurrentTransaction is not { } current)
        {
            throw new InvalidOperationException("Aggregates are written in the caller's transaction: there is none.");
        }

        if (aggregates.FirstOrDefault(a => a.DomainEvents.Count > 0) is { } raised)
        {
            throw new InvalidOperationException($"The {typeof(T).Name} {raised.Id} has pending domain events: save it through the change tracker, which dispatches them.");
        }

        return current;
    }

    /// <summary>The rows of each table, from the aggregates and the parts each holds.</summary>
    public Dictionary<IEntityType, List<object>> Collect(IEnumerable<object> aggregates)
    {
        var rows = Tables.ToDictionary(t => t.Type, _ => new List<object>());
        var root = Tables[0].Type;
        foreach (var aggregate in aggregates)
        {
            Collect(root, aggregate, rows);
        }

        return rows;
    }

    /// <summary>The audit rows the audit interceptor writes for these added entities, stamped with <paramref name="stamp"/>.</summary>
    public List<object> AuditRows(Dictionary<IEntityType, List<object>> rows, AuditingInterceptor.AuditRowStamp stamp)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        var audits = new List<object>();
        foreach (var table in Tables)
        {
            if (table.Plan is not { } plan)
            {
                continue;
            }

            foreach (var entity in rows[table.Type])
            {
                object? Value(IProperty p) => table.Value(entity, p, stamp.Now);
                if (AuditingInterceptor.Changes(EntityState.Added, plan, buffer, null, Value, null) is { } changes)
                {
                    audits.Add(AuditingInterceptor.Record(stamp, EntityState.Added, plan, AuditingInterceptor.Key(plan, Value), changes));
                }
            }
        }

        return audits;
    }

    /// <summary>Inserts the rows of every table (<see cref="Collect(IEnumerable{object})"/>), then their audit rows (<see cref="AuditRows"/>).</summary>
    public async Task InsertAsync(DbTransaction transaction, bool sqlite, Dictionary<IEntityType, List<object>> rows, List<object> audits, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var table in Tables)
        {
            await InsertAsync(transaction, sqlite, table, rows[table.Type], now, cancellationToken);
        }

        await InsertAsync(transaction, sqlite, Audit, audits, now, cancellationToken);
    }

    /// <summary>Inserts <paramref name="entities"/> into <paramref name="table"/> on the transaction's connection.</summary>
    public static async Task InsertAsync(DbTransaction transaction, bool sqlite, Table table, List<object> entities, DateTime now, CancellationToken cancellationToken)
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

        var inserted = await BulkInserts.InsertAsync(transaction.Connection!, transaction, sqlite, table.Insert, values, cancellationToken);
        if (inserted != values.Count)
        {
            throw new DBConcurrencyException($"{values.Count - inserted} of {values.Count} {table.Type.ClrType.Name} rows were not written.");
        }
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

    /// <summary>One table's insert and how a row's values are read from its entity.</summary>
    public sealed class Table
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
}

