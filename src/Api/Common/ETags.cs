using Microsoft.Net.Http.Headers;
using PartyCommittee.Api.Errors;
using PartyCommittee.Application.Common.Exceptions;

namespace PartyCommittee.Api.Common;

/// <summary>
/// Optimistic concurrency over HTTP. A resource's ETag is its version in quotes (<c>"3"</c>). Changes must send it
/// back in <c>If-Match</c>: missing → 428, different from the current version → 412. <c>If-Match: *</c> is refused
/// (428) because it would let a client overwrite changes it never saw.
/// </summary>
public static class ETags
{
    public static string Format(long version) => $"\"{version}\"";

    /// <summary>The version the client last read, from <c>If-Match</c>.</summary>
    public static long RequireIfMatch(HttpContext context)
    {
        var header = context.Request.Headers.IfMatch;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString()))
        {
            throw new PreconditionRequiredException();
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags) || tags.Count != 1 || tags[0].Equals(EntityTagHeaderValue.Any))
        {
            throw new PreconditionRequiredException("If-Match must carry exactly one ETag of the resource; '*' is not accepted.");
        }

        var tag = tags[0];
        if (tag.IsWeak || !long.TryParse(tag.Tag.AsSpan().Trim('"'), out var version))
        {
            throw new PreconditionFailedException();
        }

        return version;
    }

    /// <summary>Sets the ETag header of a response carrying one resource.</summary>
    public static void Set(HttpContext context, long version) => context.Response.Headers.ETag = Format(version);

    /// <summary>True when <c>If-None-Match</c> names the current version (the client's copy is fresh: 304).</summary>
    public static bool IsNotModified(HttpContext context, long version)
    {
        var header = context.Request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(Format(version));
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
