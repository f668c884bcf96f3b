using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Evaluation.CivilServants.DeleteCivilServantRating;

/// <summary>Deletes a rating recorded by mistake (If-Match).</summary>
public sealed record DeleteCivilServantRatingCommand(Guid Id, long ExpectedVersion) : ICommand;

public sealed class DeleteCivilServantRatingHandler(IAppDbContext db, IOrganizationScope scope) : ICommandHandler<DeleteCivilServantRatingCommand>
{
    public async ValueTask<Unit> Handle(DeleteCivilServantRatingCommand command, CancellationToken cancellationToken)
    {
        var rating = await db.LoadCivilServantRatingAsync(scope, command.Id, tracking: true, cancellationToken);
        rating.EnsureVersion(command.ExpectedVersion);
        db.CivilServantRatings.Remove(rating);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
