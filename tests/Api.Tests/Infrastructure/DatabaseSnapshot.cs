using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>
/// What an import must leave alone when it writes nothing (a dry run, a refused file, a file with errors): the row
/// counts of the members and their related tables, a hash of every member's, status period's and placement's
/// content, and the audit trail's size. Compare two snapshots with <c>ShouldBe</c> (record equality, printed on failure).
/// </summary>
public sealed record DatabaseSnapshot(
    int Members, int StatusPeriods, int Placements, int Transfers, int Admissions, int Organizations, int AuditEntries, string ContentHash)
{
    public static Task<DatabaseSnapshot> TakeAsync(ApiFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var members = await db.Members.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
            var periods = await db.MemberStatusPeriods.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
            var placements = await db.MemberPlacements.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
            var text = new StringBuilder();
            foreach (var entity in members.Cast<object>().Concat(periods).Concat(placements))
            {
                AppendScalars(text, entity);
            }

            return new DatabaseSnapshot(
                members.Count,
                periods.Count,
                placements.Count,
                await db.Transfers.CountAsync(),
                await db.AdmissionCases.CountAsync(),
                await db.Organizations.CountAsync(),
                await db.AuditEntries.CountAsync(),
                Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
        });

    private static void AppendScalars(StringBuilder text, object entity)
    {
        foreach (var property in entity.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                continue;
            }

            text.Append(property.Name).Append('=').Append(Convert.ToString(property.GetValue(entity), CultureInfo.InvariantCulture)).Append('|');
        }

        text.Append('\n');
    }
}

public static class DatabaseSnapshotExtensions
{
    /// <summary>Runs <paramref name="action"/> and asserts that it changed nothing in the members' data or the audit trail.</summary>
    public static async Task ShouldWriteNothingAsync(this ApiFactory factory, Func<Task> action)
    {
        var before = await DatabaseSnapshot.TakeAsync(factory);
        await action();
        var after = await DatabaseSnapshot.TakeAsync(factory);
        after.ShouldBe(before, "the import must not have written anything");
    }

    /// <summary>Like <see cref="ShouldWriteNothingAsync(ApiFactory, Func{Task})"/>, returning what the action returns.</summary>
    public static async Task<T> ShouldWriteNothingAsync<T>(this ApiFactory factory, Func<Task<T>> action)
    {
        var result = default(T)!;
        await factory.ShouldWriteNothingAsync(async () => { result = await action(); });
        return result;
    }
}
