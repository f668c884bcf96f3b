using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Inspection.Dues.Import;

/// <summary>Imports monthly dues from a CSV or Excel file (see <see cref="DuesSheetLayout.Headers"/>).</summary>
/// <param name="Content">The file.</param>
/// <param name="Format">CSV or xlsx.</param>
/// <param name="OrganizationId">Rows only for cells of this subtree (a cell: one cell's sheet); null: the caller's scope.</param>
/// <param name="Month">The month of every row (one month per file: the month column may then be left out); null: each row names its month.</param>
/// <param name="DryRun">Check and report, write nothing.</param>
/// <param name="Atomic">Write only when every row is valid (the default); false: write the valid rows and report the others.</param>
public sealed record ImportDuesCommand(Stream Content, SheetFormat Format, Guid? OrganizationId, DateOnly? Month, bool DryRun, bool Atomic = true) : ICommand<DuesImportResult>;

/// <summary>A row that was refused or carries a warning.</summary>
/// <param name="Row">Row number in the file (the header is row 1).</param>
/// <param name="Outcome">RECORDED, UNCHANGED or ERROR (with a dry run: what would happen).</param>
/// <param name="MemberCode">The member code of the row.</param>
/// <param name="Month">The month of the row, when it could be read.</param>
/// <param name="Errors">Why the row was refused.</param>
/// <param name="Warnings">What was accepted but is worth a look (a payment above the due).</param>
public sealed record DuesImportRow(int Row, string Outcome, string? MemberCode, DateOnly? Month, IReadOnlyList<ImportError> Errors, IReadOnlyList<ImportError> Warnings);

/// <summary>The import as a whole.</summary>
/// <param name="DryRun">Nothing was written, by request.</param>
/// <param name="Atomic">All or nothing.</param>
/// <param name="Applied">Something was written.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Recorded">Rows whose payment was recorded (or changed).</param>
/// <param name="Unchanged">Rows the sheet already held exactly (a replay).</param>
/// <param name="Errors">Rows refused.</param>
/// <param name="Warnings">Rows with a warning.</param>
/// <param name="SheetsOpened">Monthly sheets opened by the import (a cell's month that had none).</param>
/// <param name="SheetsChanged">Sheets with at least one line recorded.</param>
/// <param name="Results">Only the rows with an error or a warning, in file order (the others are counted).</param>
public sealed record DuesImportResult(
    bool DryRun, bool Atomic, bool Applied, int Rows, int Recorded, int Unchanged, int Errors, int Warnings, int SheetsOpened, int SheetsChanged,
    IReadOnlyList<DuesImportRow> Results);

