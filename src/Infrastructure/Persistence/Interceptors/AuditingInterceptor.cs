using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Infrastructure.Persistence.Configurations;

namespace PartyCommittee.Infrastructure.Persistence.Interceptors;

/// <summary>
/// On every save: stamps aggregates (created/updated time, version increment that drives the ETag) and writes one
/// <see cref="AuditEntry"/> per inserted, updated or deleted auditable entity, with who, when, which entity and key,
/// and each changed field's old and new value. The audit rows are part of the same SaveChanges, so the same
/// transaction: a change is never stored without its audit record, nor the other way round.
/// </summary>
/// <remarks>
/// A singleton fixed in the pooled contexts' options (ADR 0047): the caller is the one of the scope the saving context
/// is rented to (<see cref="ContextRental"/>), read at each save, never kept here. A context rented to no scope is
/// refused (no caller to write).
/// </remarks>
public sealed class AuditingInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions ValueOptions = new()
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    private static readonly JsonEncodedText Old = JsonEncodedText.Encode("old");
    private static readonly JsonEncodedText New = JsonEncodedText.Encode("new");

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            Audit(context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            Audit(context);
        }

        return base.SavingChanges(eventData, result);
    }

    private void Audit(DbContext context)
    {
        context.ChangeTracker.DetectChanges();

        // Detected once, here: with automatic detection on, each Entries() call and each value set below would walk
        // every tracked entity again (issue 12: an import batch tracks ~16 entities per member). What this method
        // changes itself (stamps, versions, touched roots) goes through the entries, which EF records directly.
        var automatic = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            AuditDetected(context);
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = automatic;
        }
    }

    private void AuditDetected(DbContext context)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var traceId = Activity.Current?.TraceId.ToHexString();
        var entries = new List<AuditEntry>();
        var buffer = new ArrayBufferWriter<byte>(1024);
        var user = ContextRental.Of(context).Services.GetRequiredService<ICurrentUser>();
        var userId = UserId(user);
        var userName = user.UserName;
        TouchAggregatesOfChangedChildren(context);

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AggregateRoot)
            {
                Stamp(entry, now);
            }

            if (entry.Entity is not IAuditable || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var plan = AuditPlan.Of(entry.Metadata);
            var changes = Changes(entry, plan, buffer);
            if (changes is null)
            {
                continue;
            }

            entries.Add(Record(new AuditRowStamp(now, userId, userName, traceId), entry.State, plan, Key(entry.CurrentValues, plan), changes));
        }

        context.Set<AuditEntry>().AddRange(entries);
    }

    /// <summary>Who an audit row names: the caller, or "system" for work no user asked for.</summary>
    internal static string UserId(ICurrentUser user) => user.UserId ?? "system";

    /// <summary>
    /// The audit row of one written entity (the save pipeline's and the import writer's, ADR 0046): who, when, the
    /// action of the entity's state, the entity's type name and key, and the changes' JSON.
    /// </summary>
    internal static AuditEntry Record(AuditRowStamp stamp, EntityState state, AuditPlan plan, string key, string changes) => new()
    {
        OccurredAt = stamp.Now,
        UserId = stamp.UserId,
        UserName = stamp.UserName,
        Action = state switch
        {
            EntityState.Added => "Insert",
            EntityState.Deleted => "Delete",
            _ => "Update",
        },
        EntityType = plan.EntityName,
        EntityKey = key,
        Changes = changes,
        TraceId = stamp.TraceId,
    };

    /// <summary>
    /// A change to a part of an aggregate (a status period, a seat, a sponsor…) is a change to the aggregate: its
    /// version must move so that its ETag does. A part is an entity with a cascade-delete foreign key to an aggregate
    /// root; the root, when tracked and otherwise unchanged, is marked modified and stamped like any other change.
    /// </summary>
    private static void TouchAggregatesOfChangedChildren(DbContext context)
    {
        Dictionary<Guid, EntityEntry>? roots = null;

        // A snapshot: marking a root modified moves its entry in the change tracker's maps (several children of
        // different roots changed by domain-event reactions made the live enumeration fail).
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AggregateRoot || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            foreach (var foreignKey in entry.Metadata.GetForeignKeys())
            {
                if (foreignKey.DeleteBehavior != DeleteBehavior.Cascade || !typeof(AggregateRoot).IsAssignableFrom(foreignKey.PrincipalEntityType.ClrType))
                {
                    continue;
                }

                var property = entry.Property(foreignKey.Properties[0].Name);
                if ((entry.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue) is not Guid rootId)
                {
                    continue;
                }

                roots ??= context.ChangeTracker.Entries().Where(e => e.Entity is AggregateRoot).ToDictionary(e => ((AggregateRoot)e.Entity).Id);
                if (roots.TryGetValue(rootId, out var root) && root.State == EntityState.Unchanged)
                {
                    root.Property(nameof(AggregateRoot.UpdatedAt)).IsModified = true;
                }
            }
        }
    }

    internal static void Stamp(EntityEntry entry, DateTime now)
    {
        switch (entry.State)
        {
            case EntityState.Added:
                entry.Property(nameof(AggregateRoot.CreatedAt)).CurrentValue = now;
                entry.Property(nameof(AggregateRoot.UpdatedAt)).CurrentValue = now;
                break;
            case EntityState.Modified:
                var version = entry.Property(nameof(AggregateRoot.Version));
                version.CurrentValue = (long)version.OriginalValue! + 1;
                entry.Property(nameof(AggregateRoot.UpdatedAt)).CurrentValue = now;
                break;
        }
    }

    /// <summary>
    /// The changed fields as one JSON object, property name → <c>{"old": …, "new": …}</c>, or null when nothing changed.
    /// Written straight into one reused buffer (issue 12: the import writes hundreds of thousands of audit rows; a
    /// dictionary of <see cref="JsonElement"/> per entity was a visible share of the save). The audited properties and
    /// their encoded names come from a plan made once per entity type, and the values are read through one
    /// <see cref="PropertyValues"/> per entry instead of a <see cref="PropertyEntry"/> per property.
    /// </summary>
    internal static string? Changes(EntityEntry entry, AuditPlan plan, ArrayBufferWriter<byte> buffer)
    {
        var state = entry.State;
        var originals = state == EntityState.Added ? null : entry.OriginalValues;
        var currents = state == EntityState.Deleted ? null : entry.CurrentValues;
        return Changes(
            state,
            plan,
            buffer,
            originals is null ? null : p => originals[p],
            currents is null ? null : p => currents[p],
            state == EntityState.Modified ? p => entry.Property(p).IsModified : null);
    }

    /// <summary>
    /// The changes' JSON of an entity in <paramref name="state"/>, its values read through <paramref name="original"/>
    /// and <paramref name="current"/> (null for an added entity's originals and a deleted one's currents): the one
    /// writer of the change JSON, for tracked entries and for the import writer's new members alike (ADR 0046).
    /// </summary>
    internal static string? Changes(
        EntityState state, AuditPlan plan, ArrayBufferWriter<byte> buffer, Func<IProperty, object?>? original, Func<IProperty, object?>? current, Func<IProperty, bool>? isModified)
    {
        buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(buffer);
        var written = 0;
        for (var i = 0; i < plan.Properties.Length; i++)
        {
            var property = plan.Properties[i];
            var oldValue = original?.Invoke(property);
            var newValue = current?.Invoke(property);
            if (state == EntityState.Modified && (!isModified!(property) || Equals(oldValue, newValue)))
            {
                continue;
            }

            if (state != EntityState.Modified && oldValue is null && newValue is null)
            {
                continue;
            }

            if (written++ == 0)
            {
                writer.WriteStartObject();
            }

            writer.WriteStartObject(plan.Names[i]);
            writer.WritePropertyName(Old);
            WriteValue(writer, oldValue);
            writer.WritePropertyName(New);
            WriteValue(writer, newValue);
            writer.WriteEndObject();
        }

        if (written == 0)
        {
            return null;
        }

        writer.WriteEndObject();
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), ValueOptions);
                break;
        }
    }

    internal static string Key(PropertyValues values, AuditPlan plan) => Key(plan, p => values[p]);

    /// <summary>The entity key an audit row names, its values read through <paramref name="value"/>.</summary>
    internal static string Key(AuditPlan plan, Func<IProperty, object?> value) =>
        plan.Key.Length == 1
            ? Convert.ToString(value(plan.Key[0]), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty
            : string.Join(',', plan.Key.Select(p => Convert.ToString(value(p), System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>When and by whom: the same for every audit row of one save (or one import batch).</summary>
    internal readonly record struct AuditRowStamp(DateTime Now, string UserId, string? UserName, string? TraceId);

    /// <summary>What the audit reads of an entity type, worked out once per type (the model does not change).</summary>
    internal sealed class AuditPlan
    {
        private static readonly ConcurrentDictionary<IEntityType, AuditPlan> Plans = new();

        private AuditPlan(IEntityType type)
        {
            EntityName = type.ClrType.Name;
            Properties = [.. type.GetProperties().Where(p => p.IsAudited() && !p.IsPrimaryKey())];
            Names = [.. Properties.Select(p => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(p.Name)))];
            Key = [.. type.FindPrimaryKey()!.Properties];
        }

        public string EntityName { get; }

        /// <summary>The audited properties, key excluded, in the model's order (the order of the JSON object).</summary>
        public IProperty[] Properties { get; }

        /// <summary>Each property's camel-case JSON name, encoded.</summary>
        public JsonEncodedText[] Names { get; }

        public IProperty[] Key { get; }

        public static AuditPlan Of(IEntityType type) => Plans.GetOrAdd(type, static t => new AuditPlan(t));
    }
}
