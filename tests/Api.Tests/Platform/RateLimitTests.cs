using System.Net;
using System.Net.Http.Headers;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

public sealed class RateLimitedApiFactory() : ApiFactory(new Dictionary<string, string?>
{
    ["RateLimiting:Enabled"] = "true",
    ["RateLimiting:PermitLimit"] = "3",
    ["RateLimiting:WindowSeconds"] = "3600",
});

/// <summary>Each client (machine client id, else subject) has its own budget; past it, 429 with Retry-After.</summary>
public sealed class RateLimitTests(RateLimitedApiFactory factory) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task A_client_over_its_budget_gets_429_while_others_and_health_probes_do_not()
    {
        var province = factory.CreateClient();
        province.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.Create("svc-province", ["Viewer"], DemoData.CommitteeId, clientId: "province-labour-system"));

        for (var i = 0; i < 3; i++)
        {
            (await province.GetAsync("/api/v1/organizations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var limited = await province.GetAsync("/api/v1/organizations");
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limit.exceeded");
        int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);

        var otherClient = factory.ClientAs("Viewer", DemoData.CommitteeId, subject: "someone-else");
        (await otherClient.GetAsync("/api/v1/organizations")).StatusCode.ShouldBe(HttpStatusCode.OK);

        for (var i = 0; i < 5; i++)
        {
            (await province.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}