/// <summary>
/// The monthly dues sheets from a file, like the member import: read as a stream within <see cref="ImportOptions"/>,
/// each row checked against what was loaded once (members of the scope with their placements, their dues bases) and
/// against the sheet of its cell and month (loaded, or opened as <c>POST /dues/sheets</c> would, once per cell and
/// month, never per row).
/// <para>
/// Natural key: (cell, month, member). The cell is the member's cell in that month. A row whose payment the sheet
/// already holds is UNCHANGED and writes nothing: importing a file again changes nothing.
/// </para>
/// <para>
/// Scope. A row names a member by code; a member who was in none of the caller's cells (of <c>organizationId</c>'s
/// subtree) that month gets <c>dues.import.member_unknown</c>, exactly as a code nobody holds: nothing about him is
/// loaded, written or named.
/// </para>
/// <para>
/// Amounts. The due is not entered: it is the rate of the rules in force that month applied to the member's basis
/// (Quyết định 342-QĐ/TW, Quy định 01-QĐ/TW 2026). A <c>due</c> or <c>basis</c> column that differs from what the
/// sheet computes is a row error (<c>dues.import.due_mismatch</c>, <c>dues.import.basis_mismatch</c>): the cell's
/// figure is wrong or the member's basis is not recorded, and arrears and inspections read the sheet's due. A payment
/// above the due is accepted with a warning (<c>dues.import.paid_above_due</c>): 342 encourages members to pay more
/// than the rate of their own will.
/// </para>
/// </summary>
public sealed class ImportDuesHandler(
    IAppDbContext db,
    IOrganizationScope scope,
    ISpreadsheets sheets,
    ImportOptions options,
    TimeProvider time,
    RuleBook<DuesRuleSet> rules,
    DuesOptions duesOptions,
    IAddedAggregatesWriter newSheets,
    IModifiedAggregatesWriter changedSheets)
    : ICommandHandler<ImportDuesCommand, DuesImportResult>
{
    public async ValueTask<DuesImportResult> Handle(ImportDuesCommand command, CancellationToken cancellationToken)
    {
        var today = time.TodayInVietnam();
        var subtree = await scope.SubtreeAsync(command.OrganizationId, cancellationToken);
        var context = await DuesImportContext.LoadAsync(db, subtree, cancellationToken);
        var state = new ImportState(command, context, today, options.BatchSize);
        var results = new List<DuesImportRow>();
        int rows = 0, recorded = 0, unchanged = 0, errors = 0, warnings = 0;
        var first = true;
        foreach (var row in sheets.Read(command.Content, command.Format, options.Limits))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (first)
            {
                EnsureColumns(row, command.Month is not null);
                first = false;
            }

            rows++;
            var result = await ImportAsync(row, state, cancellationToken);
            switch (result.Outcome)
            {
                case "RECORDED":
                    recorded++;
                    break;
                case "UNCHANGED":
                    unchanged++;
                    break;
                default:
                    errors++;
                    break;
            }

            if (result.Warnings.Count > 0)
            {
                warnings++;
            }

            if (result.Errors.Count > 0 || result.Warnings.Count > 0)
            {
                results.Add(result);
            }
        }

        var apply = !command.DryRun && (!command.Atomic || errors == 0) && recorded + state.UsedNewSheets.Count > 0;
        if (apply)
        {
            // One transaction (ADR 0086): the stored sheets the file changes, read again with their lines and given the
            // rows' payments (a sheet whose version moved since the rows were checked fails the import with 412, nothing
            // written), their changed lines written set-based (ADR 0088), then the sheets the import opened with their
            // lines, set-based. The unit reads what it writes,
            // so a retry of the transaction (SQL Server's transient failures) runs it whole again. A sheet of the same
            // cell and month opened meanwhile is refused by the unique index (cell, month): dues.sheet_exists.
            await db.ExclusiveAsync(
                [],
                async ct =>
                {
                    await state.RecordOnStoredSheetsAsync(db, changedSheets, ct);
                    await newSheets.WriteAsync(state.UsedNewSheets, ct);
                    return state.UsedNewSheets.Count;
                },
                cancellationToken);
        }

        return new DuesImportResult(
            command.DryRun, command.Atomic, apply, rows, recorded, unchanged, errors, warnings,
            state.UsedNewSheets.Count, state.ChangedSheets.Count, results);
    }

    private static void EnsureColumns(SheetRow row, bool monthGiven)
    {
        foreach (var column in monthGiven ? [DuesSheetLayout.MemberCode, DuesSheetLayout.Paid] : new[] { DuesSheetLayout.MemberCode, DuesSheetLayout.Month, DuesSheetLayout.Paid })
        {
            if (!row.Cells.ContainsKey(column))
            {
                throw new DomainRuleException("dues.import.column_missing", "A column of the layout is missing.", RuleViolationKind.Unprocessable, column);
            }
        }
    }

    private async Task<DuesImportRow> ImportAsync(SheetRow sheetRow, ImportState state, CancellationToken cancellationToken)
    {
        var cells = sheetRow.Cells;
        var errors = new List<ImportError>();
        var code = cells.GetValueOrDefault(DuesSheetLayout.MemberCode);

        long? Amount(string column)
        {
            if (cells.GetValueOrDefault(column) is not { } text)
            {
                return null;
            }

            var amount = DuesSheetLayout.ParseAmount(text);
            if (amount is null)
            {
                errors.Add(ImportErrors.Of(column, "dues.import.amount_invalid", text));
            }

            return amount;
        }

        // The month: the row's, else the file's; both given and different is an error.
        DateOnly? month = state.Command.Month is { } fileMonth ? DuesRuleSet.MonthOf(fileMonth) : null;
        if (cells.GetValueOrDefault(DuesSheetLayout.Month) is { } monthText)
        {
            var parsed = DuesSheetLayout.ParseMonth(monthText);
            if (parsed is null)
            {
                errors.Add(ImportErrors.Of(DuesSheetLayout.Month, "dues.import.month_invalid", monthText));
            }
            else if (month is { } expected && parsed != expected)
            {
                errors.Add(ImportErrors.Of(DuesSheetLayout.Month, "dues.import.month_mismatch", WireFormat.Date(parsed.Value), WireFormat.Date(expected)));
            }

            month = parsed ?? month;
        }
        else if (month is null)
        {
            errors.Add(ImportErrors.Of(DuesSheetLayout.Month, "dues.import.month_required"));
        }

        var basis = Amount(DuesSheetLayout.Basis);
        var due = Amount(DuesSheetLayout.Due);
        var paid = Amount(DuesSheetLayout.Paid);
        if (cells.GetValueOrDefault(DuesSheetLayout.Paid) is null)
        {
            errors.Add(ImportErrors.Of(DuesSheetLayout.Paid, "dues.import.amount_required"));
        }

        DateOnly? paidOn = null;
        if (cells.GetValueOrDefault(DuesSheetLayout.PaidOn) is { } dateText)
        {
            paidOn = DuesSheetLayout.ParseDate(dateText);
            if (paidOn is null || paidOn < EventDates.PartyFounded)
            {
                errors.Add(ImportErrors.Of(DuesSheetLayout.PaidOn, "dues.import.date_invalid", dateText));
            }
        }

        var excused = false;
        if (cells.GetValueOrDefault(DuesSheetLayout.Excused) is { } excusedText)
        {
            if (DuesSheetLayout.ParseBoolean(excusedText) is { } value)
            {
                excused = value;
            }
            else
            {
                errors.Add(ImportErrors.Of(DuesSheetLayout.Excused, "dues.import.boolean_invalid", excusedText));
            }
        }

        var collector = cells.GetValueOrDefault(DuesSheetLayout.Collector);
        if (collector is { Length: > DuesSheet.CollectorMaxLength })
        {
            errors.Add(ImportErrors.Of(DuesSheetLayout.Collector, "dues.import.text_too_long", DuesSheet.CollectorMaxLength));
        }

        var reason = cells.GetValueOrDefault(DuesSheetLayout.Reason);
        if (reason is { Length: > DuesBasis.ReasonMaxLength })
        {
            errors.Add(ImportErrors.Of(DuesSheetLayout.Reason, "dues.import.text_too_long", DuesBasis.ReasonMaxLength));
        }

        // The member and his cell that month, both in the subtree; anything else answers as an unknown code.
        var member = code is null ? null : state.Context.Member(code);
        var cellId = member is null || month is null ? null : state.Context.CellOf(member, month.Value);
        if (member is null || (month is not null && cellId is null))
        {
            errors.Add(ImportErrors.Of(DuesSheetLayout.MemberCode, "dues.import.member_unknown", code ?? string.Empty));
        }

        if (errors.Count > 0 || member is null || cellId is null || month is null)
        {
            return Refused(sheetRow.Number, code, month, errors);
        }

        var key = (cellId.Value, month.Value, member.Id);
        if (state.Keys.TryGetValue(key, out var earlier))
        {
            return Refused(sheetRow.Number, code, month, [ImportErrors.Of(DuesSheetLayout.MemberCode, "dues.import.duplicate_member", code!, earlier)]);
        }

        state.Keys[key] = sheetRow.Number;

        var (sheet, sheetError) = await state.SheetAsync(db, cellId.Value, month.Value, rules, duesOptions, cancellationToken);
        if (sheet is null)
        {
            return Refused(sheetRow.Number, code, month, [sheetError!]);
        }

        var line = sheet.Lines.FirstOrDefault(l => l.MemberId == member.Id);
        if (line is null)
        {
            return Refused(sheetRow.Number, code, month, [ImportErrors.Of(DuesSheetLayout.MemberCode, "dues.import.member_unknown", code!)]);
        }

        if (basis is { } givenBasis && state.Context.BasisOf(member.Id, month.Value) is var recorded && givenBasis != (recorded?.MonthlyBasisAmount ?? 0))
        {
            errors.Add(ImportErrors.Of(DuesSheetLayout.Basis, "dues.import.basis_mismatch", givenBasis, recorded?.MonthlyBasisAmount ?? 0));
        }

        if (due is { } givenDue && givenDue != line.Due)
        {
            errors.Add(ImportErrors.Of(DuesSheetLayout.Due, "dues.import.due_mismatch", givenDue, line.Due, sheet.RuleSetCode));
        }

        if (errors.Count > 0)
        {
            return Refused(sheetRow.Number, code, month, errors);
        }

        var payment = new DuesPayment(member.Id, paid!.Value, paidOn, collector, excused, reason);
        var warnings = paid > line.Due
            ? new List<ImportError> { ImportErrors.Of(DuesSheetLayout.Paid, "dues.import.paid_above_due", paid.Value, line.Due) }
            : [];
        if (Holds(line, payment))
        {
            state.Use(sheet);
            return new DuesImportRow(sheetRow.Number, "UNCHANGED", code, month, [], warnings);
        }

        try
        {
            sheet.RecordPayments([payment], state.Today);
        }
        catch (DomainRuleException rule)
        {
            return Refused(sheetRow.Number, code, month, [ImportErrors.Of(string.Empty, rule.Code, [.. rule.Arguments])]);
        }

        state.Use(sheet);
        state.Recorded(sheet, payment);
        return new DuesImportRow(sheetRow.Number, "RECORDED", code, month, [], warnings);
    }

    /// <summary>The line already holds the payment, as <see cref="DuesLine"/> would store it.</summary>
    private static bool Holds(DuesLine line, DuesPayment payment) =>
        line.Paid == payment.Paid
        && line.PaidOn == (payment.Paid > 0 ? payment.PaidOn : null)
        && line.Collector == (string.IsNullOrWhiteSpace(payment.Collector) ? null : VietnameseText.Clean(payment.Collector))
        && line.Excused == payment.Excused
        && line.Reason == (payment.Excused && !string.IsNullOrWhiteSpace(payment.Reason) ? VietnameseText.Clean(payment.Reason) : null)
        && (!payment.Excused || !string.IsNullOrWhiteSpace(payment.Reason));

    private static DuesImportRow Refused(int row, string? code, DateOnly? month, IReadOnlyList<ImportError> errors) => new(row, "ERROR", code, month, errors, []);

    /// <summary>What the rows of one import share: the sheets met so far (per cell and month), the keys used, the sheets opened or changed.</summary>
    private sealed class ImportState(ImportDuesCommand command, DuesImportContext context, DateOnly today, int batchSize)
    {
        private readonly Dictionary<(Guid Cell, DateOnly Month), (DuesSheet? Sheet, ImportError? Error, bool New)> sheets = [];
        private readonly HashSet<Guid> opened = [];

        public ImportDuesCommand Command { get; } = command;

        public DuesImportContext Context { get; } = context;

        public DateOnly Today { get; } = today;

        public Dictionary<(Guid Cell, DateOnly Month, Guid Member), int> Keys { get; } = [];

        public List<DuesSheet> UsedNewSheets { get; } = [];

        public HashSet<Guid> ChangedSheets { get; } = [];

        /// <summary>The payments recorded on stored sheets (read untracked), by sheet, with the version they were checked against.</summary>
        private Dictionary<Guid, (long Version, List<DuesPayment> Payments)> StoredPayments { get; } = [];

        /// <summary>A row's payment was recorded on <paramref name="sheet"/>.</summary>
        public void Recorded(DuesSheet sheet, DuesPayment payment)
        {
            ChangedSheets.Add(sheet.Id);
            if (opened.Contains(sheet.Id))
            {
                return;
            }

            if (!StoredPayments.TryGetValue(sheet.Id, out var recorded))
            {
                StoredPayments[sheet.Id] = recorded = (sheet.Version, []);
            }

            recorded.Payments.Add(payment);
        }

        /// <summary>
        /// The stored sheets the rows changed, read tracked in the writing transaction, given the same payments and saved.
        /// A sheet changed (or deleted) since the rows were checked against it: 412, the whole import refused. The changed
        /// lines and sheets are written by <paramref name="writer"/> (one prepared update per row, not a command each),
        /// whole sheets of about <see cref="ImportOptions.BatchSize"/> payments at a time.
        /// </summary>
        public async Task RecordOnStoredSheetsAsync(IAppDbContext db, IModifiedAggregatesWriter writer, CancellationToken cancellationToken)
        {
            if (StoredPayments.Count == 0)
            {
                return;
            }

            // Whole sheets of about BatchSize payments at a time: the change tracker holds a chunk's lines, not the
            // file's (a month of the 100k committee is 400 sheets and 98k lines). A later chunk's 412 rolls the earlier
            // ones back with the transaction.
            var chunk = new List<Guid>();
            var payments = 0;
            foreach (var (id, recorded) in StoredPayments)
            {
                chunk.Add(id);
                payments += recorded.Payments.Count;
                if (payments >= batchSize)
                {
                    await RecordChunkAsync(db, writer, chunk, cancellationToken);
                    chunk.Clear();
                    payments = 0;
                }
            }

            await RecordChunkAsync(db, writer, chunk, cancellationToken);
        }

        private async Task RecordChunkAsync(IAppDbContext db, IModifiedAggregatesWriter writer, List<Guid> ids, CancellationToken cancellationToken)
        {
            if (ids.Count == 0)
            {
                return;
            }

            var stored = await db.DuesSheets.Include(s => s.Lines).Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
            if (stored.Count != ids.Count || stored.Any(s => s.Version != StoredPayments[s.Id].Version))
            {
                throw new PreconditionFailedException();
            }

            foreach (var sheet in stored)
            {
                sheet.RecordPayments(StoredPayments[sheet.Id].Payments, Today);
            }

            await writer.WriteAsync(stored, cancellationToken);

            // Written and unchanged now: dropped from the tracker, which holds nothing else in this unit.
            db.ClearChangeTracker();
        }

        /// <summary>The cell's sheet of the month: loaded untracked (the write reads it again, <see cref="RecordOnStoredSheetsAsync"/>), or opened in memory when there is none.</summary>
        public async Task<(DuesSheet? Sheet, ImportError? Error)> SheetAsync(
            IAppDbContext db, Guid cellId, DateOnly month, RuleBook<DuesRuleSet> rules, DuesOptions options, CancellationToken cancellationToken)
        {
            if (sheets.TryGetValue((cellId, month), out var known))
            {
                return (known.Sheet, known.Error);
            }

            var sheet = await db.DuesSheets.AsNoTracking().Include(s => s.Lines).FirstOrDefaultAsync(s => s.OrganizationId == cellId && s.Month == month, cancellationToken);
            var entry = (sheet, (ImportError?)null, false);
            if (sheet is null)
            {
                var ruleSet = rules.TryInForceOn(month);
                if (ruleSet is null)
                {
                    entry = (null, ImportErrors.Of(DuesSheetLayout.Month, "dues.import.no_rules", WireFormat.Date(month)), false);
                }
                else
                {
                    try
                    {
                        var members = Context.PlacedIn(cellId);
                        var lines = DuesComputation.Lines(members, Context.BasesOf(members), cellId, month, ruleSet, options);
                        entry = (DuesSheet.Open(Ids.NewVersion7(), cellId, month, lines, ruleSet, options.CellRetentionPercent, Today), null, true);
                    }
                    catch (DomainRuleException rule)
                    {
                        entry = (null, ImportErrors.Of(DuesSheetLayout.Month, rule.Code, [.. rule.Arguments]), false);
                    }
                }
            }

            sheets[(cellId, month)] = entry;
            return (entry.Item1, entry.Item2);
        }

        /// <summary>A row stands on the sheet: a sheet the import opened is then saved.</summary>
        public void Use(DuesSheet sheet)
        {
            var key = (sheet.OrganizationId, sheet.Month);
            if (sheets[key] is { New: true } entry)
            {
                UsedNewSheets.Add(sheet);
                opened.Add(sheet.Id);
                sheets[key] = (entry.Sheet, entry.Error, false);
            }
        }
    }
}

