using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;

namespace PartyCommittee.Application.Membership.Admissions.ExtendDecisionPeriod;

/// <summary>A special extension (gia hạn) of the superior committee's decision period: on admission while the decision is awaited, on recognition once the cell has resolved.</summary>
/// <param name="ExtendedOn">Date of the extension.</param>
/// <param name="WorkingDays">Working days added; at most the rule set's maximum.</param>
/// <param name="Number">Number of the document that extends it, if any.</param>
/// <param name="Reason">Why (the special case).</param>
public sealed record DecisionExtension(
    [property: Required] DateOnly? ExtendedOn,
    [property: Required] int? WorkingDays,
    string? Number,
    [property: Required] string? Reason);

public sealed record ExtendDecisionPeriodCommand(Guid Id, long ExpectedVersion, DecisionExtension Extension) : ICommand<AdmissionDto>;

public sealed class ExtendDecisionPeriodValidator : AbstractValidator<ExtendDecisionPeriodCommand>
{
    public ExtendDecisionPeriodValidator(TimeProvider time)
    {
        RuleFor(c => c.Extension.ExtendedOn).ValidStepDate(time).OverridePropertyName("extendedOn");
        RuleFor(c => c.Extension.WorkingDays).NotNull().GreaterThanOrEqualTo(1).OverridePropertyName("workingDays");
        RuleFor(c => c.Extension.Number).MaximumLength(AdmissionRules.DocumentNumberMaxLength).OverridePropertyName("number");
        RuleFor(c => c.Extension.Reason).ValidReason().OverridePropertyName("reason");
    }
}

public sealed class ExtendDecisionPeriodHandler(AdmissionStepRunner steps) : ICommandHandler<ExtendDecisionPeriodCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(ExtendDecisionPeriodCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            (admission, step) => admission.ExtendDecisionPeriod(
                command.Extension.ExtendedOn!.Value, command.Extension.WorkingDays!.Value, command.Extension.Number, command.Extension.Reason!, step.Rules),
            cancellationToken);
}
