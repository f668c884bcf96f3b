using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Application.Inspection.Dues.RecordDuesBasis;

/// <summary>A member's dues basis from a month on.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Category">SALARIED, PENSIONER, STUDENT or OTHER.</param>
/// <param name="MonthlyBasisAmount">Salary (from February 2026: the previous month's insured salary) or pension in đồng; 0 for STUDENT and OTHER.</param>
/// <param name="EffectiveFrom">A day of the first month it applies to.</param>
/// <param name="ReductionPercent">Hardship reduction in percent (the levels of the rules in force; 100: exempt).</param>
/// <param name="ReductionUntil">A day of the last month of the reduction.</param>
/// <param name="ReductionReason">Why it is granted.</param>
public sealed record RecordDuesBasisCommand(
    [property: Required] Guid? MemberId,
    [property: Required] DuesCategory? Category,
    [property: Required] long? MonthlyBasisAmount,
    [property: Required] DateOnly? EffectiveFrom,
    int? ReductionPercent,
    DateOnly? ReductionUntil,
    string? ReductionReason) : ICommand<DuesBasisDto>;

public sealed class RecordDuesBasisValidator : AbstractValidator<RecordDuesBasisCommand>
{
    public RecordDuesBasisValidator()
    {
        RuleFor(c => c.MemberId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.Category).NotNull().IsDefinedEnum();
        RuleFor(c => c.MonthlyBasisAmount).NotNull().InclusiveBetween(0, 10_000_000_000);
        RuleFor(c => c.EffectiveFrom).NotNull().InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2100, 12, 31));
        RuleFor(c => c.ReductionPercent).InclusiveBetween(1, 100);
        RuleFor(c => c.ReductionUntil).InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2100, 12, 31));
        RuleFor(c => c.ReductionReason).MaximumLength(DuesBasis.ReasonMaxLength);
    }
}

public sealed class RecordDuesBasisHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<DuesRuleSet> rules)
    : ICommandHandler<RecordDuesBasisCommand, DuesBasisDto>
{
    public async ValueTask<DuesBasisDto> Handle(RecordDuesBasisCommand command, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == command.MemberId, cancellationToken);
        if (member is null || !await scope.CoversAsync(member.OrganizationId, cancellationToken))
        {
            throw new DomainRuleException("dues.member_not_found", "The member was not found.", RuleViolationKind.Unprocessable, command.MemberId!.Value);
        }

        var from = DuesRuleSet.MonthOf(command.EffectiveFrom!.Value);
        if (await db.DuesBases.AnyAsync(b => b.MemberId == member.Id && b.EffectiveFrom == from, cancellationToken))
        {
            throw new ConflictException("dues.basis_exists", "The member already has a basis from that month.", WireFormat.Date(from));
        }

        var basis = DuesBasis.Record(
            Ids.NewVersion7(), member.Id, command.Category!.Value, command.MonthlyBasisAmount!.Value, from,
            command.ReductionPercent, command.ReductionUntil, command.ReductionReason, rules.InForceOn(from));
        db.DuesBases.Add(basis);
        await db.SaveChangesAsync(cancellationToken);
        return DuesBasisDto.From(basis, member.FullName);
    }
}
