using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Infrastructure.Persistence.Auditing;

/// <summary>
/// Audit records written many per statement (<see cref="BulkInserts"/>) rather than through the change tracker: the
/// columns a writer fills (every column but the identity), in one order, shared by the read audit's flush
/// (<see cref="BatchedReadAuditLog"/>) and the data-value ingestion (<see cref="Indicators.DataValueBulkWriter"/>).
/// </summary>
internal static class AuditEntryInserts
{
    private static readonly ConditionalWeakTable<IModel, BulkInserts.InsertShape> Shapes = [];

    /// <summary>The insert of <see cref="AuditEntry"/> rows in <see cref="Row"/>'s column order (cached per model).</summary>
    public static BulkInserts.InsertShape Shape(IModel model, ISqlGenerationHelper sql) =>
        Shapes.GetValue(model, m =>
        {
            var audit = m.FindEntityType(typeof(AuditEntry))!;
            var properties = new[]
            {
                nameof(AuditEntry.OccurredAt), nameof(AuditEntry.UserId), nameof(AuditEntry.UserName), nameof(AuditEntry.Action),
                nameof(AuditEntry.EntityType), nameof(AuditEntry.EntityKey), nameof(AuditEntry.Changes), nameof(AuditEntry.TraceId),
            }.Select(name => audit.FindProperty(name)!);
            return new BulkInserts.InsertShape(sql, audit, [.. properties.Select(BulkInserts.Column.Of)]);
        });

    /// <summary>One record's values in <see cref="Shape"/>'s column order.</summary>
    public static object?[] Row(AuditEntry entry) =>
        [entry.OccurredAt, entry.UserId, entry.UserName, entry.Action, entry.EntityType, entry.EntityKey, entry.Changes, entry.TraceId];

    /// <summary>Stores <paramref name="entries"/> in one transaction of <paramref name="db"/>, many rows per statement.</summary>
    public static async Task InsertAsync(DbContext db, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var shape = Shape(db.Model, db.GetService<ISqlGenerationHelper>());
        var rows = new List<object?[]>(entries.Count);
        foreach (var entry in entries)
        {
            rows.Add(Row(entry));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var inserted = await BulkInserts.InsertAsync(
            db.Database.GetDbConnection(), transaction.GetDbTransaction(), db.Database.IsSqlite(), shape, rows, cancellationToken);
        if (inserted != rows.Count)
        {
            throw new DbUpdateException($"{rows.Count - inserted} of {rows.Count} audit records were not written.");
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
