using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Membership.Reports;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Application.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Engines;

/// <summary>
/// The scenarios that depend on the database engine (translation of queries, concurrency tokens, unique indexes,
/// audit in the same transaction, Vietnamese text), run against each engine the product supports.
/// </summary>
public abstract partial class EngineScenarios
{
    private const string Url = "/api/v1/organizations";

    /// <summary>The API on the engine under test; skips the test when the engine is not available here.</summary>
    protected abstract ApiFactory Api { get; }

    [SkippableFact]
    public async Task Demo_tree_is_migrated_and_seeded()
    {
        // The demo cells were all established by 2013; cells the other scenarios create are later.
        var cells = await Office().GetFromJsonAsync<PagedList<OrganizationDto>>($"{Url}?type=PARTY_CELL&parentId={DemoData.CommitteeId}&activeOn=2014-01-01&pageSize=100", HttpExtensions.Json);

        cells!.Items.Count.ShouldBe(7);
    }

    [SkippableFact]
    public async Task Vietnamese_search_ignores_accents_and_case()
    {
        var found = await Office().GetFromJsonAsync<PagedList<OrganizationDto>>($"{Url}?search=PHONG%20ke%20hoach", HttpExtensions.Json);

        found!.Items.ShouldHaveSingleItem().Name.ShouldBe("Chi bộ Phòng Kế hoạch – Tài chính");
    }

