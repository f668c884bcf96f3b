using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Interceptors;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Backfill of the dated membership counts (ADR 0030, "Built: dated counts") for an existing database, in two parts:
/// <list type="number">
/// <item>the migration that creates <c>MembershipCountChanges</c> calls <see cref="MarkPending"/> (hand-written SQL,
/// both engines): it empties the table and records the step as pending (one marker row);</item>
/// <item>at start-up, after the migrations (<see cref="DatabaseInitializer"/>), <see cref="RunAsync"/> sees the marker,
/// recomputes every member's dated changes in C# — with the same code as the save pipeline
/// (<see cref="MembershipCountChanges.Add"/>, applied by <see cref="MembershipCountsInterceptor.ApplyAsync"/>) — and
/// removes the marker, all in one transaction. While the marker is there, the statistics recount.</item>
/// </list>
/// Why C#: the age and seniority band transitions (the recount's <c>AddYears</c> on 29 February) and the
/// intersection of three histories are one function in C#; two SQL dialects of it would be two more to keep equal.
/// Running it again (insert the marker) recomputes.
/// </summary>
public static class MembershipCountChangesBackfill
{
    private const int MembersPerBatch = 2000;

    /// <summary>The migration's step: empties the dated counts and marks the backfill as pending.</summary>
    public static void MarkPending(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(migrationBuilder.IsSqlServer() ? SqlServer : Sqlite);

    public static readonly string Sqlite =
        $"""
        DELETE FROM "MembershipCountChanges";
        INSERT INTO "MembershipCountChanges" ("OrganizationId", "Dimension", "Value", "Day", "Delta") VALUES ('{Guid.Empty}', '{MembershipCountChanges.BackfillPending}', '1', '0001-01-01', 1);
        """;

    public static readonly string SqlServer =
        $"""
        DELETE FROM [MembershipCountChanges];
        INSERT INTO [MembershipCountChanges] ([OrganizationId], [Dimension], [Value], [Day], [Delta]) VALUES ('{Guid.Empty}', '{MembershipCountChanges.BackfillPending}', '1', '0001-01-01', 1);
        """;

    /// <summary>True while the backfill has not run (readers recount meanwhile).</summary>
    public static IQueryable<MembershipCountChange> Marker(IQueryable<MembershipCountChange> changes) =>
        changes.Where(c => c.OrganizationId == Guid.Empty && c.Dimension == MembershipCountChanges.BackfillPending);

    /// <summary>Runs the pending backfill, if any; returns how many members it read (0 when nothing was pending).</summary>
    public static async Task<int> RunAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!await Marker(db.Set<MembershipCountChange>().AsNoTracking()).AnyAsync(cancellationToken))
        {
            return 0;
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Set<MembershipCountChange>().Where(c => c.Dimension != MembershipCountChanges.BackfillPending).ExecuteDeleteAsync(cancellationToken);
            var ids = await db.Set<PartyMember>().AsNoTracking().Select(m => m.Id).ToListAsync(cancellationToken);
            foreach (var chunk in ids.Chunk(MembersPerBatch))
            {
                var deltas = new Deltas();
                foreach (var history in (await DatedCountsDifference.LoadAsync(db, chunk, async: true, cancellationToken)).Values)
                {
                    if (history.Facts() is { } facts)
                    {
                        MembershipCountChanges.Add(facts, deltas.Dated, 1);
                    }
                }

                await MembershipCountsInterceptor.ApplyAsync(transaction.GetDbTransaction(), db, deltas, cancellationToken);
            }

            await Marker(db.Set<MembershipCountChange>()).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return ids.Count;
        });
    }
}
