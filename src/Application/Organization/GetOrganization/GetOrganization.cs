using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Organization.GetOrganization;

public sealed record GetOrganizationQuery(Guid Id) : IQuery<OrganizationDto>;

public sealed class GetOrganizationHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<GetOrganizationQuery, OrganizationDto>
{
    public async ValueTask<OrganizationDto> Handle(GetOrganizationQuery query, CancellationToken cancellationToken)
    {
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking()
            .InScope(prefix)
            .FirstOrDefaultAsync(o => o.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("organization.not_found", "Organisation", query.Id);
        return OrganizationDto.From(organization, time.TodayInVietnam());
    }
}
