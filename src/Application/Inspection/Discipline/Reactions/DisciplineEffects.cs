using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Events;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Inspection.Discipline.Reactions;

/// <summary>
/// Expulsion ends the membership through the member's own status rules (a probationary member cannot be expelled;
/// a member who has left cannot be): the member becomes EXPELLED on the decision date, and his seats end through the
/// membership's reaction to that status change.
/// </summary>
public sealed class ExpulsionEndsMembership(IAppDbContext db) : IDomainEventHandler<DisciplineDecided>
{
    public async ValueTask HandleAsync(DisciplineDecided domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Form != DisciplineForm.Expulsion || domainEvent.MemberId is not { } memberId)
        {
            return;
        }

        var member = await db.Members.Include(m => m.StatusHistory).Include(m => m.Placements).FirstAsync(m => m.Id == memberId, cancellationToken);
        member.ChangeStatus(MemberStatus.Expelled, domainEvent.DecidedOn, domainEvent.DecisionNumber, domainEvent.Violation);
    }
}

/// <summary>
/// Dismissal from post (cách chức) ends the member's seats in elected party bodies held on the decision date, through
/// the elected-body aggregate; a member who holds none cannot be dismissed (422 <c>discipline.no_post_held</c>).
/// </summary>
public sealed class DismissalEndsSeats(IAppDbContext db) : IDomainEventHandler<DisciplineDecided>
{
    public async ValueTask HandleAsync(DisciplineDecided domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Form != DisciplineForm.DismissalFromPost || domainEvent.MemberId is not { } memberId)
        {
            return;
        }

        await db.DismissFromPostsAsync(memberId, domainEvent.DecidedOn, cancellationToken);
    }
}

/// <summary>
/// The dissolution of an organisation goes through the organisation's own rules: no active children, no current
/// members, no open transfers into it, no open admission cases (409 <c>organization.has_*</c> otherwise).
/// </summary>
public sealed class DissolutionDissolvesOrganization(IAppDbContext db) : IDomainEventHandler<DisciplineDecided>
{
    public async ValueTask HandleAsync(DisciplineDecided domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Form != DisciplineForm.Dissolution || domainEvent.SubjectKind != DisciplineSubjectKind.Organization)
        {
            return;
        }

        var organization = await db.Organizations.FirstAsync(o => o.Id == domainEvent.OrganizationId, cancellationToken);
        var date = domainEvent.DecidedOn;
        var dependants = new OrganizationDependants(
            HasActiveChildren: await db.Organizations.AnyAsync(
                o => o.ParentId == organization.Id && (o.DissolvedOn == null || o.DissolvedOn > date), cancellationToken),
            ActiveMembers: await db.Members.Current().CountAsync(m => m.OrganizationId == organization.Id, cancellationToken),
            OpenTransfersIn: await db.Transfers.CountAsync(
                t => t.ToOrganizationId == organization.Id && (t.Status == TransferStatus.Requested || t.Status == TransferStatus.Sent), cancellationToken),
            OpenAdmissions: await db.AdmissionCases.CountAsync(
                a => a.OrganizationId == organization.Id && AdmissionCase.OpenStages.Contains(a.Stage), cancellationToken));
        organization.Dissolve(date, dependants);
    }
}
