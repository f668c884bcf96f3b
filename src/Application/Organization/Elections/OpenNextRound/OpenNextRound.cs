using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections.OpenNextRound;

public sealed record OpenNextRoundCommand(Guid ElectionId) : ICommand<ElectionDto>;

/// <summary>
/// Opens a further round after a closed round that left seats unfilled (<see cref="Election.NextRound"/>), once per
/// round (409 <c>election.round_exists</c>), under the organisation's lock.
/// </summary>
public sealed class OpenNextRoundHandler(
    IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<ElectionRuleSet> rules, ElectionOptions options)
    : ICommandHandler<OpenNextRoundCommand, ElectionDto>
{
    public async ValueTask<ElectionDto> Handle(OpenNextRoundCommand command, CancellationToken cancellationToken)
    {
        var organizationId = await db.Elections.AsNoTracking().Where(e => e.Id == command.ElectionId).Select(e => (Guid?)e.OrganizationId).FirstOrDefaultAsync(cancellationToken);
        if (organizationId is null || !await scope.CoversAsync(organizationId.Value, cancellationToken))
        {
            throw new NotFoundException("election.not_found", "Election", command.ElectionId);
        }

        return await db.ExclusiveAsync([Locks.Organization(organizationId.Value)], async ct =>
        {
            var election = await db.LoadElectionInScopeAsync(scope, command.ElectionId, tracking: false, ct);
            if (await db.Elections.AsNoTracking().Where(e => e.PreviousRoundId == election.Id).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct) is { } existing)
            {
                throw new DomainRuleException("election.round_exists", "A further round was already opened after this one.", RuleViolationKind.Conflict, existing);
            }

            var next = election.NextRound(Ids.NewVersion7(time.GetUtcNow()));
            db.Elections.Add(next);
            await db.SaveChangesAsync(ct);
            return await db.ViewAsync(next, rules, options.Quorum, ct);
        }, cancellationToken);
    }
}
