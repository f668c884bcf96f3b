using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Transfers;

public class TransferTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private static readonly DateOnly Requested = new(2025, 3, 3);
    private static readonly DateOnly MemberSince = new(2011, 5, 19);

    private readonly PartyOrganization committee;
    private readonly PartyOrganization home;
    private readonly PartyOrganization other;

    public TransferTests()
    {
        committee = PartyOrganization.Create(Guid.NewGuid(), "DB-SLD", "Đảng bộ Sở Lao động – Thương binh và Xã hội", null, OrganizationType.PartyCommittee, null, new DateOnly(2008, 3, 15), null);
        home = Cell("CB-VP", "Chi bộ Văn phòng Sở");
        other = Cell("CB-TT", "Chi bộ Thanh tra Sở");
    }

    private PartyOrganization Cell(string code, string name, PartyOrganization? parent = null) =>
        PartyOrganization.Create(Guid.NewGuid(), code, name, null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2008, 3, 15), parent ?? committee);

    private static PartyMember Member(PartyOrganization cell, MemberStatus status = MemberStatus.Full, string name = "Lê Thị Thu Hà") =>
        PartyMember.Register(
            Guid.NewGuid(),
            new MemberProfile(
                name, Sex.Female, new DateOnly(1984, 8, 12), "Sóc Trăng", "Sóc Trăng", Ethnicities.Kinh, null, null,
                GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate,
                "Chuyên viên", null, null, null, false, null, null),
            new AdmissionRecord(new DateOnly(2010, 5, 19), "12-QĐ/ĐU", new DateOnly(2010, 5, 19), status == MemberStatus.Probationary ? null : MemberSince),
            cell,
            status,
            MemberSince,
            null);

    private static TransferRequest Official(TransferDirection direction, string? external = null, DateOnly? on = null) =>
        new(TransferKind.Official, direction, TransferPurpose.Work, external, on ?? Requested, null, "25-QĐ/ĐU");

    private static TransferRequest Temporary(TransferDirection direction, TransferPurpose purpose, DateOnly until, string? external = null) =>
        new(TransferKind.Temporary, direction, purpose, external, Requested, until, "26-QĐ/ĐU");

    private Transfer Request(TransferRequest request, PartyMember member, PartyOrganization? target, bool open = false) =>
        StatutoryTransfers.Request(Guid.NewGuid(), request, member, home, target, open, Today);

    private static DomainRuleException ShouldBreakRule(Action action, string code, RuleViolationKind kind = RuleViolationKind.Unprocessable)
    {
        var exception = Should.Throw<DomainRuleException>(action);
        exception.Code.ShouldBe(code);
        exception.Kind.ShouldBe(kind);
        return exception;
    }

    // ---- Request: direction and fields ----------------------------------------------------------------------------

    [Fact]
    public void Internal_official_request_goes_from_the_home_cell_to_the_target()
    {
        var member = Member(home);

        var transfer = Request(Official(TransferDirection.Internal), member, other);

        transfer.Status.ShouldBe(TransferStatus.Requested);
        transfer.IsOpen.ShouldBeTrue();
        transfer.MemberId.ShouldBe(member.Id);
        transfer.FromOrganizationId.ShouldBe(home.Id);
        transfer.ToOrganizationId.ShouldBe(other.Id);
        transfer.ExternalOrganization.ShouldBeNull();
        transfer.DecisionNumber.ShouldBe("25-QĐ/ĐU");
        transfer.GoverningRules().Source.Code.ShouldBe("QD24-2021");
    }

    [Fact]
    public void Internal_transfer_needs_a_target() =>
        ShouldBreakRule(() => Request(Official(TransferDirection.Internal), Member(home), null), "transfer.target_required");

    [Fact]
    public void Internal_transfer_names_no_external_organisation() =>
        ShouldBreakRule(() => Request(Official(TransferDirection.Internal, "Đảng bộ Sở Y tế"), Member(home), other), "transfer.external_organization_not_allowed");

    [Fact]
    public void Internal_transfer_to_the_home_cell_is_refused() =>
        ShouldBreakRule(() => Request(Official(TransferDirection.Internal), Member(home), home), "transfer.same_cell");

    [Fact]
    public void Internal_transfer_to_a_committee_is_refused() =>
        ShouldBreakRule(() => Request(Official(TransferDirection.Internal), Member(home), committee), "transfer.target_not_a_cell");

    [Fact]
    public void Internal_transfer_to_a_cell_of_another_committee_is_refused()
    {
        var otherCommittee = PartyOrganization.Create(Guid.NewGuid(), "DB-SYT", "Đảng bộ Sở Y tế", null, OrganizationType.PartyCommittee, null, new DateOnly(2008, 1, 1), null);
        var foreignCell = Cell("CB-YT", "Chi bộ Văn phòng Sở Y tế", otherCommittee);

        ShouldBreakRule(() => Request(Official(TransferDirection.Internal), Member(home), foreignCell), "transfer.target_outside_committee");
    }

    [Fact]
    public void Internal_transfer_to_a_cell_under_a_sub_committee_of_the_same_committee_is_accepted()
    {
        var sub = PartyOrganization.Create(Guid.NewGuid(), "DBBP", "Đảng bộ bộ phận Khối sự nghiệp", null, OrganizationType.PartySubCommittee, null, new DateOnly(2010, 1, 1), committee);
        var cell = PartyOrganization.Create(Guid.NewGuid(), "CB-SN", "Chi bộ Trung tâm Công tác xã hội", null, OrganizationType.PartyCell, UnitKind.PublicServiceUnit, new DateOnly(2012, 1, 1), sub);

        Request(Official(TransferDirection.Internal), Member(home), cell).ToOrganizationId.ShouldBe(cell.Id);
    }

    [Fact]
    public void Internal_transfer_to_a_dissolved_cell_is_refused()
    {
        other.Dissolve(new DateOnly(2024, 12, 31), OrganizationDependants.None);

        var exception = ShouldBreakRule(() => Request(Official(TransferDirection.Internal), Member(home), other), "transfer.target_inactive");
        exception.Arguments.ShouldBe(["CB-TT", "2025-03-03"]);
    }

    [Fact]
    public void Outgoing_transfer_names_the_external_organisation_and_no_target()
    {
        var transfer = Request(Official(TransferDirection.Outgoing, "  Đảng bộ   Sở Y tế tỉnh Sóc Trăng "), Member(home), null);

        transfer.FromOrganizationId.ShouldBe(home.Id);
        transfer.ToOrganizationId.ShouldBeNull();
        transfer.ExternalOrganization.ShouldBe("Đảng bộ Sở Y tế tỉnh Sóc Trăng");
    }

    [Fact]
    public void Outgoing_transfer_with_a_target_is_refused() =>
        ShouldBreakRule(() => Request(Official(TransferDirection.Outgoing, "Đảng bộ Sở Y tế"), Member(home), other), "transfer.target_not_allowed");

    [Fact]
    public void Outgoing_transfer_without_external_organisation_is_refused() =>
        ShouldBreakRule(() => Request(Official(TransferDirection.Outgoing, "  "), Member(home), null), "transfer.external_organization_required");

    [Fact]
    public void Incoming_transfer_needs_the_receiving_cell_and_where_the_member_comes_from()
    {
        ShouldBreakRule(() => Request(Official(TransferDirection.Incoming, "Đảng bộ Sở Nội vụ"), Member(home), null), "transfer.target_required");
        ShouldBreakRule(() => Request(Official(TransferDirection.Incoming), Member(home), home), "transfer.external_organization_required");

        var transfer = Request(Official(TransferDirection.Incoming, "Đảng bộ Sở Nội vụ"), Member(home), home);
        transfer.FromOrganizationId.ShouldBeNull();
        transfer.ToOrganizationId.ShouldBe(home.Id);
        transfer.ExternalOrganization.ShouldBe("Đảng bộ Sở Nội vụ");
    }

    [Fact]
    public void Temporary_incoming_transfer_is_refused() =>
        ShouldBreakRule(
            () => Request(Temporary(TransferDirection.Incoming, TransferPurpose.Work, Requested.AddMonths(6), "Đảng bộ Sở Nội vụ"), Member(home), home),
            "transfer.temporary_incoming_not_supported");

    // ---- Request: member ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(MemberStatus.Deceased)]
    [InlineData(MemberStatus.NameRemoved)]
    public void A_member_who_left_cannot_be_transferred(MemberStatus status)
    {
        var member = Member(home);
        member.ChangeStatus(status, new DateOnly(2024, 1, 10), "05-QĐ/ĐU", null);

        ShouldBreakRule(() => Request(Official(TransferDirection.Internal), member, other), "transfer.member_not_active");
    }

    [Theory]
    [InlineData(MemberStatus.Probationary, null)]
    [InlineData(MemberStatus.Full, MemberConditionKind.Exemption)]
    [InlineData(MemberStatus.Full, MemberConditionKind.Suspension)]
    public void Counted_members_can_be_transferred_within_the_committee(MemberStatus status, MemberConditionKind? condition) =>
        Request(Official(TransferDirection.Internal), WithCondition(Member(home, status), condition), other).Status.ShouldBe(TransferStatus.Requested);

    [Fact]
    public void A_suspended_member_cannot_be_transferred_out_officially() =>
        ShouldBreakRule(
            () => Request(Official(TransferDirection.Outgoing, "Đảng bộ Sở Y tế"), WithCondition(Member(home), MemberConditionKind.Suspension), null),
            "transfer.member_cannot_transfer_out");

    /// <summary>Exemption and suspension are dated conditions on a member (since the start of his membership here).</summary>
    private static PartyMember WithCondition(PartyMember member, MemberConditionKind? condition)
    {
        var period = new DateRange(MemberSince);
        _ = condition switch
        {
            MemberConditionKind.Suspension => member.Suspend(period, "3-QĐ/UBKT", null, Requested, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory),
            MemberConditionKind.Exemption => member.Exempt(MemberConditionKind.Exemption, ExemptionGround.Health, period, "2-NQ/CB", null, Requested, MemberConditionRuleSet.Statutory),
            _ => null,
        };
        return member;
    }

    [Fact]
    public void One_open_transfer_per_member() =>
        ShouldBreakRule(() => Request(Official(TransferDirection.Internal), Member(home), other, open: true), "transfer.already_open", RuleViolationKind.Conflict);

    [Fact]
    public void A_request_dated_in_the_future_is_refused() =>
        ShouldBreakRule(() => Request(Official(TransferDirection.Internal, on: Today.AddDays(1)), Member(home), other), EventDates.InFuture);

    [Fact]
    public void The_home_cell_must_be_the_members_cell() =>
        Should.Throw<ArgumentException>(() => StatutoryTransfers.Request(Guid.NewGuid(), Official(TransferDirection.Internal), Member(other), home, other, false, Today));

    // ---- Request: kind and duration -------------------------------------------------------------------------------

    [Fact]
    public void An_official_transfer_has_no_end_date() =>
        ShouldBreakRule(
            () => Request(Official(TransferDirection.Internal) with { TemporaryUntil = Requested.AddMonths(6) }, Member(home), other),
            "transfer.temporary_until_not_allowed");

    [Fact]
    public void A_temporary_transfer_needs_an_end_date() =>
        ShouldBreakRule(
            () => Request(Temporary(TransferDirection.Internal, TransferPurpose.Work, Requested) with { TemporaryUntil = null }, Member(home), other),
            "transfer.temporary_until_required");

    [Theory]
    [InlineData(TransferPurpose.Work, 3, 0, true)]
    [InlineData(TransferPurpose.Work, 3, -1, false)]
    [InlineData(TransferPurpose.Work, 12, -1, true)]
    [InlineData(TransferPurpose.Work, 12, 0, false)]
    [InlineData(TransferPurpose.Other, 11, 0, true)]
    [InlineData(TransferPurpose.Other, 12, 0, false)]
    [InlineData(TransferPurpose.Study, 3, 0, true)]
    [InlineData(TransferPurpose.Study, 3, -1, false)]
    [InlineData(TransferPurpose.Study, 12, 0, true)]
    [InlineData(TransferPurpose.Study, 24, 0, true)]
    [InlineData(TransferPurpose.Study, 24, 1, false)]
    [InlineData(TransferPurpose.Study, 25, 0, false)]
    public void Temporary_duration_counts_from_the_request_date(TransferPurpose purpose, int months, int days, bool allowed)
    {
        var until = Requested.AddMonths(months).AddDays(days);

        if (allowed)
        {
            Request(Temporary(TransferDirection.Internal, purpose, until), Member(home), other).TemporaryUntil.ShouldBe(until);
        }
        else
        {
            ShouldBreakRule(() => Request(Temporary(TransferDirection.Internal, purpose, until), Member(home), other), "transfer.temporary_duration_invalid");
        }
    }

    [Fact]
    public void The_duration_error_names_the_allowed_end_dates()
    {
        var exception = ShouldBreakRule(
            () => Request(Temporary(TransferDirection.Outgoing, TransferPurpose.Work, Requested.AddMonths(12), "Trường Chính trị tỉnh Sóc Trăng"), Member(home), null),
            "transfer.temporary_duration_invalid");

        exception.Arguments.ShouldBe(["2025-06-03", "2026-03-02"]);
    }

    [Fact]
    public void The_rules_in_force_on_the_request_date_govern_the_transfer()
    {
        // Quy định 294-QĐ/TW of 26 May 2025 is in force from 1 July 2025.
        TransferRuleSet.Statutory.InForceOn(new DateOnly(2025, 6, 30)).Source.Code.ShouldBe("QD24-2021");
        TransferRuleSet.Statutory.InForceOn(new DateOnly(2025, 7, 1)).Source.Code.ShouldBe("QD294-2025");
        TransferRuleSet.Statutory.InForceOn(new DateOnly(2016, 7, 25)).Source.Code.ShouldBe("QD29-2016");
        Request(Official(TransferDirection.Internal, on: new DateOnly(2025, 7, 2)), Member(home), other).GoverningRules().Source.Code.ShouldBe("QD294-2025");
        Request(Official(TransferDirection.Internal, on: new DateOnly(2025, 6, 30)), Member(home), other).GoverningRules().Source.Code.ShouldBe("QD24-2021");
    }

    // ---- State flow -----------------------------------------------------------------------------------------------

    [Fact]
    public void Status_flows_requested_sent_received()
    {
        var member = Member(home);
        var transfer = Request(Temporary(TransferDirection.Internal, TransferPurpose.Study, Requested.AddMonths(18)), member, other);

        transfer.Send(new DateOnly(2025, 3, 10), member, Today);
        transfer.Status.ShouldBe(TransferStatus.Sent);
        transfer.SentOn.ShouldBe(new DateOnly(2025, 3, 10));
        transfer.IsOpen.ShouldBeTrue();

        transfer.Receive(new DateOnly(2025, 3, 12), member, other, Today);
        transfer.Status.ShouldBe(TransferStatus.Received);
        transfer.ReceivedOn.ShouldBe(new DateOnly(2025, 3, 12));
        transfer.IsOpen.ShouldBeFalse();
    }

    [Fact]
    public void A_step_may_be_on_the_same_day_as_the_previous_one()
    {
        var member = Member(home);
        var transfer = Request(Temporary(TransferDirection.Internal, TransferPurpose.Work, Requested.AddMonths(6)), member, other);

        transfer.Send(Requested, member, Today);
        transfer.Receive(Requested, member, other, Today);

        transfer.Status.ShouldBe(TransferStatus.Received);
    }

    [Fact]
    public void Sending_twice_or_receiving_before_sending_is_a_state_conflict()
    {
        var member = Member(home);
        var transfer = Request(Official(TransferDirection.Internal), member, other);

        var early = ShouldBreakRule(() => transfer.Receive(new DateOnly(2025, 3, 5), member, other, Today), "transfer.invalid_state", RuleViolationKind.Conflict);
        early.Arguments.ShouldBe(["REQUESTED"]);

        transfer.Send(new DateOnly(2025, 3, 5), member, Today);
        ShouldBreakRule(() => transfer.Send(new DateOnly(2025, 3, 6), member, Today), "transfer.invalid_state", RuleViolationKind.Conflict);
    }

    [Fact]
    public void Nothing_follows_a_receipt_or_a_rejection()
    {
        var member = Member(home);
        var received = Request(Temporary(TransferDirection.Internal, TransferPurpose.Work, Requested.AddMonths(6)), member, other);
        received.Send(Requested, member, Today);
        received.Receive(Requested.AddDays(1), member, other, Today);

        ShouldBreakRule(() => received.Reject(Requested.AddDays(2), "Nhầm hồ sơ", Today), "transfer.invalid_state", RuleViolationKind.Conflict);
        ShouldBreakRule(() => received.Receive(Requested.AddDays(2), member, other, Today), "transfer.invalid_state", RuleViolationKind.Conflict);

        var rejectedMember = Member(home);
        var rejected = Request(Official(TransferDirection.Internal), rejectedMember, other);
        rejected.Reject(Requested.AddDays(1), "Chi bộ tiếp nhận chưa đồng ý", Today);
        ShouldBreakRule(() => rejected.Send(Requested.AddDays(2), rejectedMember, Today), "transfer.invalid_state", RuleViolationKind.Conflict);
        ShouldBreakRule(() => rejected.Reject(Requested.AddDays(2), "Lần hai", Today), "transfer.invalid_state", RuleViolationKind.Conflict);
    }

    [Fact]
    public void Sending_before_the_request_or_in_the_future_is_refused()
    {
        var member = Member(home);
        var transfer = Request(Official(TransferDirection.Internal), member, other);

        var before = ShouldBreakRule(() => transfer.Send(Requested.AddDays(-1), member, Today), "transfer.date_before_previous_step");
        before.Arguments.ShouldBe(["2025-03-03"]);
        ShouldBreakRule(() => transfer.Send(Today.AddDays(1), member, Today), EventDates.InFuture);
        transfer.Status.ShouldBe(TransferStatus.Requested);
    }

    [Fact]
    public void Receiving_before_the_sending_date_is_refused()
    {
        var member = Member(home);
        var transfer = Request(Official(TransferDirection.Internal), member, other);
        transfer.Send(new DateOnly(2025, 3, 10), member, Today);

        ShouldBreakRule(() => transfer.Receive(new DateOnly(2025, 3, 9), member, other, Today), "transfer.date_before_previous_step");
        member.OrganizationId.ShouldBe(home.Id);
    }

    [Fact]
    public void A_requested_or_sent_transfer_can_be_rejected_with_a_reason_not_before_the_previous_step()
    {
        var member = Member(home);
        var requested = Request(Official(TransferDirection.Internal), member, other);
        ShouldBreakRule(() => requested.Reject(Requested.AddDays(1), "  ", Today), "transfer.rejection_reason_required");
        ShouldBreakRule(() => requested.Reject(Requested.AddDays(-1), "Rút đề nghị", Today), "transfer.date_before_previous_step");

        requested.Reject(Requested.AddDays(1), "  Đảng viên   rút đề nghị ", Today);
        requested.Status.ShouldBe(TransferStatus.Rejected);
        requested.RejectedOn.ShouldBe(Requested.AddDays(1));
        requested.RejectionReason.ShouldBe("Đảng viên rút đề nghị");

        var sentMember = Member(home);
        var sent = Request(Temporary(TransferDirection.Outgoing, TransferPurpose.Study, Requested.AddMonths(24), "Học viện Chính trị khu vực IV"), sentMember, null);
        sent.Send(new DateOnly(2025, 3, 20), sentMember, Today);
        ShouldBreakRule(() => sent.Reject(new DateOnly(2025, 3, 19), "Không tiếp nhận", Today), "transfer.date_before_previous_step");
        sent.Reject(new DateOnly(2025, 3, 20), "Nơi đến không tiếp nhận", Today);
        sent.Status.ShouldBe(TransferStatus.Rejected);
        sentMember.Status.ShouldBe(MemberStatus.Full);
    }

    // ---- Effects on the member ------------------------------------------------------------------------------------

    [Fact]
    public void Official_internal_transfer_moves_the_member_when_received()
    {
        var member = Member(home);
        var transfer = Request(Official(TransferDirection.Internal), member, other);

        transfer.Send(new DateOnly(2025, 3, 10), member, Today);
        member.OrganizationId.ShouldBe(home.Id);

        transfer.Receive(new DateOnly(2025, 3, 17), member, other, Today);
        member.OrganizationId.ShouldBe(other.Id);
        member.Status.ShouldBe(MemberStatus.Full);
        member.Placements.Select(p => (p.OrganizationId, p.StartsOn, p.EndsOn)).ShouldBe(
        [
            (home.Id, MemberSince, (DateOnly?)new DateOnly(2025, 3, 17)),
            (other.Id, new DateOnly(2025, 3, 17), (DateOnly?)null),
        ]);
    }

    [Fact]
    public void Official_internal_transfer_of_a_member_who_moved_meanwhile_is_a_conflict()
    {
        var member = Member(home);
        var transfer = Request(Official(TransferDirection.Internal), member, other);
        transfer.Send(new DateOnly(2025, 3, 10), member, Today);
        member.MoveToCell(Cell("CB-KHTC", "Chi bộ Phòng Kế hoạch – Tài chính"), new DateOnly(2025, 3, 12));

        ShouldBreakRule(() => transfer.Receive(new DateOnly(2025, 3, 17), member, other, Today), "transfer.member_left_home_cell", RuleViolationKind.Conflict);
    }

    [Fact]
    public void Official_outgoing_transfer_takes_the_member_out_when_sent()
    {
        var member = Member(home);
        var transfer = Request(Official(TransferDirection.Outgoing, "Đảng bộ Sở Y tế tỉnh Sóc Trăng"), member, null);

        transfer.Send(new DateOnly(2025, 3, 10), member, Today);

        member.Status.ShouldBe(MemberStatus.TransferredOut);
        member.StatusOn(new DateOnly(2025, 3, 9)).ShouldBe(MemberStatus.Full);
        member.StatusHistory[^1].DecisionNumber.ShouldBe("25-QĐ/ĐU");
        member.Placements[^1].EndsOn.ShouldBe(new DateOnly(2025, 3, 10));

        transfer.Receive(new DateOnly(2025, 4, 2), member, null, Today);
        transfer.Status.ShouldBe(TransferStatus.Received);
        member.Status.ShouldBe(MemberStatus.TransferredOut);
    }

    [Fact]
    public void A_sent_official_outgoing_transfer_cannot_be_rejected()
    {
        var member = Member(home);
        var transfer = Request(Official(TransferDirection.Outgoing, "Đảng bộ Sở Y tế tỉnh Sóc Trăng"), member, null);
        transfer.Send(new DateOnly(2025, 3, 10), member, Today);

        ShouldBreakRule(() => transfer.Reject(new DateOnly(2025, 3, 20), "Nơi đến không tiếp nhận", Today), "transfer.member_already_transferred_out", RuleViolationKind.Conflict);
        transfer.Status.ShouldBe(TransferStatus.Sent);
    }

    [Fact]
    public void A_transfer_cannot_be_sent_for_a_member_who_left_meanwhile()
    {
        var member = Member(home);
        var transfer = Request(Official(TransferDirection.Internal), member, other);
        member.ChangeStatus(MemberStatus.Deceased, new DateOnly(2025, 3, 5), null, null);

        ShouldBreakRule(() => transfer.Send(new DateOnly(2025, 3, 10), member, Today), "transfer.member_not_active");
        transfer.Status.ShouldBe(TransferStatus.Requested);
    }

    [Fact]
    public void Official_incoming_transfer_places_the_member_in_the_receiving_cell()
    {
        var recordedElsewhere = Member(other, name: "Trần Văn Phúc");
        var moving = StatutoryTransfers.Request(Guid.NewGuid(), Official(TransferDirection.Incoming, "Đảng bộ Sở Nội vụ"), recordedElsewhere, other, home, false, Today);
        moving.Send(new DateOnly(2025, 3, 10), recordedElsewhere, Today);
        moving.Receive(new DateOnly(2025, 3, 14), recordedElsewhere, home, Today);
        recordedElsewhere.OrganizationId.ShouldBe(home.Id);
        recordedElsewhere.Placements.Count.ShouldBe(2);

        var recordedThere = Member(home, name: "Nguyễn Thị Mỹ Linh");
        var staying = Request(Official(TransferDirection.Incoming, "Đảng bộ Sở Nội vụ"), recordedThere, home);
        staying.Send(new DateOnly(2025, 3, 10), recordedThere, Today);
        staying.Receive(new DateOnly(2025, 3, 14), recordedThere, home, Today);
        recordedThere.OrganizationId.ShouldBe(home.Id);
        recordedThere.Placements.ShouldHaveSingleItem();
        staying.Status.ShouldBe(TransferStatus.Received);
    }

    [Theory]
    [InlineData(TransferDirection.Internal)]
    [InlineData(TransferDirection.Outgoing)]
    public void Temporary_transfers_change_neither_home_cell_nor_status(TransferDirection direction)
    {
        var member = Member(home);
        var target = direction == TransferDirection.Internal ? other : null;
        var external = direction == TransferDirection.Outgoing ? "Trường Chính trị tỉnh Sóc Trăng" : null;
        var transfer = Request(Temporary(direction, TransferPurpose.Study, Requested.AddMonths(10), external), member, target);

        transfer.Send(new DateOnly(2025, 3, 10), member, Today);
        transfer.Receive(new DateOnly(2025, 3, 14), member, target, Today);

        member.OrganizationId.ShouldBe(home.Id);
        member.Status.ShouldBe(MemberStatus.Full);
        member.Placements.ShouldHaveSingleItem();
        member.StatusHistory.ShouldHaveSingleItem();
        transfer.Deadline(new WorkingDayCalendar(new HashSet<DateOnly>()), Today).ShouldBeNull();
    }

    [Fact]
    public void A_received_temporary_transfer_has_the_member_attending_the_host_until_its_last_day()
    {
        var member = Member(home);
        var transfer = Request(Temporary(TransferDirection.Internal, TransferPurpose.Work, new DateOnly(2025, 9, 30)), member, other);
        transfer.Send(new DateOnly(2025, 3, 10), member, Today);
        transfer.IsAttendingHostOn(new DateOnly(2025, 3, 20)).ShouldBeFalse();

        transfer.Receive(new DateOnly(2025, 3, 14), member, other, Today);

        transfer.IsAttendingHostOn(new DateOnly(2025, 3, 13)).ShouldBeFalse();
        transfer.IsAttendingHostOn(new DateOnly(2025, 3, 14)).ShouldBeTrue();
        transfer.IsAttendingHostOn(new DateOnly(2025, 9, 30)).ShouldBeTrue();
        transfer.IsAttendingHostOn(new DateOnly(2025, 10, 1)).ShouldBeFalse();
    }

    // ---- Presentation deadline: 30 working days from the letter's date (point 6.3.1 c) ------------------------------

    // Sent on Monday 3 March 2025: 30 working days end on Monday 14 April without holidays; the Hùng Kings'
    // commemoration (Monday 7 April) pushes it to Tuesday 15 April. The 30 April – 2 May break matters for the
    // 60-working-day starting deadline: from 3 March it ends on Monday 26 May, and on Friday 30 May with the holidays.
    private static readonly WorkingDayCalendar Calendar = new(new HashSet<DateOnly>
    {
        new(2025, 4, 7), new(2025, 4, 30), new(2025, 5, 1), new(2025, 5, 2),
    });

    private (Transfer Transfer, PartyMember Member) SentOfficial()
    {
        var member = Member(home);
        var transfer = Request(Official(TransferDirection.Internal), member, other);
        transfer.Send(new DateOnly(2025, 3, 3), member, Today);
        return (transfer, member);
    }

    [Fact]
    public void The_presentation_deadline_is_30_working_days_from_the_letter_without_public_holidays()
    {
        var (transfer, _) = SentOfficial();

        transfer.Deadline(new WorkingDayCalendar(new HashSet<DateOnly>()), new DateOnly(2025, 3, 3))!.DueOn.ShouldBe(new DateOnly(2025, 4, 14));
        transfer.Deadline(Calendar, new DateOnly(2025, 3, 3))!.DueOn.ShouldBe(new DateOnly(2025, 4, 15));
        transfer.GoverningRules().PresentationWorkingDays.ShouldBe(30);
    }

    [Fact]
    public void While_waiting_the_deadline_counts_working_days_left_then_overdue()
    {
        var (transfer, _) = SentOfficial();

        transfer.Deadline(Calendar, new DateOnly(2025, 4, 11)).ShouldBe(new PresentationDeadline(new DateOnly(2025, 4, 15), 2, 0, false));
        transfer.Deadline(Calendar, new DateOnly(2025, 4, 15)).ShouldBe(new PresentationDeadline(new DateOnly(2025, 4, 15), 0, 0, false));
        transfer.Deadline(Calendar, new DateOnly(2025, 4, 16)).ShouldBe(new PresentationDeadline(new DateOnly(2025, 4, 15), null, 1, true));
    }

    [Fact]
    public void Receiving_on_working_day_30_is_on_time_and_on_day_31_is_allowed_but_late()
    {
        var (onTime, onTimeMember) = SentOfficial();
        onTime.Receive(new DateOnly(2025, 4, 15), onTimeMember, other, Today);
        onTime.Deadline(Calendar, Today).ShouldBe(new PresentationDeadline(new DateOnly(2025, 4, 15), null, 0, false));

        var (late, lateMember) = SentOfficial();
        late.Receive(new DateOnly(2025, 4, 16), lateMember, other, Today);
        late.Status.ShouldBe(TransferStatus.Received);
        lateMember.OrganizationId.ShouldBe(other.Id);
        late.Deadline(Calendar, Today).ShouldBe(new PresentationDeadline(new DateOnly(2025, 4, 15), null, 1, true));
    }

    [Fact]
    public void A_rule_set_with_other_numbers_is_the_one_applied()
    {
        var (transfer, _) = SentOfficial();
        var book = TransferRuleSet.Statutory.With(TransferRuleSet.All.Select(r => r with { PresentationWorkingDays = 10, StartWorkingDays = 5 }));

        transfer.Deadline(new WorkingDayCalendar(new HashSet<DateOnly>()), new DateOnly(2025, 3, 3), book)!.DueOn.ShouldBe(new DateOnly(2025, 3, 17));
    }

    // ---- Starting deadline: 60 working days from the change that causes the transfer (point 6.3.1 a) ---------------

    private Transfer RequestedAfterCause(DateOnly requestedOn, TransferCause cause = TransferCause.Retirement) =>
        Request(
            new TransferRequest(TransferKind.Official, TransferDirection.Internal, TransferPurpose.Work, null, requestedOn, null, "25-QĐ/ĐU", cause, new DateOnly(2025, 3, 3)),
            Member(home),
            other);

    [Fact]
    public void Starting_on_working_day_60_after_the_cause_is_on_time_and_on_day_61_is_recorded_late()
    {
        var onTime = RequestedAfterCause(new DateOnly(2025, 5, 30));
        onTime.Cause.ShouldBe(TransferCause.Retirement);
        onTime.CauseOn.ShouldBe(new DateOnly(2025, 3, 3));
        onTime.StartDeadline(Calendar).ShouldBe(new StartDeadline(new DateOnly(2025, 5, 30), 0, false));

        var late = RequestedAfterCause(new DateOnly(2025, 6, 2), TransferCause.NewResidence);
        late.Status.ShouldBe(TransferStatus.Requested);
        late.StartDeadline(Calendar).ShouldBe(new StartDeadline(new DateOnly(2025, 5, 30), 1, true));
        late.StartDeadline(new WorkingDayCalendar(new HashSet<DateOnly>()))!.DueOn.ShouldBe(new DateOnly(2025, 5, 26));
    }

    [Fact]
    public void The_two_deadlines_are_counted_separately()
    {
        var member = Member(home);
        var transfer = Request(
            new TransferRequest(TransferKind.Official, TransferDirection.Internal, TransferPurpose.Work, null, new DateOnly(2025, 3, 3), null, null, TransferCause.NewWorkplace, new DateOnly(2025, 3, 3)),
            member,
            other);
        transfer.Send(new DateOnly(2025, 3, 3), member, Today);

        transfer.StartDeadline(Calendar)!.DueOn.ShouldBe(new DateOnly(2025, 5, 30));
        transfer.Deadline(Calendar, new DateOnly(2025, 3, 3))!.DueOn.ShouldBe(new DateOnly(2025, 4, 15));
    }

    [Fact]
    public void No_starting_deadline_without_a_cause_or_for_a_temporary_transfer()
    {
        Request(Official(TransferDirection.Internal), Member(home), other).StartDeadline(Calendar).ShouldBeNull();
        var temporary = Request(
            new TransferRequest(TransferKind.Temporary, TransferDirection.Internal, TransferPurpose.Work, null, Requested, new DateOnly(2025, 9, 30), null, TransferCause.NewWorkplace, Requested),
            Member(home),
            other);
        temporary.StartDeadline(Calendar).ShouldBeNull();
    }

    [Theory]
    [InlineData(TransferCause.Retirement, null)]
    [InlineData(null, "2025-03-03")]
    public void A_cause_needs_both_its_kind_and_its_date(TransferCause? cause, string? on) =>
        ShouldBreakRule(
            () => Request(
                new TransferRequest(TransferKind.Official, TransferDirection.Internal, TransferPurpose.Work, null, Requested, null, null, cause, on is null ? null : DateOnly.Parse(on)),
                Member(home),
                other),
            "transfer.cause_incomplete");

    [Fact]
    public void No_deadline_before_sending_or_after_a_rejection()
    {
        var member = Member(home);
        var transfer = Request(Official(TransferDirection.Internal), member, other);
        transfer.Deadline(Calendar, Today).ShouldBeNull();

        transfer.Reject(Requested.AddDays(1), "Rút đề nghị", Today);
        transfer.Deadline(Calendar, Today).ShouldBeNull();
    }

    [Fact]
    public void Every_enum_value_has_bilingual_labels()
    {
        foreach (var value in Enum.GetValues<TransferKind>())
        {
            TransferLabels.Of(value).Vi.ShouldNotBe(TransferLabels.Of(value).En);
        }

        foreach (var value in Enum.GetValues<TransferDirection>())
        {
            TransferLabels.Of(value).Vi.ShouldNotBe(TransferLabels.Of(value).En);
        }

        foreach (var value in Enum.GetValues<TransferPurpose>())
        {
            TransferLabels.Of(value).Vi.ShouldNotBe(TransferLabels.Of(value).En);
        }

        foreach (var value in Enum.GetValues<TransferStatus>())
        {
            TransferLabels.Of(value).Vi.ShouldNotBe(TransferLabels.Of(value).En);
        }
    }
}