/// <summary>
/// What an import checks its rows against, loaded once in a fixed number of queries: the cells of the subtree, the
/// members who were ever placed in one of them as dues facts (<see cref="DuesMember"/>: placements, statuses, seniority,
/// to find a member's cell in a month and to open a sheet), indexed by party card number, record number and id (an
/// export writes the id of a member with neither) and by cell, and their dues bases.
/// </summary>
internal sealed class DuesImportContext
{
    private readonly Dictionary<string, DuesMember> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, List<DuesBasis>> basesByMember = [];
    private readonly Dictionary<Guid, List<DuesMember>> byCell = [];
    private HashSet<Guid> cells = [];

    private DuesImportContext()
    {
    }

    public static async Task<DuesImportContext> LoadAsync(IAppDbContext db, IReadOnlyCollection<Guid>? subtree, CancellationToken cancellationToken)
    {
        // The root's office names every organisation: read as the register (ADR 0071).
        subtree = await db.EveryOrganizationAsNullAsync(subtree, cancellationToken);
        var organizations = db.Organizations.AsNoTracking().Where(o => o.Type == OrganizationType.PartyCell);
        if (subtree is not null)
        {
            organizations = organizations.Where(o => subtree.Contains(o.Id));
        }

        var context = new DuesImportContext { cells = [.. await organizations.Select(o => o.Id).ToListAsync(cancellationToken)] };
        var cellIds = context.cells.ToList();
        // A subtree: driven by its cells' placements (index ranges of the cells), not by the register (see
        // DuesComputation.LinesAsync). The register: every member and basis, each table read in its own order (every
        // member is placed in a cell from his registration on, so these are the same members; looked up one by one
        // through the placements, ~25 s of a 1M import, session 57).
        var placed = subtree is null ? null : db.MemberPlacements.Where(p => cellIds.Contains(p.OrganizationId)).Select(p => p.MemberId);
        var members = await DuesMember.LoadAsync(db, placed, cancellationToken);
        var bases = await (placed is null ? db.DuesBases.AsNoTracking() : db.DuesBases.AsNoTracking().Where(b => placed.Contains(b.MemberId)))
            .ToListAsync(cancellationToken);
        foreach (var member in members)
        {
            foreach (var cell in member.Placements.Select(p => p.OrganizationId).Where(context.cells.Contains).Distinct())
            {
                if (!context.byCell.TryGetValue(cell, out var inCell))
                {
                    context.byCell[cell] = inCell = [];
                }

                inCell.Add(member);
            }

            context.byCode[member.Id.ToString()] = member;
            if (member.RecordNumber is { } record)
            {
                context.byCode.TryAdd(record, member);
            }
        }

        // The card number wins over a record number that happens to be written the same.
        foreach (var member in members)
        {
            if (member.PartyCardNumber is { } card)
            {
                context.byCode[card] = member;
            }
        }

        foreach (var basis in bases)
        {
            if (!context.basesByMember.TryGetValue(basis.MemberId, out var list))
            {
                context.basesByMember[basis.MemberId] = list = [];
            }

            list.Add(basis);
        }

        return context;
    }

