using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Events;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Inspection.Discipline.Reactions;

/// <summary>
/// The effects of a changed or withdrawn action, through the rules of the aggregates concerned: an expulsion that no
/// longer stands is annulled by the member's own rule (<see cref="PartyMember.AnnulExpulsion"/>: the membership continues
/// unbroken); a new form of expulsion expels the member by the status rules (a probationary member cannot be expelled);
/// a new form of dismissal ends the seats held that day. Seats ended by a dismissal that is later withdrawn are not
/// restored (a seat is given back by the body's own decision), nor is a dissolved organisation re-established.
/// </summary>
public sealed class DisciplineAmendmentEffects(IAppDbContext db) : IDomainEventHandler<DisciplineAmended>
{
    public async ValueTask HandleAsync(DisciplineAmended domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.From == DisciplineForm.Dissolution)
        {
            throw new DomainRuleException(
                "discipline.dissolution_not_reversible", "A dissolution is not changed here: the organisation is re-established by its own decision.", RuleViolationKind.Unprocessable);
        }

        if (domainEvent.MemberId is not { } memberId)
        {
            return;
        }

        var on = domainEvent.AmendedOn;
        if (domainEvent.From == DisciplineForm.Expulsion && domainEvent.To != DisciplineForm.Expulsion)
        {
            var member = await db.Members.Include(m => m.StatusHistory).Include(m => m.Placements).FirstAsync(m => m.Id == memberId, cancellationToken);
            member.AnnulExpulsion(domainEvent.DecidedOn, on, domainEvent.DecisionNumber, domainEvent.Reason);
        }

        if (domainEvent.To == DisciplineForm.Expulsion)
        {
            var member = await db.Members.Include(m => m.StatusHistory).Include(m => m.Placements).FirstAsync(m => m.Id == memberId, cancellationToken);
            member.ChangeStatus(MemberStatus.Expelled, on, domainEvent.DecisionNumber, domainEvent.Reason);
        }

        if (domainEvent.To == DisciplineForm.DismissalFromPost)
        {
            await db.DismissFromPostsAsync(memberId, on, cancellationToken);
        }
    }
}
