using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Programmes.CreateProgramme;

/// <summary>Issues a yearly programme.</summary>
/// <param name="OrganizationId">The committee (or a cell) whose programme it is.</param>
/// <param name="Year">The year it plans.</param>
/// <param name="IssuedBy">STANDING_COMMITTEE or INSPECTION_COMMISSION for a committee; CELL for a cell.</param>
/// <param name="DocumentNumber">Number of the programme document.</param>
/// <param name="IssuedOn">Date of issue (in the year or the year before).</param>
/// <param name="Items">The planned items.</param>
public sealed record CreateProgrammeCommand(
    [property: Required] Guid? OrganizationId,
    [property: Required] int? Year,
    [property: Required] InspectionAuthority? IssuedBy,
    string? DocumentNumber,
    [property: Required] DateOnly? IssuedOn,
    [property: Required] IReadOnlyList<ProgrammeItemEntry>? Items) : ICommand<ProgrammeDto>;

public sealed class CreateProgrammeValidator : AbstractValidator<CreateProgrammeCommand>
{
    public CreateProgrammeValidator()
    {
        RuleFor(c => c.OrganizationId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.Year).NotNull().InclusiveBetween(1930, 2100);
        RuleFor(c => c.IssuedBy).NotNull().IsDefinedEnum();
        RuleFor(c => c.DocumentNumber).MaximumLength(InspectionProgramme.NumberMaxLength);
        RuleFor(c => c.IssuedOn).NotNull().InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2100, 12, 31));
        RuleFor(c => c.Items).NotNull().Must(i => i is { Count: <= 200 }).WithMessage("At most 200 items.").OverridePropertyName("items");
        RuleForEach(c => c.Items).NotNull().SetValidator(new ProgrammeItemEntryValidator()).OverridePropertyName("items");
    }
}

public sealed class CreateProgrammeHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<InspectionTopicCatalog> topics)
    : ICommandHandler<CreateProgrammeCommand, ProgrammeDto>
{
    public async ValueTask<ProgrammeDto> Handle(CreateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var organization = await db.OrganizationInScopeAsync(scope, command.OrganizationId!.Value, cancellationToken);
        var items = await db.ResolveItemsAsync(scope, command.Items!, cancellationToken);
        var programme = InspectionProgramme.Issue(
            Ids.NewVersion7(time.GetUtcNow()), organization, command.Year!.Value, command.IssuedBy!.Value, command.DocumentNumber, command.IssuedOn!.Value,
            items, topics, await db.CustomTopicsAsync(organization, cancellationToken), () => Ids.NewVersion7(time.GetUtcNow()), time.TodayInVietnam());

        // One programme per organisation, year and issuer; the unique index refuses a concurrent second one with the same code.
        if (await db.InspectionProgrammes.AnyAsync(p => p.OrganizationId == organization.Id && p.Year == programme.Year && p.IssuedBy == programme.IssuedBy, cancellationToken))
        {
            throw new ConflictException("inspection.programme_exists", "This body already issued a programme for that year.", programme.Year);
        }

        db.InspectionProgrammes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync([programme], cancellationToken))[0];
    }
}
