using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.GetAdmission;

public sealed record GetAdmissionQuery(Guid Id) : IQuery<AdmissionDto>;

/// <summary>One case; as for a member's record, the candidate's date of birth is shown only to the roles that need
/// personal data (<see cref="PersonalData.CanRead"/>), and such a read is recorded in the audit trail.</summary>
public sealed class GetAdmissionHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, SensitiveReadAudit audit, RuleBook<AdmissionRuleSet> rules)
    : IQueryHandler<GetAdmissionQuery, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(GetAdmissionQuery query, CancellationToken cancellationToken)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, query.Id, cancellationToken, tracking: false);
        var unmasked = PersonalData.CanRead(user);
        if (unmasked)
        {
            await audit.RecordAsync("Read", nameof(Domain.Membership.AdmissionCase), admission.Id.ToString(), """{"personalData":true}""", cancellationToken);
        }

        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), unmasked, rules, cancellationToken);
    }
}
