using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Common.Auditing;

/// <summary>Records reads of personal data (a full member record, an export) in the audit trail.</summary>
public sealed class SensitiveReadAudit(IAppDbContext db, ICurrentUser user, TimeProvider time)
{
    public async Task RecordAsync(string action, string entityType, string entityKey, string detailsJson, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = time.GetUtcNow().UtcDateTime,
            UserId = user.UserId ?? "system",
            UserName = user.UserName,
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            Changes = detailsJson,
            TraceId = System.Diagnostics.Activity.Current?.TraceId.ToHexString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
