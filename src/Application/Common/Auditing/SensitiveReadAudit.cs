using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Common.Auditing;

/// <summary>
/// Records reads of personal data (a full member record, an export) in the audit trail, through the write-behind
/// <see cref="IReadAuditLog"/>: the record carries who, when and the request's trace id as of the read, and is stored
/// within the log's flush interval (or when the audit trail is read, or at shutdown).
/// </summary>
public sealed class SensitiveReadAudit(IReadAuditLog log, ICurrentUser user, TimeProvider time)
{
    public async Task RecordAsync(string action, string entityType, string entityKey, string detailsJson, CancellationToken cancellationToken)
    {
        await log.AppendAsync(
            new AuditEntry
            {
                OccurredAt = time.GetUtcNow().UtcDateTime,
                UserId = user.UserId ?? "system",
                UserName = user.UserName,
                Action = action,
                EntityType = entityType,
                EntityKey = entityKey,
                Changes = detailsJson,
                TraceId = System.Diagnostics.Activity.Current?.TraceId.ToHexString(),
            },
            cancellationToken);
    }
}
