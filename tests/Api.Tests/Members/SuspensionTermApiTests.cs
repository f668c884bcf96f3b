using System.Net;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>The longest suspension over HTTP: 180 days extension included under Quy định 22-QĐ/TW 2021 Điều 31.</summary>
public sealed class SuspensionTermApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Fact]
    public async Task A_suspension_beyond_180_days_is_422_and_writes_nothing_and_the_180th_day_is_accepted()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(2), "Thái Văn Thời Hạn");

        await factory.ShouldWriteNothingAsync(async () =>
        {
            var problem = await (await office.PostJsonAsync($"/api/v1/members/{memberId}/suspensions", new { startsOn = "2024-01-02", endsOn = "2024-06-30", decisionNumber = "1-QĐ/ĐU" }, "\"1\""))
                .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.suspension_too_long");
            problem.GetProperty("detail").GetString()!.ShouldContain("2024-06-29");
        });

        (await office.PostJsonAsync($"/api/v1/members/{memberId}/suspensions", new { startsOn = "2024-01-02", endsOn = "2024-06-29", decisionNumber = "1-QĐ/ĐU" }, "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
