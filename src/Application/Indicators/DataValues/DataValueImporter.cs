using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.DataValues;

/// <summary>What a bulk write does: strategy, dry run, all or nothing.</summary>
/// <param name="Strategy">What each row does.</param>
/// <param name="DryRun">Check and count without writing.</param>
/// <param name="Atomic">All or nothing.</param>
public sealed record ImportRequest(ImportStrategy Strategy, bool DryRun, bool Atomic);

/// <summary>Who writes: the client id stored on each value, and the reporter registration that bounds it (null: an administrator).</summary>
/// <param name="StoredBy">Client id or subject stored on the values.</param>
/// <param name="Reporter">The registration, or null when the caller is not restricted.</param>
public sealed record ImportCaller(string StoredBy, Reporter? Reporter);

/// <summary>Running figures of an import.</summary>
public sealed class ImportTally
{
    public int Rows { get; set; }

    public int Imported { get; set; }

    public int Updated { get; set; }

    public int Ignored { get; set; }

    public int Deleted { get; set; }

    public int ConflictCount { get; set; }

    public bool HasLockedPeriod { get; set; }

    public ImportCounts Counts => new(Imported, Updated, Ignored, Deleted);
}

/// <summary>The state kept from one batch to the next: units, locks, keys seen so far, the next change number.</summary>
public sealed class ImportSession
{
    internal ImportSession(ImportRequest request, ImportCaller caller, UnitTree units, IReadOnlyList<PeriodLock> locks)
    {
        Request = request;
        Caller = caller;
        Units = units;
        Locks = locks;
    }

    public ImportRequest Request { get; }

    public ImportCaller Caller { get; }

    internal UnitTree Units { get; }

    internal IReadOnlyList<PeriodLock> Locks { get; set; }

    /// <summary>
    /// 64-bit fingerprints of the keys already read, to find a key twice in one payload: 8 bytes a row (about 24 MB
    /// held for a million rows) instead of the rows themselves; two different keys sharing a fingerprint is a chance of
    /// about one in 10^7 for a million rows.
    /// </summary>
    internal HashSet<ulong> Seen { get; } = [];

    /// <summary>The keys the batch under way added to <see cref="Seen"/> (<see cref="BeginBatch"/>), null outside a batch.</summary>
    private List<ulong>? addedByBatch;

    /// <summary>Set by <see cref="DataValueImporter.TakeChangeNumbersAsync"/> inside the write lock.</summary>
    internal long NextChangeNumber { get; set; }

    /// <summary>
    /// Starts noting the keys the next batch adds to <see cref="Seen"/>, so that a batch whose transaction is retried
    /// (SQL Server's execution strategy, a transient failure) can take them back first (<see cref="UndoBatch"/>).
    /// </summary>
    public void BeginBatch() => (addedByBatch ??= []).Clear();

    /// <summary>Forgets the keys added since <see cref="BeginBatch"/>: the batch was rolled back and runs again.</summary>
    public void UndoBatch()
    {
        foreach (var key in addedByBatch ?? [])
        {
            Seen.Remove(key);
        }

        addedByBatch?.Clear();
    }

    /// <summary>Adds a key to <see cref="Seen"/>; false when the payload had it already.</summary>
    internal bool See(ulong fingerprint)
    {
        if (!Seen.Add(fingerprint))
        {
            return false;
        }

        addedByBatch?.Add(fingerprint);
        return true;
    }
}

/// <summary>
/// The bulk importer, one batch at a time: checks every row (catalogue, reporter scope, unit dates, breakdowns, value,
/// locked periods, a key twice in the payload), loads the existing values of the batch's keys without tracking the
/// ones it does not change, writes the batch set-wise through <see cref="IDataValueWriter"/> (untracked, one audit row
/// per value written) and forgets it (the change tracker is cleared), so
/// that memory does not grow with the payload. The caller decides the transactions (<see cref="ImportDataValuesHandler"/>
/// for a request, the import job for a background run).
/// </summary>
public sealed class DataValueImporter(IAppDbContext db, IDataValueWriter writer, TimeProvider time)
{
    /// <summary>Rows per batch (one SaveChanges each).</summary>
    public const int DefaultBatchSize = 5_000;

    public async Task<ImportSession> StartAsync(ImportRequest request, ImportCaller caller, CancellationToken cancellationToken)
    {
        var units = await UnitTree.LoadAsync(db, cancellationToken);
        var locks = await db.PeriodLocks.AsNoTracking().ToListAsync(cancellationToken);
        return new ImportSession(request, caller, units, locks);
    }