    public DuesMember? Member(string code) => byCode.GetValueOrDefault(code.Trim());

    /// <summary>
    /// The members ever placed in <paramref name="cellId"/>, in load order: what <see cref="DuesComputation.Lines"/> needs
    /// to open the cell's sheet (it keeps those placed there in the month). Every member of the subtree for every cell
    /// was 400 cells x 100k members of placement checks for a committee's month (session 54).
    /// </summary>
    public IReadOnlyList<DuesMember> PlacedIn(Guid cellId) => byCell.GetValueOrDefault(cellId) ?? [];

    /// <summary>The bases recorded for <paramref name="members"/>.</summary>
    public IEnumerable<DuesBasis> BasesOf(IEnumerable<DuesMember> members) =>
        members.SelectMany(m => basesByMember.GetValueOrDefault(m.Id) ?? []);

    /// <summary>The member's cell in <paramref name="month"/> among the subtree's cells (his latest placement of the month there), or null.</summary>
    public Guid? CellOf(DuesMember member, DateOnly month)
    {
        var last = month.AddMonths(1).AddDays(-1);
        return member.Placements
            .Where(p => cells.Contains(p.OrganizationId) && p.StartsOn <= last && (p.EndsOn is null || p.EndsOn > month))
            .MaxBy(p => p.StartsOn)?.OrganizationId;
    }

    /// <summary>The basis recorded for the member in force in <paramref name="month"/>, or null.</summary>
    public DuesBasis? BasisOf(Guid memberId, DateOnly month) =>
        basesByMember.TryGetValue(memberId, out var list) ? list.Where(b => b.EffectiveFrom <= month).MaxBy(b => b.EffectiveFrom) : null;
}
