using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Common.Auditing;

/// <summary>The platform's audit trail, named on the data seam.</summary>
public static class AuditingData
{
    extension(IAppDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
