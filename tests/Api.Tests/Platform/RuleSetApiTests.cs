using System.Net;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>GET /api/v1/rule-sets shows what the API applies.</summary>
public sealed class RuleSetApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_kind_is_listed_with_its_versions_dates_and_parameters()
    {
        var client = factory.ClientAs("Member", DemoData.Cell(1));

        var all = JsonDocument.Parse(await (await client.GetAsync("/api/v1/rule-sets")).Content.ReadAsStringAsync()).RootElement;

        var kinds = all.EnumerateArray().Select(r => r.GetProperty("kind").GetString()).Distinct().ToList();
        kinds.ShouldContain("membership.admission");
        kinds.ShouldContain("membership.transfer");
        var admission = all.EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "membership.admission").ToList();
        admission.Count.ShouldBeGreaterThan(1);
        admission[0].GetProperty("parameters").GetProperty("minAgeMonths").GetString().ShouldBe("216");
        admission[0].GetProperty("title").GetProperty("vi").GetString().ShouldBe("Kết nạp đảng viên");
        admission[0].GetProperty("inForceUntil").GetString().ShouldBe(
            DateOnly.Parse(admission[1].GetProperty("inForceFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        admission[^1].TryGetProperty("inForceUntil", out var until).ShouldBe(until.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Filtered_by_kind_and_day_one_version_is_in_force()
    {
        var client = factory.ClientAs("Viewer", DemoData.CommitteeId);

        var response = await client.GetAsync("/api/v1/rule-sets?kind=membership.admission&inForceOn=2020-12-31");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var versions = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        versions.GetArrayLength().ShouldBe(1);
        versions[0].GetProperty("code").GetString().ShouldBe("QD29-2016");
    }

    [Fact]
    public async Task A_token_is_required_and_a_bad_date_is_a_400()
    {
        (await factory.CreateClient().GetAsync("/api/v1/rule-sets")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.ClientAs("Viewer", DemoData.CommitteeId).GetAsync("/api/v1/rule-sets?inForceOn=31-12-2020")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
