using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Indicators.DataValues;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Indicators.ImportJobs;

/// <summary>Stores a bulk write's payload and schedules it as a background job (202 + /api/v1/import-jobs/{id}).</summary>
/// <param name="Payload">The request body, read once, slice by slice.</param>
/// <param name="ContentType">application/json or text/csv.</param>
/// <param name="Strategy">What each row does.</param>
/// <param name="DryRun">Check and count without writing.</param>
/// <param name="Atomic">All or nothing.</param>
public sealed record SubmitImportJobCommand(Stream Payload, string ContentType, ImportStrategy Strategy, bool DryRun, bool Atomic) : ICommand<ImportJobDto>;

public sealed class SubmitImportJobHandler(IAppDbContext db, ICurrentUser user, TimeProvider time, ImportJobOptions options, IImportJobScheduler scheduler)
    : ICommandHandler<SubmitImportJobCommand, ImportJobDto>
{
    private static readonly string[] KnownRoles =
        [Roles.Admin, Roles.CommitteeOffice, Roles.CellSecretary, Roles.InspectionCommission, Roles.Viewer, Roles.Member, Roles.IndicatorReporter];

    public async ValueTask<ImportJobDto> Handle(SubmitImportJobCommand command, CancellationToken cancellationToken)
    {
        // Refused before anything is stored: an unregistered client gets 403 as with a synchronous write.
        var caller = await ImportDataValuesHandler.CallerAsync(db, user, cancellationToken);
        var job = new ImportJob
        {
            Id = Ids.NewVersion7(),
            Owner = caller.StoredBy,
            OwnerName = user.UserName,
            Roles = string.Join(',', KnownRoles.Where(user.IsInRole)),
            Culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "vi",
            ContentType = command.ContentType,
            Strategy = command.Strategy,
            DryRun = command.DryRun,
            Atomic = command.Atomic,
            Status = ImportJobStatus.Queued,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };

        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            job.PayloadBytes = await StorePayloadAsync(job.Id, command.Payload, command.ContentType, cancellationToken);
            if (job.PayloadBytes == 0)
            {
                throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("dataValues", Common.Localization.Messages.Format("data_value.batch_empty")) { ErrorCode = "data_value.batch_empty" }]);
            }

            await db.ImportJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.PayloadBytes, job.PayloadBytes), cancellationToken);
            await scheduler.ScheduleAsync(job.Id, cancellationToken);
        }
        catch
        {
            // A payload that did not arrive whole (too large, the client went away) leaves no job behind.
            await db.ImportJobPayloadChunks.Where(c => c.JobId == job.Id).ExecuteDeleteAsync(CancellationToken.None);
            await db.ImportJobs.Where(j => j.Id == job.Id).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }

        return ImportJobDto.From(job);
    }

    private async Task<long> StorePayloadAsync(Guid jobId, Stream payload, string contentType, CancellationToken cancellationToken)
    {
        long total = 0;
        var sequence = 0;
        var buffer = new byte[options.ChunkBytes];
        var syntax = contentType == "application/json" ? new JsonSyntaxCheck() : null;
        while (true)
        {
            var filled = 0;
            int read;
            while (filled < buffer.Length && (read = await payload.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
            }

            if (filled == 0)
            {
                syntax?.Complete();
                return total;
            }

            total += filled;
            if (total > options.MaxBodyBytes)
            {
                throw new ContentTooLargeException("import.file_too_large", "The file is too large.", (options.MaxBodyBytes / (1024d * 1024d)).ToString("0.##", CultureInfo.InvariantCulture));
            }

            syntax?.Append(buffer.AsSpan(0, filled));
            db.ImportJobPayloadChunks.Add(new ImportJobPayloadChunk { JobId = jobId, Sequence = sequence++, Data = buffer[..filled] });
            await db.SaveChangesAsync(cancellationToken);
            DataValueImporter.Forget(db);
            if (filled < buffer.Length)
            {
                syntax?.Complete();
                return total;
            }
        }
    }
}
