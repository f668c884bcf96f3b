using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Application.Organization.Elections.SeatElected;

/// <summary>When the elected take their seats.</summary>
/// <param name="StartsOn">First day of the seats: the election day (the default) or later, not in the future.</param>
public sealed record SeatElectedInput(DateOnly? StartsOn);

public sealed record SeatElectedCommand(Guid ElectionId, long ExpectedVersion, SeatElectedInput Seating) : ICommand<ElectionSeatsDto>;

public sealed class SeatElectedValidator : AbstractValidator<SeatElectedCommand>
{
    public SeatElectedValidator(TimeProvider time)
    {
        When(c => c.Seating.StartsOn is not null, () => RuleFor(c => c.Seating.StartsOn).IsEventDate(time).OverridePropertyName("startsOn"));
    }
}

/// <summary>
/// Seats the candidates a closed election elected in its body (constituted for the term when it does not exist yet),
/// in one transaction under the organisation's lock, through <see cref="ElectedBody.SeatElected"/>: every rule of
/// <see cref="ElectedBody.Appoint"/> applies and the first refusal writes nothing.
/// </summary>
public sealed class SeatElectedHandler(
    IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<BodyCompositionRuleSet> rules, ElectedBodyOptions options)
    : ICommandHandler<SeatElectedCommand, ElectionSeatsDto>
{
    public async ValueTask<ElectionSeatsDto> Handle(SeatElectedCommand command, CancellationToken cancellationToken)
    {
        var organizationId = await db.Elections.AsNoTracking().Where(e => e.Id == command.ElectionId).Select(e => (Guid?)e.OrganizationId).FirstOrDefaultAsync(cancellationToken);
        if (organizationId is null || !await scope.CoversAsync(organizationId.Value, cancellationToken))
        {
            throw new NotFoundException("election.not_found", "Election", command.ElectionId);
        }

        return await db.ExclusiveAsync([Locks.Organization(organizationId.Value)], async ct =>
        {
            var election = await db.LoadElectionInScopeAsync(scope, command.ElectionId, tracking: true, ct);
            election.EnsureVersion(command.ExpectedVersion);
            election.EnsureElectsBody();
            var startsOn = command.Seating.StartsOn ?? election.HeldOn;
            var today = time.TodayInVietnam();

            var body = await db.ElectedBodies.Include(b => b.Memberships)
                .FirstOrDefaultAsync(b => b.OrganizationId == election.OrganizationId && b.TermId == election.TermId && b.Kind == election.Body, ct);
            var constituted = body is null;
            if (body is null)
            {
                var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == election.OrganizationId, ct);
                var term = await db.Terms.AsNoTracking().FirstAsync(t => t.Id == election.TermId, ct);
                var kinds = await db.ElectedBodies.AsNoTracking().Where(b => b.OrganizationId == organization.Id && b.TermId == term.Id).Select(b => b.Kind).ToListAsync(ct);
                body = ElectedBody.Constitute(Ids.NewVersion7(time.GetUtcNow()), organization, term, election.Body!.Value, kinds);
            }

            // The cheap refusals first (not closed, already seated, nobody elected, dates), before gathering anything.
            if (body.HasSeatsFrom(election.Id))
            {
                throw new DomainRuleException("election.already_seated", "The seats of this election were already taken; nothing was changed.", RuleViolationKind.Conflict, BodyRules.Format(election.SeatedOn ?? election.HeldOn));
            }

            election.EnsureSeatable(startsOn, today);
            var contexts = new Dictionary<Guid, AppointmentContext>();
            foreach (var memberId in election.ElectedInOrder())
            {
                contexts[memberId] = await db.GatherAppointmentAsync(scope, body, memberId, startsOn, ct);
            }

            var seats = body.SeatElected(election, startsOn, contexts, rules, options.Limits, today);
            if (constituted)
            {
                db.ElectedBodies.Add(body);
            }
            else
            {
                db.ElectedBodies.MarkChanged(body);
            }

            db.Elections.MarkChanged(election);
            await db.SaveChangesAsync(ct);

            var ids = seats.Select(s => s.MemberId).ToList();
            var names = await db.MemberNamesAsync(ids, ct);
            return new ElectionSeatsDto(
                election.Id,
                body.Id,
                body.Kind,
                startsOn,
                [.. seats.Select(s => new ElectionSeatDto(s.Id, s.MemberId, names.GetValueOrDefault(s.MemberId, string.Empty), s.Role, BodyLabels.Of(s.Role)))],
                election.Version);
        }, cancellationToken);
    }
}
