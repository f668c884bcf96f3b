using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Complaints.GetComplaint;

public sealed record GetComplaintQuery(Guid Id) : IQuery<ComplaintDto>;

public sealed class GetComplaintHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<InspectionRuleSet> rules)
    : IQueryHandler<GetComplaintQuery, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(GetComplaintQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.LoadComplaintAsync(scope, query.Id, tracking: false, cancellationToken), rules, time.TodayInVietnam(), cancellationToken);
}
