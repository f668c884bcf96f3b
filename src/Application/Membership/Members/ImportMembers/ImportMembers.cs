using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members.CreateMember;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Membership.Members.ImportMembers;

/// <summary>Imports members from a CSV or Excel file (see <see cref="MemberSheet.Headers"/>).</summary>
public sealed record ImportMembersCommand(Stream Content, SheetFormat Format, bool DryRun) : ICommand<MemberImportResult>;

/// <summary>What happened to one row.</summary>
/// <param name="Row">Row number in the file (the header is row 1).</param>
/// <param name="Outcome">CREATED, UPDATED, UNCHANGED or ERROR (with a dry run: what would happen).</param>
/// <param name="MemberId">The member created or matched.</param>
/// <param name="FullName">The name in the row.</param>
/// <param name="Errors">Why the row was refused.</param>
public sealed record MemberImportRow(int Row, string Outcome, Guid? MemberId, string? FullName, IReadOnlyList<ImportError> Errors);

/// <summary>A coded error of one row, in Vietnamese and English.</summary>
public sealed record ImportError(string Field, string Code, string MessageVi, string MessageEn);

/// <summary>The import as a whole. Nothing is written unless every row is valid (and never on a dry run).</summary>
public sealed record MemberImportResult(bool DryRun, bool Applied, int Rows, int Created, int Updated, int Unchanged, int Errors, IReadOnlyList<MemberImportRow> Results);

