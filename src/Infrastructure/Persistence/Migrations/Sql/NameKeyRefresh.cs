using Microsoft.EntityFrameworkCore;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Recomputes, in C#, the name keys (<c>NameFolded</c>, <c>NameSortKey</c>) that a migration blanked
/// (<see cref="NameKeysSql.InvalidateNameKeys"/>). Runs after the migrations; when no key is blank it is one indexed
/// query per table.
/// </summary>
public static class NameKeyRefresh
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            var members = await db.Set<PartyMember>().Where(m => m.NameSortKey == string.Empty).OrderBy(x => x.Id).Take(BatchSize).ToListAsync(cancellationToken);
            var cases = await db.Set<AdmissionCase>().Where(a => a.NameSortKey == string.Empty).OrderBy(x => x.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (members.Count == 0 && cases.Count == 0)
            {
                return count;
            }

            foreach (var member in members)
            {
                member.RefreshNameKeys();
            }

            foreach (var admission in cases)
            {
                var name = PersonName.Parse(admission.FullName);
                var entry = db.Entry(admission);
                entry.Property(a => a.NameFolded).CurrentValue = name.Folded;
                entry.Property(a => a.NameSortKey).CurrentValue = name.SortKey;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            count += members.Count + cases.Count;
        }
    }
}
