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

namespace PartyCommittee.Application.Membership.Transfers.ConvertTransfer;

/// <summary>The conversion of a received temporary transfer into an official one.</summary>
/// <param name="ConvertedOn">The day the official transfer takes effect: within the committee the member moves to the host cell; out of it the member is transferred out.</param>
/// <param name="Cause">The change that causes the official transfer (with causeOn), when known.</param>
/// <param name="CauseOn">The day that change took effect.</param>
public sealed record TransferConversion([property: Required] DateOnly? ConvertedOn, TransferCause? Cause, DateOnly? CauseOn);

public sealed record ConvertTransferCommand(Guid Id, long ExpectedVersion, TransferConversion Conversion) : ICommand<TransferDto>;

public sealed class ConvertTransferValidator : AbstractValidator<ConvertTransferCommand>
{
    public ConvertTransferValidator()
    {
        RuleFor(c => c.Conversion.ConvertedOn).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest).OverridePropertyName("convertedOn");
        RuleFor(c => c.Conversion.Cause).IsDefinedEnum().OverridePropertyName("cause");
        RuleFor(c => c.Conversion.CauseOn).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest).OverridePropertyName("causeOn");
    }
}

/// <summary>RECEIVED temporary → OFFICIAL (status stays RECEIVED). Recorded by the home side, which decides transfers.</summary>
public sealed class ConvertTransferHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : ICommandHandler<ConvertTransferCommand, TransferDto>
{
    public async ValueTask<TransferDto> Handle(ConvertTransferCommand command, CancellationToken cancellationToken)
    {
        var transfer = await db.LoadTransferInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        await scope.EnsureSendingSideAsync(transfer, cancellationToken);
        transfer.EnsureVersion(command.ExpectedVersion);
        var member = await db.LoadMemberForChangeAsync(transfer.MemberId, cancellationToken);
        var host = transfer.ToOrganizationId is { } hostId
            ? await db.Organizations.FirstAsync(o => o.Id == hostId, cancellationToken)
            : null;
        var today = time.TodayInVietnam();
        var conversion = command.Conversion;

        transfer.ConvertToOfficial(conversion.ConvertedOn!.Value, member, host, conversion.Cause, conversion.CauseOn, today);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(transfer, today, rules, cancellationToken);
    }
}
