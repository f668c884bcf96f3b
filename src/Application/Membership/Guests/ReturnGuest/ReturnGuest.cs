using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Guests.ReturnGuest;

/// <summary>The guest went back to the home organisation.</summary>
/// <param name="ReturnedOn">The day of the return: no longer listed at the host from then.</param>
public sealed record GuestReturn([property: Required] DateOnly? ReturnedOn);

public sealed record ReturnGuestCommand(Guid Id, long ExpectedVersion, GuestReturn Return) : ICommand<GuestDto>;

public sealed class ReturnGuestValidator : AbstractValidator<ReturnGuestCommand>
{
    public ReturnGuestValidator()
    {
        RuleFor(c => c.Return.ReturnedOn).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest).OverridePropertyName("returnedOn");
    }
}

public sealed class ReturnGuestHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : ICommandHandler<ReturnGuestCommand, GuestDto>
{
    public async ValueTask<GuestDto> Handle(ReturnGuestCommand command, CancellationToken cancellationToken)
    {
        var guest = await db.LoadGuestInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        guest.EnsureVersion(command.ExpectedVersion);
        guest.Return(command.Return.ReturnedOn!.Value, time.TodayInVietnam());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(guest, rules, cancellationToken);
    }
}
