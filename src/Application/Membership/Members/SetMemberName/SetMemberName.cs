using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.SetMemberName;

/// <summary>
/// The member's name by its parts, for names whose family name is not the first word or has several words (Ê Đê
/// "Y Ngông Niê Kđăm": middle "Y", given "Ngông", family "Niê Kđăm", order FAMILY_LAST), with the birth name and the
/// alias. The full name is written from the parts in the order given; lists sort by the given name.
/// </summary>
/// <param name="FamilyName">Family name (may have several words, may be empty).</param>
/// <param name="MiddleName">Middle name(s), or the sex prefix of Ê Đê names (Y, H'); may be empty.</param>
/// <param name="GivenName">Given name (required).</param>
/// <param name="Order">FAMILY_FIRST (the default) or FAMILY_LAST.</param>
/// <param name="BirthName">The name given at birth, if different; empty clears it.</param>
/// <param name="Alias">Another name the member uses; empty clears it.</param>
public sealed record MemberNameUpdate(
    string? FamilyName,
    string? MiddleName,
    [property: Required] string? GivenName,
    NameOrder? Order = null,
    string? BirthName = null,
    string? Alias = null);

public sealed record SetMemberNameCommand(Guid Id, long ExpectedVersion, MemberNameUpdate Update) : ICommand<MemberDto>;

public sealed class SetMemberNameValidator : AbstractValidator<SetMemberNameCommand>
{
    public SetMemberNameValidator()
    {
        RuleFor(c => c.Update.GivenName).NotEmpty().MaximumLength(PersonName.MaxLength).IsName(NameKind.Person).OverridePropertyName("givenName");
        RuleFor(c => c.Update.FamilyName).MaximumLength(PersonName.MaxLength).IsName(NameKind.Person)
            .When(c => !string.IsNullOrWhiteSpace(c.Update.FamilyName)).OverridePropertyName("familyName");
        RuleFor(c => c.Update.MiddleName).MaximumLength(PersonName.MaxLength).IsName(NameKind.Person)
            .When(c => !string.IsNullOrWhiteSpace(c.Update.MiddleName)).OverridePropertyName("middleName");
        RuleFor(c => c.Update.BirthName).MaximumLength(PartyMember.OtherNameMaxLength).IsName(NameKind.Person)
            .When(c => !string.IsNullOrWhiteSpace(c.Update.BirthName)).OverridePropertyName("birthName");
        RuleFor(c => c.Update.Alias).MaximumLength(PartyMember.OtherNameMaxLength).IsName(NameKind.Person)
            .When(c => !string.IsNullOrWhiteSpace(c.Update.Alias)).OverridePropertyName("alias");
        RuleFor(c => c.Update.Order).IsDefinedEnum().OverridePropertyName("order");
    }
}

public sealed class SetMemberNameHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time)
    : ICommandHandler<SetMemberNameCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(SetMemberNameCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        var update = command.Update;
        member.SetName(
            PersonName.FromParts(update.FamilyName, update.MiddleName, update.GivenName!, update.Order ?? NameOrder.FamilyFirst),
            update.BirthName,
            update.Alias);
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), time.TodayInVietnam(), PersonalData.CanRead(user));
    }
}
