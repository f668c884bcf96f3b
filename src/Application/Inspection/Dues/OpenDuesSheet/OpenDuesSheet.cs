using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Application.Inspection.Dues.OpenDuesSheet;

/// <summary>Opens a cell's sheet for a month: one line per member, with the amount due computed.</summary>
/// <param name="OrganizationId">The cell.</param>
/// <param name="Month">A day of the month (the first day is kept).</param>
public sealed record OpenDuesSheetCommand([property: Required] Guid? OrganizationId, [property: Required] DateOnly? Month) : ICommand<DuesSheetDto>;

public sealed class OpenDuesSheetValidator : AbstractValidator<OpenDuesSheetCommand>
{
    public OpenDuesSheetValidator()
    {
        RuleFor(c => c.OrganizationId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.Month).NotNull().InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2100, 12, 31));
    }
}

public sealed class OpenDuesSheetHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<DuesRuleSet> rules, DuesOptions options)
    : ICommandHandler<OpenDuesSheetCommand, DuesSheetDto>
{
    public async ValueTask<DuesSheetDto> Handle(OpenDuesSheetCommand command, CancellationToken cancellationToken)
    {
        var cell = await db.LoadCellForDuesAsync(scope, command.OrganizationId!.Value, cancellationToken);
        var month = DuesRuleSet.MonthOf(command.Month!.Value);
        if (await db.DuesSheets.AnyAsync(s => s.OrganizationId == cell.Id && s.Month == month, cancellationToken))
        {
            throw new ConflictException("dues.sheet_exists", "The cell already has a sheet for that month.", WireFormat.Date(month));
        }

        var ruleSet = rules.InForceOn(month);
        var lines = await DuesComputation.LinesAsync(db, cell.Id, month, ruleSet, options, cancellationToken);
        var sheet = DuesSheet.Open(Ids.NewVersion7(), cell.Id, month, lines, ruleSet, options.CellRetentionPercent, time.TodayInVietnam());
        db.DuesSheets.Add(sheet);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(sheet, rules, cancellationToken);
    }
}
