using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Transfers;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Transfers;

/// <summary>Each transfer rule refused over HTTP with its status and code; preconditions; roles and scope.</summary>
public sealed class TransferRuleApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = TransferClient.Url;
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private Task<HttpResponseMessage> PostAsync(object body) => office.PostAsJsonAsync(Url, body, HttpExtensions.Json);

    private Task<int> TransferCountAsync(Guid memberId) => factory.WithDbAsync(db => db.Transfers.CountAsync(t => t.MemberId == memberId));

    // ---- Direction and fields -------------------------------------------------------------------------------------

    [Fact]
    public async Task Internal_transfer_to_the_home_cell_is_refused()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Lý Thị Ngọc Hân");

        await (await PostAsync(TransferClient.Internal(memberId, DemoData.Cell(1)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.same_cell");
        (await TransferCountAsync(memberId)).ShouldBe(0);
    }

    [Fact]
    public async Task Internal_transfer_to_the_committee_itself_is_refused()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Tô Văn Định");

        var problem = await (await PostAsync(TransferClient.Internal(memberId, DemoData.CommitteeId))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.target_not_a_cell");
        problem.GetProperty("detail").GetString()!.ShouldContain("DB-SLDTBXH");
    }

    [Fact]
    public async Task Internal_transfer_to_an_unknown_cell_is_refused()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Cao Thị Mỹ Dung");

        await (await PostAsync(TransferClient.Internal(memberId, Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.target_not_found");
    }

    [Fact]
    public async Task Internal_transfer_without_a_target_is_refused()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Kiều Văn Lực");

        await (await PostAsync(new { memberId, kind = "OFFICIAL", direction = "INTERNAL", purpose = "WORK", requestedOn = "2025-03-03" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.target_required");
    }

    [Fact]
    public async Task Outgoing_transfer_needs_an_external_organisation_and_no_target()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(2), "Phan Thanh Giản");

        await (await PostAsync(new { memberId, kind = "OFFICIAL", direction = "OUTGOING", purpose = "WORK", requestedOn = "2025-03-03" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.external_organization_required");
        await (await PostAsync(new { memberId, kind = "OFFICIAL", direction = "OUTGOING", purpose = "WORK", toOrganizationId = DemoData.Cell(3), externalOrganization = "Đảng bộ Sở Y tế", requestedOn = "2025-03-03" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.target_not_allowed");
        (await TransferCountAsync(memberId)).ShouldBe(0);
    }

    [Fact]
    public async Task Incoming_transfer_needs_where_the_member_comes_from_and_cannot_be_temporary()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(5), "Sơn Thị Ngọc Bích", ethnicityCode: Ethnicities.Khmer);

        await (await PostAsync(new { memberId, kind = "OFFICIAL", direction = "INCOMING", purpose = "WORK", toOrganizationId = DemoData.Cell(5), requestedOn = "2025-03-03" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.external_organization_required");
        await (await PostAsync(new { memberId, kind = "TEMPORARY", direction = "INCOMING", purpose = "WORK", toOrganizationId = DemoData.Cell(5), externalOrganization = "Đảng bộ Sở Nội vụ", requestedOn = "2025-03-03", temporaryUntil = "2025-09-03" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.temporary_incoming_not_supported");
    }

    [Fact]
    public async Task An_unknown_member_is_refused()
    {
        await (await PostAsync(TransferClient.Internal(Guid.NewGuid(), DemoData.Cell(2)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.member_not_found");
    }

    [Fact]
    public async Task Missing_or_unreadable_fields_are_400()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Đinh Bộ Lĩnh");

        var missing = await PostAsync(new { memberId, direction = "INTERNAL", toOrganizationId = DemoData.Cell(2) });
        var problem = await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errors").TryGetProperty("kind", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("purpose", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("requestedOn", out _).ShouldBeTrue();

        var badEnum = await PostAsync(new { memberId, kind = "PERMANENT", direction = "INTERNAL", purpose = "WORK", toOrganizationId = DemoData.Cell(2), requestedOn = "2025-03-03" });
        badEnum.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    // ---- Member ---------------------------------------------------------------------------------------------------

    [Fact]
    public async Task A_member_who_left_cannot_be_transferred()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(2), "Mai Xuân Thưởng");
        await factory.WithDbAsync(async db =>
        {
            var member = await db.Members.Include(m => m.StatusHistory).SingleAsync(m => m.Id == memberId);
            member.ChangeStatus(MemberStatus.Deceased, new DateOnly(2024, 10, 2), null, "Từ trần");
            return await db.SaveChangesAsync();
        });

        await (await PostAsync(TransferClient.Internal(memberId, DemoData.Cell(3)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.member_not_active");
    }

    [Fact]
    public async Task A_suspended_member_cannot_be_transferred_out_officially()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(2), "Hồ Văn Nhựt");
        await factory.WithDbAsync(async db =>
        {
            var member = await db.Members.Include(m => m.StatusHistory).Include(m => m.Placements).SingleAsync(m => m.Id == memberId);
            member.Suspend(new DateRange(new DateOnly(2024, 1, 2)), "3-QĐ/UBKT", null, new DateOnly(2024, 1, 2), WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory);
            await db.SaveChangesAsync();
            return 0;
        });

        await (await PostAsync(TransferClient.Outgoing(memberId))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.member_cannot_transfer_out");
    }

    [Fact]
    public async Task Only_one_open_transfer_per_member()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(3), "Nguyễn Hữu Cảnh");
        var first = await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(4)));

        await (await PostAsync(TransferClient.Outgoing(memberId, requestedOn: "2025-03-04"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "transfer.already_open");

        var sent = await office.SendAsync(first, "2025-03-05");
        await (await PostAsync(TransferClient.Internal(memberId, DemoData.Cell(5), "2025-03-06"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "transfer.already_open");

        await office.ReceiveAsync(sent, "2025-03-10");
        (await PostAsync(TransferClient.Internal(memberId, DemoData.Cell(5), "2025-04-01"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    // ---- Kind and duration ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("WORK", "2025-06-03", HttpStatusCode.Created)]
    [InlineData("WORK", "2025-06-02", HttpStatusCode.UnprocessableEntity)]
    [InlineData("WORK", "2026-03-02", HttpStatusCode.Created)]
    [InlineData("WORK", "2026-03-03", HttpStatusCode.UnprocessableEntity)]
    [InlineData("STUDY", "2027-03-03", HttpStatusCode.Created)]
    [InlineData("STUDY", "2027-04-03", HttpStatusCode.UnprocessableEntity)]
    public async Task Temporary_duration_is_checked_from_the_request_date(string purpose, string until, HttpStatusCode expected)
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(4), "Trương Định", admittedOn: new DateOnly(2014, 6, 2));

        var response = await PostAsync(TransferClient.Internal(memberId, DemoData.Cell(6), "2025-03-03", kind: "TEMPORARY", purpose: purpose, temporaryUntil: until));

        if (expected == HttpStatusCode.Created)
        {
            (await response.ReadAsync<TransferDto>()).TemporaryUntil.ShouldBe(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.temporary_duration_invalid");
        }
    }

    [Fact]
    public async Task Temporary_end_date_is_required_and_official_transfers_have_none()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(4), "Lê Văn Duyệt", admittedOn: new DateOnly(2014, 6, 2));

        await (await PostAsync(TransferClient.Internal(memberId, DemoData.Cell(6), kind: "TEMPORARY")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.temporary_until_required");
        await (await PostAsync(TransferClient.Internal(memberId, DemoData.Cell(6), temporaryUntil: "2025-09-03")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.temporary_until_not_allowed");
    }

    [Fact]
    public async Task Dates_in_the_future_are_refused()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(4), "Nguyễn Trung Trực", admittedOn: new DateOnly(2014, 6, 2));
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await (await PostAsync(TransferClient.Internal(memberId, DemoData.Cell(6), future))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "date.in_future");
    }

    // ---- State flow -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task Steps_out_of_order_are_409_and_dates_before_the_previous_step_are_422()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(5), "Võ Văn Kiệt");
        var requested = await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(6)));

        var early = await office.StepAsync(requested, "receive", new { receivedOn = "2025-03-05" });
        var problem = await early.ShouldBeProblemAsync(HttpStatusCode.Conflict, "transfer.invalid_state");
        problem.GetProperty("detail").GetString()!.ShouldContain("REQUESTED");

        await (await office.StepAsync(requested, "send", new { sentOn = "2025-03-02" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.date_before_previous_step");

        var sent = await office.SendAsync(requested, "2025-03-05");
        await (await office.StepAsync(sent, "send", new { sentOn = "2025-03-06" })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "transfer.invalid_state");
        await (await office.StepAsync(sent, "receive", new { receivedOn = "2025-03-04" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.date_before_previous_step");
        await (await office.StepAsync(sent, "reject", new { rejectedOn = "2025-03-04", reason = "Không tiếp nhận" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.date_before_previous_step");

        var rejected = await (await office.StepAsync(sent, "reject", new { rejectedOn = "2025-03-06", reason = "Chi bộ tiếp nhận chưa bố trí được" })).ReadAsync<TransferDto>();
        rejected.Status.ShouldBe(TransferStatus.Rejected);
        await (await office.StepAsync(rejected, "receive", new { receivedOn = "2025-03-07" })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "transfer.invalid_state");

        var member = await factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId));
        member.OrganizationId.ShouldBe(DemoData.Cell(5));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(5), "Tôn Đức Thắng");
        var requested = await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(6)));

        var problem = await (await office.StepAsync(requested, "reject", new { rejectedOn = "2025-03-05", reason = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        problem.GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Rule_messages_follow_the_callers_language()
    {
        var english = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId, language: "en");
        var memberId = await factory.AddMemberAsync(DemoData.Cell(6), "Nguyễn Thị Định");

        var problem = await (await english.PostAsJsonAsync(Url, TransferClient.Internal(memberId, DemoData.Cell(6)), HttpExtensions.Json))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.same_cell");
        problem.GetProperty("detail").GetString().ShouldBe("The member already belongs to the receiving cell; choose another cell.");

        var vietnamese = await (await PostAsync(TransferClient.Internal(memberId, DemoData.Cell(7), kind: "TEMPORARY", temporaryUntil: "2026-03-03")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.temporary_duration_invalid");
        vietnamese.GetProperty("detail").GetString().ShouldBe(
            "Chuyển sinh hoạt đảng tạm thời từ 3 tháng đến dưới 12 tháng (đi học: từ 3 đến 24 tháng) tính từ ngày đề nghị: ngày kết thúc phải từ 2025-06-03 đến 2026-03-02.");
    }

    // ---- Preconditions --------------------------------------------------------------------------------------------

    [Fact]
    public async Task Steps_without_if_match_are_428_and_with_a_stale_etag_412()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(7), "Lê Hồng Phong", admittedOn: new DateOnly(2014, 6, 2));
        var requested = await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(1)));

        foreach (var (step, body) in new (string, object)[]
        {
            ("send", new { sentOn = "2025-03-05" }),
            ("receive", new { receivedOn = "2025-03-05" }),
            ("reject", new { rejectedOn = "2025-03-05", reason = "Rút đề nghị" }),
        })
        {
            await (await office.StepAsync(requested, step, body, ifMatch: null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");
        }

        var sent = await office.SendAsync(requested, "2025-03-05");
        sent.Version.ShouldBe(2);

        await (await office.StepAsync(sent, "receive", new { receivedOn = "2025-03-06" }, ifMatch: "\"1\""))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");
        (await factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId))).OrganizationId.ShouldBe(DemoData.Cell(7));

        var get = new HttpRequestMessage(HttpMethod.Get, $"{Url}/{sent.Id}");
        get.Headers.TryAddWithoutValidation("If-None-Match", "\"2\"");
        (await office.SendAsync(get)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    // ---- Roles and scope ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Viewer")]
    [InlineData("CellSecretary")]
    [InlineData("InspectionCommission")]
    public async Task Roles_without_transfer_work_cannot_write(string role)
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Bùi Thị Xuân");
        var client = factory.ClientAs(role, DemoData.CommitteeId);

        await (await client.PostAsJsonAsync(Url, TransferClient.Internal(memberId, DemoData.Cell(2)), HttpExtensions.Json))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        var requested = await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(2)));
        await (await client.StepAsync(requested, "send", new { sentOn = "2025-03-05" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        (await client.GetAsync($"{Url}/{requested.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_member_role_cannot_read_transfers()
    {
        var client = factory.ClientAs("Member", DemoData.Cell(1));

        await (await client.GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task A_cell_secretary_sees_only_transfers_touching_the_own_cell()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Nguyễn Thị Minh Khai");
        var transfer = await office.RequestAsync(TransferClient.Outgoing(memberId));

        var otherCell = factory.ClientAs("CellSecretary", DemoData.Cell(3));
        await (await otherCell.GetAsync($"{Url}/{transfer.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "transfer.not_found");
        (await otherCell.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?memberId={memberId}", HttpExtensions.Json))!.TotalCount.ShouldBe(0);
        await (await otherCell.GetAsync($"{Url}?organizationId={DemoData.Cell(1)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");

        var ownCell = factory.ClientAs("CellSecretary", DemoData.Cell(1));
        (await ownCell.GetAsync($"{Url}/{transfer.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ownCell.GetFromJsonAsync<PagedList<TransferDto>>($"{Url}?memberId={memberId}", HttpExtensions.Json))!.Items.ShouldHaveSingleItem().Id.ShouldBe(transfer.Id);
    }

    [Fact]
    public async Task The_receiving_cell_sees_an_internal_transfer_and_out_of_scope_writes_are_404()
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(1), "Trần Thị Lý");
        var transfer = await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(4)));

        var receiving = factory.ClientAs("CellSecretary", DemoData.Cell(4));
        (await receiving.GetAsync($"{Url}/{transfer.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var outsideOffice = factory.ClientAs("CommitteeOffice", DemoData.Cell(6));
        await (await outsideOffice.StepAsync(transfer, "send", new { sentOn = "2025-03-05" })).ShouldBeProblemAsync(HttpStatusCode.NotFound, "transfer.not_found");
        await (await outsideOffice.PostAsJsonAsync(Url, TransferClient.Internal(memberId, DemoData.Cell(6)), HttpExtensions.Json))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.member_not_found");
        (await factory.WithDbAsync(db => db.Transfers.AsNoTracking().SingleAsync(t => t.Id == transfer.Id))).Status.ShouldBe(TransferStatus.Requested);
    }

    [Fact]
    public async Task An_unknown_transfer_is_404()
    {
        await (await office.GetAsync($"{Url}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "transfer.not_found");
    }
}
