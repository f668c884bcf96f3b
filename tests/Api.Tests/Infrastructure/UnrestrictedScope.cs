using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;

namespace PartyCommittee.Api.Tests.Infrastructure;

/// <summary>An unrestricted caller's scope (an administrator's), for calling a handler in-process: the whole register when no organisation is named.</summary>
internal sealed class UnrestrictedScope(IAppDbContext db) : IOrganizationScope
{
    public ValueTask<string?> GetPathPrefixAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    public ValueTask<bool> CoversAsync(string path, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public ValueTask<bool> CoversAsync(Guid organizationId, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public async ValueTask<string?> SubtreeRootAsync(Guid? organizationId, CancellationToken cancellationToken) =>
        organizationId is { } id ? await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Path).SingleAsync(cancellationToken) : null;

    public async ValueTask<IReadOnlyCollection<Guid>?> SubtreeAsync(Guid? organizationId, CancellationToken cancellationToken) =>
        await SubtreeRootAsync(organizationId, cancellationToken) is { } root
            ? await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(root)).Select(o => o.Id).ToListAsync(cancellationToken)
            : null;
}
