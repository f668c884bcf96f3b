using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Application.Organization.ElectedBodies.Timeline;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;
using static PartyCommittee.Api.Tests.ElectedBodies.BodyApi;

namespace PartyCommittee.Api.Tests.ElectedBodies;

/// <summary>Elected bodies over HTTP on a SQLite file: the seed's committee bodies, every seat rule, concurrency and scope.</summary>
public sealed class ElectedBodyApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/elected-bodies";
    private readonly BodyApi api = new(factory);

    [Fact]
    public async Task The_seed_bodies_of_the_2020_2025_term_are_reproduced()
    {
        // Đại hội Đảng bộ Sở lần thứ IX, nhiệm kỳ 2020–2025, as loaded with the demo data.
        var list = await api.Office.GetFromJsonAsync<PagedList<ElectedBodySummaryDto>>($"{Url}?organizationId={DemoData.CommitteeId}&termId={DemoDataSeeder.TermId}", HttpExtensions.Json);
        list!.Items.Select(b => b.Kind).ShouldBe([BodyKind.ExecutiveCommittee, BodyKind.StandingCommittee, BodyKind.InspectionCommission], ignoreOrder: true);
        list.Items.Single(b => b.Kind == BodyKind.StandingCommittee).KindLabel.Vi.ShouldBe("Ban Thường vụ");
        list.Items.ShouldAllBe(b => b.CurrentMemberCount == 0); // the term is over: nobody sits today

        var midTerm = new DateOnly(2023, 1, 1);
        var bch = await api.GetBodyAsync(list.Items.Single(b => b.Kind == BodyKind.ExecutiveCommittee).Id, midTerm);
        bch.Memberships.Count.ShouldBe(13);
        bch.KindLabel.Vi.ShouldBe("Ban Chấp hành");
        bch.TermName.ShouldBe("2020–2025");
        bch.OrganizationName.ShouldBe("Đảng bộ Sở Lao động – Thương binh và Xã hội");
        bch.Memberships.Single(m => m.Role == BodyRole.Secretary).RoleLabel.Vi.ShouldBe("Bí thư");
        bch.Memberships.Single(m => m.Role == BodyRole.DeputySecretary).RoleLabel.ShouldBe(new Domain.Common.BilingualLabel("Phó Bí thư", "Deputy secretary"));
        bch.Memberships.Count(m => m.Role == BodyRole.Member).ShouldBe(11);
        bch.Memberships.ShouldAllBe(m => m.DecisionNumber == "01-NQ/ĐH");

        var btv = await api.GetBodyAsync(list.Items.Single(b => b.Kind == BodyKind.StandingCommittee).Id, midTerm);
        btv.Memberships.Select(m => m.Role).ShouldBe([BodyRole.Secretary, BodyRole.DeputySecretary, BodyRole.StandingMember], ignoreOrder: true);
        btv.Memberships.Select(m => m.MemberId).ShouldAllBe(id => bch.Memberships.Any(e => e.MemberId == id));

        // Ủy viên Thường vụ kiêm Chủ nhiệm Ủy ban Kiểm tra; UBKT 05: chair, vice chair, three members.
        var ubkt = await api.GetBodyAsync(list.Items.Single(b => b.Kind == BodyKind.InspectionCommission).Id, midTerm);
        ubkt.Memberships.Count.ShouldBe(5);
        var chair = ubkt.Memberships.Single(m => m.Role == BodyRole.InspectionChair);
        chair.MemberId.ShouldBe(btv.Memberships.Single(m => m.Role == BodyRole.StandingMember).MemberId);
        chair.RoleLabel.Vi.ShouldBe("Chủ nhiệm Ủy ban Kiểm tra");
        ubkt.Memberships.Count(m => m.Role == BodyRole.InspectionViceChair).ShouldBe(1);
        ubkt.Memberships.Count(m => m.Role == BodyRole.Member).ShouldBe(3);
    }

    [Fact]
    public async Task Get_returns_the_etag_honours_if_none_match_and_as_of_keeps_the_seats_of_that_day()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-ASOF");
        var first = await api.MemberAsync(c.CellA, "Lê Văn Thành");
        var second = await api.MemberAsync(c.CellB, "Mai Thị Phương");
        var executive = await api.AddAsync(c.Executive, first, "SECRETARY", TermStart, new DateOnly(2022, 6, 30));
        executive = await api.AddAsync(executive, second, "SECRETARY", new DateOnly(2022, 7, 1));

        var response = await api.Office.GetAsync($"{Url}/{executive.Id}");
        response.Headers.ETag!.Tag.ShouldBe("\"3\"");
        var again = new HttpRequestMessage(HttpMethod.Get, $"{Url}/{executive.Id}");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        (await api.Office.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        (await api.GetBodyAsync(executive.Id)).Memberships.Count.ShouldBe(2);
        (await api.GetBodyAsync(executive.Id, new DateOnly(2022, 6, 30))).Memberships.ShouldHaveSingleItem().MemberFullName.ShouldBe("Lê Văn Thành");
        var later = await api.GetBodyAsync(executive.Id, new DateOnly(2022, 7, 1));
        later.AsOf.ShouldBe(new DateOnly(2022, 7, 1));
        later.Memberships.ShouldHaveSingleItem().MemberFullName.ShouldBe("Mai Thị Phương");
        (await api.GetBodyAsync(executive.Id, TermEnd.AddDays(1))).Memberships.ShouldBeEmpty();
    }

    [Fact]
    public async Task Ending_a_seat_keeps_its_history_and_is_refused_twice()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-END");
        var member = await api.MemberAsync(c.CellA, "Tô Minh Khang");
        var executive = await api.AddAsync(c.Executive, member, "MEMBER");
        var seat = executive.Memberships.Single();

        var ended = await (await api.TryEndAsync(executive, seat.Id, new DateOnly(2023, 6, 30))).ReadAsync<ElectedBodyDto>();
        ended.Version.ShouldBe(executive.Version + 1);
        ended.Memberships.Single().EndsOn.ShouldBe(new DateOnly(2023, 6, 30));
        (await api.GetBodyAsync(executive.Id, new DateOnly(2023, 7, 1))).Memberships.ShouldBeEmpty();

        await (await api.TryEndAsync(ended, seat.Id, new DateOnly(2023, 7, 31))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "body.membership_already_ended");
        await (await api.TryEndAsync(ended, Guid.NewGuid(), new DateOnly(2023, 7, 31))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "body.membership_not_found");
    }

    [Fact]
    public async Task Ending_a_seat_before_it_starts_or_after_the_term_is_refused()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-ENDX");
        var executive = await api.AddAsync(c.Executive, await api.MemberAsync(c.CellA, "Lưu Thị Hạnh"), "MEMBER", new DateOnly(2021, 1, 1));
        var seat = executive.Memberships.Single();

        await (await api.TryEndAsync(executive, seat.Id, new DateOnly(2020, 12, 31))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.membership_ends_before_start");
        await (await api.TryEndAsync(executive, seat.Id, TermEnd.AddDays(1))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.outside_term");
    }

    // ---- Seat rules ----------------------------------------------------------------------------------------------

    [Fact]
    public async Task A_role_the_body_does_not_have_is_422()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-ROLE");
        var member = await api.MemberAsync(c.CellA, "Cao Văn Lợi");

        var problem = await (await api.TryAddAsync(c.Executive, member, "STANDING_MEMBER")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.role_not_allowed");
        problem.GetProperty("detail").GetString()!.ShouldContain("SECRETARY, DEPUTY_SECRETARY, MEMBER");
        await (await api.TryAddAsync(c.Inspection, member, "SECRETARY")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.role_not_allowed");

        (await api.GetBodyAsync(c.Executive.Id)).Version.ShouldBe(c.Executive.Version);
    }

    [Fact]
    public async Task A_second_secretary_at_the_same_time_is_409()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-SEC");
        var executive = await api.AddAsync(c.Executive, await api.MemberAsync(c.CellA, "Đinh Công Tráng"), "SECRETARY");

        var response = await api.TryAddAsync(executive, await api.MemberAsync(c.CellB, "Quách Thị Mai"), "SECRETARY", new DateOnly(2022, 1, 1));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "body.secretary_exists");
        (await api.GetBodyAsync(executive.Id)).Memberships.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_second_inspection_chair_at_the_same_time_is_409()
    {
        var c = await api.WithExecutiveAsync(await api.NewCommitteeWithBodiesAsync("DBT-CHAIR"), 8);
        var first = await api.MemberAsync(c.CellA, "Lâm Quang Vinh");
        var second = await api.MemberAsync(c.CellB, "Tạ Thị Hoa");
        var executive = await api.AddAsync(c.Executive, first, "MEMBER");
        executive = await api.AddAsync(executive, second, "MEMBER");
        var standing = await api.AddAsync(c.Standing, first, "STANDING_MEMBER");
        await api.AddAsync(standing, second, "STANDING_MEMBER");
        var inspection = await api.AddAsync(c.Inspection, first, "INSPECTION_CHAIR");

        await (await api.TryAddAsync(inspection, second, "INSPECTION_CHAIR")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "body.inspection_chair_exists");
    }

    [Fact]
    public async Task A_member_with_a_current_seat_cannot_take_a_second_one_in_the_same_body()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-TWICE");
        var member = await api.MemberAsync(c.CellA, "Phan Thanh Bình");
        var executive = await api.AddAsync(c.Executive, member, "MEMBER");

        await (await api.TryAddAsync(executive, member, "DEPUTY_SECRETARY", new DateOnly(2022, 1, 1))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "body.already_member");
    }

    [Theory]
    [InlineData("2020-04-09", null)]
    [InlineData("2020-04-10", "2025-04-10")]
    [InlineData("2025-04-10", null)]
    public async Task Seats_outside_the_term_are_422(string startsOn, string? endsOn)
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-OUT-" + startsOn[..4] + (endsOn is null ? "O" : "C"));
        var member = await api.MemberAsync(c.CellA, "Kha Văn Lực");

        var response = await api.TryAddAsync(c.Executive, member, "MEMBER", DateOnly.Parse(startsOn, CultureInfo.InvariantCulture), endsOn is null ? null : DateOnly.Parse(endsOn, CultureInfo.InvariantCulture));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.outside_term");
        problem.GetProperty("detail").GetString()!.ShouldContain("2020–2025");
    }

    [Fact]
    public async Task A_seat_ending_before_it_starts_is_422()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-ORDER");

        var response = await api.TryAddAsync(c.Executive, await api.MemberAsync(c.CellA, "Ông Văn Đức"), "MEMBER", new DateOnly(2022, 1, 2), new DateOnly(2022, 1, 1));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.membership_ends_before_start");
    }

    [Fact]
    public async Task Only_party_members_of_the_organisation_sit_on_its_bodies()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-FOREIGN");
        var fromAnotherCommitteeCell = await api.MemberAsync(DemoData.Cell(1), "Triệu Văn Khánh");
        var expelled = await api.MemberAsync(c.CellA, "Giang Thị Thảo");
        await factory.WithDbAsync(async db =>
        {
            var member = await db.Members.Include(m => m.StatusHistory).SingleAsync(m => m.Id == expelled);
            member.ChangeStatus(MemberStatus.Expelled, new DateOnly(2019, 12, 1), "99-QĐ/UBKT", "Vi phạm");
            return await db.SaveChangesAsync();
        });

        await (await api.TryAddAsync(c.Executive, fromAnotherCommitteeCell, "MEMBER")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.member_not_in_organization");
        await (await api.TryAddAsync(c.Executive, expelled, "MEMBER")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.member_not_in_organization");
        await (await api.TryAddAsync(c.Executive, Guid.NewGuid(), "MEMBER")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.member_not_found");
    }

    [Fact]
    public async Task A_standing_member_must_sit_on_the_executive_committee_of_the_term()
    {
        var c = await api.WithExecutiveAsync(await api.NewCommitteeWithBodiesAsync("DBT-BTV"), 8);
        var member = await api.MemberAsync(c.CellA, "Hà Văn Quyết");

        await (await api.TryAddAsync(c.Standing, member, "STANDING_MEMBER")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.standing_requires_executive");

        await api.AddAsync(c.Executive, member, "MEMBER");
        (await api.AddAsync(c.Standing, member, "STANDING_MEMBER")).Memberships.ShouldHaveSingleItem().Role.ShouldBe(BodyRole.StandingMember);
    }

    [Fact]
    public async Task The_inspection_chair_must_sit_on_the_standing_committee()
    {
        var c = await api.WithExecutiveAsync(await api.NewCommitteeWithBodiesAsync("DBT-UBKT"), 8);
        var member = await api.MemberAsync(c.CellB, "Nguyễn Thị Kiều Oanh");
        await api.AddAsync(c.Executive, member, "MEMBER");

        var problem = await (await api.TryAddAsync(c.Inspection, member, "INSPECTION_CHAIR")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.inspection_chair_requires_standing");
        problem.GetProperty("detail").GetString()!.ShouldContain("Ủy viên Ban Thường vụ");

        await api.AddAsync(c.Standing, member, "STANDING_MEMBER");
        (await api.AddAsync(c.Inspection, member, "INSPECTION_CHAIR")).Memberships.ShouldHaveSingleItem().Role.ShouldBe(BodyRole.InspectionChair);
    }

    [Fact]
    public async Task Rule_messages_follow_the_language_of_the_request()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-LANG");
        var english = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId, language: "en");
        var member = await api.MemberAsync(c.CellA, "Văn Thị Hồng");

        var response = await english.PostJsonAsync($"{Url}/{c.Standing.Id}/memberships", new { memberId = member, role = "STANDING_MEMBER", startsOn = TermStart }, $"\"{c.Standing.Version}\"");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.standing_requires_executive");
        problem.GetProperty("detail").GetString().ShouldBe("A standing committee member must be a member of the executive committee of the same term on 2020-04-10.");
    }

    // ---- Constituting bodies -------------------------------------------------------------------------------------

    [Fact]
    public async Task Bodies_follow_the_kind_of_organisation_and_the_term()
    {
        var (committee, cellA, _) = await api.NewCommitteeAsync("DBT-KIND");
        var term = await api.CreateTermAsync(committee);
        var cellTerm = await api.CreateTermAsync(cellA);

        await (await Post(committee, term.Id, "CELL_COMMITTEE")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.kind_not_allowed");
        await (await Post(cellA, cellTerm.Id, "EXECUTIVE_COMMITTEE")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.kind_not_allowed");
        await (await Post(cellA, term.Id, "CELL_COMMITTEE")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.term_not_of_organization");
        await (await Post(committee, Guid.NewGuid(), "EXECUTIVE_COMMITTEE")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.term_not_found");

        var created = await Post(committee, term.Id, "EXECUTIVE_COMMITTEE");
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await created.ReadAsync<ElectedBodyDto>();
        created.Headers.Location!.ToString().ShouldBe($"{Url}/{body.Id}");
        created.Headers.ETag!.Tag.ShouldBe("\"1\"");
        body.Memberships.ShouldBeEmpty();

        await (await Post(committee, term.Id, "EXECUTIVE_COMMITTEE")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "body.already_exists");
        (await api.CreateBodyAsync(cellA, cellTerm.Id, "CELL_COMMITTEE")).KindLabel.Vi.ShouldBe("Chi ủy");

        Task<HttpResponseMessage> Post(Guid organizationId, Guid termId, string kind) =>
            api.Office.PostAsJsonAsync(Url, new { organizationId, termId, kind }, HttpExtensions.Json);
    }

    [Fact]
    public async Task A_cell_committee_takes_the_cells_members_only()
    {
        var (_, cellA, cellB) = await api.NewCommitteeAsync("DBT-CELL");
        var term = await api.CreateTermAsync(cellA, "2022–2025", new DateOnly(2022, 5, 1), new DateOnly(2025, 4, 30), null);
        var cellCommittee = await api.CreateBodyAsync(cellA, term.Id, "CELL_COMMITTEE");

        await (await api.TryAddAsync(cellCommittee, await api.MemberAsync(cellB, "Lý Văn Bền"), "MEMBER", new DateOnly(2022, 5, 1)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.member_not_in_organization");
        var secretary = await api.AddAsync(cellCommittee, await api.MemberAsync(cellA, "Sơn Thị Ngọc Bích"), "SECRETARY", new DateOnly(2022, 5, 1));
        secretary.Memberships.ShouldHaveSingleItem().RoleLabel.En.ShouldBe("Secretary");
    }

    [Fact]
    public async Task The_list_validates_its_parameters_and_counts_the_seats_held_today()
    {
        var (committee, cellA, _) = await api.NewCommitteeAsync("DBT-LIST");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var term = await api.CreateTermAsync(committee, "Hiện tại", today.AddYears(-1), today.AddYears(4), 10);
        var executive = await api.CreateBodyAsync(committee, term.Id, "EXECUTIVE_COMMITTEE");
        executive = await api.AddAsync(executive, await api.MemberAsync(cellA, "Đoàn Văn Hậu"), "SECRETARY", today.AddYears(-1));
        await api.AddAsync(executive, await api.MemberAsync(cellA, "Quan Thị Lụa"), "MEMBER", today.AddYears(-1), today.AddDays(-1));

        var list = await api.Office.GetFromJsonAsync<PagedList<ElectedBodySummaryDto>>($"{Url}?organizationId={committee}", HttpExtensions.Json);
        list!.Items.ShouldHaveSingleItem().CurrentMemberCount.ShouldBe(1);

        await (await api.Office.GetAsync($"{Url}?kind=POLITBURO")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await api.Office.GetAsync($"{Url}?sort=secret")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await api.Office.GetAsync($"{Url}?organizationId={Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
    }

    // ---- Concurrency, roles and scope ----------------------------------------------------------------------------

    [Fact]
    public async Task Seat_changes_need_if_match_428_and_a_stale_etag_is_412()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-ETAG");
        var first = await api.MemberAsync(c.CellA, "Khúc Văn Hải");
        var second = await api.MemberAsync(c.CellA, "Mạc Thị Xuân");

        var missing = await api.Office.PostJsonAsync($"{Url}/{c.Executive.Id}/memberships", new { memberId = first, role = "MEMBER", startsOn = TermStart });
        await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");

        var executive = await api.AddAsync(c.Executive, first, "MEMBER");
        executive.Version.ShouldBe(2);

        await (await api.TryAddAsync(executive, second, "MEMBER", ifMatch: "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        var seat = executive.Memberships.Single();
        await (await api.TryEndAsync(executive, seat.Id, new DateOnly(2022, 1, 1), ifMatch: "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        var endWithout = await api.Office.PostJsonAsync($"{Url}/{executive.Id}/memberships/{seat.Id}/end", new { endsOn = "2022-01-01" });
        await endWithout.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");

        var stored = await api.GetBodyAsync(executive.Id);
        stored.Version.ShouldBe(2);
        stored.Memberships.ShouldHaveSingleItem().EndsOn.ShouldBeNull();
    }

    [Fact]
    public async Task Concurrent_seat_changes_with_one_etag_produce_one_success()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-RACE");
        var members = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            members.Add(await api.MemberAsync(i % 2 == 0 ? c.CellA : c.CellB, $"Nguyễn Văn Đồng {(char)('A' + i)}"));
        }

        var responses = await Task.WhenAll(members.Select(m => api.TryAddAsync(c.Executive, m, "MEMBER")));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).ShouldBe(3);
        (await api.GetBodyAsync(c.Executive.Id)).Memberships.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_write_403()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-VIEW");
        var viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);
        var member = await api.MemberAsync(c.CellA, "Lục Văn Tiến");

        (await viewer.GetAsync($"{Url}/{c.Executive.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await viewer.PostJsonAsync($"{Url}/{c.Executive.Id}/memberships", new { memberId = member, role = "MEMBER", startsOn = TermStart }, "\"1\""))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await viewer.PostAsJsonAsync(Url, new { organizationId = c.Committee, termId = c.Term.Id, kind = "EXECUTIVE_COMMITTEE" }, HttpExtensions.Json))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await viewer.PostAsJsonAsync($"/api/v1/organizations/{c.Committee}/terms", new { name = "2025–2030", startsOn = "2025-04-10", endsOn = "2030-04-09" }, HttpExtensions.Json))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        (await api.GetBodyAsync(c.Executive.Id)).Memberships.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_cell_secretary_gets_404_for_the_committees_bodies_and_terms()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-SCOPE");
        var secretary = factory.ClientAs("CellSecretary", DemoData.Cell(2));

        await (await secretary.GetAsync($"{Url}/{c.Executive.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "body.not_found");
        await (await secretary.GetAsync($"/api/v1/terms/{c.Term.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "term.not_found");
        await (await secretary.GetAsync($"/api/v1/organizations/{DemoData.CommitteeId}/terms")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");
        await (await secretary.GetAsync($"{Url}?organizationId={DemoData.CommitteeId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");

        var visible = await secretary.GetFromJsonAsync<PagedList<ElectedBodySummaryDto>>($"{Url}?pageSize=100", HttpExtensions.Json);
        visible!.Items.ShouldAllBe(b => b.OrganizationId == DemoData.Cell(2));

        // Its own cell's committee is in scope.
        var cellTerm = await api.CreateTermAsync(DemoData.Cell(2), "2022–2025", new DateOnly(2022, 5, 1), new DateOnly(2025, 4, 30), null);
        var cellCommittee = await api.CreateBodyAsync(DemoData.Cell(2), cellTerm.Id, "CELL_COMMITTEE");
        (await secretary.GetAsync($"{Url}/{cellCommittee.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    // ---- Timeline and reference lists ----------------------------------------------------------------------------

    [Fact]
    public async Task Seats_appear_on_the_members_timeline_in_the_callers_language()
    {
        var c = await api.NewCommitteeWithBodiesAsync("DBT-TIME");
        var member = await api.MemberAsync(c.CellA, "Thái Văn Nguyên");
        var executive = await api.AddAsync(c.Executive, member, "DEPUTY_SECRETARY");
        await api.TryEndAsync(executive, executive.Memberships.Single().Id, new DateOnly(2024, 3, 31));

        await using var scope = factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IMemberTimelineSource>().OfType<BodyTimelineSource>().ShouldHaveSingleItem();
        var culture = CultureInfo.CurrentUICulture;
        IReadOnlyList<TimelineEvent> vietnamese;
        IReadOnlyList<TimelineEvent> english;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("vi");
            vietnamese = await source.GetEventsAsync(member, CancellationToken.None);
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            english = await source.GetEventsAsync(member, CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        vietnamese.Select(e => (e.Date, e.Kind)).ShouldBe([(TermStart, "body.joined"), (new DateOnly(2024, 3, 31), "body.left")]);
        vietnamese.ShouldAllBe(e => e.Source == "bodies");
        vietnamese[0].Title.ShouldBe("Bắt đầu giữ chức Phó Bí thư – Ban Chấp hành Đảng bộ bộ phận thử nghiệm DBT-TIME (nhiệm kỳ 2020–2025)");
        vietnamese[0].DocumentNumber.ShouldBe("01-NQ/ĐH");
        vietnamese[0].Details["role"].ShouldBe("DEPUTY_SECRETARY");
        english[1].Title.ShouldBe("Left office as Deputy secretary – Executive committee Đảng bộ bộ phận thử nghiệm DBT-TIME (term 2020–2025)");
    }

    [Fact]
    public async Task Reference_lists_give_the_kinds_and_roles_with_both_labels()
    {
        var kinds = (await api.Office.GetFromJsonAsync<List<CodeLabel>>("/api/v1/reference/body-kinds", HttpExtensions.Json))!;
        kinds.Select(k => k.Code).ShouldBe(["EXECUTIVE_COMMITTEE", "STANDING_COMMITTEE", "INSPECTION_COMMISSION", "CELL_COMMITTEE"]);
        kinds[2].Label.Vi.ShouldBe("Ủy ban Kiểm tra");

        var roles = await api.Office.GetFromJsonAsync<List<CodeLabel>>("/api/v1/reference/body-roles", HttpExtensions.Json);
        roles!.Single(r => r.Code == "STANDING_MEMBER").Label.Vi.ShouldBe("Ủy viên Ban Thường vụ");

        var massKinds = await api.Office.GetFromJsonAsync<List<CodeLabel>>("/api/v1/reference/mass-organization-kinds", HttpExtensions.Json);
        massKinds!.Single(k => k.Code == "TRADE_UNION").Label.Vi.ShouldBe("Công đoàn cơ sở");
    }
}
