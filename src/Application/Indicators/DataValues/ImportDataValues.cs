using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;

namespace PartyCommittee.Application.Indicators.DataValues;

/// <summary>
/// Stores values (JSON or CSV rows, read as a stream) with a strategy, as a dry run or for real, all or nothing or row
/// by row, within the request: batches of <see cref="DataValueImporter.DefaultBatchSize"/> rows in one transaction, so
/// memory stays flat and an atomic write with a conflict leaves nothing behind.
/// </summary>
/// <param name="Rows">The rows, in order, read as they arrive.</param>
/// <param name="Strategy">What each row does.</param>
/// <param name="DryRun">Check and count without writing.</param>
/// <param name="Atomic">All or nothing (default) or row by row.</param>
public sealed record ImportDataValuesCommand(IAsyncEnumerable<DataValueInput> Rows, ImportStrategy Strategy, bool DryRun, bool Atomic) : ICommand<DataValueImportSummary>;

public sealed class ImportDataValuesValidator : AbstractValidator<ImportDataValuesCommand>
{
    public ImportDataValuesValidator() => RuleFor(c => c.Strategy).IsDefinedEnum();
}

public sealed class ImportDataValuesHandler(IAppDbContext db, ICurrentUser user, DataValueImporter importer, IndicatorOptions options)
    : ICommandHandler<ImportDataValuesCommand, DataValueImportSummary>
{
    /// <summary>One lock for every write of values: change numbers are taken in commit order, so the change feed never skips one.</summary>
    public const string WriteLock = "indicators:data-values";

    public async ValueTask<DataValueImportSummary> Handle(ImportDataValuesCommand command, CancellationToken cancellationToken)
    {
        var caller = await CallerAsync(db, user, cancellationToken);
        var request = new ImportRequest(command.Strategy, command.DryRun, command.Atomic);
        if (command.DryRun)
        {
            return await RunAsync(command.Rows, request, caller, cancellationToken);
        }

        try
        {
            return await db.ExclusiveAsync([WriteLock], ct => RunAsync(command.Rows, request, caller, ct), cancellationToken);
        }
        catch (AtomicImportRefused refused)
        {
            // The transaction was rolled back: nothing of the batches already saved remains.
            return refused.Summary;
        }
    }

    /// <summary>A province system writes only as a registered, active reporter; administrators are not restricted.</summary>
    public static async Task<ImportCaller> CallerAsync(IAppDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var storedBy = user.ClientId ?? user.UserId ?? "system";
        if (user.IsInRole(Roles.Admin))
        {
            return new ImportCaller(storedBy, null);
        }

        var clientId = user.ClientId ?? user.UserId;
        var reporter = await db.Reporters.AsNoTracking().FirstOrDefaultAsync(r => r.ClientId == clientId && r.IsActive, cancellationToken)
            ?? throw new ForbiddenException("reporter.not_registered", "The client is not registered as an active reporter.");
        return new ImportCaller(storedBy, reporter);
    }

    private async Task<DataValueImportSummary> RunAsync(IAsyncEnumerable<DataValueInput> rows, ImportRequest request, ImportCaller caller, CancellationToken cancellationToken)
    {
        var session = await importer.StartAsync(request, caller, cancellationToken);
        if (!request.DryRun)
        {
            await importer.TakeChangeNumbersAsync(session, cancellationToken);
        }

        var tally = new ImportTally();
        var listed = new List<DataValueConflict>();
        await foreach (var batch in DataValueImporter.BatchesAsync(rows, DataValueImporter.DefaultBatchSize, cancellationToken))
        {
            if (tally.Rows + batch.Count > options.MaxRows)
            {
                throw new ContentTooLargeException("import.too_many_rows", "Too many rows.", options.MaxRows);
            }

            // Atomic: once a row is refused nothing will be kept, so the remaining batches are only checked.
            var write = !request.DryRun && !(request.Atomic && tally.ConflictCount > 0);
            var conflicts = await importer.ProcessAsync(session, batch, tally, write, cancellationToken);
            listed.AddRange(conflicts.Take(DataValueImportSummary.MaxConflictsListed - listed.Count));
        }

        if (tally.Rows == 0)
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("dataValues", Messages.Format("data_value.batch_empty")) { ErrorCode = "data_value.batch_empty" }]);
        }

        var summary = Summarize(request, tally, listed);
        if (summary.Status == ImportOutcome.Error && !request.DryRun)
        {
            throw new AtomicImportRefused(summary);
        }

        return summary;
    }

    /// <summary>The import summary of a finished run.</summary>
    public static DataValueImportSummary Summarize(ImportRequest request, ImportTally tally, IReadOnlyList<DataValueConflict> listed)
    {
        var status = tally.ConflictCount == 0 ? ImportOutcome.Success : request.Atomic ? ImportOutcome.Error : ImportOutcome.Warning;
        var counts = status == ImportOutcome.Error ? new ImportCounts(0, 0, 0, 0) : tally.Counts;
        return new DataValueImportSummary(status, request.DryRun, request.Strategy, request.Atomic, tally.Rows, counts, listed, tally.ConflictCount);
    }

    /// <summary>Unwinds the transaction of an atomic write that met a conflict.</summary>
    private sealed class AtomicImportRefused(DataValueImportSummary summary) : Exception("An atomic import met conflicts.")
    {
        public DataValueImportSummary Summary { get; } = summary;
    }
}
