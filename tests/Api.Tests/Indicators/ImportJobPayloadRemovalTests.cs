using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// A job's payload is deleted in the transaction that records the job's end (session 49). Before, the deletion was the
/// statement after it: a poll could see a finished job whose payload was still stored, and a check made meanwhile (the
/// contract fuzz's "a refusal writes nothing") counted the job's cleanup against a later request. Watched here at the
/// moment the deletion runs: it runs in a transaction, and another connection still sees the job unfinished then.
/// </summary>
public sealed class ImportJobPayloadRemovalTests
{
    [Theory]
    [InlineData("atomic=true", "COMPLETED")]
    [InlineData("atomic=false", "COMPLETED")]
    [InlineData("atomic=true", "FAILED")]
    public async Task The_payload_goes_in_the_transaction_that_ends_the_job(string mode, string status)
    {
        var watch = new PayloadDeletionWatch();
        await using var api = new ImportJobInstance(null, services: s => s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(watch)));
        var (csv, _) = ImportJobInstance.Payload(4_000, "");
        // A byte that is not UTF-8 in the last row: the job reads its payload until there and fails (import.encoding_invalid).
        var body = Encoding.UTF8.GetBytes(csv);
        if (status == "FAILED")
        {
            body[^3] = 0xFF;
        }

        var labour = api.ClientAs("IndicatorReporter", null, subject: "province-labour");
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("text/csv");
        var response = await labour.PostAsync($"/api/v1/data-values?async=true&{mode}", content);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var location = response.Headers.Location!.ToString();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        JsonElement job;
        while ((job = await labour.GetFromJsonAsync<JsonElement>(location)).GetProperty("status").GetString() is not ("COMPLETED" or "FAILED"))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"the job did not end: {job}");
            await Task.Delay(25);
        }

        job.GetProperty("status").GetString().ShouldBe(status, job.ToString());
        (await api.PayloadChunksLeftAsync()).ShouldBe(0, "the payload is gone as soon as the job reads finished");
        watch.Seen.Count.ShouldBe(1, "one deletion of the payload");
        var seen = watch.Seen.Single();
        seen.InTransaction.ShouldBeTrue("the deletion runs in a transaction");
        seen.FinishedOutside.ShouldBe(0, "the job's end is not committed before its payload is deleted");
        seen.ChunksOutside.ShouldBeGreaterThan(0, "the payload is still there for everyone else until the job's end commits");
    }

    private sealed record Deletion(bool InTransaction, long FinishedOutside, long ChunksOutside);

    /// <summary>At each deletion of a payload: whether it runs in a transaction, and what another connection sees then.</summary>
    private sealed class PayloadDeletionWatch : DbCommandInterceptor
    {
        public ConcurrentQueue<Deletion> Seen { get; } = new();

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            // One job's payload (the retention purge deletes many jobs' at once, with IN).
            if (command.CommandText.StartsWith("DELETE FROM \"ImportJobPayloadChunks\"", StringComparison.Ordinal)
                && command.CommandText.Contains("\"JobId\" = @", StringComparison.Ordinal))
            {
                await using var outside = new SqliteConnection(command.Connection!.ConnectionString);
                await outside.OpenAsync(cancellationToken);
                Seen.Enqueue(new Deletion(
                    command.Transaction is not null,
                    await CountAsync(outside, "SELECT COUNT(*) FROM \"ImportJobs\" WHERE \"FinishedAt\" IS NOT NULL", cancellationToken),
                    await CountAsync(outside, "SELECT COUNT(*) FROM \"ImportJobPayloadChunks\"", cancellationToken)));
            }

            return await base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private static async Task<long> CountAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
        {
            await using var query = connection.CreateCommand();
            query.CommandText = sql;
            return (long)(await query.ExecuteScalarAsync(cancellationToken))!;
        }
    }
}
