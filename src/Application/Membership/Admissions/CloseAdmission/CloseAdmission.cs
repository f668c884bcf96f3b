using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;

namespace PartyCommittee.Application.Membership.Admissions.CloseAdmission;

/// <summary>Closes a case before the ceremony: the candidate withdrew, or the cell or the committee did not admit.</summary>
/// <param name="ClosedOn">Date of closure; not before the last recorded step.</param>
/// <param name="Reason">Why.</param>
public sealed record AdmissionClosure(
    [property: Required] DateOnly? ClosedOn,
    [property: Required] string? Reason);

public sealed record CloseAdmissionCommand(Guid Id, long ExpectedVersion, AdmissionClosure Closure) : ICommand<AdmissionDto>;

public sealed class CloseAdmissionValidator : AbstractValidator<CloseAdmissionCommand>
{
    public CloseAdmissionValidator(TimeProvider time)
    {
        RuleFor(c => c.Closure.ClosedOn).ValidStepDate(time).OverridePropertyName("closedOn");
        RuleFor(c => c.Closure.Reason).ValidReason().OverridePropertyName("reason");
    }
}

public sealed class CloseAdmissionHandler(AdmissionStepRunner steps) : ICommandHandler<CloseAdmissionCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(CloseAdmissionCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            (admission, step) => admission.Close(command.Closure.ClosedOn!.Value, command.Closure.Reason!, step.Rules),
            cancellationToken);
}
