using Microsoft.EntityFrameworkCore;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>SQLite's plan of a statement a request ran (<c>EXPLAIN QUERY PLAN</c>, with the statement's own parameters).</summary>
public static class QueryPlans
{
    /// <summary>The plan's lines (the <c>detail</c> column), e.g. <c>SCAN Members USING INDEX …</c>.</summary>
    public static async Task<List<string>> ExplainAsync(DbContext db, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            var plan = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }

            return plan;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
