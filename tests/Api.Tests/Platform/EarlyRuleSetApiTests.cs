using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Transfers;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Badges;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Membership.Transfers;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.RuleSets.ListRuleSets;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Issue 8, ADR 0039: steps dated before the first text of their rules (re-admission and transfers before 25/7/2016,
/// suspension before 26/7/2016, badges before 28/9/2021) are decided by the SETTING version of their book, named in the
/// response or the problem, never <c>rules.none_in_force</c>. The demo cells exist from 2008, so the steps are dated
/// 2008-2012 for members admitted in 1975 and 1995.
/// </summary>
public sealed class EarlyRuleSetApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Members = "/api/v1/members";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private static string ETag(HttpResponseMessage response) => response.Headers.ETag!.Tag;

    /// <summary>A full member admitted on <paramref name="admitted"/>, recorded in cell 2 since it was established (15/3/2008).</summary>
    private Task<Guid> VeteranAsync(string fullName, DateOnly admitted) =>
        factory.WithDbAsync(async db =>
        {
            var cell = await db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(2));
            var member = PartyMember.Register(
                Guid.CreateVersion7(),
                new MemberProfile(fullName, Sex.Male, new DateOnly(1950, 3, 2), null, null, Ethnicities.Kinh, null, null,
                    GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Advanced, null, null, null, null, false, null, null),
                new AdmissionRecord(admitted, "01-QĐ/ĐU", admitted, admitted.AddYears(1)),
                cell,
                MemberStatus.Full,
                cell.EstablishedOn,
                null);
            db.Members.Add(member);
            await db.SaveChangesAsync();
            return member.Id;
        });

    [Fact]
    public async Task A_member_admitted_in_1995_is_readmitted_before_2016_under_the_named_setting()
    {
        var id = await VeteranAsync("Lê Văn Trở Về", new DateOnly(1995, 5, 19));
        var removed = await office.PostJsonAsync(
            $"{Members}/{id}/status-changes", new { status = "NAME_REMOVED", effectiveOn = "2008-04-01", decisionNumber = "4-QĐ/ĐU", leavingReason = "NO_DUES_OR_ACTIVITIES" }, "\"1\"");
        removed.StatusCode.ShouldBe(HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());

        var early = await office.PostJsonAsync($"{Members}/{id}/readmission", new { decisionDate = "2010-06-01", decisionNumber = "8-QĐ/ĐU", organizationId = DemoData.Cell(2) }, ETag(removed));
        var detail = (await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.readmission_too_early")).GetProperty("detail").GetString()!;
        detail.ShouldContain("2011-04-01");
        detail.ShouldContain("SETTING-BEFORE-QD29-2016");

        var readmitted = await office.PostJsonAsync($"{Members}/{id}/readmission", new { decisionDate = "2011-04-01", decisionNumber = "8-QĐ/ĐU", organizationId = DemoData.Cell(2) }, ETag(removed));
        readmitted.StatusCode.ShouldBe(HttpStatusCode.OK, await readmitted.Content.ReadAsStringAsync());
        var member = await readmitted.ReadAsync<MemberDto>();
        member.Status.ShouldBe(MemberStatus.Probationary);
        member.ReadmissionRuleSet!.Code.ShouldBe("SETTING-BEFORE-QD29-2016");
        member.ReadmissionRuleSet.EffectiveFrom.ShouldBe(EventDates.PartyFounded);
        member.ReadmissionRuleSet.Source.ShouldContain("setting: no text found");

        var read = await (await office.GetAsync($"{Members}/{id}")).ReadAsync<MemberDto>();
        read.ReadmissionRuleSet!.Code.ShouldBe("SETTING-BEFORE-QD29-2016");
    }

    [Fact]
    public async Task A_readmission_after_July_2016_names_the_text()
    {
        var id = await VeteranAsync("Lê Văn Trở Lại Sau", new DateOnly(1995, 5, 19));
        var removed = await office.PostJsonAsync(
            $"{Members}/{id}/status-changes", new { status = "NAME_REMOVED", effectiveOn = "2013-07-25", decisionNumber = "4-QĐ/ĐU", leavingReason = "NO_DUES_OR_ACTIVITIES" }, "\"1\"");
        var readmitted = await office.PostJsonAsync($"{Members}/{id}/readmission", new { decisionDate = "2016-07-25", organizationId = DemoData.Cell(2) }, ETag(removed));

        readmitted.StatusCode.ShouldBe(HttpStatusCode.OK, await readmitted.Content.ReadAsStringAsync());
        (await readmitted.ReadAsync<MemberDto>()).ReadmissionRuleSet!.Code.ShouldBe("QD29-2016");
    }

    [Fact]
    public async Task A_transfer_of_2009_is_governed_by_the_setting()
    {
        var id = await VeteranAsync("Lê Văn Chuyển Đi", new DateOnly(1995, 5, 19));

        var response = await office.PostAsJsonAsync(TransferClient.Url, TransferClient.Outgoing(id, requestedOn: "2009-06-01"), HttpExtensions.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.ReadAsync<TransferDto>()).RuleSet.Code.ShouldBe("SETTING-BEFORE-QD29-2016");
    }

    [Fact]
    public async Task A_suspension_of_2012_is_checked_against_the_setting_and_named()
    {
        var id = await VeteranAsync("Lê Văn Đình Chỉ", new DateOnly(1995, 5, 19));

        var tooLong = await office.PostJsonAsync($"{Members}/{id}/suspensions", new { startsOn = "2012-03-05", endsOn = "2013-03-04", decisionNumber = "1-QĐ/ĐU" }, "\"1\"");
        (await tooLong.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.suspension_too_long")).GetProperty("detail").GetString()!.ShouldContain("SETTING-BEFORE-QD30-2016");

        var ok = await office.PostJsonAsync($"{Members}/{id}/suspensions", new { startsOn = "2012-03-05", endsOn = "2012-05-31", decisionNumber = "1-QĐ/ĐU" }, "\"1\"");
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_badge_of_2010_is_awarded_under_the_setting()
    {
        var id = await VeteranAsync("Lê Văn Huy Hiệu", new DateOnly(1975, 5, 19));

        var awarded = await office.PostJsonAsync($"{Members}/{id}/badges", new { years = 30, roundDate = "2010-09-02", decisionDate = "2010-08-20", decisionNumber = "HH-2010" });

        awarded.StatusCode.ShouldBe(HttpStatusCode.Created, await awarded.Content.ReadAsStringAsync());
        (await awarded.ReadAsync<BadgeAwardDto>()).RuleSet!.Code.ShouldBe("SETTING-BEFORE-HD01-2021");
    }

    [Fact]
    public async Task The_rule_set_list_shows_the_setting_versions_with_their_dates()
    {
        var all = await office.GetFromJsonAsync<List<RuleSetDto>>("/api/v1/rule-sets?kind=membership.readmission", HttpExtensions.Json);

        var setting = all!.Single(r => r.Code == "SETTING-BEFORE-QD29-2016");
        setting.InForceFrom.ShouldBe(new DateOnly(1930, 2, 3));
        setting.InForceUntil.ShouldBe(new DateOnly(2016, 7, 24));
        setting.Parameters["minMonthsOutside"].ShouldBe("36");
        setting.Source.ShouldContain("Thiết lập");
    }

    /// <summary>
    /// Every book of the registry starts on or before the founding of the party, except those listed with the reason
    /// they do not cover every date: a new late-starting book fails here until it gets a setting version or a reason.
    /// </summary>
    [Fact]
    public void Every_rule_book_covers_every_event_date_or_is_listed_with_its_reason()
    {
        var allowed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["calendar.public_holidays"] = "the calendar covers the years it knows (from 1995); earlier dates count weekdays only (TryInForceOn)",
            ["indicators.poverty_standard"] = "household classification exists from the 2016-2020 standard; no step of the party record",
            ["evaluation.annual_ratings"] = "annual ratings are recorded from the 2019 guidance (Hướng dẫn 21-HD/BTCTW) on; a campaign names its year",
            ["evaluation.civil_servant_ratings"] = "civil-servant ratings exist from Nghị định 90/2020/NĐ-CP on; not a party step",
            ["inspection.topics"] = "a catalogue of topics, not limits: before 2011 a case has no statutory topic list (TryInForceOn)",
        };

        var books = factory.Services.GetServices<IRuleBook>().ToList();
        books.Count.ShouldBeGreaterThan(10);
        var late = books
            .Select(b => (b.Kind, First: b.Describe().Min(d => d.InForceFrom)))
            .Where(b => b.First > EventDates.PartyFounded)
            .ToList();

        late.Select(b => b.Kind).Except(allowed.Keys).ShouldBeEmpty("books that start after 1930-02-03 without a reason: " + string.Join(", ", late));
        foreach (var kind in new[] { "membership.readmission", "membership.transfer", "membership.suspension", "membership.exemption", "membership.party-badge",
            "membership.admission", "organization.body_composition", "organization.elections", "evaluation.cell_meetings", "inspection.discipline", "inspection.dues", "inspection.time_limits" })
        {
            books.Single(b => b.Kind == kind).Describe().Min(d => d.InForceFrom).ShouldBe(EventDates.PartyFounded, kind);
        }
    }
}

/// <summary>A deployment's settings for the years before the first text (<c>RuleSets:Settings</c>).</summary>
public sealed class EarlyRuleSetSettingsTests
{
    [Fact]
    public async Task A_configured_setting_changes_the_setting_version_only_and_is_applied()
    {
        using var configured = new SettingsApiFactory(new Dictionary<string, string?> { ["RuleSets:Settings:membership.readmission:minMonthsOutside"] = "48" });
        var office = configured.ClientAs("CommitteeOffice", DemoData.CommitteeId);

        var all = await office.GetFromJsonAsync<List<RuleSetDto>>("/api/v1/rule-sets?kind=membership.readmission", HttpExtensions.Json);
        all!.Single(r => r.Code == "SETTING-BEFORE-QD29-2016").Parameters["minMonthsOutside"].ShouldBe("48");
        all!.Where(r => r.Code != "SETTING-BEFORE-QD29-2016").ShouldAllBe(r => r.Parameters["minMonthsOutside"] == "36");

        var id = await configured.AddMemberAsync(DemoData.Cell(2), "Lê Văn Cấu Hình", admittedOn: new DateOnly(2008, 5, 19));
        var removed = await office.PostJsonAsync(
            $"/api/v1/members/{id}/status-changes", new { status = "NAME_REMOVED", effectiveOn = "2010-01-04", decisionNumber = "4-QĐ/ĐU", leavingReason = "NO_DUES_OR_ACTIVITIES" }, "\"1\"");
        removed.StatusCode.ShouldBe(HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());
        var early = await office.PostJsonAsync($"/api/v1/members/{id}/readmission", new { decisionDate = "2013-01-04", organizationId = DemoData.Cell(2) }, removed.Headers.ETag!.Tag);
        (await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.readmission_too_early")).GetProperty("detail").GetString()!.ShouldContain("2014-01-04");
    }

    [Fact]
    public void An_unknown_parameter_or_a_bad_value_stops_the_start_up()
    {
        static IServiceCollection Configure(string key, string value) => PartyCommittee.Infrastructure.RuleSets.RuleSetSettings.AddRuleSetSettings(
            new ServiceCollection(), new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build());

        Should.Throw<InvalidOperationException>(() => Configure("RuleSets:Settings:membership.readmission:noSuchThing", "1")).Message.ShouldContain("noSuchThing");
        Should.Throw<InvalidOperationException>(() => Configure("RuleSets:Settings:membership.readmission:minMonthsOutside", "-1")).Message.ShouldContain("minMonthsOutside");
        Configure("RuleSets:Settings:membership.readmission:minMonthsOutside", "40").Count.ShouldBe(1);
    }
}