    [SkippableFact]
    public async Task Create_update_stale_update_and_audit()
    {
        var office = Office();
        var code = "CB-ENG-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var created = await (await office.PostAsJsonAsync(Url, new
        {
            code,
            name = "Chi bộ Trung tâm Công tác xã hội",
            type = "PARTY_CELL",
            unitKind = "PUBLIC_SERVICE_UNIT",
            parentId = DemoData.CommitteeId,
            establishedOn = "2017-03-01",
        })).ReadAsync<OrganizationDto>();

        var body = new { name = "Chi bộ Trung tâm Công tác xã hội tỉnh", unitKind = "PUBLIC_SERVICE_UNIT", parentId = DemoData.CommitteeId, establishedOn = "2017-03-01" };
        (await office.PutJsonAsync($"{Url}/{created.Id}", body, "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await office.PutJsonAsync($"{Url}/{created.Id}", body, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        await (await office.PostAsJsonAsync(Url, new { code, name = "Trùng", type = "PARTY_CELL", unitKind = "PUBLIC_SERVICE_UNIT", parentId = DemoData.CommitteeId, establishedOn = "2017-03-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "organization.code_taken");

        var audit = await Api.ClientAs("Admin", null).GetFromJsonAsync<JsonElement>($"/api/v1/audit-entries?entityKey={created.Id}");
        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("action").GetString()).ShouldBe(["Update", "Insert"]);
        entries[0].GetProperty("changes").GetProperty("name").GetProperty("new").GetString().ShouldBe("Chi bộ Trung tâm Công tác xã hội tỉnh");
    }

    [SkippableFact]
    public async Task Concurrent_writers_with_one_etag_produce_one_success()
    {
        var office = Office();
        var created = await (await office.PostAsJsonAsync(Url, new
        {
            code = "CB-RACE-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
            name = "Chi bộ Đua",
            type = "PARTY_CELL",
            unitKind = "ADMINISTRATIVE_AGENCY",
            parentId = DemoData.CommitteeId,
            establishedOn = "2019-01-01",
        })).ReadAsync<OrganizationDto>();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Office().PutJsonAsync(
            $"{Url}/{created.Id}",
            new { name = $"Chi bộ Đua {i}", unitKind = "ADMINISTRATIVE_AGENCY", parentId = DemoData.CommitteeId, establishedOn = "2019-01-01" },
            "\"1\"")));

        results.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        results.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).ShouldBe(5);
    }

    [SkippableFact]
    public async Task Scope_filters_by_materialised_path()
    {
        var secretary = Api.ClientAs("CellSecretary", DemoData.Cell(5));

        var list = await secretary.GetFromJsonAsync<PagedList<OrganizationDto>>(Url, HttpExtensions.Json);

        list!.Items.ShouldHaveSingleItem().Code.ShouldBe("CB-TTDVVL");
    }

    [SkippableFact]
    public async Task Member_search_and_vietnamese_order_are_the_same_on_every_engine()
    {
        var cell = DemoData.Cell(6);
        // Letters only: a search made of digits is a party-card search.
        var suffix = new string([.. Guid.NewGuid().ToString("N")[..5].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);
        foreach (var name in new[] { "Trần Văn Đạt", "Nguyễn Văn Anh", "Phạm Thị Ánh", "Võ Thị Ân" })
        {
            await Api.AddMemberAsync(cell, $"{name} {suffix}");
        }

        // The suffix becomes the given name, so order by the (shared) given name falls to middle and family names.
        var found = await Office().GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?organizationId={cell}&search=VAN%20dat%20{suffix}", HttpExtensions.Json);
        found!.Items.ShouldHaveSingleItem().FullName.ShouldBe($"Trần Văn Đạt {suffix}");

        var all = await Office().GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?organizationId={cell}&search={suffix}&pageSize=100", HttpExtensions.Json);
        all!.Items.Select(m => m.FullName).ShouldBe([$"Phạm Thị Ánh {suffix}", $"Võ Thị Ân {suffix}", $"Nguyễn Văn Anh {suffix}", $"Trần Văn Đạt {suffix}"]);
    }

    [SkippableFact]
    public async Task Membership_statistics_reproduce_the_seed_report()
    {
        var stats = await Office().GetFromJsonAsync<MembershipStatistics>($"/api/v1/statistics/membership?organizationId={DemoData.CommitteeId}&asOf=2020-12-31", HttpExtensions.Json);

        (stats!.Members.Total, stats.Members.Women, stats.Members.ProvincialCommitteeMembers).ShouldBe((137, 57, 1));
        stats.Members.ByEthnicity.Single(e => e.Code == "05").Count.ShouldBe(3);
        stats.MassOrganizations.Members.ShouldBe(169);
    }

    /// <summary>
    /// The statistical forms' projection (ADR 0072: correlated subqueries, a list of cells as a parameter) translates on
    /// the engine and equals the domain's reading of every member loaded whole, for the register, the committee and a
    /// cell, on a past day, a 29 February and today.
    /// </summary>
    [SkippableFact]
    public async Task Statistical_forms_equal_the_domains_reading_of_every_member()
    {
        var admin = Api.ClientAs("Admin", null);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        foreach (var (path, form) in new[] { ("member-quality", StatisticalForm.MemberQuality), ("ethnicity-religion", StatisticalForm.EthnicityReligion) })
        {
            foreach (var root in new Guid?[] { null, DemoData.CommitteeId, DemoData.Cell(1) })
            {
                foreach (var date in new[] { new DateOnly(2020, 12, 31), new DateOnly(2024, 2, 29), today })
                {
                    var actual = await admin.GetFromJsonAsync<StatisticalFormDto>(
                        $"/api/v1/reports/{path}?asOf={date:yyyy-MM-dd}" + (root is { } r ? $"&organizationId={r}" : string.Empty), HttpExtensions.Json);
                    var asOf = form == StatisticalForm.EthnicityReligion ? new DateOnly(date.Year, 12, 31) : date;
                    var expected = await Api.WithDbAsync(db => Members.MembershipFormsReference.ExpectedAsync(db, form, root, asOf));
                    JsonSerializer.Serialize(actual, HttpExtensions.Json).ShouldBe(JsonSerializer.Serialize(expected, HttpExtensions.Json), $"{path} {root} {date}");
                    expected.Rows[0].Values[0].ShouldBeGreaterThan(0);
                }
            }
        }
    }

    /// <summary>
    /// The badge eligibility list's read (ADR 0073: candidates joined to their status periods in member order, gaps,
    /// suspensions and awards by semi-joins, a list of cells as a parameter) translates on the engine, and its pages
    /// equal the domain's reading of every member loaded whole, for the register, the committee and a cell.
    /// </summary>
    [SkippableFact]
    public async Task Badge_eligibility_pages_equal_the_domains_reading_of_every_member()
    {
        var due = 0;
        foreach (var root in new Guid?[] { null, DemoData.CommitteeId, DemoData.Cell(2) })
        {
            foreach (var round in new DateOnly?[] { new(2025, 9, 2), null })
            {
                due += await Members.BadgeEligibilityEqualityTests.ShouldEqualTheDomainsReadingAsync(Api, Api.ClientAs("Admin", null), root, round, pageSize: 7);
            }
        }

        due.ShouldBeGreaterThan(0);
    }

    /// <summary>
    /// A document's coverage (ADR 0075, 0091: the expected from the dated counts' roster rows, the received from the
    /// receipts or member by member, the missing page read and sorted) translates on the engine and equals the roster read
    /// member by member, for the demo year's documents under the committee and a cell.
    /// </summary>
    [SkippableFact]
    public async Task Document_coverage_equals_the_roster_read_member_by_member()
    {
        var received = 0;
        foreach (var document in new[] { 1, 5, 7 })
        {
            foreach (var root in new[] { DemoData.CommitteeId, DemoData.Cell(1) })
            {
                foreach (var asOf in new DateOnly[] { new(2020, 6, 30), new(2020, 12, 31) })
                {
                    received += (await Evaluation.Documents.CoverageEquality.ShouldEqualTheRosterAsync(Api, Api.ClientAs("Admin", null), EvaluationDemoData.DocumentId(document), root, asOf)).Received;
                }
            }
        }

        received.ShouldBeGreaterThan(0, "members present at the meetings that disseminated the documents");
    }

    private HttpClient Office() => Api.ClientAs("CommitteeOffice", DemoData.CommitteeId);
}

/// <summary>The engine scenarios on the embedded default: a SQLite file.</summary>
public sealed class SqliteEngineTests(ApiFactory factory) : EngineScenarios, IClassFixture<ApiFactory>
{
    protected override ApiFactory Api => factory;
}
