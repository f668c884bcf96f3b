using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyCommittee.Domain.Organizations;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>Loads <see cref="DemoData"/> into an empty database through the domain model (so paths and audit are real).</summary>
public sealed partial class DemoDataSeeder(AppDbContext db, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Organizations.AnyAsync(cancellationToken))
        {
            return;
        }

        var created = new Dictionary<Guid, PartyOrganization>();
        foreach (var o in DemoData.Organizations)
        {
            var parent = o.ParentId is { } parentId ? created[parentId] : null;
            var organization = PartyOrganization.Create(o.Id, o.Code, o.Name, o.ShortName, o.Type, o.UnitKind, o.EstablishedOn, parent);
            created[o.Id] = organization;
            db.Organizations.Add(organization);
        }

        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, created.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Count} organisations")]
    private static partial void LogSeeded(ILogger logger, int count);
}
