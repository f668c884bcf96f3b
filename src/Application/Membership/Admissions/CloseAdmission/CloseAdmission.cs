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
    public CloseAdmissionValidator()
    {
        RuleFor(c => c.Closure.ClosedOn).ValidStepDate().OverridePropertyName("closedOn");
        RuleFor(c => c.Closure.Reason).ValidReason().OverridePropertyName("reason");
    }
}

public sealed class CloseAdmissionHandler(AdmissionStepRunner steps) : ICommandHandler<CloseAdmissionCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(CloseAdmissionCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            command.Closure.ClosedOn,
            (admission, _) => admission.Close(command.Closure.ClosedOn!.Value, command.Closure.Reason!),
            cancellationToken);
}