    /// <summary>Reads the locked periods again (a long job sees a period approved while it runs).</summary>
    public async Task RefreshLocksAsync(ImportSession session, CancellationToken cancellationToken) =>
        session.Locks = await db.PeriodLocks.AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>Takes the next change number: call it inside the write lock, before the batches it numbers.</summary>
    public async Task TakeChangeNumbersAsync(ImportSession session, CancellationToken cancellationToken) =>
        session.NextChangeNumber = (await db.DataValues.MaxAsync(v => (long?)v.ChangeNumber, cancellationToken) ?? 0) + 1;

    /// <summary>
    /// Checks and (unless a dry run, or <paramref name="write"/> is false) writes one batch, adds its figures to
    /// <paramref name="tally"/> and returns its conflicts.
    /// </summary>
    public async Task<List<DataValueConflict>> ProcessAsync(
        ImportSession session, IReadOnlyList<DataValueInput> batch, ImportTally tally, bool write, CancellationToken cancellationToken)
    {
        var clock = ImportTimings.Start();
        var request = session.Request;
        var conflicts = new List<DataValueConflict>();
        var accepted = new List<(DataValueInput Row, DataValueKey Key, ReportingPeriod Period, decimal? Value, string? Comment)>(batch.Count);
        foreach (var row in batch)
        {
            var (key, period, value, conflict) = Check(row, request.Strategy, session.Caller.Reporter, session.Units, session.Locks);
            if (conflict is null && !session.See(key.Fingerprint()))
            {
                conflict = Conflict(row, DataValueCodes.DuplicateInBatch, null);
            }

            if (conflict is not null)
            {
                conflicts.Add(conflict);
            }
            else
            {
                accepted.Add((row, key, period, value, Clean(row.Comment)));
            }
        }

        clock = ImportTimings.Add("check", clock);
        var existing = accepted.Count == 0 ? new Dictionary<DataValueKey, StoredDataValue>() : await writer.FindAsync(accepted.ConvertAll(a => a.Key), cancellationToken);
        clock = ImportTimings.Add("existing", clock);
        var now = time.GetUtcNow().UtcDateTime;
        var storedBy = session.Caller.StoredBy;
        var writes = new List<DataValueWrite>(write ? accepted.Count : 0);
        foreach (var (row, key, period, value, comment) in accepted)
        {
            var found = existing.TryGetValue(key, out var stored);
            var live = found && !stored.IsDeleted;
            switch (request.Strategy)
            {
                case ImportStrategy.Delete:
                    if (!live)
                    {
                        tally.Ignored++;
                        continue;
                    }

                    tally.Deleted++;
                    if (write)
                    {
                        // Entities only for the values written: the stored row, then its tombstone.
                        var tombstone = stored.ToEntity(key, period);
                        tombstone.Delete(storedBy, now, session.NextChangeNumber++);
                        writes.Add(new DataValueWrite(tombstone, stored.Snapshot()));
                    }

                    continue;
                case ImportStrategy.Create when live:
                    conflicts.Add(Conflict(row, DataValueCodes.AlreadyExists, null));
                    continue;
                case ImportStrategy.Update when !live:
                    conflicts.Add(Conflict(row, DataValueCodes.NotFound, null));
                    continue;
            }

            if (live && stored.Holds(value!.Value, comment))
            {
                tally.Ignored++;
                continue;
            }

            if (!found)
            {
                tally.Imported++;
                if (write)
                {
                    writes.Add(new DataValueWrite(new DataValue(Ids.NewVersion7(), key.Element, period, key.Unit, key.Disaggregation, value!.Value, comment, storedBy, now, session.NextChangeNumber++), null));
                }
            }
            else
            {
                if (live)
                {
                    tally.Updated++;
                }
                else
                {
                    tally.Imported++;
                }

                if (write)
                {
                    // The stored row (same id and key), changed through the domain's own Store.
                    var corrected = stored.ToEntity(key, period);
                    corrected.Store(value!.Value, comment, storedBy, now, session.NextChangeNumber++);
                    writes.Add(new DataValueWrite(corrected, stored.Snapshot()));
                }
            }
        }

        tally.Rows += batch.Count;
        tally.ConflictCount += conflicts.Count;
        tally.HasLockedPeriod |= conflicts.Any(c => c.Code == DataValueCodes.PeriodLocked);
        clock = ImportTimings.Add("decide", clock);
        if (writes.Count > 0)
        {
            // Set-wise, untracked, with one audit row per value written (IDataValueWriter), in the caller's transaction.
            await writer.WriteAsync(writes, cancellationToken);
        }

        // The batch is written (or was only counted): forget it, so that the next batch starts from an empty tracker.
        clock = ImportTimings.Start();
        Forget(db);
        ImportTimings.Add("forget", clock);
        conflicts.Sort((a, b) => a.Row.CompareTo(b.Row));
        return conflicts;
    }

