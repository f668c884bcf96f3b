using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.ElectedBodies;

/// <summary>Mass organisations led by the committee over HTTP: member-count history, the latest count, changes and scope.</summary>
public sealed class MassOrganizationApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/mass-organizations";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Fact]
    public async Task Counts_build_a_history_and_the_list_answers_the_latest_count_and_its_date()
    {
        var union = await CreateAsync("Công đoàn cơ sở Văn phòng Sở (thử nghiệm lịch sử)", "TRADE_UNION", DemoData.Cell(1), new DateOnly(2009, 3, 1));
        union.KindLabel.Vi.ShouldBe("Công đoàn cơ sở");
        union.LatestMemberCount.ShouldBeNull();

        union = await RecordAsync(union, "2022-12-31", 41);
        union = await RecordAsync(union, "2024-12-31", 45);
        union = await RecordAsync(union, "2023-12-31", 43);
        union = await RecordAsync(union, "2024-12-31", 46); // a correction of the same date

        union.Version.ShouldBe(5);
        union.MemberCounts.ShouldBe([new(new DateOnly(2022, 12, 31), 41), new(new DateOnly(2023, 12, 31), 43), new(new DateOnly(2024, 12, 31), 46)]);
        union.LatestMemberCount.ShouldBe(46);
        union.LatestMemberCountAsOf.ShouldBe(new DateOnly(2024, 12, 31));

        var get = await office.GetAsync($"{Url}/{union.Id}");
        get.Headers.ETag!.Tag.ShouldBe("\"5\"");
        (await get.ReadAsync<MassOrganizationDto>()).MemberCounts.Count.ShouldBe(3);

        var list = await office.GetFromJsonAsync<PagedList<MassOrganizationSummaryDto>>($"{Url}?leadingOrganizationId={DemoData.Cell(1)}&kind=TRADE_UNION", HttpExtensions.Json);
        var item = list!.Items.ShouldHaveSingleItem();
        item.Id.ShouldBe(union.Id);
        item.LatestMemberCount.ShouldBe(46);
        item.LatestMemberCountAsOf.ShouldBe(new DateOnly(2024, 12, 31));
        item.LeadingOrganizationName.ShouldBe("Chi bộ Văn phòng Sở");
        item.Active.ShouldBeTrue();
    }

    [Fact]
    public async Task The_committees_mass_organisations_and_their_members_are_listed_by_kind()
    {
        var veterans = await CreateAsync("Hội Cựu chiến binh cơ quan Sở (thử nghiệm)", "VETERANS_ASSOCIATION", DemoData.CommitteeId, null);
        var youth = await CreateAsync("Chi đoàn Sở LĐTBXH (thử nghiệm)", "YOUTH_UNION_CELL", DemoData.CommitteeId, null);
        await RecordAsync(veterans, "2024-06-30", 21);
        await RecordAsync(youth, "2024-06-30", 35);

        var list = await office.GetFromJsonAsync<PagedList<MassOrganizationSummaryDto>>($"{Url}?leadingOrganizationId={DemoData.CommitteeId}&pageSize=100", HttpExtensions.Json);
        list!.Items.Single(m => m.Id == veterans.Id).KindLabel.ShouldBe(new Domain.Common.BilingualLabel("Hội Cựu chiến binh", "Veterans association"));
        list.Items.Single(m => m.Id == youth.Id).LatestMemberCount.ShouldBe(35);
        list.Items.ShouldAllBe(m => m.LeadingOrganizationId == DemoData.CommitteeId);

        var onlyYouth = await office.GetFromJsonAsync<PagedList<MassOrganizationSummaryDto>>($"{Url}?kind=YOUTH_UNION_CELL&pageSize=100", HttpExtensions.Json);
        onlyYouth!.Items.ShouldAllBe(m => m.Kind == MassOrganizationKind.YouthUnionCell);
        onlyYouth.Items.ShouldContain(m => m.Id == youth.Id);

        await (await office.GetAsync($"{Url}?kind=PARTY")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Count_rules_are_422_and_changes_need_a_current_etag()
    {
        var union = await CreateAsync("Công đoàn cơ sở Thanh tra (thử nghiệm quy tắc)", "TRADE_UNION", DemoData.Cell(2), new DateOnly(2010, 1, 1));
        var url = $"{Url}/{union.Id}/member-counts";

        await (await office.PostJsonAsync(url, new { asOf = "2024-01-01", count = 10 })).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
        await (await office.PostJsonAsync(url, new { asOf = "2024-01-01", count = -1 }, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "mass_organization.count_negative");
        await (await office.PostJsonAsync(url, new { asOf = "2009-12-31", count = 10 }, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "mass_organization.count_before_establishment");
        await (await office.PostJsonAsync(url, new { asOf = "2099-01-01", count = 10 }, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        union = await RecordAsync(union, "2024-01-01", 12);
        await (await office.PostJsonAsync(url, new { asOf = "2024-02-01", count = 13 }, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");

        var dissolve = await office.PostJsonAsync($"{Url}/{union.Id}/dissolve", new { dissolvedOn = "2024-06-30" }, $"\"{union.Version}\"");
        var dissolved = await dissolve.ReadAsync<MassOrganizationDto>();
        dissolved.DissolvedOn.ShouldBe(new DateOnly(2024, 6, 30));
        dissolved.Active.ShouldBeFalse();

        await (await office.PostJsonAsync(url, new { asOf = "2024-07-01", count = 13 }, $"\"{dissolved.Version}\"")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "mass_organization.count_after_dissolution");
        await (await office.PostJsonAsync($"{Url}/{union.Id}/dissolve", new { dissolvedOn = "2024-07-30" }, $"\"{dissolved.Version}\"")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "mass_organization.already_dissolved");
        await (await office.PutJsonAsync($"{Url}/{union.Id}", new { name = "Công đoàn mới", kind = "TRADE_UNION", leadingOrganizationId = DemoData.Cell(2) }, $"\"{dissolved.Version}\""))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "mass_organization.dissolved");
    }

    /// <summary>
    /// A count is at most <see cref="MassOrganization.MaxMemberCount"/> (400 past it), and the statistics sum the counts
    /// in 64 bits: 220 organisations at the largest count (2.2 billion) summed in 32 bits overflowed into a 500.
    /// </summary>
    [Fact]
    public async Task Counts_are_bounded_and_the_statistics_sum_them_without_overflow()
    {
        using var api = new ApiFactory();
        var client = api.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var union = (await (await client.PostAsJsonAsync(Url, new { name = "Công đoàn thử giới hạn", kind = "TRADE_UNION", leadingOrganizationId = DemoData.Cell(2) }, HttpExtensions.Json))
            .ReadAsync<MassOrganizationDto>());
        foreach (var count in new[] { MassOrganization.MaxMemberCount + 1, int.MaxValue })
        {
            var refused = await client.PostJsonAsync($"{Url}/{union.Id}/member-counts", new { asOf = "2024-01-01", count }, $"\"{union.Version}\"");
            (await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).GetProperty("errors").TryGetProperty("count", out _).ShouldBeTrue();
        }

        var before = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/statistics/membership?asOf=2024-06-30", HttpExtensions.Json);
        var membersBefore = before.GetProperty("massOrganizations").GetProperty("members").GetInt64();
        await api.WithDbAsync(async db =>
        {
            var cell = await db.Set<PartyOrganization>().FindAsync(DemoData.Cell(3));
            for (var i = 0; i < 220; i++)
            {
                var massOrganization = MassOrganization.Establish(Guid.CreateVersion7(), $"Chi đoàn thử số {i}", MassOrganizationKind.YouthUnionCell, cell!, null, []);
                massOrganization.RecordMemberCount(Guid.CreateVersion7(), new DateOnly(2024, 1, 1), MassOrganization.MaxMemberCount);
                db.Set<MassOrganization>().Add(massOrganization);
            }

            return await db.SaveChangesAsync();
        });

        var response = await client.GetAsync("/api/v1/statistics/membership?asOf=2024-06-30");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var after = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(HttpExtensions.Json);
        after.GetProperty("massOrganizations").GetProperty("members").GetInt64().ShouldBe(membersBefore + (220L * MassOrganization.MaxMemberCount));
    }

    [Fact]
    public async Task Update_replaces_the_fields_and_names_are_unique_per_leading_organisation()
    {
        var first = await CreateAsync("Chi hội Phụ nữ Phòng Kế hoạch (thử nghiệm)", "WOMEN_UNION", DemoData.Cell(3), null);
        var duplicate = await office.PostAsJsonAsync(Url, new { name = "chi hoi phu nu phong ke hoach (thu nghiem)", kind = "WOMEN_UNION", leadingOrganizationId = DemoData.Cell(3) }, HttpExtensions.Json);
        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict, "mass_organization.name_taken");

        var unknownLeader = await office.PostAsJsonAsync(Url, new { name = "Công đoàn X", kind = "TRADE_UNION", leadingOrganizationId = Guid.NewGuid() }, HttpExtensions.Json);
        await unknownLeader.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "mass_organization.leading_organization_not_found");

        var put = await office.PutJsonAsync(
            $"{Url}/{first.Id}",
            new { name = "Ban Nữ công Công đoàn Sở (thử nghiệm)", kind = "WOMEN_UNION", leadingOrganizationId = DemoData.CommitteeId, establishedOn = "2012-03-08" },
            "\"1\"");
        var updated = await put.ReadAsync<MassOrganizationDto>();
        updated.Name.ShouldBe("Ban Nữ công Công đoàn Sở (thử nghiệm)");
        updated.LeadingOrganizationId.ShouldBe(DemoData.CommitteeId);
        updated.EstablishedOn.ShouldBe(new DateOnly(2012, 3, 8));
        updated.Version.ShouldBe(2);
        put.Headers.ETag!.Tag.ShouldBe("\"2\"");
    }

    [Fact]
    public async Task Out_of_scope_is_404_and_a_viewer_cannot_write()
    {
        var union = await CreateAsync("Công đoàn cơ sở Trung tâm Dịch vụ việc làm (thử nghiệm phạm vi)", "TRADE_UNION", DemoData.Cell(5), null);
        var secretary = factory.ClientAs("CellSecretary", DemoData.Cell(2));
        var viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);

        await (await secretary.GetAsync($"{Url}/{union.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "mass_organization.not_found");
        await (await secretary.GetAsync($"{Url}?leadingOrganizationId={DemoData.Cell(5)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        var visible = await secretary.GetFromJsonAsync<PagedList<MassOrganizationSummaryDto>>($"{Url}?pageSize=100", HttpExtensions.Json);
        visible!.Items.ShouldAllBe(m => m.LeadingOrganizationId == DemoData.Cell(2));

        (await viewer.GetAsync($"{Url}/{union.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await viewer.PostJsonAsync($"{Url}/{union.Id}/member-counts", new { asOf = "2024-01-01", count = 10 }, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await viewer.PostAsJsonAsync(Url, new { name = "Công đoàn Y", kind = "TRADE_UNION", leadingOrganizationId = DemoData.CommitteeId }, HttpExtensions.Json))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    private async Task<MassOrganizationDto> CreateAsync(string name, string kind, Guid leadingOrganizationId, DateOnly? establishedOn)
    {
        var response = await office.PostAsJsonAsync(Url, new { name, kind, leadingOrganizationId, establishedOn }, HttpExtensions.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.ReadAsync<MassOrganizationDto>();
        response.Headers.Location!.ToString().ShouldBe($"{Url}/{created.Id}");
        return created;
    }

    private async Task<MassOrganizationDto> RecordAsync(MassOrganizationDto massOrganization, string asOf, int count)
    {
        var response = await office.PostJsonAsync($"{Url}/{massOrganization.Id}/member-counts", new { asOf, count }, $"\"{massOrganization.Version}\"");
        return await response.ReadAsync<MassOrganizationDto>();
    }
}
