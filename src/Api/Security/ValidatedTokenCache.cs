using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace PartyCommittee.Api.Security;

/// <summary>Settings section <c>Authentication:TokenCache</c> (ADR 0053; docs/read-path-performance.md, "Session 24").</summary>
public sealed class TokenCacheOptions
{
    public const string SectionName = "Authentication:TokenCache";

    /// <summary>Longest time a validated token is answered from the cache, in seconds; 0 validates every request.</summary>
    public int Seconds { get; init; } = 120;

    /// <summary>Most tokens held by one instance.</summary>
    public int MaxEntries { get; init; } = 10_000;
}

/// <summary>
/// The bearer tokens this instance has validated, with the principal the handler built from each, so that the next
/// request with the same token does not parse it, check its signature and build its claims again (issue 12: ~10% of the
/// member detail's CPU). A token is answered from here only while the handler would still accept it (its expiry plus
/// the allowed clock skew, by the handler's clock), and at most <see cref="TokenCacheOptions.Seconds"/> after it was
/// validated; a change of the bearer settings (signing keys, issuer, audiences) empties the cache. A token the handler
/// refused is never held. Each request gets its own copy of the principal. Per instance by nature (a cache, nothing
/// shared): an instance that has not seen a token validates it.
/// </summary>
public sealed class ValidatedTokenCache : IDisposable
{
    private readonly TokenCacheOptions options;
    private readonly IDisposable? subscription;
    private MemoryCache cache;

    public ValidatedTokenCache(IOptions<TokenCacheOptions> options, IOptionsMonitor<JwtBearerOptions> bearer)
    {
        this.options = options.Value;
        cache = New();
        subscription = bearer.OnChange((_, _) => Clear());
    }

    public bool Enabled => options.Seconds > 0;

    /// <summary>Hits since start (tests and diagnostics).</summary>
    public long Hits => Interlocked.Read(ref hits);

    private long hits;

    /// <summary>The principal of a token validated earlier and still valid at <paramref name="now"/>, as a copy.</summary>
    public bool TryGet(string token, DateTimeOffset now, out ClaimsPrincipal principal)
    {
        if (Enabled && cache.TryGetValue(token, out Entry? entry) && entry is not null && now < entry.ValidUntil)
        {
            Interlocked.Increment(ref hits);
            principal = Copy(entry.Principal);
            return true;
        }

        principal = null!;
        return false;
    }

    /// <summary>Holds what the handler built from a token it has just validated.</summary>
    public void Add(JsonWebToken token, ClaimsPrincipal principal, TimeSpan clockSkew, DateTimeOffset now)
    {
        if (!Enabled)
        {
            return;
        }

        var held = now.AddSeconds(options.Seconds);
        var validUntil = token.ValidTo == DateTime.MinValue ? held : new DateTimeOffset(DateTime.SpecifyKind(token.ValidTo, DateTimeKind.Utc)).Add(clockSkew);
        if (validUntil > held)
        {
            validUntil = held;
        }

        if (validUntil <= now)
        {
            return;
        }

        using var item = cache.CreateEntry(token.EncodedToken);
        item.Value = new Entry(Copy(principal), validUntil);
        item.Size = 1;
        item.AbsoluteExpiration = validUntil;
    }

    /// <summary>Forgets every token (the bearer settings changed).</summary>
    public void Clear()
    {
        var old = Interlocked.Exchange(ref cache, New());
        old.Dispose();
    }

    public void Dispose()
    {
        subscription?.Dispose();
        cache.Dispose();
    }

    /// <summary>The token of a request as <see cref="JwtBearerHandler"/> reads it (<c>Authorization: Bearer …</c>).</summary>
    public static string? TokenOf(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorization["Bearer ".Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    /// <summary>A copy down to the claims (<see cref="ClaimsPrincipal.Clone"/> shares the identities).</summary>
    private static ClaimsPrincipal Copy(ClaimsPrincipal principal) => new(principal.Identities.Select(i => i.Clone()));

    private MemoryCache New() => new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.MaxEntries) });

    private sealed record Entry(ClaimsPrincipal Principal, DateTimeOffset ValidUntil);
}
