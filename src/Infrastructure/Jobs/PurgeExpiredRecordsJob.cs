using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Idempotency;
using PartyCommittee.Application.Indicators.ImportJobs;
using Quartz;

namespace PartyCommittee.Infrastructure.Jobs;

/// <summary>
/// Deletes what has outlived its purpose, on the cluster's schedule (one instance at a time): idempotency records past
/// their 24 hours (a record still in progress is never deleted: it has no status and is freed by its request), and
/// finished import jobs past <see cref="JobsOptions.ImportJobRetention"/> with their conflicts and any payload left.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class PurgeExpiredRecordsJob(IServiceScopeFactory scopes, TimeProvider time, JobsOptions options) : IJob
{
    public const string Name = "purge-expired-records";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await PurgeAsync(scope.ServiceProvider.GetRequiredService<IAppDbContext>(), time.GetUtcNow().UtcDateTime, options.ImportJobRetention, cancellationToken);
    }

    /// <summary>The purge itself; returns the idempotency records deleted.</summary>
    public static async Task<int> PurgeAsync(IAppDbContext db, DateTime now, TimeSpan importJobRetention, CancellationToken cancellationToken)
    {
        var purged = await db.Set<IdempotencyRecord>().Where(r => r.ExpiresAt <= now && r.StatusCode != null).ExecuteDeleteAsync(cancellationToken);
        var cutoff = now - importJobRetention;
        var old = db.ImportJobs.Where(j => j.FinishedAt != null && j.FinishedAt < cutoff).Select(j => j.Id);
        await db.ImportJobConflicts.Where(c => old.Contains(c.JobId)).ExecuteDeleteAsync(cancellationToken);
        await db.ImportJobPayloadChunks.Where(c => old.Contains(c.JobId)).ExecuteDeleteAsync(cancellationToken);
        await db.ImportJobs.Where(j => j.FinishedAt != null && j.FinishedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        return purged;
    }
}
