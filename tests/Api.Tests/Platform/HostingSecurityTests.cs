using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>The API as it runs in production: environment "Production", with the given settings on top of the test ones.</summary>
public sealed class ProductionApiFactory : ApiFactory
{
    public ProductionApiFactory(IDictionary<string, string?> settings, bool withSigningKeys = true)
        : base(settings)
    {
        if (!withSigningKeys)
        {
            foreach (var key in Settings.Keys.Where(k => k.Contains("SigningKeys", StringComparison.OrdinalIgnoreCase) || k.EndsWith("ValidIssuer", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                Settings.Remove(key);
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

/// <summary>The test API with extra settings.</summary>
public sealed class SettingsApiFactory(IDictionary<string, string?> settings) : ApiFactory(settings);

/// <summary>Issue 6 items 8 and 10, issue 7 tokens: what production sends, refuses and tells.</summary>
public sealed class HostingSecurityTests
{
    [Fact]
    public void Production_without_an_identity_authority_refuses_to_start()
    {
        // When the application refuses to start, WebApplicationFactory's deferred host can race the disposal of the
        // service provider and surface an ObjectDisposedException instead of the refusal: a harness race, retried;
        // the refusal itself must still be the options validation naming the authority.
        Exception? failure = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var factory = new ProductionApiFactory(new Dictionary<string, string?>(), withSigningKeys: false);
            failure = Should.Throw<Exception>(() => factory.CreateClient());
            if (failure is not ObjectDisposedException)
            {
                break;
            }
        }

        failure.ShouldBeOfType<OptionsValidationException>().Message.ShouldContain("Authority");
    }

    [Fact]
    public async Task Production_sends_no_server_header_and_no_token_error_descriptions()
    {
        using var factory = new ProductionApiFactory(new Dictionary<string, string?>());
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(new Dictionary<string, object> { ["role"] = "Admin" }, validFrom: DateTime.UtcNow.AddHours(-2)));

        var response = await client.GetAsync("/api/v1/organizations");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        problem.GetProperty("reason").GetString().ShouldBe("TOKEN_EXPIRED");
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        response.Headers.Contains("Server").ShouldBeFalse();
    }

    [Fact]
    public async Task Production_serves_no_contract_unless_enabled_and_then_only_to_authenticated_callers_within_the_rate_limit()
    {
        using (var closed = new ProductionApiFactory(new Dictionary<string, string?>()))
        {
            // Nothing is there: an anonymous caller gets the fallback policy's 401, an authenticated one 404.
            (await closed.CreateClient().GetAsync("/swagger/v1/swagger.json")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await closed.CreateClient().GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await closed.ClientAs("Admin", null).GetAsync("/swagger/v1/swagger.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using var enabled = new ProductionApiFactory(new Dictionary<string, string?>
        {
            ["Swagger:Enabled"] = "true",
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitLimit"] = "2",
            ["RateLimiting:WindowSeconds"] = "3600",
        });
        await (await enabled.CreateClient().GetAsync("/swagger/v1/swagger.json")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        (await enabled.CreateClient().GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var viewer = enabled.ClientAs("Viewer", DemoData.CommitteeId);
        (await viewer.GetAsync("/swagger/v1/swagger.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync("/swagger/v1/swagger.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await viewer.GetAsync("/swagger/v1/swagger.json")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limit.exceeded");
    }

    [Fact]
    public async Task A_401_says_why()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();

        var missing = await (await client.GetAsync("/api/v1/organizations")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        missing.GetProperty("reason").GetString().ShouldBe("TOKEN_MISSING");

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("x", ["Admin"])[..^4] + "AAAA");
        var forged = await (await client.GetAsync("/api/v1/organizations")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        forged.GetProperty("reason").GetString().ShouldBe("SIGNATURE_INVALID");

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-jwt");
        var garbage = await (await client.GetAsync("/api/v1/organizations")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        garbage.GetProperty("reason").GetString().ShouldBe("TOKEN_MALFORMED");

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(new Dictionary<string, object> { ["role"] = "Admin" }, audience: "someone-else"));
        var foreign = await (await client.GetAsync("/api/v1/organizations")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        foreign.GetProperty("reason").GetString().ShouldBe("AUDIENCE_INVALID");
    }

    [Theory]
    [InlineData("roles")] // Microsoft Entra ID: app roles in a "roles" array
    [InlineData("realm_access.roles")] // Keycloak: realm roles inside a JSON object claim
    [InlineData("resource_access.party-committee-api.roles")] // Keycloak: client roles
    public async Task The_role_claim_is_configurable(string roleClaim)
    {
        using var factory = new SettingsApiFactory(new Dictionary<string, string?> { ["Authentication:RoleClaim"] = roleClaim });
        var claims = new Dictionary<string, object> { ["org_id"] = DemoData.CommitteeId.ToString() };
        var segments = roleClaim.Split('.');
        object value = new[] { "offline_access", "Viewer" };
        foreach (var segment in segments.Skip(1).Reverse())
        {
            value = new Dictionary<string, object> { [segment] = value };
        }

        claims[segments[0]] = value;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(claims));

        (await client.GetAsync("/api/v1/organizations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.PostAsync("/api/v1/organizations", JsonContent())).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        // A token shaped for another provider carries no role the API recognises.
        claims.Remove(segments[0]);
        claims["role"] = "Viewer";
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(claims));
        await (await client.GetAsync("/api/v1/organizations")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task Signing_keys_added_after_start_up_are_trusted_without_a_restart()
    {
        // `dotnet user-jwts create` writes the key to user secrets, a JSON file reloaded on change: the same mechanism here.
        var folder = Directory.CreateTempSubdirectory("pc-keys");
        var keys = Path.Combine(folder.FullName, "keys.json");
        await File.WriteAllTextAsync(keys, "{}");
        using var factory = new KeysFromFileFactory(keys);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("late", ["Admin"]));
        var before = await (await client.GetAsync("/api/v1/organizations")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        before.GetProperty("reason").GetString().ShouldBe("SIGNATURE_INVALID");

        await File.WriteAllTextAsync(keys, JsonSerializer.Serialize(new
        {
            Authentication = new { Schemes = new { Bearer = new { SigningKeys = new[] { new { Issuer = TestTokens.Issuer, Value = TestTokens.SigningKey } } } } },
        }));

        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 100 && status != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(100);
            status = (await client.GetAsync("/api/v1/organizations")).StatusCode;
        }

        status.ShouldBe(HttpStatusCode.OK);
        folder.Delete(recursive: true);
    }

    private static StringContent JsonContent() => new("{}", System.Text.Encoding.UTF8, "application/json");

    private static string Token(IDictionary<string, object> claims, string audience = TestTokens.Audience, DateTime? validFrom = null)
    {
        var now = validFrom ?? DateTime.UtcNow;
        var all = new Dictionary<string, object>(claims) { ["sub"] = "provider-user", ["name"] = "provider-user" };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Audience = audience,
            Claims = all,
            Subject = new ClaimsIdentity(),
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(TestTokens.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>No signing key at start; keys come from a JSON file reloaded on change.</summary>
    private sealed class KeysFromFileFactory : ApiFactory
    {
        private readonly string file;

        public KeysFromFileFactory(string file)
        {
            this.file = file;
            foreach (var key in Settings.Keys.Where(k => k.Contains("SigningKeys", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                Settings.Remove(key);
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration(c => c.AddJsonFile(file, optional: false, reloadOnChange: true));
        }
    }
}
