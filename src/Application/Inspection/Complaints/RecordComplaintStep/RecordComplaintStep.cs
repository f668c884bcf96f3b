using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Complaints;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Complaints.RecordComplaintStep;

/// <summary>The steps of a complaint.</summary>
public enum ComplaintStep
{
    /// <summary>Accept for settlement (settler).</summary>
    Accept = 1,

    /// <summary>Record as not accepted (reason, note).</summary>
    Refuse = 2,

    /// <summary>Put a member in charge (assigneeId).</summary>
    Assign = 3,

    /// <summary>Verification done.</summary>
    Verify = 4,

    /// <summary>The settling decision (outcome, newForm for CHANGED, decisionNumber).</summary>
    Settle = 5,
}

/// <summary>A step taken on a complaint.</summary>
/// <param name="Step">ACCEPT, REFUSE, ASSIGN, VERIFY or SETTLE.</param>
/// <param name="On">Day of the step.</param>
/// <param name="Settler">ACCEPT: STANDING_COMMITTEE, INSPECTION_COMMISSION or SUPERIOR_LEVEL (above the body that decided).</param>
/// <param name="Reason">REFUSE: NOT_THE_SUBJECT, ALREADY_SETTLED_FINALLY or WITHDRAWN.</param>
/// <param name="AssigneeId">ASSIGN: the member in charge.</param>
/// <param name="Outcome">SETTLE: UPHELD, CHANGED or WITHDRAWN.</param>
/// <param name="NewForm">SETTLE with CHANGED: the form decided instead.</param>
/// <param name="DecisionNumber">SETTLE: number of the settling decision.</param>
/// <param name="Note">Notes.</param>
public sealed record ComplaintStepInput(
    [property: Required] ComplaintStep? Step,
    [property: Required] DateOnly? On,
    ComplaintSettler? Settler,
    ComplaintRefusal? Reason,
    Guid? AssigneeId,
    ComplaintOutcome? Outcome,
    DisciplineForm? NewForm,
    string? DecisionNumber,
    string? Note);

public sealed record RecordComplaintStepCommand(Guid Id, long ExpectedVersion, ComplaintStepInput Input) : ICommand<ComplaintDto>;

public sealed class RecordComplaintStepValidator : AbstractValidator<RecordComplaintStepCommand>
{
    public RecordComplaintStepValidator(TimeProvider time)
    {
        RuleFor(c => c.Input.Step).NotNull().IsDefinedEnum().OverridePropertyName("step");
        RuleFor(c => c.Input.On).NotNull().IsEventDate(time).OverridePropertyName("on");
        RuleFor(c => c.Input.Settler).NotNull().IsDefinedEnum().When(c => c.Input.Step == ComplaintStep.Accept).OverridePropertyName("settler");
        RuleFor(c => c.Input.Reason).NotNull().IsDefinedEnum().NotEqual(ComplaintRefusal.FiledLate).When(c => c.Input.Step == ComplaintStep.Refuse).OverridePropertyName("reason");
        RuleFor(c => c.Input.AssigneeId).NotEmpty().When(c => c.Input.Step == ComplaintStep.Assign).OverridePropertyName("assigneeId");
        RuleFor(c => c.Input.Outcome).NotNull().IsDefinedEnum().When(c => c.Input.Step == ComplaintStep.Settle).OverridePropertyName("outcome");
        RuleFor(c => c.Input.NewForm).IsDefinedEnum().OverridePropertyName("newForm");
        RuleFor(c => c.Input.DecisionNumber).NotEmpty().MaximumLength(Complaint.NumberMaxLength).When(c => c.Input.Step == ComplaintStep.Settle).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Input.Note).MaximumLength(Complaint.TextMaxLength).OverridePropertyName("note");
    }
}

/// <summary>
/// Records a step in order. The settling decision is recorded by the role of the settling level (the office for the
/// standing committee and the superior level, the commission for the inspection commission; 422
/// <c>complaint.step_not_for_role</c>); CHANGED and WITHDRAWN change the disciplinary action in the same transaction.
/// </summary>
public sealed class RecordComplaintStepHandler(
    IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<InspectionRuleSet> rules, ComplaintOptions options)
    : ICommandHandler<RecordComplaintStepCommand, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(RecordComplaintStepCommand command, CancellationToken cancellationToken)
    {
        var complaint = await db.LoadComplaintAsync(scope, command.Id, tracking: true, cancellationToken);
        complaint.EnsureVersion(command.ExpectedVersion);
        var input = command.Input;
        var on = input.On!.Value;
        user.EnsureMayRecord(complaint.Settler, input.Step == ComplaintStep.Settle);
        switch (input.Step!.Value)
        {
            case ComplaintStep.Accept:
                complaint.Accept(on, input.Settler!.Value, options.SettlementWorkingDays, await db.LoadAsync(complaint.ReceivedOn, complaint.ReceivedOn.AddYears(1), cancellationToken));
                break;
            case ComplaintStep.Refuse:
                complaint.Refuse(on, input.Reason!.Value, input.Note);
                break;
            case ComplaintStep.Assign:
                var assignee = await db.MemberInScopeAsync(scope, input.AssigneeId!.Value, cancellationToken);
                complaint.Assign(assignee.Id, on);
                break;
            case ComplaintStep.Verify:
                complaint.RecordVerification(on);
                break;
            default:
                var due = complaint.DueOn ?? on;
                complaint.Settle(on, input.Outcome!.Value, input.NewForm, input.DecisionNumber!, input.Note, await db.LoadAsync(on < due ? on : due, on > due ? on : due, cancellationToken));
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(complaint, rules, time.TodayInVietnam(), cancellationToken);
    }
}
