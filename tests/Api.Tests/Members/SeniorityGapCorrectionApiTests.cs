using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Badges.ListEligible;
using PartyCommittee.Application.Membership.Members.SeniorityGaps;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>Seniority gaps amended or withdrawn by a decision over HTTP: the history is kept, seniority and badges follow.</summary>
public sealed class SeniorityGapCorrectionApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Members = "/api/v1/members";

    private HttpClient Office => factory.ClientAs(Roles.CommitteeOffice, DemoData.CommitteeId);

    private Task<string> ETagAsync(Guid memberId) =>
        factory.WithDbAsync(async db => $"\"{await db.Members.Where(m => m.Id == memberId).Select(m => m.Version).SingleAsync()}\"");

    private async Task<bool> EligibleAsync(Guid memberId)
    {
        var list = await Office.GetFromJsonAsync<BadgeEligibilityList>(
            $"/api/v1/party-badges/eligible?organizationId={DemoData.Cell(3)}&roundDate=2025-09-02&pageSize=100", HttpExtensions.Json);
        return list!.Items.Any(i => i.MemberId == memberId);
    }

    /// <summary>A full member of cell 3 admitted long before the cell existed (recorded in it since its establishment).</summary>
    private Task<Guid> SeniorMemberAsync(string fullName, DateOnly admitted) =>
        factory.WithDbAsync(async db =>
        {
            var cell = await db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(3));
            var member = MemberSeeding.FullMember(cell, fullName, new DateOnly(1970, 3, 2), admitted);
            db.Members.Add(member);
            await db.SaveChangesAsync();
            return member.Id;
        });

    [Fact]
    public async Task A_withdrawn_gap_moves_the_badge_eligibility_back_and_stays_in_the_history()
    {
        // Admitted 2 September 1995: 30 years on the round of 2 September 2025.
        var memberId = await SeniorMemberAsync("Phan Văn Ba Mươi Năm", new DateOnly(1995, 9, 2));
        (await EligibleAsync(memberId)).ShouldBeTrue();

        var recorded = await Office.PostJsonAsync($"{Members}/{memberId}/seniority-gaps", new { reason = "LOST_CONTACT", startsOn = "2005-01-01", endsOn = "2005-01-01" }, await ETagAsync(memberId));
        recorded.StatusCode.ShouldBe(HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());
        (await EligibleAsync(memberId)).ShouldBeFalse();

        var gaps = await Office.GetFromJsonAsync<List<SeniorityGapDto>>($"{Members}/{memberId}/seniority-gaps", HttpExtensions.Json);
        var gap = gaps!.Single();
        gap.InForce.ShouldBeTrue();

        var noDecision = await Office.PostJsonAsync($"{Members}/{memberId}/seniority-gaps/{gap.Id}/withdraw", new { decisionDate = "2025-08-01" }, await ETagAsync(memberId));
        noDecision.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var stale = await Office.PostJsonAsync($"{Members}/{memberId}/seniority-gaps/{gap.Id}/withdraw", new { decisionNumber = "7-QĐ/ĐU", decisionDate = "2025-08-01", decisionReason = "Xác minh lại" }, "\"1\"");
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);

        var withdrawn = await Office.PostJsonAsync($"{Members}/{memberId}/seniority-gaps/{gap.Id}/withdraw", new { decisionNumber = "7-QĐ/ĐU", decisionDate = "2025-08-01", decisionReason = "Xác minh lại: không mất liên lạc" }, await ETagAsync(memberId));
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK, await withdrawn.Content.ReadAsStringAsync());
        var member = await withdrawn.ReadAsync<JsonElement>();
        member.GetProperty("seniority").GetProperty("daysExcluded").GetInt32().ShouldBe(0);
        (await EligibleAsync(memberId)).ShouldBeTrue();

        gaps = await Office.GetFromJsonAsync<List<SeniorityGapDto>>($"{Members}/{memberId}/seniority-gaps", HttpExtensions.Json);
        gaps!.Single().ShouldSatisfyAllConditions(
            g => g.InForce.ShouldBeFalse(),
            g => g.Withdrawn.ShouldBeTrue(),
            g => g.StartsOn.ShouldBe(new DateOnly(2005, 1, 1)),
            g => g.EndedByDecisionNumber.ShouldBe("7-QĐ/ĐU"));
        var again = await Office.PostJsonAsync($"{Members}/{memberId}/seniority-gaps/{gap.Id}/withdraw", new { decisionNumber = "8-QĐ/ĐU", decisionDate = "2025-08-01", decisionReason = "Lần hai" }, await ETagAsync(memberId));
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "member.seniority_gap_already_corrected");
        var timeline = await Office.GetFromJsonAsync<JsonElement>($"{Members}/{memberId}/timeline", HttpExtensions.Json);
        timeline.GetProperty("events").EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "membership.seniority_gap_withdrawn");
    }

    [Fact]
    public async Task An_amended_gap_replaces_the_period_and_seniority_follows()
    {
        var memberId = await SeniorMemberAsync("Phan Thị Sửa Khoảng", new DateOnly(2000, 9, 1));
        var recorded = await Office.PostJsonAsync($"{Members}/{memberId}/seniority-gaps", new { reason = "LOST_CONTACT", startsOn = "2010-01-01", endsOn = "2010-01-31" }, await ETagAsync(memberId));
        recorded.StatusCode.ShouldBe(HttpStatusCode.OK);
        var gap = (await Office.GetFromJsonAsync<List<SeniorityGapDto>>($"{Members}/{memberId}/seniority-gaps", HttpExtensions.Json))!.Single();

        var amended = await Office.PutJsonAsync(
            $"{Members}/{memberId}/seniority-gaps/{gap.Id}",
            new { reason = "TRANSFER_INTERRUPTION", startsOn = "2010-01-01", endsOn = "2010-01-10", documentNumber = "3-KL/ĐU", decisionNumber = "9-QĐ/ĐU", decisionDate = "2025-08-01", decisionReason = "Đối chiếu giấy giới thiệu" },
            await ETagAsync(memberId));
        amended.StatusCode.ShouldBe(HttpStatusCode.OK, await amended.Content.ReadAsStringAsync());
        (await amended.ReadAsync<JsonElement>()).GetProperty("seniority").GetProperty("daysExcluded").GetInt32().ShouldBe(10);
        var countedFrom = await factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.SeniorityCountedFrom).SingleAsync());
        countedFrom.ShouldBe(new DateOnly(2000, 9, 11));

        var gaps = await Office.GetFromJsonAsync<List<SeniorityGapDto>>($"{Members}/{memberId}/seniority-gaps", HttpExtensions.Json);
        gaps!.Count.ShouldBe(2);
        var current = gaps.Single(g => g.InForce);
        current.ShouldSatisfyAllConditions(g => g.AmendsGapId.ShouldBe(gap.Id), g => g.Reason.ShouldBe(SeniorityGapReason.TransferInterruption));
        gaps.Single(g => !g.InForce).ShouldSatisfyAllConditions(g => g.ReplacedByGapId.ShouldBe(current.Id), g => g.EndsOn.ShouldBe(new DateOnly(2010, 1, 31)));

        var unknown = await Office.PutJsonAsync(
            $"{Members}/{memberId}/seniority-gaps/{Guid.NewGuid()}",
            new { reason = "LOST_CONTACT", startsOn = "2011-01-01", endsOn = "2011-01-10", decisionNumber = "9-QĐ/ĐU", decisionDate = "2025-08-01", decisionReason = "x" },
            await ETagAsync(memberId));
        await unknown.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.seniority_gap_not_found");
    }
}
