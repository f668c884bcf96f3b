using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Membership.Members.GetMemberTimeline;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>/api/v1/members over HTTP on a SQLite file: records, search, order, masking, status rules, timeline.</summary>
public sealed class MemberApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/members";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Fact]
    public async Task Create_returns_the_record_with_etag_and_seniority()
    {
        var response = await office.PostAsJsonAsync(Url, NewMember("Đoàn Thị Mỹ Duyên", "61234567", "094185000111"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var member = await response.ReadAsync<MemberDto>();
        member.FamilyName.ShouldBe("Đoàn");
        member.MiddleName.ShouldBe("Thị Mỹ");
        member.GivenName.ShouldBe("Duyên");
        member.Status.ShouldBe(MemberStatus.Full);
        member.StatusLabel.Vi.ShouldBe("Đảng viên chính thức");
        member.Ethnicity.Vi.ShouldBe("Kinh");
        member.OrganizationName.ShouldBe("Chi bộ Thanh tra Sở");
        member.SeniorityYears!.Value.ShouldBeGreaterThanOrEqualTo(16);
        member.PersonalDataMasked.ShouldBeFalse();
        member.CitizenId.ShouldBe("094185000111");
    }

    [Fact]
    public async Task Invalid_fields_are_400_with_codes_and_duplicates_409()
    {
        var bad = await office.PostAsJsonAsync(Url, NewMember("Lê Văn Sai", "1234", "12") with { EthnicityCode = "99", DateOfBirth = new DateOnly(2000, 1, 1) });
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var codes = problem.GetProperty("errorDetails").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        codes.ShouldContain("member.card_number_invalid");
        codes.ShouldContain("member.citizen_id_invalid");
        codes.ShouldContain("member.ethnicity_unknown");
        codes.ShouldNotContain("member.too_young"); // the domain's rule (under the admission rule set in force), once: 422 below

        var young = await office.PostAsJsonAsync(Url, NewMember("Lê Văn Trẻ", null, null) with { DateOfBirth = new DateOnly(2000, 1, 1) });
        (await young.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.too_young")).GetProperty("detail").GetString()!.ShouldContain("18");

        (await office.PostAsJsonAsync(Url, NewMember("Lê Văn Một", "71234567", "094185000222"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var duplicate = await office.PostAsJsonAsync(Url, NewMember("Lê Văn Hai", "71234567", "094185000333"));
        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict, "member.card_number_taken");
    }

    [Fact]
    public async Task A_member_belongs_to_a_cell_not_to_the_committee()
    {
        var response = await office.PostAsJsonAsync(Url, NewMember("Lê Văn Ba", null, null) with { OrganizationId = DemoData.CommitteeId });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.organization_not_a_cell");
    }

    [Theory]
    [InlineData("nguyen van an")]
    [InlineData("NGUYỄN VĂN AN")]
    [InlineData("Nguyen Van An")]
    [InlineData("van an")]
    public async Task Search_ignores_accents_and_case(string search)
    {
        var cell = await CreateCellAsync("CB-SEARCH-" + Math.Abs(search.GetHashCode(StringComparison.Ordinal) % 100000));
        await factory.AddMemberAsync(cell, "Nguyễn Văn An");
        await factory.AddMemberAsync(cell, "Nguyễn Văn Bình");

        var page = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?organizationId={cell}&search={Uri.EscapeDataString(search)}", HttpExtensions.Json);

        page!.Items.ShouldHaveSingleItem().FullName.ShouldBe("Nguyễn Văn An");
    }

    [Fact]
    public async Task D_finds_dj_and_the_default_order_is_vietnamese()
    {
        var cell = await CreateCellAsync("CB-ORDER");
        foreach (var name in new[] { "Trần Văn Đạt", "Lê Thị Dung", "Nguyễn Văn Anh", "Phạm Thị Ánh", "Võ Thị Ân", "Bùi Văn Ba", "Đặng Văn Dũng", "Lý Thị Ẩn" })
        {
            await factory.AddMemberAsync(cell, name);
        }

        var dat = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?organizationId={cell}&search=dat", HttpExtensions.Json);
        dat!.Items.ShouldHaveSingleItem().FullName.ShouldBe("Trần Văn Đạt");

        var all = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?organizationId={cell}&pageSize=100", HttpExtensions.Json);
        // given name first (Vietnamese alphabet: a < ă < â, d < đ; tones after letters), then middle, then family name
        all!.Items.Select(m => m.FullName).ShouldBe(["Nguyễn Văn Anh", "Phạm Thị Ánh", "Võ Thị Ân", "Lý Thị Ẩn", "Bùi Văn Ba", "Lê Thị Dung", "Đặng Văn Dũng", "Trần Văn Đạt"]);

        var descending = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?organizationId={cell}&pageSize=100&sort=-name", HttpExtensions.Json);
        descending!.Items.Select(m => m.FullName).ShouldBe(all.Items.Select(m => m.FullName).Reverse());
    }

    [Fact]
    public async Task Personal_data_is_masked_for_roles_that_do_not_need_it_and_unmasked_reads_are_audited()
    {
        var created = await (await office.PostAsJsonAsync(Url, NewMember("Hồ Thị Kim Liên", "81234567", "094185000444") with { Phone = "0912345678", Address = "12 Trần Hưng Đạo", Religion = "Phật giáo" }))
            .ReadAsync<MemberDto>();

        var viewer = await factory.ClientAs("Viewer", DemoData.CommitteeId).GetFromJsonAsync<MemberDto>($"{Url}/{created.Id}", HttpExtensions.Json);
        viewer!.PersonalDataMasked.ShouldBeTrue();
        viewer.DateOfBirth.ShouldBeNull();
        viewer.BirthYear.ShouldBe(1985);
        viewer.CitizenId.ShouldBe("*********444");
        viewer.Phone.ShouldBe("*******678");
        viewer.Address.ShouldBeNull();
        viewer.Religion.ShouldBeNull();

        var inspector = await factory.ClientAs("InspectionCommission", DemoData.CommitteeId, subject: "ubkt-reader").GetFromJsonAsync<MemberDto>($"{Url}/{created.Id}", HttpExtensions.Json);
        inspector!.PersonalDataMasked.ShouldBeFalse();
        inspector.CitizenId.ShouldBe("094185000444");
        inspector.Address.ShouldBe("12 Trần Hưng Đạo");

        var audit = await factory.ClientAs("Admin", null).GetFromJsonAsync<JsonElement>($"/api/v1/audit-entries?entityKey={created.Id}&userId=ubkt-reader");
        audit.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("action").GetString() == "Read");
    }

    [Fact]
    public async Task A_probationary_member_cannot_be_expelled_and_the_problem_names_the_rule()
    {
        var id = await factory.AddMemberAsync(DemoData.Cell(3), "Dương Văn Dự", MemberStatus.Probationary, new DateOnly(2026, 3, 1), new DateOnly(1998, 1, 1));

        var response = await office.PostJsonAsync($"{Url}/{id}/status-changes", new { status = "EXPELLED", effectiveOn = "2026-06-01", decisionNumber = "12-QĐ/ĐU" }, "\"1\"");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.probationary_cannot_be_expelled");
        problem.GetProperty("detail").GetString()!.ShouldContain("xóa tên");

        var removed = await office.PostJsonAsync($"{Url}/{id}/status-changes", new { status = "NAME_REMOVED", effectiveOn = "2026-06-01", decisionNumber = "12-QĐ/ĐU", reason = "Không đủ tư cách" }, "\"1\"");
        (await removed.ReadAsync<MemberDto>()).Status.ShouldBe(MemberStatus.NameRemoved);

        var again = await office.PostJsonAsync($"{Url}/{id}/status-changes", new { status = "FULL", effectiveOn = "2026-07-01" }, "\"2\"");
        await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.status_transition_not_allowed");
    }

    [Fact]
    public async Task Full_membership_waits_for_the_end_of_probation_and_names_the_rule_set()
    {
        var id = await factory.AddMemberAsync(DemoData.Cell(4), "Cao Thị Thu Hà", MemberStatus.Probationary, new DateOnly(2024, 9, 2), new DateOnly(1996, 4, 4));

        var early = await office.PostJsonAsync($"{Url}/{id}/full-membership", new { recognizedOn = "2025-08-30", decisionNumber = "20-QĐ/ĐU" }, "\"1\"");
        var problem = await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "member.probation_not_complete");
        problem.GetProperty("detail").GetString()!.ShouldContain("2025-09-02");

        var ok = await office.PostJsonAsync($"{Url}/{id}/full-membership", new { recognizedOn = "2025-09-15", decisionNumber = "21-QĐ/ĐU" }, "\"1\"");
        var result = await ok.ReadAsync<JsonElement>();
        result.GetProperty("member").GetProperty("status").GetString().ShouldBe("FULL");
        // Full from the end of the probation, not from the (later) decision; the probation is fixed by the rule set in force on the ceremony.
        result.GetProperty("member").GetProperty("fullMembershipDate").GetString().ShouldBe("2025-09-02");
        result.GetProperty("member").GetProperty("status").GetString().ShouldBe("FULL");
        result.GetProperty("ruleSet").GetProperty("code").GetString().ShouldBe("QD24-2021");
    }

    [Fact]
    public async Task Update_requires_if_match_and_refuses_a_stale_one()
    {
        var created = await (await office.PostAsJsonAsync(Url, NewMember("Tôn Nữ Hoàng Yến", "91234567", "094185000555"))).ReadAsync<MemberDto>();
        var update = AsUpdate(NewMember("Tôn Nữ Hoàng Yến", "91234567", "094185000555") with { Position = "Trưởng phòng" });

        await (await office.PutJsonAsync($"{Url}/{created.Id}", update, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
        (await (await office.PutJsonAsync($"{Url}/{created.Id}", update, "\"1\"")).ReadAsync<MemberDto>()).Position.ShouldBe("Trưởng phòng");
        await (await office.PutJsonAsync($"{Url}/{created.Id}", update, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
    }

    [Fact]
    public async Task Scope_and_roles_apply_to_members()
    {
        var id = await factory.AddMemberAsync(DemoData.Cell(1), "Mai Văn Phạm Vi");

        await (await factory.ClientAs("CellSecretary", DemoData.Cell(2)).GetAsync($"{Url}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        (await factory.ClientAs("CellSecretary", DemoData.Cell(1)).GetAsync($"{Url}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await factory.ClientAs("Viewer", DemoData.CommitteeId).PostAsJsonAsync(Url, NewMember("Ai Đó", null, null))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await factory.ClientAs("Member", DemoData.Cell(1)).GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        var secretaryList = await factory.ClientAs("CellSecretary", DemoData.Cell(2)).GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?pageSize=100", HttpExtensions.Json);
        secretaryList!.Items.ShouldAllBe(m => m.OrganizationId == DemoData.Cell(2));
        secretaryList.TotalCount.ShouldBeGreaterThanOrEqualTo(DemoMembers.PerCell[1]);
    }

    [Fact]
    public async Task Timeline_lists_the_members_dated_events_in_order()
    {
        var id = await factory.AddMemberAsync(DemoData.Cell(5), "Lâm Thị Ngọc Trâm", MemberStatus.Full, new DateOnly(2011, 4, 1));
        (await office.PostJsonAsync($"{Url}/{id}/status-changes", new { status = "DECEASED", effectiveOn = "2025-01-02", decisionNumber = "03-TB/ĐU", reason = "Từ trần" }, "\"1\""))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var timeline = await office.GetFromJsonAsync<MemberTimeline>($"{Url}/{id}/timeline", HttpExtensions.Json);

        timeline!.Events.Select(e => e.Date).ShouldBeInOrder();
        timeline.Events.First().Kind.ShouldBe("membership.admission_decision");
        var last = timeline.Events.Last(e => e.Kind == "membership.status");
        last.Date.ShouldBe(new DateOnly(2025, 1, 2));
        last.DocumentNumber.ShouldBe("03-TB/ĐU");
        last.Title.ShouldContain("Từ trần");
    }

    [Fact]
    public async Task The_unfiltered_total_counts_exactly_the_active_members()
    {
        var removed = await factory.AddMemberAsync(DemoData.Cell(7), "Châu Văn Rời", MemberStatus.Full, new DateOnly(2015, 1, 1));
        (await office.PostJsonAsync($"{Url}/{removed}/status-changes", new { status = "DECEASED", effectiveOn = "2025-03-01" }, "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await factory.ClientAs("Admin", null).GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?pageSize=1", HttpExtensions.Json);
        var active = await factory.WithDbAsync(db => Task.FromResult(db.Members.AsEnumerable().Count(m => MembershipLabels.IsCounted(m.Status))));

        page!.TotalCount.ShouldBe(active);
        var withFormer = await factory.ClientAs("Admin", null).GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?pageSize=1&includeFormer=true", HttpExtensions.Json);
        withFormer!.TotalCount.ShouldBeGreaterThan(page.TotalCount);
    }

    [Fact]
    public async Task Timeline_gathers_events_from_every_module()
    {
        // The committee's secretary in the demo data: admitted, recognised, seated in three bodies in 2020.
        var secretary = DemoMembers.Id(0);
        var transfer = await office.PostAsJsonAsync("/api/v1/transfers", new
        {
            memberId = secretary,
            kind = "TEMPORARY",
            direction = "INTERNAL",
            purpose = "WORK",
            toOrganizationId = DemoData.Cell(3),
            requestedOn = "2026-01-05",
            temporaryUntil = "2026-06-30",
        });
        transfer.StatusCode.ShouldBe(HttpStatusCode.Created, await transfer.Content.ReadAsStringAsync());

        var timeline = await office.GetFromJsonAsync<MemberTimeline>($"{Url}/{secretary}/timeline", HttpExtensions.Json);

        timeline!.Events.Select(e => e.Source).Distinct().ShouldBe(["membership", "evaluation", "ratings", "bodies", "transfers"], ignoreOrder: true);
        timeline.Events.Count(e => e.Kind == "body.joined").ShouldBe(2);
        timeline.Events.Select(e => e.Date).ShouldBeInOrder();
    }

    private async Task<Guid> CreateCellAsync(string code)
    {
        var response = await factory.ClientAs("Admin", null).PostAsJsonAsync("/api/v1/organizations", new
        {
            code,
            name = "Chi bộ " + code,
            type = "PARTY_CELL",
            unitKind = "ADMINISTRATIVE_AGENCY",
            parentId = DemoData.CommitteeId,
            establishedOn = "2009-01-01",
        });
        return (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static MemberBody NewMember(string name, string? card, string? citizenId) => new(
        name, "FEMALE", new DateOnly(1985, 6, 15), "Sóc Trăng", "Sóc Trăng", "01", null, citizenId, "UPPER_SECONDARY", "UNIVERSITY", "INTERMEDIATE",
        "Chuyên viên", null, null, null, false, card, null, new DateOnly(2009, 5, 19), "15-QĐ/ĐU", new DateOnly(2009, 6, 2), new DateOnly(2010, 6, 2),
        DemoData.Cell(2), "FULL", null);

    /// <summary>The body of an update: the record's fields without the cell and status, which have their own operations (unknown properties are refused).</summary>
    private static System.Text.Json.Nodes.JsonObject AsUpdate(MemberBody body)
    {
        var update = JsonSerializer.SerializeToNode(body, HttpExtensions.Json)!.AsObject();
        foreach (var name in new[] { "organizationId", "status", "statusSince" })
        {
            update.Remove(name);
        }

        return update;
    }

    internal sealed record MemberBody(
        string FullName, string Sex, DateOnly? DateOfBirth, string? PlaceOfBirth, string? HomeTown, string? EthnicityCode, string? Religion, string? CitizenId,
        string GeneralEducation, string ProfessionalLevel, string PoliticalTheoryLevel, string? Position, string? Phone, string? Email, string? Address,
        bool IsProvincialCommitteeMember, string? PartyCardNumber, string? RecordNumber, DateOnly AdmissionDecisionDate, string? AdmissionDecisionNumber,
        DateOnly? CeremonyDate, DateOnly? FullMembershipDate, Guid OrganizationId, string Status, DateOnly? StatusSince);
}
