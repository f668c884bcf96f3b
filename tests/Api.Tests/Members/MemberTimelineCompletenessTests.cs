using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Cards;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Badges;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Issue 8's "done means": the member timeline shows cards, badges, exemptions and suspensions (a source that goes
/// missing fails here), and every membership rule set names its source and dates at <c>GET /api/v1/rule-sets</c>.
/// </summary>
public sealed class MemberTimelineCompletenessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_timeline_shows_the_card_the_badge_the_exemption_and_the_suspension()
    {
        var memberId = await factory.WithDbAsync(async db =>
        {
            var cell = await db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(3));
            var admitted = new DateOnly(1988, 9, 2);
            var member = MemberSeeding.FullMember(cell, "Vương Văn Đủ Dòng", new DateOnly(1960, 3, 2), admitted);
            var today = new DateOnly(2025, 11, 1);
            member.IssueCard("01988902", new DateOnly(2010, 6, 1), "7-QĐ/ĐU");
            member.Suspend(new DateRange(new DateOnly(2022, 3, 1), new DateOnly(2022, 5, 31)), "3-QĐ/UBKT", "Đang bị điều tra", today, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory);
            member.Exempt(MemberConditionKind.Exemption, ExemptionGround.Age, new DateRange(new DateOnly(2024, 1, 2), null), "1-NQ/CB", "Tuổi cao", today, MemberConditionRuleSet.Statutory);
            db.Members.Add(member);
            var roundDate = new DateOnly(2025, 9, 2);
            db.BadgeAwards.Add(BadgeAward.Grant(
                Guid.CreateVersion7(), member, 30, roundDate, BadgeBasis.Recorded, null, "30-QĐ/TU", BadgeRuleSet.Statutory.InForceOn(roundDate), [], null));
            await db.SaveChangesAsync();
            return member.Id;
        });

        var timeline = await factory.ClientAs(Roles.CommitteeOffice, DemoData.CommitteeId)
            .GetFromJsonAsync<JsonElement>($"/api/v1/members/{memberId}/timeline", HttpExtensions.Json);
        var events = timeline.GetProperty("events").EnumerateArray()
            .Select(e => (Kind: e.GetProperty("kind").GetString(), Date: e.GetProperty("date").GetString()))
            .ToList();

        events.ShouldContain(("card.issued", "2010-06-01"));
        events.ShouldContain(("badge.awarded", "2025-09-02"));
        events.ShouldContain(("membership.condition_started", "2022-03-01"));
        events.ShouldContain(("membership.condition_ended", "2022-05-31"));
        events.ShouldContain(("membership.condition_started", "2024-01-02"));
    }

    [Fact]
    public async Task Every_membership_rule_set_names_its_source_and_dates()
    {
        var all = await factory.ClientAs(Roles.Viewer, DemoData.CommitteeId).GetFromJsonAsync<JsonElement>("/api/v1/rule-sets", HttpExtensions.Json);
        var membership = all.EnumerateArray().Where(r => r.GetProperty("module").GetString() == "Membership").ToList();

        var kinds = membership.Select(r => r.GetProperty("kind").GetString()).Distinct().ToList();
        kinds.ShouldContain("membership.admission");
        kinds.ShouldContain("membership.transfer");
        kinds.ShouldContain("membership.readmission");
        kinds.ShouldContain("membership.suspension");
        kinds.ShouldContain("membership.party-badge");
        foreach (var r in membership)
        {
            var code = r.GetProperty("code").GetString();
            code.ShouldNotBeNullOrWhiteSpace();
            var source = r.GetProperty("source").GetString();
            source.ShouldNotBeNullOrWhiteSpace(code);
            // A document number of the party's texts: Quy định / Hướng dẫn / Quyết định / Điều lệ / Kết luận.
            source!.ShouldMatch(@"(QĐ|HD|Điều lệ|KL|QĐi)", code);
            var inForceFrom = DateOnly.Parse(r.GetProperty("inForceFrom").GetString()!, CultureInfo.InvariantCulture);
            if (code!.StartsWith("SETTING-", StringComparison.Ordinal))
            {
                // A setting version before the first text (ADR 0039): no document of its own, in force from the party's
                // founding, and its source says that it is a setting and whose values it takes.
                source.ShouldContain("setting: no text found before", Case.Sensitive, code);
                inForceFrom.ShouldBe(new DateOnly(1930, 2, 3), code);
                r.GetProperty("title").GetProperty("vi").GetString().ShouldNotBeNullOrWhiteSpace(code);
                continue;
            }

            var documentDate = DateOnly.Parse(r.GetProperty("documentDate").GetString()!, CultureInfo.InvariantCulture);
            documentDate.ShouldBeGreaterThan(new DateOnly(1930, 2, 3), code);
            inForceFrom.ShouldBeGreaterThanOrEqualTo(documentDate, code);
            r.GetProperty("title").GetProperty("vi").GetString().ShouldNotBeNullOrWhiteSpace(code);
            r.GetProperty("title").GetProperty("en").GetString().ShouldNotBeNullOrWhiteSpace(code);
        }
    }
}
