using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.Membership.Badges;
using PartyCommittee.Application.Membership.Badges.ListEligible;
using PartyCommittee.Application.Membership.Cards;
using PartyCommittee.Application.Membership.Members.GetMemberTimeline;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Cards;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>Party cards and badges over HTTP (ADR 0020): issue, reissue, withdrawal on expulsion; the due list, awards, timeline.</summary>
public sealed class PartyCardApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Members = "/api/v1/members";

    private HttpClient Office => factory.ClientAs(Roles.CommitteeOffice, DemoData.CommitteeId);

    private Task<long> VersionOfAsync(Guid memberId) =>
        factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Version).SingleAsync());

    private async Task<HttpResponseMessage> PostAsync(Guid memberId, string path, object body) =>
        await Office.PostJsonAsync($"{Members}/{memberId}/cards{path}", body, $"\"{await VersionOfAsync(memberId)}\"");

    [Fact]
    public async Task A_card_is_issued_reissued_when_lost_and_withdrawn_on_expulsion()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(3), "Đặng Văn Thẻ", admittedOn: new DateOnly(2015, 3, 2));

        var issued = await PostAsync(memberId, string.Empty, new { number = "55500001", issuedOn = "2016-05-19", decisionNumber = "12-QĐ/TU" });
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        var register = await issued.ReadAsync<PartyCardRegisterDto>();
        register.PartyCardNumber.ShouldBe("55500001");
        register.Cards.Single().Issue.ShouldBe(PartyCardIssue.FirstIssue);
        issued.Headers.ETag!.Tag.ShouldBe($"\"{register.Version}\"");

        var again = await PostAsync(memberId, string.Empty, new { number = "55500002", issuedOn = "2017-01-03" });
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "card.already_issued");

        var reissued = await PostAsync(memberId, "/reissue", new { reason = "LOST", issuedOn = "2020-07-01", decisionNumber = "40-QĐ/TU" });
        reissued.StatusCode.ShouldBe(HttpStatusCode.OK, await reissued.Content.ReadAsStringAsync());
        register = await reissued.ReadAsync<PartyCardRegisterDto>();
        register.Cards.Count.ShouldBe(2);
        register.Cards.Single(c => c.Status == PartyCardStatus.Void).EndReason.ShouldBe(PartyCardEndReason.Lost);
        register.Cards.Single(c => c.Status == PartyCardStatus.Valid).Number.ShouldBe("55500001");

        var expelled = await Office.PostJsonAsync(
            $"{Members}/{memberId}/status-changes", new { status = "EXPELLED", effectiveOn = "2024-03-04", decisionNumber = "9-QĐ/ĐU" }, $"\"{await VersionOfAsync(memberId)}\"");
        expelled.StatusCode.ShouldBe(HttpStatusCode.OK, await expelled.Content.ReadAsStringAsync());

        register = await Office.GetFromJsonAsync<PartyCardRegisterDto>($"{Members}/{memberId}/cards", HttpExtensions.Json);
        register!.PartyCardNumber.ShouldBeNull();
        var withdrawn = register.Cards.Single(c => c.Status == PartyCardStatus.Withdrawn);
        withdrawn.EndedOn.ShouldBe(new DateOnly(2024, 3, 4));
        withdrawn.EndReason.ShouldBe(PartyCardEndReason.Expelled);

        var timeline = await Office.GetFromJsonAsync<MemberTimeline>($"{Members}/{memberId}/timeline", HttpExtensions.Json);
        timeline!.Events.Where(e => e.Source == CardTimelineSource.SourceName).Select(e => (e.Kind, e.Date)).ShouldBe(
            [("card.issued", new DateOnly(2016, 5, 19)), ("card.issued", new DateOnly(2020, 7, 1)), ("card.void", new DateOnly(2020, 7, 1)), ("card.withdrawn", new DateOnly(2024, 3, 4))],
            ignoreOrder: true);
    }

    [Fact]
    public async Task A_probationary_member_gets_no_card_and_nothing_is_written()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(4), "Phan Thị Dự Bị", MemberStatus.Probationary, new DateOnly(2024, 6, 3));
        var version = await VersionOfAsync(memberId);
        await factory.ShouldWriteNothingAsync(async () =>
        {
            var response = await Office.PostJsonAsync($"{Members}/{memberId}/cards", new { number = "55500011", issuedOn = "2024-07-01" }, $"\"{version}\"");
            await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "card.probationary_member");
        });
    }

    [Fact]
    public async Task A_number_held_by_another_member_is_refused_and_a_bad_number_is_a_validation_error()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(3), "Võ Văn Trùng");
        var taken = DemoMembers.All[0].CardNumber;
        var response = await PostAsync(memberId, string.Empty, new { number = taken, issuedOn = "2012-01-03" });
        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "card.number_taken");

        var invalid = await PostAsync(memberId, string.Empty, new { number = "1234", issuedOn = "2012-01-03" });
        await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task The_demo_members_cards_come_from_the_register()
    {
        var demo = DemoMembers.All[0];
        var register = await Office.GetFromJsonAsync<PartyCardRegisterDto>($"{Members}/{demo.Id}/cards", HttpExtensions.Json);
        register!.PartyCardNumber.ShouldBe(demo.CardNumber);
        register.Cards.Single().Status.ShouldBe(PartyCardStatus.Valid);
    }

    [Fact]
    public async Task The_badge_list_of_a_round_names_who_reaches_a_level_and_an_award_takes_the_member_off_it()
    {
        var round = new DateOnly(2025, 9, 2);
        var memberId = await SeniorMemberAsync("Hồ Văn Ba Mươi", new DateOnly(1995, 9, 2));
        var younger = await SeniorMemberAsync("Hồ Văn Chưa Đủ", new DateOnly(1995, 9, 3));

        var list = await Office.GetFromJsonAsync<BadgeEligibilityList>(
            $"/api/v1/party-badges/eligible?organizationId={DemoData.Cell(2)}&roundDate=2025-09-02&pageSize=100", HttpExtensions.Json);
        list!.RuleSet.Code.ShouldBe("HD01-2021");
        list.PreviousRoundDate.ShouldBe(new DateOnly(2025, 5, 19));
        var item = list.Items.Single(i => i.MemberId == memberId);
        item.Years.ShouldBe(30);
        item.SeniorityYears.ShouldBe(30);
        item.NewlyEligible.ShouldBeTrue();
        list.Items.ShouldNotContain(i => i.MemberId == younger);
        list.Items.ShouldAllBe(i => i.SeniorityYears >= i.Years && i.OrganizationId == DemoData.Cell(2));
        list.TotalCount.ShouldBe(list.Items.Count);
        list.CountsByYears.Values.Sum().ShouldBe(list.TotalCount);

        var notRound = await Office.GetAsync($"/api/v1/party-badges/eligible?roundDate=2025-09-03");
        await notRound.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "badge.round_date_invalid");

        var tooEarly = await Office.PostJsonAsync($"{Members}/{younger}/badges", new { years = 30, roundDate = "2025-09-02", decisionNumber = "HH-2" });
        await tooEarly.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "badge.seniority_not_reached");

        var awarded = await Office.PostJsonAsync($"{Members}/{memberId}/badges", new { years = 30, roundDate = "2025-09-02", decisionDate = "2025-08-20", decisionNumber = "HH-1" });
        awarded.StatusCode.ShouldBe(HttpStatusCode.Created, await awarded.Content.ReadAsStringAsync());
        var award = await awarded.ReadAsync<BadgeAwardDto>();
        award.RuleSet!.Code.ShouldBe("HD01-2021");
        var twice = await Office.PostJsonAsync($"{Members}/{memberId}/badges", new { years = 30, roundDate = "2025-11-07" });
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict, "badge.already_awarded");

        list = await Office.GetFromJsonAsync<BadgeEligibilityList>(
            $"/api/v1/party-badges/eligible?organizationId={DemoData.Cell(2)}&roundDate=2025-09-02&pageSize=100", HttpExtensions.Json);
        list!.Items.ShouldNotContain(i => i.MemberId == memberId);
        var badges = await Office.GetFromJsonAsync<List<BadgeAwardDto>>($"{Members}/{memberId}/badges", HttpExtensions.Json);
        badges!.Single().Years.ShouldBe(30);
        var timeline = await Office.GetFromJsonAsync<MemberTimeline>($"{Members}/{memberId}/timeline", HttpExtensions.Json);
        timeline!.Events.ShouldContain(e => e.Kind == "badge.awarded" && e.Date == round);
    }

    /// <summary>A full member of cell 2 admitted long before the cell existed (recorded in it since its establishment).</summary>
    private Task<Guid> SeniorMemberAsync(string fullName, DateOnly admitted) =>
        factory.WithDbAsync(async db =>
        {
            var cell = await db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(2));
            var member = PartyMember.Register(
                Guid.CreateVersion7(),
                new MemberProfile(fullName, Sex.Male, new DateOnly(1970, 3, 2), null, null, Ethnicities.Kinh, null, null,
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
    public async Task The_badge_list_of_the_committee_counts_the_demo_members_who_reach_a_level()
    {
        var round = new DateOnly(2025, 9, 2);
        var list = await Office.GetFromJsonAsync<BadgeEligibilityList>($"/api/v1/party-badges/eligible?roundDate=2025-09-02", HttpExtensions.Json);
        var expected = await factory.WithDbAsync(async db =>
        {
            var awarded = await db.Set<Domain.Membership.Badges.BadgeAward>().Select(a => a.MemberId).ToListAsync();
            return await db.Members.CountAsync(m =>
                m.Status == MemberStatus.Full && m.AdmissionDecisionDate <= round.AddYears(-30) && !awarded.Contains(m.Id));
        });
        expected.ShouldBeGreaterThan(0);
        list!.TotalCount.ShouldBe(expected);
        list.CountsByYears.Values.Sum().ShouldBe(expected);
    }
}
