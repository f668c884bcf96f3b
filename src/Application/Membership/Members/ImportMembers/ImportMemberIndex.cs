using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.ImportMembers;

/// <summary>
/// What an import checks its rows against, loaded once per import in a fixed number of set-based queries (never a
/// query per row), held in dictionaries so that each row costs the same whatever the size of the file:
/// <list type="bullet">
/// <item>the members in the caller's scope (the only ones a row may match and update), untracked (the write pass loads
/// the ones it updates again, tracked, a batch at a time), by party card number, citizen ID, record number, and folded
/// name with date of birth;</item>
/// <item>the natural keys (card, citizen ID, record number) of the members outside the scope, as bare strings: no id,
/// name or anything else of theirs is loaded, so nothing about them can reach a response.</item>
/// </list>
/// A member created by an earlier row is remembered by its id, cell, name and date of birth only (see
/// <see cref="ImportMatch"/>), so that the memory of a large file does not hold its members.
/// </summary>
internal sealed class ImportMemberIndex
{
    private readonly Dictionary<string, PartyMember> byCard = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartyMember> byCitizenId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartyMember> byRecord = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, DateOnly Born), List<ImportMatch>> byNameAndBirth = [];
    private readonly HashSet<string> cardsOutside = new(StringComparer.Ordinal);
    private readonly HashSet<string> citizenIdsOutside = new(StringComparer.Ordinal);
    private readonly HashSet<string> recordsOutside = new(StringComparer.Ordinal);

    private ImportMemberIndex()
    {
    }

    /// <param name="db">The unit of work.</param>
    /// <param name="scopePrefix">The caller's subtree (null: unrestricted).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public static async Task<ImportMemberIndex> LoadAsync(IAppDbContext db, string? scopePrefix, CancellationToken cancellationToken)
    {
        var index = new ImportMemberIndex();
        var inScope = Updatable(db).AsNoTracking();
        if (scopePrefix is not null)
        {
            var scopeIds = db.Organizations.InScope(scopePrefix).Select(o => o.Id);
            inScope = inScope.Where(m => scopeIds.Contains(m.OrganizationId));
            var outside = await db.Members.AsNoTracking()
                .Where(m => !scopeIds.Contains(m.OrganizationId))
                .Where(m => m.PartyCardNumber != null || m.CitizenId != null || m.RecordNumber != null)
                .Select(m => new { m.PartyCardNumber, m.CitizenId, m.RecordNumber })
                .ToListAsync(cancellationToken);
            foreach (var keys in outside)
            {
                Add(index.cardsOutside, keys.PartyCardNumber);
                Add(index.citizenIdsOutside, keys.CitizenId);
                Add(index.recordsOutside, keys.RecordNumber);
            }
        }

        foreach (var member in await inScope.ToListAsync(cancellationToken))
        {
            index.Add(member);
        }

        return index;
    }

    /// <summary>
    /// Members as an import updates them: with the dated qualifications (an update compares them and opens a new
    /// period only for a real change) and the auto-included collections (conditions, seniority gaps).
    /// </summary>
    public static IQueryable<PartyMember> Updatable(IAppDbContext db) => db.Members.Include(m => m.Qualifications);

    /// <summary>
    /// The member in scope a row stands for: by party card number when the row has one, else by citizen ID, else by
    /// name and date of birth (accents and case ignored). A row with a key that matches nobody in scope is a new
    /// member (its keys are then checked against everyone, see <see cref="CardTaken"/>).
    /// </summary>
    /// <returns>The member, or null for a new one; <paramref name="ambiguous"/> when several members share the name and date of birth.</returns>
    public ImportMatch? Match(MemberFields row, out bool ambiguous)
    {
        ambiguous = false;
        if (Key(row.PartyCardNumber) is { } card)
        {
            return byCard.TryGetValue(card, out var holder) ? ImportMatch.Of(holder) : null;
        }

        if (Key(row.CitizenId) is { } citizenId)
        {
            return byCitizenId.TryGetValue(citizenId, out var holder) ? ImportMatch.Of(holder) : null;
        }

        if (row.FullName is null || row.DateOfBirth is null || !byNameAndBirth.TryGetValue((VietnameseText.Fold(row.FullName), row.DateOfBirth.Value), out var namesakes))
        {
            return null;
        }

        ambiguous = namesakes.Count > 1;
        return ambiguous ? null : namesakes[0];
    }

    /// <summary>True when the card number belongs to a member other than <paramref name="self"/>, in scope or not.</summary>
    public bool CardTaken(string card, ImportMatch? self) => Taken(byCard, cardsOutside, card, self);

    /// <summary>True when the citizen ID belongs to a member other than <paramref name="self"/>, in scope or not.</summary>
    public bool CitizenIdTaken(string citizenId, ImportMatch? self) => Taken(byCitizenId, citizenIdsOutside, citizenId, self);

    /// <summary>True when the record number belongs to a member other than <paramref name="self"/>, in scope or not.</summary>
    public bool RecordTaken(string record, ImportMatch? self) => Taken(byRecord, recordsOutside, record, self);

    /// <summary>A member created by an earlier row: later rows find it by name and date of birth too (the member itself is not kept).</summary>
    public void AddCreated(PartyMember member) => AddNamesake(member.NameFolded, member.DateOfBirth, new ImportMatch(member.Id, member.OrganizationId, null));

    /// <summary>The key as stored: trimmed, upper case for record numbers; null when empty.</summary>
    public static string? Key(string? text, bool upper = false) =>
        string.IsNullOrWhiteSpace(text) ? null : upper ? VietnameseText.Clean(text).ToUpperInvariant() : VietnameseText.Clean(text);

    private static bool Taken(Dictionary<string, PartyMember> inScope, HashSet<string> outside, string key, ImportMatch? self) =>
        inScope.TryGetValue(key, out var holder) ? holder.Id != self?.Id : outside.Contains(key);

    private static void Add(HashSet<string> keys, string? key)
    {
        if (key is not null)
        {
            keys.Add(key);
        }
    }

    private void Add(PartyMember member)
    {
        if (member.PartyCardNumber is { } card)
        {
            byCard[card] = member;
        }

        if (member.CitizenId is { } citizenId)
        {
            byCitizenId[citizenId] = member;
        }

        if (member.RecordNumber is { } record)
        {
            byRecord[record] = member;
        }

        AddNamesake(member.NameFolded, member.DateOfBirth, ImportMatch.Of(member));
    }

    private void AddNamesake(string nameFolded, DateOnly dateOfBirth, ImportMatch match)
    {
        var key = (nameFolded, dateOfBirth);
        if (!byNameAndBirth.TryGetValue(key, out var namesakes))
        {
            byNameAndBirth[key] = namesakes = [];
        }

        namesakes.Add(match);
    }
}

/// <summary>The member a row stands for: one of the database (<paramref name="Existing"/>, untracked) or one an earlier row creates (null).</summary>
/// <param name="Id">The member's id.</param>
/// <param name="OrganizationId">The member's cell.</param>
/// <param name="Existing">The stored member, untracked; null for a member created by an earlier row of the file.</param>
internal sealed record ImportMatch(Guid Id, Guid OrganizationId, PartyMember? Existing)
{
    public static ImportMatch Of(PartyMember member) => new(member.Id, member.OrganizationId, member);
}
