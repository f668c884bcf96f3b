using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Transfers.ExtendTransfer;

/// <summary>An extension of a received temporary transfer.</summary>
/// <param name="TemporaryUntil">The new last day: after the current one, within the longest duration counted from the request date (work: under 12 months; study: 24 months).</param>
/// <param name="DecidedOn">Date of the extension decision.</param>
public sealed record TransferExtension([property: Required] DateOnly? TemporaryUntil, [property: Required] DateOnly? DecidedOn);

public sealed record ExtendTransferCommand(Guid Id, long ExpectedVersion, TransferExtension Extension) : ICommand<TransferDto>;

public sealed class ExtendTransferValidator : AbstractValidator<ExtendTransferCommand>
{
    public ExtendTransferValidator()
    {
        RuleFor(c => c.Extension.TemporaryUntil).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest).OverridePropertyName("temporaryUntil");
        RuleFor(c => c.Extension.DecidedOn).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest).OverridePropertyName("decidedOn");
    }
}

/// <summary>RECEIVED temporary transfer: a later end date. Recorded by the member's home side (which decided the transfer).</summary>
public sealed class ExtendTransferHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : ICommandHandler<ExtendTransferCommand, TransferDto>
{
    public async ValueTask<TransferDto> Handle(ExtendTransferCommand command, CancellationToken cancellationToken)
    {
        var transfer = await db.LoadTransferInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        await scope.EnsureSendingSideAsync(transfer, cancellationToken);
        transfer.EnsureVersion(command.ExpectedVersion);
        var today = time.TodayInVietnam();

        transfer.Extend(command.Extension.TemporaryUntil!.Value, command.Extension.DecidedOn!.Value, today, rules);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(transfer, today, rules, cancellationToken);
    }
}
