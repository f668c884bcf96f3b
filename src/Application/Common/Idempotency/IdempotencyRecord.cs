namespace PartyCommittee.Application.Common.Idempotency;

/// <summary>
/// The first response to a request sent with an <c>Idempotency-Key</c>, kept in the database so that any instance
/// answers a replay with it: the owner (the caller's subject or client id) and the key identify it, the request's hash
/// tells a replay from a different request under the same key. A record without a status is a request in progress.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }

    /// <summary>Who sent it (subject or client id): keys are per caller.</summary>
    public string Owner { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    /// <summary>SHA-256 of the method, path, query and body (hex).</summary>
    public string RequestHash { get; set; } = string.Empty;

    /// <summary>The response status, or null while the first request runs.</summary>
    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public byte[]? Body { get; set; }

    /// <summary>The Location header of the first response, if any.</summary>
    public string? Location { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>After this the key may be used again (the record is replaced).</summary>
    public DateTime ExpiresAt { get; set; }
}
