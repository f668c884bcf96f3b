using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>The demo data reproduces the seed report exactly (read-only: own database).</summary>
public sealed class MembershipStatisticsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string SeedDate = "2020-12-31";

    [Fact]
    public async Task Statistics_of_the_committee_equal_the_seed_reports_figures()
    {
        var stats = await factory.ClientAs("Viewer", DemoData.CommitteeId)
            .GetFromJsonAsync<MembershipStatistics>($"/api/v1/statistics/membership?organizationId={DemoData.CommitteeId}&asOf={SeedDate}", HttpExtensions.Json);

        // 07 chi bộ (04 cơ quan hành chính, 03 đơn vị sự nghiệp)
        stats!.Organizations.ByType.Single(t => t.Code == "PARTY_CELL").Count.ShouldBe(7);
        stats.Organizations.ByUnitKind.Single(k => k.Code == "ADMINISTRATIVE_AGENCY").Count.ShouldBe(4);
        stats.Organizations.ByUnitKind.Single(k => k.Code == "PUBLIC_SERVICE_UNIT").Count.ShouldBe(3);

        // 137 đảng viên, 57 nữ, 03 dân tộc Khmer, 01 Ủy viên BCH Tỉnh ủy
        stats.Members.Total.ShouldBe(137);
        stats.Members.Women.ShouldBe(57);
        stats.Members.BySex.Single(s => s.Code == "FEMALE").Count.ShouldBe(57);
        stats.Members.ByEthnicity.Single(e => e.Code == "05").Count.ShouldBe(3);
        stats.Members.ByEthnicity.Single(e => e.Code == "05").Label.Vi.ShouldBe("Khơ-me");
        stats.Members.ProvincialCommitteeMembers.ShouldBe(1);
        stats.Members.ByStatus.Sum(s => s.Count).ShouldBe(137);
        stats.Members.ByStatus.Single(s => s.Code == "PROBATIONARY").Count.ShouldBe(3);
        stats.Members.ByAgeBand.Sum(b => b.Count).ShouldBe(137);
        stats.Members.BySeniorityBand.Sum(b => b.Count).ShouldBe(137);
        stats.Members.BySeniorityBand.Single(b => b.Code == "PROBATIONARY").Count.ShouldBe(3); // no seniority while probationary
        stats.Members.ByPoliticalTheoryLevel.Sum(b => b.Count).ShouldBe(137);

        // BCH 13 (03 Ủy viên Thường vụ: Bí thư, 01 Phó Bí thư, 01 UVTV kiêm Chủ nhiệm UBKT); UBKT 05
        var executive = stats.Bodies.Single(b => b.Kind == Domain.Organization.BodyKind.ExecutiveCommittee);
        executive.Total.ShouldBe(13);
        executive.Term.ShouldBe("2020–2025");
        var standing = stats.Bodies.Single(b => b.Kind == Domain.Organization.BodyKind.StandingCommittee);
        standing.Total.ShouldBe(3);
        standing.ByRole.Select(r => (r.Code, r.Count)).ShouldBe([("SECRETARY", 1), ("DEPUTY_SECRETARY", 1), ("STANDING_MEMBER", 1)]);
        var inspection = stats.Bodies.Single(b => b.Kind == Domain.Organization.BodyKind.InspectionCommission);
        inspection.Total.ShouldBe(5);
        inspection.ByRole.Select(r => (r.Code, r.Count)).ShouldBe([("INSPECTION_CHAIR", 1), ("INSPECTION_VICE_CHAIR", 1), ("MEMBER", 3)]);

        // 04 Công đoàn cơ sở, 01 Chi đoàn, 01 Hội CCB, 169 đoàn viên, hội viên
        stats.MassOrganizations.Organizations.ShouldBe(6);
        stats.MassOrganizations.Members.ShouldBe(169);
        stats.MassOrganizations.ByKind.Select(k => (k.Kind.ToString(), k.Organizations)).ShouldBe(
            [("TradeUnion", 4), ("YouthUnionCell", 1), ("VeteransAssociation", 1)]);
    }

    [Fact]
    public async Task Statistics_follow_the_scope_and_the_date()
    {
        var cell = await factory.ClientAs("CellSecretary", DemoData.Cell(2))
            .GetFromJsonAsync<MembershipStatistics>($"/api/v1/statistics/membership?asOf={SeedDate}", HttpExtensions.Json);
        cell!.Members.Total.ShouldBe(DemoMembers.PerCell[1]);
        cell.Organizations.Total.ShouldBe(1);
        cell.MassOrganizations.Organizations.ShouldBe(0);

        await (await factory.ClientAs("IndicatorReporter", DemoData.CommitteeId).GetAsync("/api/v1/statistics/membership")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await factory.CreateClient().GetAsync("/api/v1/statistics/membership")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        await (await factory.ClientAs("Viewer", DemoData.CommitteeId).GetAsync("/api/v1/statistics/membership?asOf=1800-01-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        var outOfScope = await factory.ClientAs("CellSecretary", DemoData.Cell(2)).GetAsync($"/api/v1/statistics/membership?organizationId={DemoData.CommitteeId}");
        await outOfScope.ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");

        var before = await factory.ClientAs("Admin", null)
            .GetFromJsonAsync<MembershipStatistics>($"/api/v1/statistics/membership?organizationId={DemoData.CommitteeId}&asOf=2019-12-31", HttpExtensions.Json);
        before!.Members.Total.ShouldBe(134, "the three members admitted in 2020 were not members yet");
        before.Bodies.ShouldBeEmpty("the 2020–2025 term had not started");
    }

    [Fact]
    public async Task Todays_figures_from_the_current_state_equal_the_figures_from_the_dated_history()
    {
        var admin = factory.ClientAs("Admin", null);
        var today = await admin.GetFromJsonAsync<MembershipStatistics>("/api/v1/statistics/membership", HttpExtensions.Json);
        var yesterday = await admin.GetFromJsonAsync<MembershipStatistics>($"/api/v1/statistics/membership?asOf={today!.AsOf.AddDays(-1):yyyy-MM-dd}", HttpExtensions.Json);

        today.Members.Total.ShouldBe(137);
        // Bands by age and seniority can move overnight; everything else must be the same through both paths.
        var (now, before) = (today.Members, yesterday!.Members);
        (now.Total, now.Women, now.ProvincialCommitteeMembers).ShouldBe((before.Total, before.Women, before.ProvincialCommitteeMembers));
        now.BySex.ShouldBe(before.BySex);
        now.ByStatus.ShouldBe(before.ByStatus);
        now.ByEthnicity.ShouldBe(before.ByEthnicity);
        now.ByGeneralEducation.ShouldBe(before.ByGeneralEducation);
        now.ByProfessionalLevel.ShouldBe(before.ByProfessionalLevel);
        now.ByPoliticalTheoryLevel.ShouldBe(before.ByPoliticalTheoryLevel);
        now.ByAgeBand.Sum(b => b.Count).ShouldBe(137);
    }
}
