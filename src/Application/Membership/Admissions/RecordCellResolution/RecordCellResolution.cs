using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;

namespace PartyCommittee.Application.Membership.Admissions.RecordCellResolution;

/// <summary>The cell's resolution proposing admission (nghị quyết chi bộ đề nghị kết nạp).</summary>
/// <param name="ResolvedOn">Date of the resolution; eligibility (and the youth age that decides the sponsors' kinds) is checked under the rule set in force that day.</param>
/// <param name="Number">Number of the resolution.</param>
public sealed record CellResolution(
    [property: Required] DateOnly? ResolvedOn,
    [property: Required] string? Number);

public sealed record RecordCellResolutionCommand(Guid Id, long ExpectedVersion, CellResolution Resolution) : ICommand<AdmissionDto>;

public sealed class RecordCellResolutionValidator : AbstractValidator<RecordCellResolutionCommand>
{
    public RecordCellResolutionValidator(TimeProvider time)
    {
        RuleFor(c => c.Resolution.ResolvedOn).ValidStepDate(time).OverridePropertyName("resolvedOn");
        RuleFor(c => c.Resolution.Number).ValidDocumentNumber().OverridePropertyName("number");
    }
}

public sealed class RecordCellResolutionHandler(AdmissionStepRunner steps) : ICommandHandler<RecordCellResolutionCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RecordCellResolutionCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            async (admission, step, ct) =>
            {
                var date = command.Resolution.ResolvedOn!.Value;
                var youthUnion = await step.Db.YouthUnionExistsAsync(admission, date, ct);
                admission.RecordCellResolution(date, command.Resolution.Number, youthUnion, step.Rules);
            },
            cancellationToken);
}
