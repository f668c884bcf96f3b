using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Indicators.DataValues;

namespace PartyCommittee.Application.Indicators.ImportJobs;

/// <summary>An import job as its submitter polls it.</summary>
/// <param name="Id">Job id.</param>
/// <param name="Status">QUEUED, RUNNING, COMPLETED or FAILED.</param>
/// <param name="Outcome">Once completed: SUCCESS, WARNING (per row, conflicts skipped) or ERROR (atomic: nothing written).</param>
/// <param name="Strategy">The strategy applied.</param>
/// <param name="DryRun">True when nothing is written by design.</param>
/// <param name="Atomic">All or nothing.</param>
/// <param name="ContentType">application/json or text/csv.</param>
/// <param name="PayloadBytes">Size of the payload.</param>
/// <param name="RowsDone">Rows settled so far (for an atomic job: checked by the check pass, then written at the end).</param>
/// <param name="Counts">Rows by outcome so far (zero for an atomic job that ended in ERROR).</param>
/// <param name="ConflictCount">Conflicts so far; listed at /import-jobs/{id}/conflicts.</param>
/// <param name="Error">Why the job failed (code and message), when it did.</param>
/// <param name="Attempts">Times an instance started it (more than one after a recovery).</param>
/// <param name="SubmittedBy">Client id or subject of the submitter.</param>
/// <param name="CreatedAt">When it was submitted (UTC).</param>
/// <param name="StartedAt">When an instance first started it.</param>
/// <param name="FinishedAt">When it ended.</param>
public sealed record ImportJobDto(
    Guid Id,
    ImportJobStatus Status,
    ImportOutcome? Outcome,
    ImportStrategy Strategy,
    bool DryRun,
    bool Atomic,
    string ContentType,
    long PayloadBytes,
    int RowsDone,
    ImportCounts Counts,
    int ConflictCount,
    ImportJobError? Error,
    int Attempts,
    string SubmittedBy,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt)
{
    public static ImportJobDto From(ImportJob job) => new(
        job.Id, job.Status, job.Outcome, job.Strategy, job.DryRun, job.Atomic, job.ContentType, job.PayloadBytes, job.RowsDone,
        new ImportCounts(job.Imported, job.Updated, job.Ignored, job.Deleted), job.ConflictCount,
        job.ErrorCode is null ? null : new ImportJobError(job.ErrorCode, job.ErrorMessage ?? job.ErrorCode),
        job.Attempts, job.Owner, job.CreatedAt, job.StartedAt, job.FinishedAt);
}

/// <summary>Why a job failed.</summary>
/// <param name="Code">Stable code (e.g. import.file_unreadable, import.too_many_rows, reporter.not_registered).</param>
/// <param name="Message">Message in the submitter's language.</param>
public sealed record ImportJobError(string Code, string Message);

/// <summary>One import job (its submitter, or the committee office and administrators).</summary>
/// <param name="Id">Job id.</param>
public sealed record GetImportJobQuery(Guid Id) : IQuery<ImportJobDto>;

/// <summary>Import jobs, newest first (a reporter sees its own).</summary>
/// <param name="Status">Only jobs in this state.</param>
/// <param name="Page">Page number.</param>
/// <param name="PageSize">Page size.</param>
public sealed record ListImportJobsQuery(ImportJobStatus? Status, int Page, int PageSize) : IQuery<PagedList<ImportJobDto>>;

/// <summary>The conflicts of a job, by row.</summary>
/// <param name="Id">Job id.</param>
/// <param name="Page">Page number.</param>
/// <param name="PageSize">Page size.</param>
public sealed record ListImportJobConflictsQuery(Guid Id, int Page, int PageSize) : IQuery<PagedList<DataValueConflict>>;

public sealed class ListImportJobsValidator : AbstractValidator<ListImportJobsQuery>
{
    public ListImportJobsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).InclusiveBetween(1, PagedList<object>.MaxPageSize);
    }
}

public sealed class ListImportJobConflictsValidator : AbstractValidator<ListImportJobConflictsQuery>
{
    public ListImportJobConflictsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).InclusiveBetween(1, 1000);
    }
}

public sealed class ImportJobQueryHandlers(IAppDbContext db, ICurrentUser user) :
    IQueryHandler<GetImportJobQuery, ImportJobDto>,
    IQueryHandler<ListImportJobsQuery, PagedList<ImportJobDto>>,
    IQueryHandler<ListImportJobConflictsQuery, PagedList<DataValueConflict>>
{
    public async ValueTask<ImportJobDto> Handle(GetImportJobQuery query, CancellationToken cancellationToken) =>
        ImportJobDto.From(await Visible().FirstOrDefaultAsync(j => j.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("import_job.not_found", "Import job", query.Id));

    public async ValueTask<PagedList<ImportJobDto>> Handle(ListImportJobsQuery query, CancellationToken cancellationToken)
    {
        var jobs = Visible();
        if (query.Status is { } status)
        {
            jobs = jobs.Where(j => j.Status == status);
        }

        var page = await PagedList<ImportJob>.CreateAsync(jobs.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id), query.Page, query.PageSize, cancellationToken);
        return page.Map(ImportJobDto.From);
    }

    public async ValueTask<PagedList<DataValueConflict>> Handle(ListImportJobConflictsQuery query, CancellationToken cancellationToken)
    {
        if (!await Visible().AnyAsync(j => j.Id == query.Id, cancellationToken))
        {
            throw new NotFoundException("import_job.not_found", "Import job", query.Id);
        }

        var conflicts = db.ImportJobConflicts.AsNoTracking().Where(c => c.JobId == query.Id).OrderBy(c => c.Row)
            .Select(c => new DataValueConflict(c.Row, c.Code, c.Message, c.Field));
        return await PagedList<DataValueConflict>.CreateAsync(conflicts, query.Page, query.PageSize, cancellationToken);
    }

    /// <summary>The committee office and administrators see every job; anyone else (a reporter) only its own; others are 404.</summary>
    private IQueryable<ImportJob> Visible()
    {
        var jobs = db.ImportJobs.AsNoTracking();
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.CommitteeOffice))
        {
            return jobs;
        }

        var owner = user.ClientId ?? user.UserId ?? string.Empty;
        return jobs.Where(j => j.Owner == owner);
    }
}