    /// <summary>Empties the change tracker (the unit of work seam exposes the context itself only to this bulk path).</summary>
    public static void Forget(IAppDbContext db)
    {
        if (db is DbContext context)
        {
            context.ChangeTracker.Clear();
        }
    }

    /// <summary>Groups a stream of rows into batches.</summary>
    public static async IAsyncEnumerable<List<DataValueInput>> BatchesAsync(
        IAsyncEnumerable<DataValueInput> rows, int size, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batch = new List<DataValueInput>(size);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == size)
            {
                yield return batch;
                batch = new List<DataValueInput>(size);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private static (DataValueKey Key, ReportingPeriod Period, decimal? Value, DataValueConflict? Conflict) Check(
        DataValueInput row, ImportStrategy strategy, Reporter? reporter, UnitTree units, IReadOnlyList<PeriodLock> locks)
    {
        if (string.IsNullOrWhiteSpace(row.DataElement))
        {
            return (default, default, null, Conflict(row, DataValueCodes.FieldRequired, "dataElement"));
        }

        var element = IndicatorCatalogue.Element(row.DataElement.Trim());
        if (element is null)
        {
            return (default, default, null, Conflict(row, DataValueCodes.ElementUnknown, "dataElement", row.DataElement));
        }

        if (reporter is not null && !reporter.DataElementCodes.Contains(element.Code))
        {
            return (default, default, null, Conflict(row, DataValueCodes.ElementNotAssigned, "dataElement", element.Code));
        }

        if (!ReportingPeriod.TryParse(row.Period?.Trim(), out var period))
        {
            return (default, default, null, Conflict(row, "period.invalid", "period", row.Period ?? string.Empty));
        }

        var unitCode = row.OrgUnit?.Trim();
        if (string.IsNullOrEmpty(unitCode))
        {
            return (default, default, null, Conflict(row, DataValueCodes.FieldRequired, "orgUnit"));
        }

        if (!units.Exists(unitCode))
        {
            return (default, default, null, Conflict(row, DataValueCodes.UnitUnknown, "orgUnit", unitCode));
        }

        if (!units.IsValid(unitCode, period))
        {
            return (default, default, null, Conflict(row, DataValueCodes.UnitNotValid, "orgUnit", unitCode, period.ToString()));
        }

        if (reporter is not null && !reporter.UnitCodes.Any(root => units.IsWithin(unitCode, root, period)))
        {
            return (default, default, null, Conflict(row, DataValueCodes.UnitNotAssigned, "orgUnit", unitCode));
        }

        string disaggregation;
        try
        {
            disaggregation = Categories.Normalize(row.Disaggregation, element.Categories);
        }
        catch (DomainRuleException rule)
        {
            return (default, default, null, Conflict(row, rule.Code, "disaggregation", [.. rule.Arguments]));
        }

        decimal? value = null;
        if (strategy != ImportStrategy.Delete || !string.IsNullOrWhiteSpace(row.Value))
        {
            if (string.IsNullOrWhiteSpace(row.Value))
            {
                return (default, default, null, Conflict(row, DataValueCodes.ValueRequired, "value"));
            }

            if (!decimal.TryParse(row.Value.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
                || parsed is > 1_000_000_000_000m or < -1_000_000_000_000m)
            {
                return (default, default, null, Conflict(row, DataValueCodes.ValueInvalid, "value", row.Value));
            }

            if (element.CheckValue(parsed) is { } problem)
            {
                return (default, default, null, Conflict(row, problem, "value", row.Value));
            }

            value = parsed;
        }

        if (row.Comment is { Length: > 500 })
        {
            return (default, default, null, Conflict(row, DataValueCodes.CommentTooLong, "comment"));
        }

        var periodText = period.ToString();
        if (locks.Count > 0 && locks.Any(l => l.Period == periodText && (l.UnitCode is null || units.IsWithin(unitCode, l.UnitCode, period))))
        {
            return (default, default, null, Conflict(row, DataValueCodes.PeriodLocked, "period", periodText));
        }

        return (new DataValueKey(element.Code, periodText, unitCode, disaggregation), period, value, null);
    }

    private static string? Clean(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();

    private static DataValueConflict Conflict(DataValueInput row, string code, string? field, params object[] arguments) =>
        new(row.Number, code, Messages.Format(code, arguments), field);
}
