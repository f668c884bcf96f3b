using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Calendar;

namespace PartyCommittee.Application.Membership.Admissions.RecordCommitteeDecision;

/// <summary>The superior committee's admission decision (quyết định kết nạp đảng viên).</summary>
/// <param name="DecidedOn">Date of the decision; within the decision period (working days) after the cell's resolution.</param>
/// <param name="Number">Number of the decision.</param>
public sealed record CommitteeDecision(
    [property: Required] DateOnly? DecidedOn,
    [property: Required] string? Number);

public sealed record RecordCommitteeDecisionCommand(Guid Id, long ExpectedVersion, CommitteeDecision Decision) : ICommand<AdmissionDto>;

public sealed class RecordCommitteeDecisionValidator : AbstractValidator<RecordCommitteeDecisionCommand>
{
    public RecordCommitteeDecisionValidator()
    {
        RuleFor(c => c.Decision.DecidedOn).ValidStepDate().OverridePropertyName("decidedOn");
        RuleFor(c => c.Decision.Number).ValidDocumentNumber().OverridePropertyName("number");
    }
}

public sealed class RecordCommitteeDecisionHandler(AdmissionStepRunner steps) : ICommandHandler<RecordCommitteeDecisionCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RecordCommitteeDecisionCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            command.Decision.DecidedOn,
            async (admission, step, ct) =>
            {
                var date = command.Decision.DecidedOn!.Value;

                // The deadline check needs the holidays from the resolution to the decision only: a period that ends
                // later is met whatever the holidays after the decision.
                var calendar = await step.Db.LoadAsync(admission.CellResolutionOn ?? date, date, ct);
                admission.RecordCommitteeDecision(date, command.Decision.Number, calendar, step.Rules);
            },
            cancellationToken);
}
