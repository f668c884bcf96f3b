using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Transfers.ReturnTransfer;

/// <summary>The temporarily transferred member resumed at home.</summary>
/// <param name="ReturnedOn">The day the member resumed at home; from that day the host no longer has the member.</param>
public sealed record TransferReturn([property: Required] DateOnly? ReturnedOn);

public sealed record ReturnTransferCommand(Guid Id, long ExpectedVersion, TransferReturn Return) : ICommand<TransferDto>;

public sealed class ReturnTransferValidator : AbstractValidator<ReturnTransferCommand>
{
    public ReturnTransferValidator()
    {
        RuleFor(c => c.Return.ReturnedOn).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest).OverridePropertyName("returnedOn");
    }
}

/// <summary>RECEIVED → RETURNED (temporary transfers). Recorded by the home side, where the member resumes.</summary>
public sealed class ReturnTransferHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : ICommandHandler<ReturnTransferCommand, TransferDto>
{
    public async ValueTask<TransferDto> Handle(ReturnTransferCommand command, CancellationToken cancellationToken)
    {
        var transfer = await db.LoadTransferInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        await scope.EnsureSendingSideAsync(transfer, cancellationToken);
        transfer.EnsureVersion(command.ExpectedVersion);
        var today = time.TodayInVietnam();

        transfer.Return(command.Return.ReturnedOn!.Value, today);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(transfer, today, rules, cancellationToken);
    }
}
