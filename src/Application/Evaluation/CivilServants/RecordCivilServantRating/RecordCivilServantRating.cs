using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.CivilServants;

namespace PartyCommittee.Application.Evaluation.CivilServants.RecordCivilServantRating;

/// <summary>Records a civil servant's rating for a year (one per person and year).</summary>
public sealed record RecordCivilServantRatingCommand(CivilServantRatingInput Rating) : ICommand<CivilServantRatingDto>;

public sealed class RecordCivilServantRatingValidator : AbstractValidator<RecordCivilServantRatingCommand>
{
    public RecordCivilServantRatingValidator(TimeProvider time) => this.AddRatingRules(c => c.Rating, time);
}

public sealed class RecordCivilServantRatingHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<CivilServantRatingRuleSet> rules)
    : ICommandHandler<RecordCivilServantRatingCommand, CivilServantRatingDto>
{
    public async ValueTask<CivilServantRatingDto> Handle(RecordCivilServantRatingCommand command, CancellationToken cancellationToken)
    {
        var input = command.Rating;
        var resolved = await db.ResolveAsync(scope, input, cancellationToken);
        var taken = await db.KeysTakenAsync(input.Year!.Value, resolved.Person.Key, null, cancellationToken);
        var rating = CivilServantRating.Record(
            Ids.NewVersion7(time.GetUtcNow()), resolved.OrganizationId, input.Year!.Value, resolved.Person, input.Level!.Value, input.DecidedOn,
            input.DecisionNumber, input.Note, time.TodayInVietnam(), rules, taken);
        db.CivilServantRatings.Add(rating);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(rating, rules, cancellationToken);
    }
}
