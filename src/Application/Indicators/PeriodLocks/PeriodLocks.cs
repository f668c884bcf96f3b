using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Indicators.DataValues;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.PeriodLocks;

/// <summary>A period closed after approval.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Period">The period.</param>
/// <param name="OrgUnit">The unit (with its subtree), or null for every unit.</param>
/// <param name="ApprovedOn">Approval date.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="Decision">The approving document, if any.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record PeriodLockDto(Guid Id, string Period, string? OrgUnit, DateOnly ApprovedOn, string ApprovedBy, string? Decision, long Version) : IVersioned
{
    public static PeriodLockDto From(PeriodLock l) => new(l.Id, l.Period, l.UnitCode, l.ApprovedOn, l.ApprovedBy, l.Decision, l.Version);
}

/// <summary>Approves a period's figures: writes for it are refused from now on (409 data_value.period_locked).</summary>
/// <param name="Period">The period, e.g. 2020.</param>
/// <param name="OrgUnit">The unit with its subtree; omit for every unit.</param>
/// <param name="ApprovedOn">The approval date (not in the future).</param>
/// <param name="Decision">The approving document, e.g. "15-BC/ĐU".</param>
public sealed record LockPeriodCommand(
    [property: Required] string? Period,
    string? OrgUnit,
    [property: Required] DateOnly? ApprovedOn,
    string? Decision) : ICommand<PeriodLockDto>;

public sealed class LockPeriodValidator : AbstractValidator<LockPeriodCommand>
{
    public LockPeriodValidator()
    {
        RuleFor(c => c.Period).NotEmpty().Must(p => ReportingPeriod.TryParse(p, out _)).WithErrorCode("period.invalid").WithMessage(_ => Messages.Format("period.invalid"));
        RuleFor(c => c.OrgUnit).MaximumLength(16);
        RuleFor(c => c.ApprovedOn).NotNull();
        RuleFor(c => c.Decision).MaximumLength(64);
    }
}

public sealed class LockPeriodHandler(IAppDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<LockPeriodCommand, PeriodLockDto>
{
    public async ValueTask<PeriodLockDto> Handle(LockPeriodCommand command, CancellationToken cancellationToken) =>
        await db.ExclusiveAsync([ImportDataValuesHandler.WriteLock], ct => LockAsync(command, ct), cancellationToken);

    private async Task<PeriodLockDto> LockAsync(LockPeriodCommand command, CancellationToken cancellationToken)
    {
        var period = ReportingPeriod.Parse(command.Period!);
        var approvedOn = command.ApprovedOn!.Value;
        if (EventDates.Problem(approvedOn, time.TodayInVietnam(), period.StartsOn) is { } problem)
        {
            throw new DomainRuleException(problem, "The approval date is not valid.", RuleViolationKind.Unprocessable, "approvedOn");
        }

        var unit = string.IsNullOrWhiteSpace(command.OrgUnit) ? null : command.OrgUnit.Trim();
        if (unit is not null && !(await UnitTree.LoadAsync(db, cancellationToken)).IsValid(unit, period))
        {
            throw new DomainRuleException(DataValueCodes.UnitNotValid, "The unit does not exist for the period.", RuleViolationKind.Unprocessable, unit, period.ToString());
        }

        var text = period.ToString();
        if (await db.PeriodLocks.AnyAsync(l => l.Period == text && l.UnitCode == unit, cancellationToken))
        {
            throw new ConflictException("period_lock.exists", "The period is already locked for this unit.", text);
        }

        var periodLock = new PeriodLock(Ids.NewVersion7(time.GetUtcNow()), period, unit, approvedOn, user.UserName ?? user.UserId ?? "system", string.IsNullOrWhiteSpace(command.Decision) ? null : command.Decision.Trim());
        db.PeriodLocks.Add(periodLock);
        await db.SaveChangesAsync(cancellationToken);
        return PeriodLockDto.From(periodLock);
    }
}

/// <summary>The locked periods.</summary>
public sealed record ListPeriodLocksQuery : IQuery<IReadOnlyList<PeriodLockDto>>;

public sealed class ListPeriodLocksHandler(IAppDbContext db) : IQueryHandler<ListPeriodLocksQuery, IReadOnlyList<PeriodLockDto>>
{
    public async ValueTask<IReadOnlyList<PeriodLockDto>> Handle(ListPeriodLocksQuery query, CancellationToken cancellationToken) =>
        (await db.PeriodLocks.AsNoTracking().OrderBy(l => l.Period).ThenBy(l => l.UnitCode).ToListAsync(cancellationToken)).Select(PeriodLockDto.From).ToList();
}

/// <summary>Reopens a period (If-Match).</summary>
/// <param name="Id">The lock.</param>
/// <param name="ExpectedVersion">The If-Match version.</param>
public sealed record UnlockPeriodCommand(Guid Id, long ExpectedVersion) : ICommand<Unit>;

public sealed class UnlockPeriodHandler(IAppDbContext db) : ICommandHandler<UnlockPeriodCommand, Unit>
{
    public async ValueTask<Unit> Handle(UnlockPeriodCommand command, CancellationToken cancellationToken)
    {
        var periodLock = await db.PeriodLocks.FirstOrDefaultAsync(l => l.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("period_lock.not_found", "Period lock", command.Id);
        periodLock.EnsureVersion(command.ExpectedVersion);
        db.PeriodLocks.Remove(periodLock);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
