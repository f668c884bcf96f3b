using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Denunciations;

namespace PartyCommittee.Application.Inspection.Denunciations.RecordDenunciationStep;

/// <summary>The steps of a denunciation.</summary>
public enum DenunciationStep
{
    /// <summary>Accept for settlement (settler).</summary>
    Accept = 1,

    /// <summary>Record as not accepted (reason, note).</summary>
    Refuse = 2,

    /// <summary>Put a member in charge (assigneeId).</summary>
    Assign = 3,

    /// <summary>Verification done.</summary>
    Verify = 4,

    /// <summary>Extend the time limit once (workingDays, note).</summary>
    Extend = 5,

    /// <summary>Conclude (result, conclusionNumber, note).</summary>
    Conclude = 6,
}

/// <summary>A step taken on a denunciation.</summary>
/// <param name="Step">ACCEPT, REFUSE, ASSIGN, VERIFY, EXTEND or CONCLUDE.</param>
/// <param name="On">Day of the step.</param>
/// <param name="Settler">ACCEPT: CELL (its own member) or INSPECTION_COMMISSION.</param>
/// <param name="Reason">REFUSE: why it is not accepted.</param>
/// <param name="AssigneeId">ASSIGN: the member in charge.</param>
/// <param name="WorkingDays">EXTEND: working days of the extension.</param>
/// <param name="Result">CONCLUDE: WELL_FOUNDED, PARTLY_FOUNDED or UNFOUNDED.</param>
/// <param name="ConclusionNumber">CONCLUDE: number of the conclusion.</param>
/// <param name="Note">Reason of the refusal or extension, summary of the conclusion.</param>
public sealed record DenunciationStepInput(
    [property: Required] DenunciationStep? Step,
    [property: Required] DateOnly? On,
    DenunciationSettler? Settler,
    DenunciationRefusal? Reason,
    Guid? AssigneeId,
    int? WorkingDays,
    DenunciationResult? Result,
    string? ConclusionNumber,
    string? Note);

public sealed record RecordDenunciationStepCommand(Guid Id, long ExpectedVersion, DenunciationStepInput Input) : ICommand<DenunciationDto>;

public sealed class RecordDenunciationStepValidator : AbstractValidator<RecordDenunciationStepCommand>
{
    public RecordDenunciationStepValidator(TimeProvider time)
    {
        RuleFor(c => c.Input.Step).NotNull().IsDefinedEnum().OverridePropertyName("step");
        RuleFor(c => c.Input.On).NotNull().IsEventDate(time).OverridePropertyName("on");
        RuleFor(c => c.Input.Settler).NotNull().IsDefinedEnum().When(c => c.Input.Step == DenunciationStep.Accept).OverridePropertyName("settler");
        RuleFor(c => c.Input.Reason).NotNull().IsDefinedEnum().When(c => c.Input.Step == DenunciationStep.Refuse).OverridePropertyName("reason");
        RuleFor(c => c.Input.AssigneeId).NotEmpty().When(c => c.Input.Step == DenunciationStep.Assign).OverridePropertyName("assigneeId");
        RuleFor(c => c.Input.WorkingDays).NotNull().InclusiveBetween(1, 365).When(c => c.Input.Step == DenunciationStep.Extend).OverridePropertyName("workingDays");
        RuleFor(c => c.Input.Result).NotNull().IsDefinedEnum().When(c => c.Input.Step == DenunciationStep.Conclude).OverridePropertyName("result");
        RuleFor(c => c.Input.ConclusionNumber).NotEmpty().MaximumLength(Denunciation.NumberMaxLength).When(c => c.Input.Step == DenunciationStep.Conclude).OverridePropertyName("conclusionNumber");
        RuleFor(c => c.Input.Note).MaximumLength(Denunciation.TextMaxLength).OverridePropertyName("note");
    }
}

/// <summary>Records a step (inspection commission), in order; the time limit is that of the rule set in force on receipt.</summary>
public sealed class RecordDenunciationStepHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<InspectionRuleSet> rules)
    : ICommandHandler<RecordDenunciationStepCommand, DenunciationDto>
{
    public async ValueTask<DenunciationDto> Handle(RecordDenunciationStepCommand command, CancellationToken cancellationToken)
    {
        var denunciation = await db.LoadDenunciationAsync(scope, command.Id, tracking: true, cancellationToken);
        if (!user.IsCommission())
        {
            throw new ForbiddenException("denunciation.not_for_role", "Denunciations are settled through the inspection commission.");
        }

        denunciation.EnsureVersion(command.ExpectedVersion);
        var input = command.Input;
        var on = input.On!.Value;
        var ruleSet = rules.Find(denunciation.RuleSetCode) ?? rules.InForceOn(denunciation.ReceivedOn);
        switch (input.Step!.Value)
        {
            case DenunciationStep.Accept:
                denunciation.Accept(on, input.Settler!.Value);
                break;
            case DenunciationStep.Refuse:
                denunciation.Refuse(on, input.Reason!.Value, input.Note);
                break;
            case DenunciationStep.Assign:
                var assignee = await db.MemberInScopeAsync(scope, input.AssigneeId!.Value, cancellationToken);
                denunciation.Assign(assignee.Id, on);
                break;
            case DenunciationStep.Verify:
                denunciation.RecordVerification(on);
                break;
            case DenunciationStep.Extend:
                denunciation.Extend(on, input.WorkingDays!.Value, input.Note, ruleSet, await db.LoadAsync(denunciation.DueOn, denunciation.DueOn.AddYears(1), cancellationToken));
                break;
            default:
                denunciation.Conclude(on, input.Result!.Value, input.ConclusionNumber!, input.Note, await db.LoadAsync(on < denunciation.DueOn ? on : denunciation.DueOn, on > denunciation.DueOn ? on : denunciation.DueOn, cancellationToken));
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(denunciation, rules, time.TodayInVietnam(), cancellationToken);
    }
}
