using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Admission;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.Membership;
using PartyCommittee.Api.Tests.ElectedBodies;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Transfers;
using PartyCommittee.Application.Membership.Admissions;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// The member owns the status (issue 7): whichever endpoint changes it, the member changes once and the admission
/// case, open transfers and seats in elected bodies follow in the same transaction.
/// </summary>
public sealed class MemberStatusReactionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Members = "/api/v1/members";

    private readonly AdmissionApi admissions = new(factory);

    private readonly BodyApi bodies = new(factory);

    [Fact]
    public async Task Recognition_on_the_member_record_recognises_the_open_admission_case()
    {
        var probation = await OnProbationAsync(DemoData.Cell(5), "Sơn Thị Bô Pha");
        var memberId = probation.MemberId!.Value;

        var response = await admissions.Client.PostJsonAsync(
            $"{Members}/{memberId}/full-membership", new { recognizedOn = "2024-04-02", decisionNumber = "310-QĐ/ĐU" }, $"\"{await VersionOfAsync(memberId)}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var admission = await admissions.GetAsync(probation.Id);
        admission.Stage.ShouldBe(AdmissionStage.Recognized);
        admission.FullMembershipOn.ShouldBe(probation.CeremonyOn!.Value.AddMonths(12));
        admission.NextStep.ShouldBeNull();
        admission.Version.ShouldBeGreaterThan(probation.Version);

        // The case's own step is no longer open: the member is not recognised a second time.
        var again = await admissions.PostStepAsync(admission, "full-membership", new { recognizedOn = "2024-04-03", number = "311-QĐ/ĐU" });
        await again.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.step_out_of_order");
        var periods = await factory.WithDbAsync(db => db.MemberStatusPeriods.CountAsync(p => p.MemberId == memberId && p.Status == MemberStatus.Full));
        periods.ShouldBe(1);
    }

    [Fact]
    public async Task Name_removal_on_the_member_record_removes_the_name_on_the_admission_case()
    {
        var probation = await OnProbationAsync(DemoData.Cell(5), "Thạch Thị Sa Vân");
        var memberId = probation.MemberId!.Value;

        var response = await admissions.Client.PostJsonAsync(
            $"{Members}/{memberId}/status-changes",
            new { status = "NAME_REMOVED", effectiveOn = "2023-10-02", decisionNumber = "88-QĐ/ĐU", reason = "Không đủ tư cách đảng viên" },
            $"\"{await VersionOfAsync(memberId)}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var admission = await admissions.GetAsync(probation.Id);
        admission.Stage.ShouldBe(AdmissionStage.NameRemoved);
        admission.ClosedOn.ShouldBe(new DateOnly(2023, 10, 2));
        admission.ClosedReason.ShouldBe("Không đủ tư cách đảng viên");
        admission.NextStep.ShouldBeNull();
    }

    [Fact]
    public async Task A_probationary_member_who_dies_closes_the_admission_case()
    {
        var probation = await OnProbationAsync(DemoData.Cell(6), "Lý Văn Sóc");
        var memberId = probation.MemberId!.Value;

        var response = await admissions.Client.PostJsonAsync(
            $"{Members}/{memberId}/status-changes", new { status = "DECEASED", effectiveOn = "2023-08-14" }, $"\"{await VersionOfAsync(memberId)}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var admission = await admissions.GetAsync(probation.Id);
        admission.Stage.ShouldBe(AdmissionStage.Closed);
        admission.ClosedOn.ShouldBe(new DateOnly(2023, 8, 14));
        admission.ClosedReason.ShouldNotBeNullOrWhiteSpace();
        admission.NextStep.ShouldBeNull();
    }

    [Fact]
    public async Task Name_removal_through_the_admission_case_changes_the_member_once()
    {
        var probation = await OnProbationAsync(DemoData.Cell(6), "Kim Thị Rắc Sa");
        var removed = await admissions.StepAsync(probation, "name-removal", new { removedOn = "2023-09-04", number = "90-QĐ/ĐU", reason = "Vi phạm tư cách" });

        removed.Stage.ShouldBe(AdmissionStage.NameRemoved);
        removed.ClosedOn.ShouldBe(new DateOnly(2023, 9, 4));
        var periods = await factory.WithDbAsync(db => db.MemberStatusPeriods.Where(p => p.MemberId == removed.MemberId).OrderBy(p => p.StartsOn).Select(p => p.Status).ToListAsync());
        periods.ShouldBe([MemberStatus.Probationary, MemberStatus.NameRemoved]);
    }

    [Theory]
    [InlineData("DECEASED", "RX-DEC")]
    [InlineData("SUSPENDED", "RX-SUS")]
    [InlineData("EXPELLED", "RX-EXP")]
    public async Task Open_seats_end_on_the_day_the_member_leaves_or_is_suspended(string status, string code)
    {
        var committee = await bodies.NewCommitteeWithBodiesAsync(code);
        var memberId = await bodies.MemberAsync(committee.CellA, "Trịnh Văn Ghế " + code[^3..].ToLowerInvariant());
        var other = await bodies.MemberAsync(committee.CellA, "Hà Thị Giữ");
        var executive = await bodies.AddAsync(committee.Executive, memberId, "MEMBER");
        executive = await bodies.AddAsync(executive, other, "MEMBER");
        await bodies.AddAsync(committee.Inspection, memberId, "MEMBER");

        // A suspension is a dated condition of its own (not a status), with the same effect on seats.
        var response = status == "SUSPENDED"
            ? await bodies.Office.PostJsonAsync($"{Members}/{memberId}/suspensions", new { startsOn = "2023-06-15", decisionNumber = "5-QĐ/ĐU" }, $"\"{await VersionOfAsync(memberId)}\"")
            : await bodies.Office.PostJsonAsync(
                $"{Members}/{memberId}/status-changes", new { status, effectiveOn = "2023-06-15", decisionNumber = "5-QĐ/ĐU" }, $"\"{await VersionOfAsync(memberId)}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var seats = await factory.WithDbAsync(db => db.BodyMemberships.AsNoTracking().Where(m => m.MemberId == memberId || m.MemberId == other).ToListAsync());
        seats.Where(s => s.MemberId == memberId).ShouldAllBe(s => s.EndsOn == new DateOnly(2023, 6, 15));
        seats.Count(s => s.MemberId == memberId).ShouldBe(2);
        seats.Single(s => s.MemberId == other).EndsOn.ShouldBeNull();
        (await bodies.GetBodyAsync(committee.Executive.Id, new DateOnly(2023, 6, 16))).Memberships.Select(m => m.MemberId).ShouldBe([other]);
    }

    [Fact]
    public async Task A_member_transferred_out_leaves_his_seats_on_the_day_the_transfer_is_sent()
    {
        var committee = await bodies.NewCommitteeWithBodiesAsync("RX-OUT");
        var memberId = await bodies.MemberAsync(committee.CellA, "Đoàn Văn Chuyển");
        await bodies.AddAsync(committee.Executive, memberId, "MEMBER");

        var transfer = await bodies.Office.RequestAsync(TransferClient.Outgoing(memberId, requestedOn: "2024-03-04"));
        var sent = await bodies.Office.SendAsync(transfer, "2024-03-11");
        sent.Status.ShouldBe(TransferStatus.Sent);

        var seat = await factory.WithDbAsync(db => db.BodyMemberships.AsNoTracking().SingleAsync(m => m.MemberId == memberId));
        seat.EndsOn.ShouldBe(new DateOnly(2024, 3, 11));
    }

    [Theory]
    [InlineData("DECEASED")]
    [InlineData("EXPELLED")]
    [InlineData("NAME_REMOVED")]
    public async Task An_open_transfer_of_a_member_who_leaves_otherwise_is_rejected_with_the_reason(string status)
    {
        var memberId = await factory.AddMemberAsync(DemoData.Cell(2), "Tô Văn Đi " + status[..3].ToLowerInvariant(), admittedOn: new DateOnly(2012, 4, 2));
        var transfer = await admissions.Client.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(4), requestedOn: "2024-05-06"));
        transfer.Status.ShouldBe(TransferStatus.Requested);

        var response = await admissions.Client.PostJsonAsync(
            $"{Members}/{memberId}/status-changes",
            new { status, effectiveOn = "2024-05-20", decisionNumber = "7-QĐ/ĐU", reason = "Quyết định của Đảng ủy" },
            $"\"{await VersionOfAsync(memberId)}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var rejected = await factory.WithDbAsync(db => db.Transfers.AsNoTracking().SingleAsync(t => t.Id == transfer.Id));
        rejected.Status.ShouldBe(TransferStatus.Rejected);
        rejected.RejectedOn.ShouldBe(new DateOnly(2024, 5, 20));
        rejected.RejectionReason.ShouldNotBeNullOrWhiteSpace();
        rejected.RejectionReason!.ShouldContain("20/05/2024");
    }

    private async Task<AdmissionDto> OnProbationAsync(Guid cell, string fullName)
    {
        var admission = await admissions.PreparedAsync(factory, cell, AdmissionApi.Candidate(cell, fullName));
        admission = await admissions.ResolveAsync(admission, "2023-01-09");
        admission = await admissions.DecideAsync(admission, "2023-03-13");
        admission = await admissions.CeremonyAsync(admission, "2023-03-31");
        admission.Stage.ShouldBe(AdmissionStage.OnProbation);
        return admission;
    }

    private Task<long> VersionOfAsync(Guid memberId) =>
        factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Version).SingleAsync());
}
