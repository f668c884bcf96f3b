using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Discipline.RecordRemedy;

/// <summary>Whether the subject remedied the violation after the decision.</summary>
/// <param name="Remedied">True once the consequences were remedied (chủ động khắc phục hậu quả).</param>
public sealed record DisciplineRemedy([property: Required] bool? Remedied);

public sealed record RecordRemedyCommand(Guid Id, long ExpectedVersion, DisciplineRemedy Remedy) : ICommand<DisciplinaryActionDto>;

public sealed class RecordRemedyValidator : AbstractValidator<RecordRemedyCommand>
{
    public RecordRemedyValidator() => RuleFor(c => c.Remedy.Remedied).NotNull().OverridePropertyName("remedied");
}

/// <summary>Records the remedy on a decided action; the evaluation caps read it ("self-detected and remedied").</summary>
public sealed class RecordRemedyHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<DisciplineRuleSet> rules)
    : ICommandHandler<RecordRemedyCommand, DisciplinaryActionDto>
{
    public async ValueTask<DisciplinaryActionDto> Handle(RecordRemedyCommand command, CancellationToken cancellationToken)
    {
        var action = await db.LoadActionInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        action.EnsureVersion(command.ExpectedVersion);
        action.RecordRemedy(command.Remedy.Remedied!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(action, rules, cancellationToken);
    }
}
