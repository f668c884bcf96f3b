using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.ImportMembers;

/// <summary>
/// What an import checks its rows against, looked up a batch of rows at a time (issue 12, session 21: memory flat as
/// the file and the register grow). Before each batch of rows, <see cref="LoadBatchAsync"/> asks the database, in a
/// fixed number of set-based queries (never a query per row), only for the members the batch's keys name:
/// <list type="bullet">
/// <item>the holders of the batch's party card numbers, citizen IDs and record numbers, in scope or not, as bare keys:
/// id, cell, and whether the cell is in the caller's scope — a holder outside the scope is only ever "the key is
/// taken", nothing else of theirs is read;</item>
/// <item>the members in the caller's scope sharing a row's folded name and date of birth (the namesakes).</item>
/// </list>
/// Nothing here holds a <see cref="PartyMember"/>: an index entry is a value (<see cref="ImportMatch"/>), the lookups
/// are dropped at the next batch, and the members a batch updates are loaded (with their qualifications) by the
/// caller, for that batch only. What lives for the whole file is what earlier rows created (id, cell, folded name and
/// date of birth, so that later rows find them as namesakes), which grows with the file, not with the register.
/// </summary>
internal sealed class ImportMemberIndex
{
    private readonly IAppDbContext db;

    /// <summary>The organisations of the caller's scope; null when unrestricted.</summary>
    private readonly HashSet<Guid>? scopeIds;

