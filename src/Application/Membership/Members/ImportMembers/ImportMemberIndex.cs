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
/// <item>the members in the caller's scope (the only ones a row may match and update; tracked unless it is a dry run),
/// by party card number, citizen ID, record number, and folded name with date of birth;</item>
/// <item>the natural keys (card, citizen ID, record number) of the members outside the scope, as bare strings: no id,
/// name or anything else of theirs is loaded, so nothing about them can reach a response.</item>
/// </list>
/// </summary>
internal sealed class ImportMemberIndex
{
    private readonly Dictionary<string, PartyMember> byCard = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartyMember> byCitizenId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartyMember> byRecord = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, DateOnly Born), List<PartyMember>> byNameAndBirth = [];
    private readonly HashSet<string> cardsOutside = new(StringComparer.Ordinal);
    private readonly HashSet<string> citizenIdsOutside = new(StringComparer.Ordinal);
    private readonly HashSet<string> recordsOutside = new(StringComparer.Ordinal);

    private ImportMemberIndex()
    {
    }

    /// <param name="db">The unit of work.</param>
    /// <param name="scopePrefix">The caller's subtree (null: unrestricted).</param>
    /// <param name="tracking">Load the members in scope tracked, so that the import can update them (not for a dry run).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public static async Task<ImportMemberIndex> LoadAsync(IAppDbContext db, string? scopePrefix, bool tracking, CancellationToken cancellationToken)
    {
        var index = new ImportMemberIndex();
        // With the dated qualifications: an update compares them and opens a new period only for a real change.
        var withQualifications = db.Members.Include(m => m.Qualifications);
        var inScope = tracking ? withQualifications.AsQueryable() : withQualifications.AsNoTracking();
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
    /// The member in scope a row stands for: by party card number when the row has one, else by citizen ID, else by
    /// name and date of birth (accents and case ignored). A row with a key that matches nobody in scope is a new
    /// member (its keys are then checked against everyone, see <see cref="CardTaken"/>).
    /// </summary>
    /// <returns>The member, or null for a new one; <paramref name="ambiguous"/> when several members share the name and date of birth.</returns>
    public PartyMember? Match(MemberFields row, out bool ambiguous)
    {
        ambiguous = false;
        if (Key(row.PartyCardNumber) is { } card)
        {
            return byCard.GetValueOrDefault(card);
        }

        if (Key(row.CitizenId) is { } citizenId)
        {
            return byCitizenId.GetValueOrDefault(citizenId);
        }

        if (row.FullName is null || row.DateOfBirth is null || !byNameAndBirth.TryGetValue((VietnameseText.Fold(row.FullName), row.DateOfBirth.Value), out var namesakes))
        {
            return null;
        }

        ambiguous = namesakes.Count > 1;
        return ambiguous ? null : namesakes[0];
    }

    /// <summary>True when the card number belongs to a member other than <paramref name="self"/>, in scope or not.</summary>
    public bool CardTaken(string card, PartyMember? self) => Taken(byCard, cardsOutside, card, self);

    /// <summary>True when the citizen ID belongs to a member other than <paramref name="self"/>, in scope or not.</summary>
    public bool CitizenIdTaken(string citizenId, PartyMember? self) => Taken(byCitizenId, citizenIdsOutside, citizenId, self);

    /// <summary>True when the record number belongs to a member other than <paramref name="self"/>, in scope or not.</summary>
    public bool RecordTaken(string record, PartyMember? self) => Taken(byRecord, recordsOutside, record, self);

    /// <summary>A member created by an earlier row: later rows find it by name and date of birth too.</summary>
    public void AddCreated(PartyMember member) => AddNamesake(member);

    /// <summary>The key as stored: trimmed, upper case for record numbers; null when empty.</summary>
    public static string? Key(string? text, bool upper = false) =>
        string.IsNullOrWhiteSpace(text) ? null : upper ? VietnameseText.Clean(text).ToUpperInvariant() : VietnameseText.Clean(text);

    private static bool Taken(Dictionary<string, PartyMember> inScope, HashSet<string> outside, string key, PartyMember? self) =>
        inScope.TryGetValue(key, out var holder) ? !ReferenceEquals(holder, self) : outside.Contains(key);

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

        AddNamesake(member);
    }

    private void AddNamesake(PartyMember member)
    {
        var key = (member.NameFolded, member.DateOfBirth);
        if (!byNameAndBirth.TryGetValue(key, out var namesakes))
        {
            byNameAndBirth[key] = namesakes = [];
        }

        namesakes.Add(member);
    }
}
