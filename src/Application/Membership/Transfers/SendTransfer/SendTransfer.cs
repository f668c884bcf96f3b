using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Transfers.SendTransfer;

/// <summary>The transfer was sent (the introduction letter issued).</summary>
/// <param name="SentOn">Date of sending; the 60-working-day presentation deadline of an official transfer counts from it.</param>
public sealed record TransferSending([property: Required] DateOnly? SentOn);

public sealed record SendTransferCommand(Guid Id, long ExpectedVersion, TransferSending Sending) : ICommand<TransferDto>;

public sealed class SendTransferValidator : AbstractValidator<SendTransferCommand>
{
    public SendTransferValidator()
    {
        RuleFor(c => c.Sending.SentOn).NotNull().OverridePropertyName("sentOn");
    }
}

/// <summary>REQUESTED → SENT. An official outgoing transfer takes the member out of the committee's count that day.</summary>
public sealed class SendTransferHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : ICommandHandler<SendTransferCommand, TransferDto>
{
    public async ValueTask<TransferDto> Handle(SendTransferCommand command, CancellationToken cancellationToken)
    {
        var transfer = await db.LoadTransferInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        await scope.EnsureSendingSideAsync(transfer, cancellationToken);
        transfer.EnsureVersion(command.ExpectedVersion);
        var member = await db.LoadMemberForChangeAsync(transfer.MemberId, cancellationToken);
        var today = time.TodayInVietnam();

        transfer.Send(command.Sending.SentOn!.Value, member, today);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(transfer, today, rules, cancellationToken);
    }
}
