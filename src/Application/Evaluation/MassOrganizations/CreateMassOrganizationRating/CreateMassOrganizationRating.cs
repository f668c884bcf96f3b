using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.MassOrganizations;

namespace PartyCommittee.Application.Evaluation.MassOrganizations.CreateMassOrganizationRating;

/// <summary>Decides a mass organisation's rating for a year (one per organisation and year).</summary>
public sealed record CreateMassOrganizationRatingCommand(MassOrganizationRatingInput Rating) : ICommand<MassOrganizationRatingDto>;

public sealed class CreateMassOrganizationRatingValidator : AbstractValidator<CreateMassOrganizationRatingCommand>
{
    public CreateMassOrganizationRatingValidator(TimeProvider time)
    {
        RuleFor(c => c.Rating.MassOrganizationId).NotEmpty().OverridePropertyName("massOrganizationId");
        RuleFor(c => c.Rating.Year).NotNull().InclusiveBetween(1930, time.TodayInVietnam().Year).OverridePropertyName("year");
        RuleFor(c => c.Rating.Level).NotNull().IsDefinedEnum().OverridePropertyName("level");
        RuleFor(c => c.Rating.DecidedOn).NotNull().IsEventDate(time).OverridePropertyName("decidedOn");
        RuleFor(c => c.Rating.DecisionNumber).MaximumLength(MassOrganizationRating.DecisionMaxLength).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Rating.Note).MaximumLength(MassOrganizationRating.TextMaxLength).OverridePropertyName("note");
    }
}

public sealed class CreateMassOrganizationRatingHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, MassOrganizationRatingOptions options)
    : ICommandHandler<CreateMassOrganizationRatingCommand, MassOrganizationRatingDto>
{
    public async ValueTask<MassOrganizationRatingDto> Handle(CreateMassOrganizationRatingCommand command, CancellationToken cancellationToken)
    {
        var input = command.Rating;
        var organization = await db.LoadNamedMassOrganizationAsync(scope, input.MassOrganizationId!.Value, cancellationToken);
        var year = input.Year!.Value;
        var rated = await db.MassOrganizationRatings.AnyAsync(r => r.MassOrganizationId == organization.Id && r.Year == year, cancellationToken);
        var rating = MassOrganizationRating.Decide(
            Ids.NewVersion7(time.GetUtcNow()), organization, year, input.Level!.Value, input.DecidedOn!.Value, input.DecisionNumber, input.Note,
            options.ScaleOf(organization.Kind), time.TodayInVietnam(), rated);
        db.MassOrganizationRatings.Add(rating);
        await db.SaveChangesAsync(cancellationToken);
        return MassOrganizationRatingViews.ToDto(rating, organization.Name);
    }
}
