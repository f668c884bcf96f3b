using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Events;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.Reactions;

/// <summary>
/// The member owns the status; the admission case of a probationary member follows it. Whichever path recognised the
/// member or ended the membership (the case's own step, or the member record's decision), the case records it once:
/// a case that already recorded the step in the same unit of work is left as it is.
/// </summary>
public sealed class AdmissionFollowsMember(IAppDbContext db)
    : IDomainEventHandler<MemberRecognizedAsFull>, IDomainEventHandler<MemberLeftPartyOrganisation>
{
    public async ValueTask HandleAsync(MemberRecognizedAsFull domainEvent, CancellationToken cancellationToken)
    {
        foreach (var admission in await CasesOfAsync(domainEvent.MemberId, cancellationToken))
        {
            admission.FollowRecognition(domainEvent);
        }
    }

    public async ValueTask HandleAsync(MemberLeftPartyOrganisation domainEvent, CancellationToken cancellationToken)
    {
        foreach (var admission in await CasesOfAsync(domainEvent.MemberId, cancellationToken))
        {
            admission.FollowDeparture(domainEvent);
        }
    }

    // The stage is checked on the tracked case (a step of this unit of work may already have moved it on).
    private Task<List<AdmissionCase>> CasesOfAsync(Guid memberId, CancellationToken cancellationToken) =>
        db.AdmissionCases.Where(a => a.MemberId == memberId).ToListAsync(cancellationToken);
}
