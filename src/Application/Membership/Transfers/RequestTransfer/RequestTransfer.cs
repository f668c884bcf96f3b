using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Membership.Transfers.RequestTransfer;

/// <summary>A request to transfer a member's party activity.</summary>
/// <param name="MemberId">The member (for an incoming transfer, the member recorded beforehand in the receiving cell).</param>
/// <param name="Kind">OFFICIAL (permanent) or TEMPORARY.</param>
/// <param name="Direction">INTERNAL (between cells of the committee), OUTGOING (out of it) or INCOMING (into it).</param>
/// <param name="Purpose">WORK, STUDY or OTHER.</param>
/// <param name="ToOrganizationId">The receiving cell: required for INTERNAL and INCOMING, absent for OUTGOING.</param>
/// <param name="ExternalOrganization">The party organisation outside the committee: required for OUTGOING (where to) and INCOMING (where from).</param>
/// <param name="RequestedOn">Date of the request.</param>
/// <param name="TemporaryUntil">TEMPORARY only: last day (work and other reasons: 3 to under 12 months from the request; study: 3 to 24 months).</param>
/// <param name="DecisionNumber">Number of the transfer decision or introduction letter.</param>
/// <param name="Cause">The change that causes the transfer: NEW_WORKPLACE, RETIREMENT, LEFT_JOB, DEMOBILIZATION, NEW_RESIDENCE, STUDY or OTHER (with causeOn). For an official transfer the starting deadline counts from it.</param>
/// <param name="CauseOn">The day the change took effect (the decision's effective date, or the day the residence changed).</param>
public sealed record RequestTransferCommand(
    [property: Required] Guid? MemberId,
    [property: Required] TransferKind? Kind,
    [property: Required] TransferDirection? Direction,
    [property: Required] TransferPurpose? Purpose,
    Guid? ToOrganizationId,
    string? ExternalOrganization,
    [property: Required] DateOnly? RequestedOn,
    DateOnly? TemporaryUntil,
    string? DecisionNumber,
    TransferCause? Cause = null,
    DateOnly? CauseOn = null) : ICommand<TransferDto>;

public sealed class RequestTransferValidator : AbstractValidator<RequestTransferCommand>
{
    public RequestTransferValidator()
    {
        RuleFor(c => c.MemberId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.Kind).NotNull().IsDefinedEnum();
        RuleFor(c => c.Direction).NotNull().IsDefinedEnum();
        RuleFor(c => c.Purpose).NotNull().IsDefinedEnum();
        RuleFor(c => c.ExternalOrganization).MaximumLength(Transfer.ExternalOrganizationMaxLength).IsName(NameKind.Organization);
        RuleFor(c => c.DecisionNumber).MaximumLength(Transfer.DecisionNumberMaxLength);
        RuleFor(c => c.RequestedOn).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        RuleFor(c => c.TemporaryUntil).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        RuleFor(c => c.Cause).IsDefinedEnum();
        RuleFor(c => c.CauseOn).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        RuleFor(c => c.CauseOn).NotNull().When(c => c.Cause is not null);
        RuleFor(c => c.Cause).NotNull().When(c => c.CauseOn is not null);
    }
}

public sealed class RequestTransferHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : ICommandHandler<RequestTransferCommand, TransferDto>
{
    /// <summary>
    /// Under the receiving cell's lock, so that the cell cannot be dissolved meanwhile. A filtered unique index
    /// (one REQUESTED or SENT transfer per member) backs the open-transfer check when two requests race.
    /// </summary>
    public ValueTask<TransferDto> Handle(RequestTransferCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync(
            command.ToOrganizationId is { } targetId ? [Locks.Organization(targetId)] : [],
            ct => RequestAsync(command, ct),
            cancellationToken));

    private async Task<TransferDto> RequestAsync(RequestTransferCommand command, CancellationToken cancellationToken)
    {
        var memberId = command.MemberId!.Value;
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null || !await scope.CoversAsync(member.OrganizationId, cancellationToken))
        {
            throw new DomainRuleException("transfer.member_not_found", "The member was not found in your scope.", RuleViolationKind.Unprocessable, memberId);
        }

        var homeCell = await db.Organizations.FirstAsync(o => o.Id == member.OrganizationId, cancellationToken);
        PartyOrganization? target = null;
        if (command.ToOrganizationId is { } targetId)
        {
            target = await db.Organizations.FirstOrDefaultAsync(o => o.Id == targetId, cancellationToken);
            if (target is null || !await scope.CoversAsync(target.Path, cancellationToken))
            {
                throw new DomainRuleException("transfer.target_not_found", "The receiving cell was not found in your scope.", RuleViolationKind.Unprocessable, targetId);
            }
        }

        // One open transfer per member; the filtered unique index refuses a concurrent second one (409 transfer.already_open).
        var hasOpen = await db.Transfers.AnyAsync(
            t => t.MemberId == memberId && (t.Status == TransferStatus.Requested || t.Status == TransferStatus.Sent),
            cancellationToken);

        var today = time.TodayInVietnam();
        var transfer = Transfer.Request(
            Ids.NewVersion7(time.GetUtcNow()),
            new TransferRequest(
                command.Kind!.Value,
                command.Direction!.Value,
                command.Purpose!.Value,
                command.ExternalOrganization,
                command.RequestedOn!.Value,
                command.TemporaryUntil,
                command.DecisionNumber,
                command.Cause,
                command.CauseOn),
            member,
            homeCell,
            target,
            hasOpen,
            today,
            rules);

        db.Transfers.Add(transfer);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(transfer, today, rules, cancellationToken);
    }
}
