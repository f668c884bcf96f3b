using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Transfers;

/// <summary>Temporary transfers after their receipt: extension, return, conversion into an official transfer.</summary>
public class TemporaryTransferTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private static readonly DateOnly Requested = new(2025, 3, 3);
    private static readonly DateOnly Received = new(2025, 3, 10);

    private readonly PartyOrganization committee;
    private readonly PartyOrganization home;
    private readonly PartyOrganization host;

    public TemporaryTransferTests()
    {
        committee = PartyOrganization.Create(Guid.NewGuid(), "DB-SLD", "Đảng bộ Sở Lao động – Thương binh và Xã hội", null, OrganizationType.PartyCommittee, null, new DateOnly(2008, 3, 15), null);
        home = PartyOrganization.Create(Guid.NewGuid(), "CB-VP", "Chi bộ Văn phòng Sở", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2008, 3, 15), committee);
        host = PartyOrganization.Create(Guid.NewGuid(), "CB-TT", "Chi bộ Thanh tra Sở", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2008, 3, 15), committee);
    }

    private PartyMember Member() =>
        PartyMember.Register(
            Guid.NewGuid(),
            new MemberProfile(
                "Lâm Thị Ngọc", Sex.Female, new DateOnly(1986, 4, 2), "Sóc Trăng", "Sóc Trăng", Ethnicities.Kinh, null, null,
                GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate,
                "Chuyên viên", null, null, null, false, null, null),
            new AdmissionRecord(new DateOnly(2010, 5, 19), "12-QĐ/ĐU", new DateOnly(2010, 5, 19), new DateOnly(2011, 5, 19)),
            home,
            MemberStatus.Full,
            new DateOnly(2011, 5, 19),
            null);

    private (Transfer Transfer, PartyMember Member) ReceivedTemporary(
        TransferDirection direction = TransferDirection.Internal, TransferPurpose purpose = TransferPurpose.Work, DateOnly? until = null)
    {
        var member = Member();
        var request = new TransferRequest(
            TransferKind.Temporary, direction, purpose, direction == TransferDirection.Outgoing ? "Đảng bộ Trường Chính trị tỉnh" : null,
            Requested, until ?? new DateOnly(2025, 9, 30), "30-QĐ/ĐU");
        var transfer = StatutoryTransfers.Request(Guid.NewGuid(), request, member, home, direction == TransferDirection.Internal ? host : null, false, Today);
        transfer.Send(Requested, member, Today);
        transfer.Receive(Received, member, direction == TransferDirection.Internal ? host : null, Today);
        return (transfer, member);
    }

    private static DomainRuleException ShouldBreakRule(Action action, string code, RuleViolationKind kind = RuleViolationKind.Unprocessable)
    {
        var exception = Should.Throw<DomainRuleException>(action);
        exception.Code.ShouldBe(code);
        exception.Kind.ShouldBe(kind);
        return exception;
    }

    // ---- Extension ------------------------------------------------------------------------------------------------

    [Fact]
    public void An_extension_reaches_the_day_before_12_months_and_not_one_day_more()
    {
        var (transfer, _) = ReceivedTemporary();

        var tooLong = ShouldBreakRule(
            () => transfer.Extend(new DateOnly(2026, 3, 3), new DateOnly(2025, 9, 1), Today, TransferRuleSet.Statutory), "transfer.extension_too_long");
        tooLong.Arguments.ShouldBe(["2026-03-02"]);

        transfer.Extend(new DateOnly(2026, 3, 2), new DateOnly(2025, 9, 1), Today, TransferRuleSet.Statutory);
        transfer.TemporaryUntil.ShouldBe(new DateOnly(2026, 3, 2));
        transfer.ExtendedOn.ShouldBe(new DateOnly(2025, 9, 1));
        transfer.IsAttendingHostOn(new DateOnly(2026, 3, 2)).ShouldBeTrue();
    }

    [Fact]
    public void A_study_transfer_extends_to_24_months()
    {
        var (transfer, _) = ReceivedTemporary(purpose: TransferPurpose.Study);

        transfer.Extend(new DateOnly(2027, 3, 3), new DateOnly(2025, 9, 1), Today, TransferRuleSet.Statutory);
        transfer.TemporaryUntil.ShouldBe(new DateOnly(2027, 3, 3));
    }

    [Fact]
    public void An_extension_ends_later_than_the_current_end()
    {
        var (transfer, _) = ReceivedTemporary();

        ShouldBreakRule(() => transfer.Extend(new DateOnly(2025, 9, 30), new DateOnly(2025, 9, 1), Today, TransferRuleSet.Statutory), "transfer.extension_not_later");
        ShouldBreakRule(() => transfer.Extend(new DateOnly(2025, 12, 31), Today.AddDays(1), Today, TransferRuleSet.Statutory), EventDates.InFuture);
    }

    [Fact]
    public void Only_a_received_temporary_transfer_is_extended_returned_or_converted()
    {
        var member = Member();
        var official = StatutoryTransfers.Request(
            Guid.NewGuid(), new TransferRequest(TransferKind.Official, TransferDirection.Internal, TransferPurpose.Work, null, Requested, null, null), member, home, host, false, Today);

        ShouldBreakRule(() => official.Extend(new DateOnly(2025, 12, 31), Requested, Today, TransferRuleSet.Statutory), "transfer.not_temporary");
        ShouldBreakRule(() => official.Return(Requested, Today), "transfer.not_temporary");

        var temporary = StatutoryTransfers.Request(
            Guid.NewGuid(),
            new TransferRequest(TransferKind.Temporary, TransferDirection.Internal, TransferPurpose.Work, null, Requested, new DateOnly(2025, 9, 30), null),
            Member(),
            home,
            host,
            false,
            Today);
        ShouldBreakRule(() => temporary.Return(Requested, Today), "transfer.invalid_state", RuleViolationKind.Conflict);
    }

    // ---- Return ---------------------------------------------------------------------------------------------------

    [Fact]
    public void After_the_return_the_member_no_longer_attends_the_host()
    {
        var (transfer, member) = ReceivedTemporary();

        transfer.Return(new DateOnly(2025, 7, 1), Today);

        transfer.Status.ShouldBe(TransferStatus.Returned);
        transfer.ReturnedOn.ShouldBe(new DateOnly(2025, 7, 1));
        transfer.IsAttendingHostOn(new DateOnly(2025, 6, 30)).ShouldBeTrue();
        transfer.IsAttendingHostOn(new DateOnly(2025, 7, 1)).ShouldBeFalse();
        member.OrganizationId.ShouldBe(home.Id);
        ShouldBreakRule(() => transfer.Return(new DateOnly(2025, 7, 2), Today), "transfer.invalid_state", RuleViolationKind.Conflict);
    }

    [Fact]
    public void The_return_is_not_before_the_receipt()
    {
        var (transfer, _) = ReceivedTemporary();

        ShouldBreakRule(() => transfer.Return(Received.AddDays(-1), Today), "transfer.date_before_previous_step");
    }

    // ---- Conversion -----------------------------------------------------------------------------------------------

    [Fact]
    public void Converting_within_the_committee_moves_the_member_to_the_host_cell()
    {
        var (transfer, member) = ReceivedTemporary();

        transfer.ConvertToOfficial(new DateOnly(2025, 8, 1), member, host, TransferCause.NewWorkplace, new DateOnly(2025, 7, 15), Today);

        transfer.Kind.ShouldBe(TransferKind.Official);
        transfer.ConvertedOn.ShouldBe(new DateOnly(2025, 8, 1));
        transfer.TemporaryUntil.ShouldBeNull();
        transfer.Cause.ShouldBe(TransferCause.NewWorkplace);
        member.OrganizationId.ShouldBe(host.Id);
        member.Placements.Last().StartsOn.ShouldBe(new DateOnly(2025, 8, 1));
        member.DomainEvents.OfType<MemberMovedCell>().ShouldHaveSingleItem().On.ShouldBe(new DateOnly(2025, 8, 1));
        transfer.Deadline(new(new HashSet<DateOnly>()), Today, TransferRuleSet.Statutory).ShouldBeNull();
    }

    [Fact]
    public void Converting_a_temporary_transfer_out_of_the_committee_transfers_the_member_out()
    {
        var (transfer, member) = ReceivedTemporary(TransferDirection.Outgoing);

        transfer.ConvertToOfficial(new DateOnly(2025, 8, 1), member, null, null, null, Today);

        member.Status.ShouldBe(MemberStatus.TransferredOut);
        member.StatusOn(new DateOnly(2025, 8, 1)).ShouldBe(MemberStatus.TransferredOut);
        transfer.Kind.ShouldBe(TransferKind.Official);
    }
}
