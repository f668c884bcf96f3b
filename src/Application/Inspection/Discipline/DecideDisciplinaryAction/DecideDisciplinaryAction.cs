using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Inspection.Discipline.ProposeDisciplinaryAction;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Discipline.DecideDisciplinaryAction;

/// <summary>The competent body's decision.</summary>
/// <param name="Form">The form decided (may differ from the one proposed).</param>
/// <param name="Body">The body that decided.</param>
/// <param name="DecidedOn">Day of the decision; the rule set in force that day applies.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="SelfDetected">The subject detected the violation himself.</param>
/// <param name="Remedied">The subject remedied it.</param>
public sealed record DisciplineDecision(
    [property: Required] DisciplineForm? Form,
    [property: Required] DecidingBody? Body,
    [property: Required] DateOnly? DecidedOn,
    [property: Required] string? DecisionNumber,
    bool SelfDetected,
    bool Remedied);

public sealed record DecideDisciplinaryActionCommand(Guid Id, long ExpectedVersion, DisciplineDecision Decision) : ICommand<DisciplinaryActionDto>;

public sealed class DecideDisciplinaryActionValidator : AbstractValidator<DecideDisciplinaryActionCommand>
{
    public DecideDisciplinaryActionValidator(TimeProvider time)
    {
        RuleFor(c => c.Decision.Form).NotNull().IsDefinedEnum().OverridePropertyName("form");
        RuleFor(c => c.Decision.Body).NotNull().IsDefinedEnum().OverridePropertyName("body");
        RuleFor(c => c.Decision.DecidedOn).NotNull().IsEventDate(time).OverridePropertyName("decidedOn");
        RuleFor(c => c.Decision.DecisionNumber).NotEmpty().MaximumLength(DisciplinaryAction.NumberMaxLength).OverridePropertyName("decisionNumber");
    }
}

/// <summary>
/// Records the decision under the rule set in force on its date. A cell's decision is recorded by its secretary, the
/// committee's and a superior committee's by the committee office (the administrator may record any). The effects are
/// reactions to <see cref="DisciplineDecided"/> in the same transaction: a refusal there (a probationary member cannot be
/// expelled, an organisation with members cannot be dissolved, no post to dismiss from) refuses the decision.
/// </summary>
public sealed class DecideDisciplinaryActionHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, RuleBook<DisciplineRuleSet> rules)
    : ICommandHandler<DecideDisciplinaryActionCommand, DisciplinaryActionDto>
{
    public async ValueTask<DisciplinaryActionDto> Handle(DecideDisciplinaryActionCommand command, CancellationToken cancellationToken)
    {
        var action = await db.LoadActionInScopeAsync(scope, command.Id, tracking: true, cancellationToken);
        action.EnsureVersion(command.ExpectedVersion);
        var decision = command.Decision;
        var body = decision.Body!.Value;
        var recorder = body == DecidingBody.Cell ? Roles.CellSecretary : Roles.CommitteeOffice;
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(recorder))
        {
            throw new ForbiddenException("discipline.body_not_yours", $"A decision of {WireFormat.Code(body)} is recorded by {recorder}.");
        }

        var on = decision.DecidedOn!.Value;
        var category = action.MemberId is { } memberId
            ? DisciplineSubjects.CategoryOn(await DisciplineSubjects.LoadMemberAsync(db, scope, memberId, cancellationToken), on)
            : DisciplineSubjectCategory.Organization;
        action.Decide(decision.Form!.Value, body, on, decision.DecisionNumber, decision.SelfDetected, decision.Remedied, category, rules.InForceOn(on));
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(action, rules, cancellationToken);
    }
}
