using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Discipline.AmendDisciplinaryAction;

/// <summary>A competent decision changing or withdrawing a decided action.</summary>
/// <param name="Withdraw">True: the action is withdrawn (annulled); false: its form is changed to <paramref name="Form"/>.</param>
/// <param name="Form">The new form (when not withdrawn).</param>
/// <param name="Body">The body that decides the change: the one that decided, or a higher one.</param>
/// <param name="DecidedOn">Day of the change; the rule set in force that day applies.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="Reason">Why (a review, a complaint settled outside this record).</param>
public sealed record DisciplineAmendment(
    bool Withdraw,
    DisciplineForm? Form,
    [property: Required] DecidingBody? Body,
    [property: Required] DateOnly? DecidedOn,
    [property: Required] string? DecisionNumber,
    string? Reason);

public sealed record AmendDisciplinaryActionCommand(Guid Id, long ExpectedVersion, DisciplineAmendment Amendment) : ICommand<DisciplinaryActionDto>;

public sealed class AmendDisciplinaryActionValidator : AbstractValidator<AmendDisciplinaryActionCommand>
{
    public AmendDisciplinaryActionValidator(TimeProvider time)
    {
        RuleFor(c => c.Amendment.Form).NotNull().IsDefinedEnum().When(c => !c.Amendment.Withdraw).OverridePropertyName("form");
        RuleFor(c => c.Amendment.Form).Null().When(c => c.Amendment.Withdraw).OverridePropertyName("form");
        RuleFor(c => c.Amendment.Body).NotNull().IsDefinedEnum().OverridePropertyName("body");
        RuleFor(c => c.Amendment.DecidedOn).NotNull().IsEventDate(time).OverridePropertyName("decidedOn");
        RuleFor(c => c.Amendment.DecisionNumber).NotEmpty().MaximumLength(DisciplinaryAction.NumberMaxLength).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Amendment.Reason).MaximumLength(DisciplinaryAction.TextMaxLength).OverridePropertyName("reason");
    }
}

/// <summary>
/// Changes the form of a decided action or withdraws it, by the body that decided or a higher one; recorded like a
/// decision (a cell's by its secretary, the committee's and a superior committee's by the office). The effects of the old
/// form are undone and those of the new one applied in the same transaction, through the members' own rules.
/// </summary>
public sealed class AmendDisciplinaryActionHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, RuleBook<DisciplineRuleSet> rules)
    : ICommandHandler<AmendDisciplinaryActionCommand, DisciplinaryActionDto>
{
    public async ValueTask<DisciplinaryActionDto> Handle(AmendDisciplinaryActionCommand command, CancellationToken cancellationToken)
    {
        var action = await db.LoadActionInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        action.EnsureVersion(command.ExpectedVersion);
        var amendment = command.Amendment;
        var body = amendment.Body!.Value;
        var recorder = body == DecidingBody.Cell ? Roles.CellSecretary : Roles.CommitteeOffice;
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(recorder))
        {
            throw new DomainRuleException("discipline.amendment_not_for_role", "This body's decisions are recorded by another role.", RuleViolationKind.Unprocessable, recorder);
        }

        var on = amendment.DecidedOn!.Value;
        if (amendment.Withdraw)
        {
            action.Withdraw(body, on, amendment.DecisionNumber!, amendment.Reason);
        }
        else
        {
            action.Amend(amendment.Form!.Value, body, on, amendment.DecisionNumber!, amendment.Reason, rules.InForceOn(on));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(action, rules, cancellationToken);
    }
}
