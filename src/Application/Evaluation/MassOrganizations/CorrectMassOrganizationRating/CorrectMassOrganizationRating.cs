using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.MassOrganizations;

namespace PartyCommittee.Application.Evaluation.MassOrganizations.CorrectMassOrganizationRating;

/// <summary>Corrects a decided rating: dated, with a reason (If-Match).</summary>
public sealed record CorrectMassOrganizationRatingCommand(Guid Id, long ExpectedVersion, MassOrganizationRatingCorrectionInput Correction) : ICommand<MassOrganizationRatingDto>;

public sealed class CorrectMassOrganizationRatingValidator : AbstractValidator<CorrectMassOrganizationRatingCommand>
{
    public CorrectMassOrganizationRatingValidator(TimeProvider time)
    {
        RuleFor(c => c.Correction.CorrectedOn).NotNull().IsEventDate(time).OverridePropertyName("correctedOn");
        RuleFor(c => c.Correction.Level).NotNull().IsDefinedEnum().OverridePropertyName("level");
        RuleFor(c => c.Correction.Reason).NotEmpty().MaximumLength(MassOrganizationRating.TextMaxLength).OverridePropertyName("reason");
    }
}

public sealed class CorrectMassOrganizationRatingHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, MassOrganizationRatingOptions options)
    : ICommandHandler<CorrectMassOrganizationRatingCommand, MassOrganizationRatingDto>
{
    public async ValueTask<MassOrganizationRatingDto> Handle(CorrectMassOrganizationRatingCommand command, CancellationToken cancellationToken)
    {
        var rating = await db.LoadMassOrganizationRatingAsync(scope, command.Id, tracking: true, cancellationToken);
        rating.EnsureVersion(command.ExpectedVersion);
        var input = command.Correction;
        var correction = rating.Correct(
            Ids.NewVersion7(time.GetUtcNow()), input.CorrectedOn!.Value, input.Level!.Value, input.Reason!, options.ScaleOf(rating.Kind), time.TodayInVietnam());
        db.Set<MassOrganizationRatingCorrection>().Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(rating, cancellationToken);
    }
}
