using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.CivilServants;

namespace PartyCommittee.Application.Evaluation.CivilServants.UpdateCivilServantRating;

/// <summary>Replaces a rating's fields (If-Match).</summary>
public sealed record UpdateCivilServantRatingCommand(Guid Id, long ExpectedVersion, CivilServantRatingInput Rating) : ICommand<CivilServantRatingDto>;

public sealed class UpdateCivilServantRatingValidator : AbstractValidator<UpdateCivilServantRatingCommand>
{
    public UpdateCivilServantRatingValidator(TimeProvider time) => this.AddRatingRules(c => c.Rating, time);
}

public sealed class UpdateCivilServantRatingHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<CivilServantRatingRuleSet> rules)
    : ICommandHandler<UpdateCivilServantRatingCommand, CivilServantRatingDto>
{
    public async ValueTask<CivilServantRatingDto> Handle(UpdateCivilServantRatingCommand command, CancellationToken cancellationToken)
    {
        var rating = await db.LoadCivilServantRatingAsync(scope, command.Id, tracking: true, cancellationToken);
        rating.EnsureVersion(command.ExpectedVersion);
        var input = command.Rating;
        var resolved = await db.ResolveAsync(scope, input, cancellationToken);
        var taken = await db.KeysTakenAsync(input.Year!.Value, resolved.Person.Key, rating.Id, cancellationToken);
        rating.Change(
            resolved.OrganizationId, input.Year!.Value, resolved.Person, input.Level!.Value, input.DecidedOn, input.DecisionNumber, input.Note,
            time.TodayInVietnam(), rules, taken);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(rating, rules, cancellationToken);
    }
}
