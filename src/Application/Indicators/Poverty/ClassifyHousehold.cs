using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.Poverty;

/// <summary>A household to classify under the poverty standard in force for a period.</summary>
/// <param name="Period">The period the classification is for (its first day chooses the standard), e.g. 2020 or 2024Q3.</param>
/// <param name="Area">RURAL or URBAN.</param>
/// <param name="IncomePerPersonMonthly">Average monthly income per person, VND.</param>
/// <param name="Deprivations">How many of the standard's deprivation indicators the household lacks.</param>
public sealed record ClassifyHouseholdCommand(
    [property: Required] string? Period,
    [property: Required] Area? Area,
    [property: Required] decimal? IncomePerPersonMonthly,
    [property: Required] int? Deprivations) : ICommand<HouseholdClassificationDto>;

/// <summary>The standard a classification applied.</summary>
/// <param name="Code">Rule-set code.</param>
/// <param name="Source">The decree.</param>
/// <param name="EffectiveFrom">First day of the periods it applies to.</param>
/// <param name="PovertyLine">The income line for the household's area.</param>
/// <param name="UpperLine">The 2016 standard's upper income band for the area, if any.</param>
/// <param name="DeprivationThreshold">Deprivations from which a household is poor.</param>
public sealed record PovertyStandardDto(string Code, string Source, DateOnly EffectiveFrom, decimal PovertyLine, decimal? UpperLine, int DeprivationThreshold);

/// <summary>The result: POOR, NEAR_POOR or NEITHER, the rule that decided, the standard applied.</summary>
/// <param name="Classification">POOR, NEAR_POOR or NEITHER.</param>
/// <param name="Rule">Code of the rule that decided.</param>
/// <param name="RuleText">The rule in Vietnamese and English.</param>
/// <param name="Standard">The standard applied.</param>
public sealed record HouseholdClassificationDto(HouseholdClass Classification, string Rule, BilingualLabel RuleText, PovertyStandardDto Standard);

public sealed class ClassifyHouseholdValidator : AbstractValidator<ClassifyHouseholdCommand>
{
    public ClassifyHouseholdValidator()
    {
        RuleFor(c => c.Period).Cascade(CascadeMode.Stop).NotEmpty().Must(p => ReportingPeriod.TryParse(p, out _))
            .WithErrorCode("period.invalid").WithMessage(_ => Messages.Format("period.invalid"))
            .Must(p => ReportingPeriod.Parse(p!).Year >= 2016).WithErrorCode("poverty.no_standard").WithMessage(_ => Messages.Format("poverty.no_standard"));
        RuleFor(c => c.Area).NotNull().IsDefinedEnum();
        RuleFor(c => c.IncomePerPersonMonthly).NotNull().InclusiveBetween(0m, 1_000_000_000m);
        RuleFor(c => c.Deprivations).NotNull().InclusiveBetween(0, 50);
    }
}

public sealed class ClassifyHouseholdHandler(RuleBook<PovertyStandard> standards) : ICommandHandler<ClassifyHouseholdCommand, HouseholdClassificationDto>
{
    public ValueTask<HouseholdClassificationDto> Handle(ClassifyHouseholdCommand command, CancellationToken cancellationToken)
    {
        var period = ReportingPeriod.Parse(command.Period!);
        var standard = standards.InForceOn(period.StartsOn);
        var area = command.Area!.Value;
        var (result, rule) = standard.Classify(area, command.IncomePerPersonMonthly!.Value, command.Deprivations!.Value);
        var text = Common.Localization.Messages.Bilingual(rule);
        return ValueTask.FromResult(new HouseholdClassificationDto(
            result,
            rule,
            new BilingualLabel(text.Vi, text.En),
            new PovertyStandardDto(
                standard.Source.Code,
                standard.Source.Source,
                standard.Source.EffectiveFrom,
                area == Area.Urban ? standard.UrbanPovertyLine : standard.RuralPovertyLine,
                area == Area.Urban ? standard.UrbanUpperLine : standard.RuralUpperLine,
                standard.DeprivationThreshold)));
    }
}