/// <summary>
/// Each row is validated like a member created through the API (field rules, the domain's rules, uniqueness in the
/// database and within the file). The file is read as a stream, within <see cref="ImportOptions"/>, a batch of rows at
/// a time, and each row is checked against the holders of its batch's keys (<see cref="ImportMemberIndex"/>, a fixed
/// number of queries per batch): the work grows with the rows, the queries with the batches, and the memory with
/// neither the register nor (apart from one result per row) the file.
/// <para>
/// Scope. A row matches only a member inside the caller's scope: by party card number, else citizen ID, else name and
/// date of birth — so importing the same file twice creates nothing the second time. A member outside the scope is
/// never matched, updated or named. Name and date of birth are not unique: a row that would match someone outside
/// the scope only by them is a new member of the row's cell.
/// </para>
/// <para>
/// No existence oracle. Card number, citizen ID and record number are unique among all members (the database says
/// so), so a row cannot take one held by a member outside the scope. Such a row gets exactly the error any clash gets
/// — the one for a key used twice in the file or held by another member in scope: same field, same code, same
/// messages (which quote only the row's own value), no member id, no name, same outcome in a dry run and a real
/// import, and no extra query or work that would time differently. What cannot be hidden is the bit "this key is
/// taken", which POST /members gives just the same (409): it is the price of the uniqueness, and tells nothing of
/// who holds the key or where. Before this rule a dry run answered UPDATED with the member's id for any card number.
/// </para>
/// <para>
/// Cells. An import never moves a member: cell and status change only through transfers and status decisions. A row
/// of an existing member must name the member's current cell; another cell is refused (import.cell_change_not_allowed),
/// not silently ignored — the row may stand for a different person (namesakes), or the user may believe the import
/// moved the member. For an existing member only the record fields are updated; the status column is read for new
/// members only.
/// </para>
/// <para>
/// Scale (ADR 0031; issue 12, session 21). Two passes over the file. The first checks every row, a batch at a time,
/// against the batch's key lookups, the members the batch matches loaded untracked for that batch only, keeping per
/// row only its outcome and keys (a dry run stops there). When every row is valid, the second reads the file again and
/// writes it in batches of <see cref="ImportOptions.BatchSize"/> rows: the members a batch creates are written
/// set-based, untracked, with their search index, audit rows and counts (<see cref="INewMembersWriter"/>, ADR 0046);
/// the members it updates are loaded tracked in one query, saved (their audit rows and domain-event reactions in the
/// same save) and the change tracker is cleared. All the batches run in ONE transaction under the receiving cells' locks: a failure anywhere
/// rolls back every batch, so the import stays all-or-nothing. A created member keeps the id the first pass reported.
/// </para>
/// </summary>
public sealed class ImportMembersHandler(
    IAppDbContext db, IOrganizationScope scope, ISpreadsheets sheets, IEnumerable<IValidator<CreateMemberCommand>> validators, ImportOptions options, TimeProvider time,
    RuleBook<AdmissionRuleSet> admissionRules, INewMembersWriter newMembers)
    : ICommandHandler<ImportMembersCommand, MemberImportResult>
{
    /// <summary>Every validator of a recorded member, field rules and event dates alike (a row is a member recorded).</summary>
    private readonly IReadOnlyList<IValidator<CreateMemberCommand>> rowValidators = [.. validators];

    private const string Created = "CREATED";
    private const string Updated = "UPDATED";
    private const string Unchanged = "UNCHANGED";
    private const string Errored = "ERROR";

    /// <summary>The cells that receive new members (the handler is scoped to one request).</summary>
    private readonly HashSet<Guid> receivingCells = [];

    public async ValueTask<MemberImportResult> Handle(ImportMembersCommand command, CancellationToken cancellationToken)
    {
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        var cells = await CellsInScopeAsync(prefix, cancellationToken);
        var index = await ImportMemberIndex.CreateAsync(db, prefix, cancellationToken);
        var file = new FileKeys();
        var results = new List<MemberImportRow>();

        // The second pass reads the file again: an upload is seekable (buffered by the server); anything else is copied.
        var content = command.Content;
        await using var copy = content.CanSeek ? null : new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        if (copy is not null)
        {
            await command.Content.CopyToAsync(copy, cancellationToken);
            copy.Position = 0;
            content = copy;
        }

        // The first pass, a batch of rows at a time: the batch's keys looked up, then each row checked in file order.
        var start = content.Position;
        var batch = new List<ReadRow>(options.BatchSize);
        foreach (var sheetRow in sheets.Read(content, command.Format, options.Limits))
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Add(ReadRow.Of(sheetRow, cells));
            if (batch.Count == options.BatchSize)
            {
                await CheckBatchAsync(batch, cells, index, file, results, cancellationToken);
                batch.Clear();
            }
        }

        await CheckBatchAsync(batch, cells, index, file, results, cancellationToken);

        var errorCount = results.Count(r => r.Outcome == Errored);
        var apply = !command.DryRun && errorCount == 0;
        if (apply && results.Any(r => r.Outcome is Created or Updated))
        {
            await SaveUnderCellLocksAsync(content, start, command.Format, cells, results, cancellationToken);
        }

        return new MemberImportResult(
            command.DryRun, apply, results.Count,
            results.Count(r => r.Outcome == Created), results.Count(r => r.Outcome == Updated), results.Count(r => r.Outcome == Unchanged),
            errorCount, results);
    }

    /// <summary>
    /// Saves under the locks of the cells that receive new members, which a dissolution also takes (ADR 0012), after
    /// checking again that none of them was dissolved since the file was read: a cell never keeps members past its end.
    /// The rows are written a batch at a time, all in the one transaction of the lock.
    /// </summary>
    private Task SaveUnderCellLocksAsync(Stream content, long start, SheetFormat format, CellsInScope cells, List<MemberImportRow> results, CancellationToken cancellationToken)
    {
        var receiving = receivingCells.ToList();
        return db.ExclusiveAsync(
            [.. receiving.Select(Locks.Organization)],
            async ct =>
            {
                var dissolved = await db.Organizations.AsNoTracking()
                    .Where(o => receiving.Contains(o.Id) && o.DissolvedOn != null)
                    .Select(o => o.Code)
                    .FirstOrDefaultAsync(ct);
                if (dissolved is not null)
                {
                    throw new Common.Exceptions.ConflictException("organization.dissolved", "A cell of the file was dissolved meanwhile.", dissolved);
                }

                await newMembers.PrepareAsync(results.Count(r => r.Outcome == Created), ct);
                content.Position = start;
                var saved = 0;
                var batch = new List<(SheetRow Row, MemberImportRow Result)>(options.BatchSize);
                var number = 0;
                foreach (var row in sheets.Read(content, format, options.Limits))
                {
                    var result = results[number++];
                    if (result.Outcome is Created or Updated)
                    {
                        batch.Add((row, result));
                    }

                    if (batch.Count == options.BatchSize)
                    {
                        saved += await WriteBatchAsync(batch, cells, ct);
                        batch.Clear();
                    }
                }

                return saved + await WriteBatchAsync(batch, cells, ct);
            },
            cancellationToken);
    }

    /// <summary>
    /// One batch: every row applied again; the members it creates written by <see cref="INewMembersWriter"/> (set-based,
    /// untracked, with their index, audit and counts: ADR 0046), the members it updates loaded in one query and saved
    /// through the change tracker, then forgotten.
    /// </summary>
    private async Task<int> WriteBatchAsync(List<(SheetRow Row, MemberImportRow Result)> batch, CellsInScope cells, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var updatedIds = batch.Where(b => b.Result.Outcome == Updated).Select(b => b.Result.MemberId!.Value).ToList();
        var updated = updatedIds.Count == 0
            ? []
            : await ImportMemberIndex.Updatable(db).Where(m => updatedIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var created = new List<PartyMember>();
        foreach (var (sheetRow, result) in batch)
        {
            var errors = new List<ImportError>();
            var row = ImportRowParser.Parse(sheetRow.Cells, cells.ByKey, errors);
            var columns = ImportRecordColumns.Read(sheetRow.Cells, errors);
            if (row is null || columns is null)
            {
                throw new InvalidOperationException($"Row {sheetRow.Number} read differently the second time.");
            }

            if (result.Outcome == Created)
            {
                var member = Register(result.MemberId!.Value, row, columns, cells);
                if (member.DomainEvents.Count == 0)
                {
                    created.Add(member);
                }
                else
                {
                    // Reactions run in the save pipeline only (none is raised by a registration today).
                    db.Members.Add(member);
                }
            }
            else
            {
                Apply(row, columns, updated[result.MemberId!.Value]);
            }
        }

        await newMembers.WriteAsync(created, cancellationToken);
        if (created.Count == batch.Count)
        {
            return created.Count;
        }

        // Automatic change detection off for the save (issue 12): with it, every Entries() call of the save's
        // interceptors and the save itself walked the batch's ~16 tracked entities per member again. Each
        // interceptor detects once, explicitly, at its start (search index first), so what the rows and the
        // domain-event reactions change is still seen by the search index, the counts and the audit.
        var tracker = (db as DbContext)?.ChangeTracker;
        var automatic = tracker?.AutoDetectChangesEnabled ?? true;
        if (tracker is not null)
        {
            tracker.AutoDetectChangesEnabled = false;
        }

        try
        {
            return created.Count + await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            if (tracker is not null)
            {
                tracker.AutoDetectChangesEnabled = automatic;
            }

            db.ClearChangeTracker();
        }
    }

    /// <summary>
    /// Checks one batch of the first pass: the lookups for the batch's keys (a fixed number of queries), each row in
    /// file order against them and against what earlier rows used, then the rows that match a stored member checked
    /// by applying them to that member, loaded (untracked, with its qualifications) for this batch only, in one query.
    /// </summary>
    private async Task CheckBatchAsync(
        List<ReadRow> batch, CellsInScope cells, ImportMemberIndex index, FileKeys file, List<MemberImportRow> results, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        await index.LoadBatchAsync([.. batch.Where(r => r.Fields is not null).Select(r => r.Fields!)], cancellationToken);
        var updates = new List<(int Result, ReadRow Row, Guid MemberId)>();
        foreach (var row in batch)
        {
            var result = Import(row, cells, index, file, out var stored);
            if (stored is { } memberId)
            {
                updates.Add((results.Count, row, memberId));
            }

            results.Add(result);
        }

        if (updates.Count == 0)
        {
            return;
        }

        var ids = updates.Select(u => u.MemberId).ToList();
        var members = await ImportMemberIndex.Updatable(db).AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        foreach (var (at, row, memberId) in updates)
        {
            try
            {
                results[at] = Update(row.Number, row.Fields!, row.Columns!, members[memberId]);
            }
            catch (DomainRuleException rule)
            {
                results[at] = Refused(row.Number, row.Fields!.FullName, [ImportErrors.Of(string.Empty, rule.Code, [.. rule.Arguments])]);
            }
        }
    }

    /// <summary>
    /// Checks one row against the batch's lookups and the file's earlier rows. A row of a stored member is only
    /// matched here (<paramref name="stored"/>, with a provisional result): whether it updates or leaves the member
    /// unchanged is decided for the whole batch at once (<see cref="CheckBatchAsync"/>).
    /// </summary>
    private MemberImportRow Import(ReadRow read, CellsInScope cells, ImportMemberIndex index, FileKeys file, out Guid? stored)
    {
        stored = null;
        var errors = read.Errors;
        if (read.Fields is not { } row || read.Columns is not { } columns)
        {
            return Refused(read.Number, read.FullNameCell, errors);
        }

        errors.AddRange(ImportErrors.Validate(rowValidators, row));
        var existing = index.Match(row, out var ambiguous);
        if (ambiguous)
        {
            errors.Add(ImportErrors.Of("fullName", "import.member_ambiguous"));
        }

        // Keys: used by an earlier row of the file, or held by another member (in scope or not: the same error).
        if (ImportMemberIndex.Key(row.PartyCardNumber) is { } card && (!file.Cards.Add(card) || index.CardTaken(card, existing)))
        {
            errors.Add(ImportErrors.Of("partyCardNumber", "member.card_number_taken", card));
        }

        if (ImportMemberIndex.Key(row.CitizenId) is { } citizenId && (!file.CitizenIds.Add(citizenId) || index.CitizenIdTaken(citizenId, existing)))
        {
            errors.Add(ImportErrors.Of("citizenId", "member.citizen_id_taken"));
        }

        if (ImportMemberIndex.Key(row.RecordNumber, upper: true) is { } record && (!file.Records.Add(record) || index.RecordTaken(record, existing)))
        {
            errors.Add(ImportErrors.Of("recordNumber", "member.record_number_taken", record));
        }

        if (existing is { } match)
        {
            if (!file.Members.TryAdd(match.Id, read.Number))
            {
                errors.Add(ImportErrors.Of(string.Empty, "import.member_repeated", file.Members[match.Id]));
            }

            if (match.OrganizationId != row.OrganizationId)
            {
                errors.Add(ImportErrors.Of("cellCode", "import.cell_change_not_allowed", cells.CodeOf(match.OrganizationId)));
            }
        }

        if (errors.Count > 0)
        {
            return Refused(read.Number, row.FullName, errors);
        }

        // A match that is not stored was created by an earlier row: refused above as repeated.
        if (existing is { Stored: true } member)
        {
            stored = member.Id;
            return new MemberImportRow(read.Number, Unchanged, member.Id, row.FullName, []);
        }

        try
        {
            return Create(read.Number, row, columns, cells, index, file);
        }
        catch (DomainRuleException rule)
        {
            return Refused(read.Number, row.FullName, [ImportErrors.Of(string.Empty, rule.Code, [.. rule.Arguments])]);
        }
    }

    /// <summary>Checks the creation by running it (the domain's rules), then keeps only what later rows need.</summary>
    private MemberImportRow Create(int rowNumber, CreateMemberCommand row, ImportRecordColumns columns, CellsInScope cells, ImportMemberIndex index, FileKeys file)
    {
        var member = Register(Ids.NewVersion7(time.GetUtcNow()), row, columns, cells);
        receivingCells.Add(member.OrganizationId);
        index.AddCreated(member);
        file.Members[member.Id] = rowNumber;
        return new MemberImportRow(rowNumber, Created, member.Id, member.FullName, []);
    }

    private PartyMember Register(Guid id, CreateMemberCommand row, ImportRecordColumns columns, CellsInScope cells)
    {
        var cell = cells.ById[row.OrganizationId!.Value];
        var since = row.StatusSince ?? row.FullMembershipDate ?? row.CeremonyDate ?? row.AdmissionDecisionDate!.Value;
        var member = PartyMember.Register(id, row.ToProfile(), row.ToAdmission(), cell, row.Status!.Value, since, row.StatusDecisionNumber, admissionRules);
        columns.ApplyTo(member);
        return member;
    }

    /// <summary>Checks the update on the untracked member, loaded for its batch of the first pass only.</summary>
    private MemberImportRow Update(int rowNumber, CreateMemberCommand row, ImportRecordColumns columns, PartyMember existing)
    {
        var before = RecordOf(existing);
        var columnsBefore = ImportRecordColumns.StateOf(existing);
        Apply(row, columns, existing);
        var changed = before != RecordOf(existing) || columnsBefore != ImportRecordColumns.StateOf(existing);
        return new MemberImportRow(rowNumber, changed ? Updated : Unchanged, existing.Id, existing.FullName, []);
    }

    private void Apply(CreateMemberCommand row, ImportRecordColumns columns, PartyMember member)
    {
        member.UpdateProfile(row.ToProfile(), time.TodayInVietnam());
        member.CorrectAdmission(row.ToAdmission(), admissionRules);
        columns.ApplyTo(member);
    }

    private static MemberImportRow Refused(int rowNumber, string? fullName, IReadOnlyList<ImportError> errors) =>
        new(rowNumber, Errored, null, fullName, errors);

    /// <summary>What an import can change on an existing member, to tell UPDATED from UNCHANGED.</summary>
    private static (MemberProfile Profile, AdmissionRecord Admission) RecordOf(PartyMember m) => (
        new MemberProfile(
            m.FullName, m.Sex, m.DateOfBirth, m.PlaceOfBirth, m.HomeTown, m.EthnicityCode, m.Religion, m.CitizenId, m.GeneralEducation,
            m.ProfessionalLevel, m.PoliticalTheoryLevel, m.Position, m.Phone, m.Email, m.Address, m.IsProvincialCommitteeMember,
            m.PartyCardNumber, m.RecordNumber),
        new AdmissionRecord(m.AdmissionDecisionDate, m.AdmissionDecisionNumber, m.CeremonyDate, m.FullMembershipDate));

    private async Task<CellsInScope> CellsInScopeAsync(string? prefix, CancellationToken cancellationToken)
    {
        var cells = await db.Organizations.InScope(prefix).Where(o => o.Type == OrganizationType.PartyCell).ToListAsync(cancellationToken);
        return new CellsInScope(cells);
    }

    /// <summary>The cells a row may name: by code (case-insensitive) or id.</summary>
    private sealed class CellsInScope
    {
        public CellsInScope(IReadOnlyList<PartyOrganization> cells)
        {
            foreach (var cell in cells)
            {
                ByKey[cell.Code] = cell;
                ByKey[cell.Id.ToString()] = cell;
                ById[cell.Id] = cell;
            }
        }

        public Dictionary<string, PartyOrganization> ByKey { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<Guid, PartyOrganization> ById { get; } = [];

        public string CodeOf(Guid cellId) => ById.TryGetValue(cellId, out var cell) ? cell.Code : string.Empty;
    }

    /// <summary>A row of the first pass as read: its number, the parsed fields and record columns (null when unreadable) and the errors so far.</summary>
    private sealed record ReadRow(int Number, CreateMemberCommand? Fields, ImportRecordColumns? Columns, string? FullNameCell, List<ImportError> Errors)
    {
        public static ReadRow Of(SheetRow sheetRow, CellsInScope cells)
        {
            var errors = new List<ImportError>();
            var fields = ImportRowParser.Parse(sheetRow.Cells, cells.ByKey, errors);
            var columns = ImportRecordColumns.Read(sheetRow.Cells, errors);
            return new ReadRow(sheetRow.Number, fields, columns, sheetRow.Cells.GetValueOrDefault("fullName"), errors);
        }
    }

    /// <summary>What earlier rows of the file have used: keys, and the members they stand for (with their row number).</summary>
    private sealed class FileKeys
    {
        public HashSet<string> Cards { get; } = new(StringComparer.Ordinal);

        public HashSet<string> CitizenIds { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Records { get; } = new(StringComparer.Ordinal);

        /// <summary>Member id → the first row that stands for it.</summary>
        public Dictionary<Guid, int> Members { get; } = [];
    }
}
