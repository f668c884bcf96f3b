using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Programmes.UpdateProgramme;

/// <summary>The programme as amended (header and every item; the organisation does not change).</summary>
public sealed record ProgrammeChange(
    [property: Required] int? Year,
    [property: Required] InspectionAuthority? IssuedBy,
    string? DocumentNumber,
    [property: Required] DateOnly? IssuedOn,
    [property: Required] IReadOnlyList<ProgrammeItemEntry>? Items);

public sealed record UpdateProgrammeCommand(Guid Id, long ExpectedVersion, ProgrammeChange Change) : ICommand<ProgrammeDto>;

public sealed class UpdateProgrammeValidator : AbstractValidator<UpdateProgrammeCommand>
{
    public UpdateProgrammeValidator()
    {
        RuleFor(c => c.Change.Year).NotNull().InclusiveBetween(1930, 2100).OverridePropertyName("year");
        RuleFor(c => c.Change.IssuedBy).NotNull().IsDefinedEnum().OverridePropertyName("issuedBy");
        RuleFor(c => c.Change.DocumentNumber).MaximumLength(InspectionProgramme.NumberMaxLength).OverridePropertyName("documentNumber");
        RuleFor(c => c.Change.IssuedOn).NotNull().InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2100, 12, 31)).OverridePropertyName("issuedOn");
        RuleFor(c => c.Change.Items).NotNull().Must(i => i is { Count: <= 200 }).WithMessage("At most 200 items.").OverridePropertyName("items");
        RuleForEach(c => c.Change.Items).NotNull().SetValidator(new ProgrammeItemEntryValidator()).OverridePropertyName("items");
    }
}

public sealed class UpdateProgrammeHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<InspectionTopicCatalog> topics)
    : ICommandHandler<UpdateProgrammeCommand, ProgrammeDto>
{
    public async ValueTask<ProgrammeDto> Handle(UpdateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await db.LoadProgrammeAsync(scope, command.Id, forChange: true, cancellationToken);
        programme.EnsureVersion(command.ExpectedVersion);
        var organization = await db.Organizations.FirstAsync(o => o.Id == programme.OrganizationId, cancellationToken);
        var change = command.Change;
        var items = await db.ResolveItemsAsync(scope, change.Items!, cancellationToken);
        if (await db.InspectionProgrammes.AnyAsync(
                p => p.Id != programme.Id && p.OrganizationId == organization.Id && p.Year == change.Year && p.IssuedBy == change.IssuedBy, cancellationToken))
        {
            throw new ConflictException("inspection.programme_exists", "This body already issued a programme for that year.", change.Year!.Value);
        }

        programme.Change(
            organization, change.Year!.Value, change.IssuedBy!.Value, change.DocumentNumber, change.IssuedOn!.Value, items, topics,
            await db.CustomTopicsAsync(organization, cancellationToken), () => Ids.NewVersion7(time.GetUtcNow()), time.TodayInVietnam());
        db.InspectionProgrammes.Entry(programme).Property(a => a.Version).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync([programme], cancellationToken))[0];
    }
}
