using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Keeps the member search index (<see cref="MemberNameToken"/>, <see cref="MemberNameWord"/>; ADR 0030) equal to the
/// members' folded names, in the save that changes them and so in the same transaction. Registered after the
/// domain-event interceptor (reactions may rename) and before the audit interceptor (index rows are not audited: they
/// are derived, like <c>NameFolded</c>).
/// </summary>
public sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await IndexAsync(context, cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            // The synchronous path (start-up seeding) has no synchronisation context to deadlock on.
            IndexAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return base.SavingChanges(eventData, result);
    }

    private static async Task IndexAsync(DbContext context, CancellationToken cancellationToken)
    {
        context.ChangeTracker.DetectChanges();

        // Detected once, here: with automatic detection on, every Entries() and Add below would walk all the tracked
        // entities again (issue 12: an import batch tracks ~16 entities per member). The rows added below are
        // recorded by the change tracker as they are added, without a detection.
        var automatic = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await IndexDetectedAsync(context, cancellationToken);
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = automatic;
        }
    }

    private static async Task IndexDetectedAsync(DbContext context, CancellationToken cancellationToken)
    {
        var added = new Dictionary<Guid, string>();
        var renamed = new Dictionary<Guid, string>();
        foreach (var entry in context.ChangeTracker.Entries<PartyMember>())
        {
            if (entry.State == EntityState.Added)
            {
                added[entry.Entity.Id] = entry.Entity.NameFolded;
            }
            else if (entry.State == EntityState.Modified && IsRenamed(entry))
            {
                renamed[entry.Entity.Id] = entry.Entity.NameFolded;
            }
        }

        if (added.Count == 0 && renamed.Count == 0)
        {
            return;
        }

        var tokens = context.Set<MemberNameToken>();
        var existing = new List<MemberNameToken>();
        foreach (var chunk in renamed.Keys.Chunk(500))
        {
            existing.AddRange(await tokens.Where(t => chunk.Contains(t.MemberId)).ToListAsync(cancellationToken));
        }

        var current = existing.ToLookup(t => t.MemberId);
        foreach (var (memberId, folded) in added.Concat(renamed))
        {
            var wanted = TokensOf(folded);
            foreach (var token in current[memberId])
            {
                if (!wanted.Remove(token.Token))
                {
                    tokens.Remove(token);
                }
            }

            tokens.AddRange(wanted.Select(t => new MemberNameToken(t, memberId)));
        }

        var words = added.Values.Concat(renamed.Values).SelectMany(MemberSearchIndex.Words).ToHashSet(StringComparer.Ordinal);
        var vocabulary = context.Set<MemberNameWord>();
        // The words already tracked (an earlier save of this unit of work); not DbSet.Local, whose view, once made,
        // follows every entity the context tracks afterwards.
        words.ExceptWith(context.ChangeTracker.Entries<MemberNameWord>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity.Word));
        vocabulary.AddRange((await UnknownWordsAsync(context, words, cancellationToken)).Select(w => new MemberNameWord(w)));
    }

    /// <summary>The index tokens of a folded name (one row each per member): for the save pipeline and the import writer (ADR 0046).</summary>
    internal static HashSet<string> TokensOf(string folded) => MemberSearchIndex.Tokens(folded).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words of <paramref name="words"/> the vocabulary does not hold yet (in the database, this transaction included).</summary>
    internal static async Task<List<string>> UnknownWordsAsync(DbContext context, IEnumerable<string> words, CancellationToken cancellationToken)
    {
        var vocabulary = context.Set<MemberNameWord>();
        var unknown = new List<string>();
        foreach (var chunk in words.Chunk(500))
        {
            var known = await vocabulary.AsNoTracking().Where(w => chunk.Contains(w.Word)).Select(w => w.Word).ToListAsync(cancellationToken);
            unknown.AddRange(chunk.Except(known, StringComparer.Ordinal));
        }

        return unknown;
    }

    private static bool IsRenamed(EntityEntry<PartyMember> entry)
    {
        var property = entry.Property(m => m.NameFolded);
        return property.IsModified && !string.Equals(property.OriginalValue, property.CurrentValue, StringComparison.Ordinal);
    }
}
