namespace PartyCommittee.Domain.Common;

/// <summary>One insert, update, delete (or sensitive read) of an audited entity, written in the same transaction.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime OccurredAt { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    /// <summary><c>Insert</c>, <c>Update</c>, <c>Delete</c> or <c>Read</c>.</summary>
    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityKey { get; set; }

    /// <summary>JSON object: property name → <c>{"old": …, "new": …}</c>.</summary>
    public required string Changes { get; set; }

    public string? TraceId { get; set; }
}
