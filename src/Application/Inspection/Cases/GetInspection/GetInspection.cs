using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Inspection.Cases.GetInspection;

public sealed record GetInspectionQuery(Guid Id) : IQuery<InspectionDto>;

public sealed class GetInspectionHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, InspectionDeadlineOptions options)
    : IQueryHandler<GetInspectionQuery, InspectionDto>
{
    public async ValueTask<InspectionDto> Handle(GetInspectionQuery query, CancellationToken cancellationToken)
    {
        var inspection = await db.LoadCaseAsync(scope, query.Id, forChange: false, cancellationToken);
        return await db.ToDtoAsync(inspection, options.ToDeadlines(), time.TodayInVietnam(), cancellationToken);
    }
}
