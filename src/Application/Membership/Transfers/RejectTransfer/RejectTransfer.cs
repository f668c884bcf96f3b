using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Transfers.RejectTransfer;

/// <summary>The transfer was refused (by either side) or withdrawn.</summary>
/// <param name="RejectedOn">Date of the rejection.</param>
/// <param name="Reason">Why.</param>
public sealed record TransferRejection([property: Required] DateOnly? RejectedOn, [property: Required] string? Reason);

public sealed record RejectTransferCommand(Guid Id, long ExpectedVersion, TransferRejection Rejection) : ICommand<TransferDto>;

public sealed class RejectTransferValidator : AbstractValidator<RejectTransferCommand>
{
    public RejectTransferValidator()
    {
        RuleFor(c => c.Rejection.RejectedOn).NotNull().OverridePropertyName("rejectedOn");
        RuleFor(c => c.Rejection.Reason).NotEmpty().MaximumLength(Transfer.RejectionReasonMaxLength).OverridePropertyName("reason");
    }
}

/// <summary>REQUESTED|SENT → REJECTED. The member's cell and status are not changed.</summary>
public sealed class RejectTransferHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : ICommandHandler<RejectTransferCommand, TransferDto>
{
    public async ValueTask<TransferDto> Handle(RejectTransferCommand command, CancellationToken cancellationToken)
    {
        var transfer = await db.LoadTransferInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        transfer.EnsureVersion(command.ExpectedVersion);
        var today = time.TodayInVietnam();

        transfer.Reject(command.Rejection.RejectedOn!.Value, command.Rejection.Reason!, today);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(transfer, today, rules, cancellationToken);
    }
}
