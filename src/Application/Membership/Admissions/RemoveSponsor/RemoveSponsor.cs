using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.RemoveSponsor;

/// <summary>Withdraws a sponsor while the candidate is being prepared.</summary>
public sealed record RemoveSponsorCommand(Guid Id, Guid SponsorId, long ExpectedVersion) : ICommand<AdmissionDto>;

public sealed class RemoveSponsorHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
    : ICommandHandler<RemoveSponsorCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RemoveSponsorCommand command, CancellationToken cancellationToken)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, command.Id, cancellationToken);
        if (admission.Sponsors.All(s => s.Id != command.SponsorId))
        {
            throw new NotFoundException("admission.sponsor_not_found", "Sponsor", command.SponsorId);
        }

        admission.EnsureVersion(command.ExpectedVersion);
        admission.WithdrawSponsor(command.SponsorId);
        db.MarkChanged(admission);
        await db.SaveChangesAsync(cancellationToken);
        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), PersonalData.CanRead(user), rules, cancellationToken);
    }
}
