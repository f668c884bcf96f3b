using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Admissions.GetAdmission;

public sealed record GetAdmissionQuery(Guid Id) : IQuery<AdmissionDto>;

public sealed class GetAdmissionHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<GetAdmissionQuery, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(GetAdmissionQuery query, CancellationToken cancellationToken)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, query.Id, cancellationToken, tracking: false);
        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), cancellationToken);
    }
}
