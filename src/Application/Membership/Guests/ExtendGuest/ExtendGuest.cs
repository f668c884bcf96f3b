using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Guests.ExtendGuest;

/// <summary>An extension of a guest's temporary activity, agreed by the host.</summary>
/// <param name="Until">The new last day: after the current one, within the longest duration from the letter's date.</param>
/// <param name="DecidedOn">Date of the host's agreement.</param>
public sealed record GuestExtension([property: Required] DateOnly? Until, [property: Required] DateOnly? DecidedOn);

public sealed record ExtendGuestCommand(Guid Id, long ExpectedVersion, GuestExtension Extension) : ICommand<GuestDto>;

public sealed class ExtendGuestValidator : AbstractValidator<ExtendGuestCommand>
{
    public ExtendGuestValidator()
    {
        RuleFor(c => c.Extension.Until).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest).OverridePropertyName("until");
        RuleFor(c => c.Extension.DecidedOn).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest).OverridePropertyName("decidedOn");
    }
}

public sealed class ExtendGuestHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : ICommandHandler<ExtendGuestCommand, GuestDto>
{
    public async ValueTask<GuestDto> Handle(ExtendGuestCommand command, CancellationToken cancellationToken)
    {
        var guest = await db.LoadGuestInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        guest.EnsureVersion(command.ExpectedVersion);
        guest.Extend(command.Extension.Until!.Value, command.Extension.DecidedOn!.Value, time.TodayInVietnam(), rules);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(guest, rules, cancellationToken);
    }
}
