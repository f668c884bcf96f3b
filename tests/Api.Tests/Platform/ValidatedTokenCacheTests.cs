using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartyCommittee.Api.Security;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Issue 12: a bearer token this instance validated is answered from <see cref="ValidatedTokenCache"/> on its next
/// requests, only while the handler would still accept it, never when the handler refused it, and not after the bearer
/// settings change.
/// </summary>
public sealed class ValidatedTokenCacheTests
{
    private static readonly string Members = $"/api/v1/members?organizationId={DemoData.CommitteeId}&pageSize=1";

    [Fact]
    public async Task A_validated_token_is_answered_from_the_cache_until_the_bearer_settings_change()
    {
        using var factory = new ApiFactory();
        var client = factory.ClientAs("Admin", null, subject: "token-cache");
        var cache = factory.Services.GetRequiredService<ValidatedTokenCache>();

        (await client.GetAsync(Members)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterFirst = cache.Hits;
        (await client.GetAsync(Members)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(Members)).StatusCode.ShouldBe(HttpStatusCode.OK);
        cache.Hits.ShouldBe(afterFirst + 2);

        // A reload of the settings (new signing keys written by `dotnet user-jwts`, a changed audience) empties it.
        ((IConfigurationRoot)factory.Services.GetRequiredService<IConfiguration>()).Reload();
        (await client.GetAsync(Members)).StatusCode.ShouldBe(HttpStatusCode.OK);
        cache.Hits.ShouldBe(afterFirst + 2);
        (await client.GetAsync(Members)).StatusCode.ShouldBe(HttpStatusCode.OK);
        cache.Hits.ShouldBe(afterFirst + 3);
    }

    [Fact]
    public async Task A_refused_token_is_refused_again_and_never_held()
    {
        using var factory = new ApiFactory();
        var cache = factory.Services.GetRequiredService<ValidatedTokenCache>();
        var client = factory.CreateClient();
        var forged = Forged();
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);

        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync(Members)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        cache.Hits.ShouldBe(0);
        cache.TryGet(forged, DateTimeOffset.UtcNow, out _).ShouldBeFalse();
    }

    [Fact]
    public async Task With_the_cache_off_every_request_is_validated()
    {
        using var factory = new SettingsApiFactory(new Dictionary<string, string?> { ["Authentication:TokenCache:Seconds"] = "0" });
        var client = factory.ClientAs("Admin", null, subject: "token-cache-off");
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync(Members)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        factory.Services.GetRequiredService<ValidatedTokenCache>().Hits.ShouldBe(0);
    }

    [Fact]
    public void A_token_is_held_no_longer_than_the_setting_nor_past_its_expiry_and_skew()
    {
        var token = new JsonWebToken(TestTokens.Create("held", ["Admin"], lifetime: TimeSpan.FromMinutes(30)));
        var validTo = new DateTimeOffset(DateTime.SpecifyKind(token.ValidTo, DateTimeKind.Utc));
        var skew = TimeSpan.FromMinutes(5);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "held")], "Bearer"));

        // The setting bounds it: two minutes after validation, even though the token is valid for 30.
        var now = validTo.AddMinutes(-30);
        using (var shortCache = Cache(seconds: 120))
        {
            shortCache.Add(token, principal, skew, now);
            shortCache.TryGet(token.EncodedToken, now.AddSeconds(119), out _).ShouldBeTrue();
            shortCache.TryGet(token.EncodedToken, now.AddSeconds(120), out _).ShouldBeFalse();
        }

        // The token bounds it: the handler accepts it until its expiry plus the clock skew, and so does the cache.
        using (var longCache = Cache(seconds: 86_400))
        {
            longCache.Add(token, principal, skew, now);
            longCache.TryGet(token.EncodedToken, validTo + skew - TimeSpan.FromSeconds(1), out _).ShouldBeTrue();
            longCache.TryGet(token.EncodedToken, validTo + skew, out _).ShouldBeFalse();
        }

        // Nothing is held for a token already past it.
        using var late = Cache(seconds: 120);
        late.Add(token, principal, skew, validTo + skew);
        late.TryGet(token.EncodedToken, validTo + skew - TimeSpan.FromMinutes(1), out _).ShouldBeFalse();
    }

    [Fact]
    public void Each_request_gets_its_own_copy_of_the_principal()
    {
        using var cache = Cache(seconds: 120);
        var token = new JsonWebToken(TestTokens.Create("copied", ["Admin"]));
        var now = DateTimeOffset.UtcNow;
        cache.Add(token, new ClaimsPrincipal(new ClaimsIdentity([new Claim("role", "Admin")], "Bearer")), TimeSpan.Zero, now);

        cache.TryGet(token.EncodedToken, now, out var first).ShouldBeTrue();
        ((ClaimsIdentity)first.Identity!).AddClaim(new Claim("role", "SystemAdmin"));
        cache.TryGet(token.EncodedToken, now, out var second).ShouldBeTrue();

        second.ShouldNotBeSameAs(first);
        second.FindAll("role").Select(c => c.Value).ShouldBe(["Admin"]);
    }

    private static ValidatedTokenCache Cache(int seconds) =>
        new(Options.Create(new TokenCacheOptions { Seconds = seconds }), new FixedMonitor());

    /// <summary>A well-formed token signed with a key the host does not trust.</summary>
    private static string Forged() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = TestTokens.Issuer,
        Audience = TestTokens.Audience,
        Subject = new ClaimsIdentity([new Claim("sub", "forger"), new Claim("role", "Admin")]),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-signing-key-0123456789abcdef-xyz")), SecurityAlgorithms.HmacSha256),
    });

    private sealed class FixedMonitor : IOptionsMonitor<JwtBearerOptions>
    {
        public JwtBearerOptions CurrentValue { get; } = new();

        public JwtBearerOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<JwtBearerOptions, string?> listener) => null;
    }
}
