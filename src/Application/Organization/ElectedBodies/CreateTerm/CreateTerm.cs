using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.ElectedBodies.CreateTerm;

/// <summary>The fields of a term (POST creates it, PUT replaces them all).</summary>
/// <param name="Name">Unique in the organisation, e.g. "2020–2025" (up to 32 characters).</param>
/// <param name="CongressNumber">Ordinal of the congress that opened it (Đại hội lần thứ IX → 9), 1 to 99.</param>
/// <param name="StartsOn">First day: the date of the congress.</param>
/// <param name="EndsOn">Last day; terms of one organisation do not overlap.</param>
public sealed record TermInput(
    [property: Required] string? Name,
    int? CongressNumber,
    [property: Required] DateOnly? StartsOn,
    [property: Required] DateOnly? EndsOn);

/// <summary>Opens a term of an organisation.</summary>
public sealed record CreateTermCommand(Guid OrganizationId, TermInput Term) : ICommand<TermDto>;

/// <summary>Field rules of <see cref="TermInput"/>, shared by create and update.</summary>
internal static class TermInputRules
{
    /// <summary>The start is the congress, an event (not in the future); the end is planned (up to 2100).</summary>
    public static void AddTermRules<T>(this AbstractValidator<T> validator, Func<T, TermInput> input, TimeProvider time)
    {
        validator.RuleFor(c => input(c).Name).NotEmpty().MaximumLength(Term.NameMaxLength).IsName(NameKind.Label).OverridePropertyName("name");
        validator.RuleFor(c => input(c).CongressNumber).InclusiveBetween(1, 99).OverridePropertyName("congressNumber");
        validator.RuleFor(c => input(c).StartsOn).NotNull().IsEventDate(time).OverridePropertyName("startsOn");
        validator.RuleFor(c => input(c).EndsOn).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest).OverridePropertyName("endsOn");
    }
}

public sealed class CreateTermValidator : AbstractValidator<CreateTermCommand>
{
    public CreateTermValidator(TimeProvider time)
    {
        this.AddTermRules(c => c.Term, time);
    }
}

public sealed class CreateTermHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : ICommandHandler<CreateTermCommand, TermDto>
{
    /// <summary>Under the organisation's lock: the overlap and name checks see every term committed before.</summary>
    public ValueTask<TermDto> Handle(CreateTermCommand command, CancellationToken cancellationToken) =>
        new(db.ExclusiveAsync([Locks.Organization(command.OrganizationId)], ct => CreateAsync(command, ct), cancellationToken));

    private async Task<TermDto> CreateAsync(CreateTermCommand command, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == command.OrganizationId, cancellationToken);
        if (organization is null || !await scope.CoversAsync(organization.Path, cancellationToken))
        {
            throw new NotFoundException("organization.not_found", "Organisation", command.OrganizationId);
        }

        var others = await db.Terms.AsNoTracking().Where(t => t.OrganizationId == organization.Id).ToListAsync(cancellationToken);
        var input = command.Term;
        var term = Term.Open(
            Ids.NewVersion7(time.GetUtcNow()),
            organization,
            input.Name!,
            input.CongressNumber,
            input.StartsOn!.Value,
            input.EndsOn!.Value,
            others);

        db.Terms.Add(term);
        await db.SaveChangesAsync(cancellationToken);
        return TermDto.From(term, time.TodayInVietnam());
    }
}
