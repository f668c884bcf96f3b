using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;

namespace PartyCommittee.Application.Membership.Admissions.RemoveName;

/// <summary>Removal of an unfit probationary member's name (xóa tên đảng viên dự bị); a probationary member is never expelled.</summary>
/// <param name="RemovedOn">Date of the decision.</param>
/// <param name="Number">Number of the decision.</param>
/// <param name="Reason">Why the member was found unfit.</param>
public sealed record NameRemoval(
    [property: Required] DateOnly? RemovedOn,
    [property: Required] string? Number,
    [property: Required] string? Reason);

public sealed record RemoveNameCommand(Guid Id, long ExpectedVersion, NameRemoval Removal) : ICommand<AdmissionDto>;

public sealed class RemoveNameValidator : AbstractValidator<RemoveNameCommand>
{
    public RemoveNameValidator(TimeProvider time)
    {
        RuleFor(c => c.Removal.RemovedOn).ValidStepDate(time).OverridePropertyName("removedOn");
        RuleFor(c => c.Removal.Number).ValidDocumentNumber().OverridePropertyName("number");
        RuleFor(c => c.Removal.Reason).ValidReason().OverridePropertyName("reason");
    }
}

public sealed class RemoveNameHandler(AdmissionStepRunner steps) : ICommandHandler<RemoveNameCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RemoveNameCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            async (admission, step, ct) =>
            {
                var member = await step.Db.LoadAdmittedMemberAsync(admission, ct);
                admission.RemoveName(member, command.Removal.RemovedOn!.Value, command.Removal.Number, command.Removal.Reason!);
            },
            cancellationToken);
}
