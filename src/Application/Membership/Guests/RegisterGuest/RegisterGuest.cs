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
using PartyCommittee.Domain.Membership.Guests;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Guests.RegisterGuest;

/// <summary>A member of another party committee presenting a temporary introduction letter to a cell of this committee.</summary>
/// <param name="HostOrganizationId">The host cell.</param>
/// <param name="FullName">The guest's full name.</param>
/// <param name="DateOfBirth">Date of birth, when the letter gives it.</param>
/// <param name="PartyCardNumber">Party card number, when the letter gives it.</param>
/// <param name="HomeOrganization">The cell or grassroots organisation where the guest is officially active.</param>
/// <param name="HomeCommittee">The party committee that issued the letter.</param>
/// <param name="LetterNumber">Number of the temporary introduction letter.</param>
/// <param name="LetterDate">Date of the letter.</param>
/// <param name="Purpose">WORK, STUDY or OTHER.</param>
/// <param name="PresentedOn">The day the letter was presented to the host cell.</param>
/// <param name="Until">Last day of the temporary activity (3 to under 12 months from the letter's date; study up to 24).</param>
public sealed record RegisterGuestCommand(
    [property: Required] Guid? HostOrganizationId,
    [property: Required] string? FullName,
    DateOnly? DateOfBirth,
    string? PartyCardNumber,
    [property: Required] string? HomeOrganization,
    [property: Required] string? HomeCommittee,
    [property: Required] string? LetterNumber,
    [property: Required] DateOnly? LetterDate,
    [property: Required] TransferPurpose? Purpose,
    [property: Required] DateOnly? PresentedOn,
    [property: Required] DateOnly? Until) : ICommand<GuestDto>;

public sealed class RegisterGuestValidator : AbstractValidator<RegisterGuestCommand>
{
    public RegisterGuestValidator()
    {
        RuleFor(c => c.HostOrganizationId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.FullName).NotEmpty().MaximumLength(TemporaryGuest.NameMaxLength).IsName(NameKind.Person);
        RuleFor(c => c.DateOfBirth).InclusiveBetween(new DateOnly(1900, 1, 1), EventDates.Latest);
        RuleFor(c => c.PartyCardNumber).MaximumLength(TemporaryGuest.CardNumberMaxLength);
        RuleFor(c => c.HomeOrganization).NotEmpty().MaximumLength(TemporaryGuest.OrganizationMaxLength).IsName(NameKind.Organization);
        RuleFor(c => c.HomeCommittee).NotEmpty().MaximumLength(TemporaryGuest.OrganizationMaxLength).IsName(NameKind.Organization);
        RuleFor(c => c.LetterNumber).NotEmpty().MaximumLength(TemporaryGuest.LetterNumberMaxLength);
        RuleFor(c => c.LetterDate).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        RuleFor(c => c.Purpose).NotNull().IsDefinedEnum();
        RuleFor(c => c.PresentedOn).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        RuleFor(c => c.Until).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
    }
}

/// <summary>Records the guest in the host cell (in the caller's scope; otherwise 422 <c>guest.host_not_found</c>).</summary>
public sealed class RegisterGuestHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<TransferRuleSet> rules)
    : ICommandHandler<RegisterGuestCommand, GuestDto>
{
    public async ValueTask<GuestDto> Handle(RegisterGuestCommand command, CancellationToken cancellationToken)
    {
        var hostId = command.HostOrganizationId!.Value;
        var host = await db.Organizations.FirstOrDefaultAsync(o => o.Id == hostId, cancellationToken);
        if (host is null || !await scope.CoversAsync(host.Path, cancellationToken))
        {
            throw new DomainRuleException("guest.host_not_found", "The host cell was not found in your scope.", RuleViolationKind.Unprocessable, hostId);
        }

        var guest = TemporaryGuest.Register(
            Ids.NewVersion7(time.GetUtcNow()),
            new GuestRegistration(
                command.FullName!,
                command.DateOfBirth,
                command.PartyCardNumber,
                command.HomeOrganization!,
                command.HomeCommittee!,
                command.LetterNumber!,
                command.LetterDate!.Value,
                command.Purpose!.Value,
                command.PresentedOn!.Value,
                command.Until!.Value),
            host,
            time.TodayInVietnam(),
            rules);
        db.TemporaryGuests.Add(guest);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(guest, rules, cancellationToken);
    }
}