    private readonly Dictionary<string, ImportMatch> byCard = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportMatch> byCitizenId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportMatch> byRecord = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, DateOnly Born), Namesakes> storedNamesakes = [];
    private readonly Dictionary<(string Name, DateOnly Born), Namesakes> createdNamesakes = [];

    private ImportMemberIndex(IAppDbContext db, HashSet<Guid>? scopeIds)
    {
        this.db = db;
        this.scopeIds = scopeIds;
    }

    /// <param name="db">The unit of work.</param>
    /// <param name="scopePrefix">The caller's subtree (null: unrestricted).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static async Task<ImportMemberIndex> CreateAsync(IAppDbContext db, string? scopePrefix, CancellationToken cancellationToken)
    {
        var scopeIds = scopePrefix is null
            ? null
            : (await db.Organizations.InScope(scopePrefix).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        return new ImportMemberIndex(db, scopeIds);
    }

    /// <summary>
    /// Members as an import updates them: with the dated qualifications (an update compares them and opens a new
    /// period only for a real change) and the auto-included collections (conditions, seniority gaps).
    /// </summary>
    public static IQueryable<PartyMember> Updatable(IAppDbContext db) => db.Members.Include(m => m.Qualifications);

    /// <summary>
    /// Replaces the lookups with the holders of the keys the batch's rows name (four set-based queries, whatever the
    /// batch's size). Rows that could not be read are skipped by the caller and need no keys.
    /// </summary>
    public async Task LoadBatchAsync(IReadOnlyCollection<MemberFields> rows, CancellationToken cancellationToken)
    {
        byCard.Clear();
        byCitizenId.Clear();
        byRecord.Clear();
        storedNamesakes.Clear();

        var cards = rows.Select(r => Key(r.PartyCardNumber)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var citizenIds = rows.Select(r => Key(r.CitizenId)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var records = rows.Select(r => Key(r.RecordNumber, upper: true)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        // Only a row without card and citizen ID is matched by name (see Match): common names would otherwise bring
        // back thousands of namesakes per batch for rows that never use them.
        var byName = rows.Where(r => Key(r.PartyCardNumber) is null && Key(r.CitizenId) is null && r.FullName is not null && r.DateOfBirth is not null).ToList();
        var names = byName.Select(r => VietnameseText.Fold(r.FullName!)).Distinct(StringComparer.Ordinal).ToList();
        var births = byName.Select(r => r.DateOfBirth!.Value).Distinct().ToList();

        // One query per unique key (each served by its unique index), every member whatever the scope: a key held
        // outside the scope is refused like any clash.
        if (cards.Count > 0)
        {
            foreach (var m in await db.Members.AsNoTracking().Where(m => cards.Contains(m.PartyCardNumber!))
                .Select(m => new { m.Id, m.OrganizationId, Key = m.PartyCardNumber! }).ToListAsync(cancellationToken))
            {
                byCard[m.Key] = Entry(m.Id, m.OrganizationId);
            }
        }

        if (citizenIds.Count > 0)
        {
            foreach (var m in await db.Members.AsNoTracking().Where(m => citizenIds.Contains(m.CitizenId!))
                .Select(m => new { m.Id, m.OrganizationId, Key = m.CitizenId! }).ToListAsync(cancellationToken))
            {
                byCitizenId[m.Key] = Entry(m.Id, m.OrganizationId);
            }
        }

        if (records.Count > 0)
        {
            foreach (var m in await db.Members.AsNoTracking().Where(m => records.Contains(m.RecordNumber!))
                .Select(m => new { m.Id, m.OrganizationId, Key = m.RecordNumber! }).ToListAsync(cancellationToken))
            {
                byRecord[m.Key] = Entry(m.Id, m.OrganizationId);
            }
        }

        // Namesakes: the folded names of the batch (IX_Members_Search) and their rows' birth dates, both in SQL (issue
        // 12, session 22: a common name no longer brings back every holder of it); kept only in scope, and matched on
        // the exact (name, birth date) pair of a row by the lookup below.
        if (names.Count > 0)
        {
            foreach (var m in await db.Members.AsNoTracking().Where(m => names.Contains(m.NameFolded) && births.Contains(m.DateOfBirth))
                .Select(m => new { m.Id, m.OrganizationId, m.NameFolded, m.DateOfBirth }).ToListAsync(cancellationToken))
            {
                if (InScope(m.OrganizationId))
                {
                    Add(storedNamesakes, (m.NameFolded, m.DateOfBirth), new ImportMatch(m.Id, m.OrganizationId, Stored: true, InScope: true));
                }
            }
        }
    }

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
            return byCard.TryGetValue(card, out var holder) && holder.InScope ? holder : null;
        }

        if (Key(row.CitizenId) is { } citizenId)
        {
            return byCitizenId.TryGetValue(citizenId, out var holder) && holder.InScope ? holder : null;
        }

        if (row.FullName is null || row.DateOfBirth is null)
        {
            return null;
        }

        var key = (VietnameseText.Fold(row.FullName), row.DateOfBirth.Value);
        var stored = storedNamesakes.GetValueOrDefault(key);
        var created = createdNamesakes.GetValueOrDefault(key);
        var count = stored.Count + created.Count;
        ambiguous = count > 1;
        return count == 1 ? (stored.Count == 1 ? stored.First : created.First) : null;
    }

    /// <summary>True when the card number belongs to a member other than <paramref name="self"/>, in scope or not.</summary>
    public bool CardTaken(string card, ImportMatch? self) => Taken(byCard, card, self);

    /// <summary>True when the citizen ID belongs to a member other than <paramref name="self"/>, in scope or not.</summary>
    public bool CitizenIdTaken(string citizenId, ImportMatch? self) => Taken(byCitizenId, citizenId, self);

    /// <summary>True when the record number belongs to a member other than <paramref name="self"/>, in scope or not.</summary>
    public bool RecordTaken(string record, ImportMatch? self) => Taken(byRecord, record, self);

    /// <summary>A member created by an earlier row: later rows find it by name and date of birth too (the member itself is not kept).</summary>
    public void AddCreated(PartyMember member) =>
        Add(createdNamesakes, (member.NameFolded, member.DateOfBirth), new ImportMatch(member.Id, member.OrganizationId, Stored: false, InScope: true));

    /// <summary>The key as stored: trimmed, upper case for record numbers; null when empty.</summary>
    public static string? Key(string? text, bool upper = false) =>
        string.IsNullOrWhiteSpace(text) ? null : upper ? VietnameseText.Clean(text).ToUpperInvariant() : VietnameseText.Clean(text);

    private static bool Taken(Dictionary<string, ImportMatch> holders, string key, ImportMatch? self) =>
        holders.TryGetValue(key, out var holder) && holder.Id != self?.Id;

    private static void Add(Dictionary<(string Name, DateOnly Born), Namesakes> namesakes, (string, DateOnly) key, ImportMatch match)
    {
        var known = namesakes.GetValueOrDefault(key);
        namesakes[key] = known.Count == 0 ? new Namesakes(match, 1) : known with { Count = known.Count + 1 };
    }

    private ImportMatch Entry(Guid id, Guid organizationId) => new(id, organizationId, Stored: true, InScope(organizationId));

    private bool InScope(Guid organizationId) => scopeIds is null || scopeIds.Contains(organizationId);

    /// <summary>The first of the members sharing a name and date of birth, and how many there are (only the first is ever returned).</summary>
    private readonly record struct Namesakes(ImportMatch First, int Count);
}

/// <summary>The member a row stands for, or a key's holder: a value, never the member itself.</summary>
/// <param name="Id">The member's id.</param>
/// <param name="OrganizationId">The member's cell.</param>
/// <param name="Stored">True for a member of the database; false for one an earlier row of the file creates.</param>
/// <param name="InScope">True when the member's cell is in the caller's scope (only those are matched; the others only hold keys).</param>
internal readonly record struct ImportMatch(Guid Id, Guid OrganizationId, bool Stored, bool InScope);
