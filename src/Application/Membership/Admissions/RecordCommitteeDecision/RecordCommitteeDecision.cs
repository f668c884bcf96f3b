using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Calendar;

namespace PartyCommittee.Application.Membership.Admissions.RecordCommitteeDecision;

/// <summary>The superior committee's admission decision (quyết định kết nạp đảng viên).</summary>
/// <param name="DecidedOn">Date of the decision; a decision after the decision period (working days after the cell's resolution, plus any extension) is recorded with the working days it is late.</param>
/// <param name="Number">Number of the decision.</param>
/// <param name="ReceivedOn">The day the cell received the decision, if known (the ceremony's period counts from it; otherwise from the decision's date, or from the receipt given with the ceremony).</param>
public sealed record CommitteeDecision(
    [property: Required] DateOnly? DecidedOn,
    [property: Required] string? Number,
    DateOnly? ReceivedOn = null);

public sealed record RecordCommitteeDecisionCommand(Guid Id, long ExpectedVersion, CommitteeDecision Decision) : ICommand<AdmissionDto>;

public sealed class RecordCommitteeDecisionValidator : AbstractValidator<RecordCommitteeDecisionCommand>
{
    public RecordCommitteeDecisionValidator(TimeProvider time)
    {
        RuleFor(c => c.Decision.DecidedOn).ValidStepDate(time).OverridePropertyName("decidedOn");
        RuleFor(c => c.Decision.Number).ValidDocumentNumber().OverridePropertyName("number");
        RuleFor(c => c.Decision.ReceivedOn).ValidOptionalStepDate(time).OverridePropertyName("receivedOn");
    }
}

public sealed class RecordCommitteeDecisionHandler(AdmissionStepRunner steps) : ICommandHandler<RecordCommitteeDecisionCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RecordCommitteeDecisionCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            async (admission, step, ct) =>
            {
                var date = command.Decision.DecidedOn!.Value;

                // Lateness needs the holidays from the resolution to the decision only: a period that ends later is met
                // whatever the holidays after the decision.
                var calendar = await step.Db.LoadAsync(admission.CellResolutionOn ?? date, date, ct);
                admission.RecordCommitteeDecision(date, command.Decision.Number, command.Decision.ReceivedOn, calendar, step.Rules);
            },
            cancellationToken);
}
