using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Organization.ElectedBodies.GetMassOrganization;

public sealed record GetMassOrganizationQuery(Guid Id) : IQuery<MassOrganizationDto>;

public sealed class GetMassOrganizationHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<GetMassOrganizationQuery, MassOrganizationDto>
{
    public async ValueTask<MassOrganizationDto> Handle(GetMassOrganizationQuery query, CancellationToken cancellationToken)
    {
        var massOrganization = await db.LoadMassOrganizationInScopeAsync(scope, query.Id, tracking: false, cancellationToken);
        var leadingName = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == massOrganization.LeadingOrganizationId)
            .Select(o => o.Name)
            .FirstAsync(cancellationToken);
        return MassOrganizationDto.From(massOrganization, leadingName, time.TodayInVietnam());
    }
}
