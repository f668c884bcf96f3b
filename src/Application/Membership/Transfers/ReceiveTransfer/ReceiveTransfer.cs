using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Application.Organization;

namespace PartyCommittee.Application.Membership.Transfers.ReceiveTransfer;

/// <summary>The member presented to the receiving organisation and was received.</summary>
/// <param name="ReceivedOn">Date of the receipt. After the presentation deadline it is still recorded, and marked late.</param>
public sealed record TransferReceipt([property: Required] DateOnly? ReceivedOn);

public sealed record ReceiveTransferCommand(Guid Id, long ExpectedVersion, TransferReceipt Receipt) : ICommand<TransferDto>;

public sealed class ReceiveTransferValidator : AbstractValidator<ReceiveTransferCommand>
{
    public ReceiveTransferValidator()
    {
        RuleFor(c => c.Receipt.ReceivedOn).NotNull().OverridePropertyName("receivedOn");
    }
}

/// <summary>
/// SENT → RECEIVED. An official internal transfer moves the member to the receiving cell; an official incoming transfer
/// places the member in the receiving cell (moving the member there if recorded in another cell).
/// </summary>
public sealed class ReceiveTransferHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : ICommandHandler<ReceiveTransferCommand, TransferDto>
{
    public async ValueTask<TransferDto> Handle(ReceiveTransferCommand command, CancellationToken cancellationToken)
    {
        var transfer = await db.LoadTransferInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        await scope.EnsureReceivingSideAsync(transfer, cancellationToken);
        transfer.EnsureVersion(command.ExpectedVersion);
        var member = await db.LoadMemberForChangeAsync(transfer.MemberId, cancellationToken);
        var target = transfer.ToOrganizationId is { } targetId
            ? await db.Organizations.FirstAsync(o => o.Id == targetId, cancellationToken)
            : null;
        var today = time.TodayInVietnam();

        transfer.Receive(command.Receipt.ReceivedOn!.Value, member, target, today);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(transfer, today, rules, cancellationToken);
    }
}
