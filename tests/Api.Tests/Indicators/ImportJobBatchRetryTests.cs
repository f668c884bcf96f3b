using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Indicators;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// Issue 11 (ADR 0043), the retried batch: on SQL Server the execution strategy runs a row-by-row batch's transaction
/// again after a transient failure. The first attempt was rolled back, so the running figures and the keys already seen
/// in the payload must go back to what they were before it; otherwise the retried rows are counted twice and reported as
/// keys repeated in the payload. Forced here on SQLite: a retrying execution strategy, and an interceptor that fails the
/// commit of the first batch's transaction once (after the batch has been checked, written and counted).
/// </summary>
public sealed class ImportJobBatchRetryTests
{
    [Fact]
    public async Task A_batch_whose_transaction_is_retried_counts_its_rows_once_and_reports_no_repeated_key()
    {
        var failer = new FailFirstBatchCommit();
        await using var api = new ImportJobInstance(null, services: s => s.ConfigureDbContext<SqliteAppDbContext>(o => o
            .AddInterceptors(failer)
            .ReplaceService<IExecutionStrategyFactory, RetryingStrategyFactory>()));
        var (csv, rows) = ImportJobInstance.Payload(6_000, "");
        var labour = api.ClientAs("IndicatorReporter", null, subject: "province-labour");
        var response = await labour.PostAsync("/api/v1/data-values?async=true&atomic=false", new StringContent(csv, Encoding.UTF8, "text/csv"));
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var location = response.Headers.Location!.ToString();
        var deadline = DateTime.UtcNow.AddSeconds(180);
        JsonElement finished;
        while (true)
        {
            finished = await labour.GetFromJsonAsync<JsonElement>(location);
            if (finished.GetProperty("status").GetString() is "COMPLETED" or "FAILED")
            {
                break;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"the job did not finish: {finished}");
            await Task.Delay(25);
        }

        failer.Failures.ShouldBe(1, "the first batch's commit failed once and the strategy ran the batch again");
        finished.GetProperty("status").GetString().ShouldBe("COMPLETED");
        finished.GetProperty("outcome").GetString().ShouldBe("SUCCESS", $"no row of the retried batch is a repeated key: {finished}");
        finished.GetProperty("conflictCount").GetInt32().ShouldBe(0);
        finished.GetProperty("rowsDone").GetInt32().ShouldBe(rows, "the retried batch's rows are counted once");
        finished.GetProperty("counts").GetProperty("imported").GetInt32().ShouldBe(rows);
        finished.GetProperty("counts").GetProperty("updated").GetInt32().ShouldBe(0);
        finished.GetProperty("counts").GetProperty("ignored").GetInt32().ShouldBe(0);
        finished.GetProperty("attempts").GetInt32().ShouldBe(1);
        var values = await api.WithDbAsync(db => db.DataValues.AsNoTracking()
            .Where(v => v.DataElement == "LABOUR_FORCE" && v.Period.Length == 6).Select(v => new { v.Id, v.ChangeNumber }).ToListAsync());
        values.Count.ShouldBe(rows);
        values.Select(v => v.ChangeNumber).Distinct().Count().ShouldBe(rows);
        var keys = values.Select(v => v.Id.ToString()).ToHashSet();
        var audits = await api.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "DataValue").Select(e => e.EntityKey).ToListAsync());
        audits.Count(keys.Contains).ShouldBe(rows, "the rolled-back attempt left no audit row");
    }

    private sealed class SimulatedTransientFailure() : Exception("A transient failure (simulated) at the commit of an import batch.");

    /// <summary>Marks the transaction that records a batch's progress, and fails its commit once.</summary>
    private sealed class FailFirstBatchCommit : DbCommandInterceptor, IDbTransactionInterceptor
    {
        private DbTransaction? batch;
        private int failures;

        public int Failures => failures;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (failures == 0 && command.Transaction is not null
                && command.CommandText.StartsWith("UPDATE \"ImportJobs\"", StringComparison.Ordinal)
                && command.CommandText.Contains("\"RowsDone\"", StringComparison.Ordinal))
            {
                batch = command.Transaction;
            }

            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (batch is not null && ReferenceEquals(transaction, batch))
            {
                batch = null;
                if (Interlocked.Increment(ref failures) == 1)
                {
                    throw new SimulatedTransientFailure();
                }
            }

            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Retries what <see cref="FailFirstBatchCommit"/> fails, at once (SQL Server's strategy, on SQLite).</summary>
    private sealed class RetryingStrategy(ExecutionStrategyDependencies dependencies) : ExecutionStrategy(dependencies, 3, TimeSpan.FromSeconds(1))
    {
        protected override bool ShouldRetryOn(Exception exception) => exception is SimulatedTransientFailure;

        protected override TimeSpan? GetNextDelay(Exception lastException) => base.GetNextDelay(lastException) is null ? null : TimeSpan.Zero;
    }

    private sealed class RetryingStrategyFactory(ExecutionStrategyDependencies dependencies) : RelationalExecutionStrategyFactory(dependencies)
    {
        protected override IExecutionStrategy CreateDefaultStrategy(ExecutionStrategyDependencies dependencies) => new RetryingStrategy(dependencies);
    }
}
