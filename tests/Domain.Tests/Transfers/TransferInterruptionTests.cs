using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Transfers;

/// <summary>
/// Interruptions between transfers proposed from the dates: beyond the 30 working days from the letter (Quy định
/// 24-QĐ/TW 2021 / 294-QĐ/TW 2025 point 6.3.1 c), not counted in seniority (point 4.5.1).
/// </summary>
public class TransferInterruptionTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private static readonly DateOnly Sent = new(2025, 3, 3);

    // Sent on Monday 3 March 2025: with the Hùng Kings' commemoration (Monday 7 April) working day 30 is Tuesday 15 April.
    private static readonly DateOnly Due = new(2025, 4, 15);

    private static readonly WorkingDayCalendar Calendar = new(new HashSet<DateOnly> { new(2025, 4, 7), new(2025, 4, 30), new(2025, 5, 1), new(2025, 5, 2) });

    private readonly PartyOrganization committee;
    private readonly PartyOrganization home;
    private readonly PartyOrganization other;

    public TransferInterruptionTests()
    {
        committee = PartyOrganization.Create(Guid.NewGuid(), "DB-SLD", "Đảng bộ Sở Lao động – Thương binh và Xã hội", null, OrganizationType.PartyCommittee, null, new DateOnly(2008, 3, 15), null);
        home = Cell("CB-VP", "Chi bộ Văn phòng Sở");
        other = Cell("CB-TT", "Chi bộ Thanh tra Sở");
    }

    private PartyOrganization Cell(string code, string name) =>
        PartyOrganization.Create(Guid.NewGuid(), code, name, null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2008, 3, 15), committee);

    private static PartyMember Member(PartyOrganization cell) =>
        PartyMember.Register(
            Guid.NewGuid(),
            new MemberProfile(
                "Lê Thị Thu Hà", Sex.Female, new DateOnly(1984, 8, 12), "Sóc Trăng", "Sóc Trăng", Ethnicities.Kinh, null, null,
                GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate,
                "Chuyên viên", null, null, null, false, null, null),
            new AdmissionRecord(new DateOnly(2010, 5, 19), "12-QĐ/ĐU", new DateOnly(2010, 5, 19), new DateOnly(2011, 5, 19)),
            cell,
            MemberStatus.Full,
            new DateOnly(2011, 5, 19),
            null);

    private (Transfer Transfer, PartyMember Member) Official(TransferDirection direction, DateOnly? receivedOn)
    {
        var member = Member(home);
        var request = direction == TransferDirection.Internal
            ? new TransferRequest(TransferKind.Official, direction, TransferPurpose.Work, null, Sent, null, "25-QĐ/ĐU")
            : new TransferRequest(TransferKind.Official, direction, TransferPurpose.Work, "Đảng bộ Sở Nội vụ", Sent, null, "25-QĐ/ĐU");
        var target = direction == TransferDirection.Outgoing ? null : direction == TransferDirection.Internal ? other : home;
        var transfer = StatutoryTransfers.Request(Guid.NewGuid(), request, member, home, target, false, Today);
        transfer.Send(Sent, member, Today);
        if (receivedOn is { } on)
        {
            transfer.Receive(on, member, target, Today);
        }

        return (transfer, member);
    }

    private static ProposedInterruption? Proposal(Transfer transfer) => transfer.Interruption(Calendar, TransferRuleSet.Statutory);

    [Fact]
    public void Presenting_on_the_working_day_before_the_limit_or_on_it_proposes_nothing()
    {
        Proposal(Official(TransferDirection.Internal, Due.AddDays(-1)).Transfer).ShouldBeNull();
        Proposal(Official(TransferDirection.Internal, Due).Transfer).ShouldBeNull();
    }

    [Fact]
    public void Presenting_on_the_working_day_after_the_limit_is_late_but_loses_no_day()
    {
        var (transfer, _) = Official(TransferDirection.Internal, Due.AddDays(1));

        transfer.Deadline(Calendar, Today, TransferRuleSet.Statutory)!.Late.ShouldBeTrue();
        Proposal(transfer).ShouldBeNull();
    }

    [Fact]
    public void Presenting_two_working_days_late_proposes_the_day_between_the_limit_and_the_presentation()
    {
        var (transfer, _) = Official(TransferDirection.Internal, Due.AddDays(2));

        var proposal = Proposal(transfer)!;
        proposal.Period.ShouldBe(new DateRange(new DateOnly(2025, 4, 16), new DateOnly(2025, 4, 16)));
        proposal.PresentationDueOn.ShouldBe(Due);
        proposal.WorkingDaysLate.ShouldBe(2);
        proposal.RuleSet.Code.ShouldBe("QD24-2021");
    }

    [Fact]
    public void The_limit_follows_the_public_holidays_and_the_rule_set_in_force()
    {
        // Without the holiday the limit is Monday 14 April: presenting on Thursday 17 April loses 15 and 16 April.
        var (transfer, _) = Official(TransferDirection.Internal, new DateOnly(2025, 4, 17));
        transfer.Interruption(WorkingDayCalendar.WeekdaysOnly, TransferRuleSet.Statutory)!.Period
            .ShouldBe(new DateRange(new DateOnly(2025, 4, 15), new DateOnly(2025, 4, 16)));

        var book = TransferRuleSet.Statutory.With(TransferRuleSet.All.Select(r => r with { PresentationWorkingDays = 10 }));
        transfer.Interruption(WorkingDayCalendar.WeekdaysOnly, book)!.Period.StartsOn.ShouldBe(new DateOnly(2025, 3, 18));
    }

    [Fact]
    public void Only_official_transfers_within_or_into_the_committee_received_late_are_proposed()
    {
        var incoming = Official(TransferDirection.Incoming, Due.AddDays(3)).Transfer;
        Proposal(incoming)!.Period.ShouldBe(new DateRange(new DateOnly(2025, 4, 16), new DateOnly(2025, 4, 17)));

        Proposal(Official(TransferDirection.Outgoing, Due.AddDays(10)).Transfer).ShouldBeNull();
        Proposal(Official(TransferDirection.Internal, null).Transfer).ShouldBeNull();
    }

    [Fact]
    public void Confirming_records_the_gap_seniority_follows_and_a_second_answer_is_refused()
    {
        var (transfer, member) = Official(TransferDirection.Internal, new DateOnly(2025, 4, 21));
        var countedFrom = member.SeniorityCountedFrom;

        var gap = transfer.ConfirmInterruption(member, "40-QĐ/ĐU", new DateOnly(2025, 5, 5), null, Calendar, TransferRuleSet.Statutory, Today);

        gap.Reason.ShouldBe(SeniorityGapReason.TransferInterruption);
        gap.Period.ShouldBe(new DateRange(new DateOnly(2025, 4, 16), new DateOnly(2025, 4, 20)));
        gap.DocumentNumber.ShouldBe("40-QĐ/ĐU");
        member.SeniorityCountedFrom.ShouldBe(countedFrom.AddDays(5));
        transfer.InterruptionDecision.ShouldBe(InterruptionDecision.Confirmed);
        transfer.InterruptionGapId.ShouldBe(gap.Id);
        transfer.PendingInterruption(Calendar, TransferRuleSet.Statutory).ShouldBeNull();

        var again = Should.Throw<DomainRuleException>(
            () => transfer.ConfirmInterruption(member, "41-QĐ/ĐU", new DateOnly(2025, 5, 6), null, Calendar, TransferRuleSet.Statutory, Today));
        again.Code.ShouldBe("transfer.interruption_already_decided");
        again.Kind.ShouldBe(RuleViolationKind.Conflict);
        member.SeniorityGaps.Count.ShouldBe(1);
    }

    [Fact]
    public void Dismissing_needs_a_reason_records_nothing_and_is_not_proposed_again()
    {
        var (transfer, member) = Official(TransferDirection.Internal, new DateOnly(2025, 4, 21));

        Should.Throw<DomainRuleException>(() => transfer.DismissInterruption(" ", new DateOnly(2025, 5, 5), Calendar, TransferRuleSet.Statutory, Today))
            .Code.ShouldBe("transfer.interruption_dismissal_reason_required");
        transfer.DismissInterruption("Ốm nằm viện, có giấy ra viện", new DateOnly(2025, 5, 5), Calendar, TransferRuleSet.Statutory, Today);

        member.SeniorityGaps.ShouldBeEmpty();
        transfer.InterruptionDecision.ShouldBe(InterruptionDecision.Dismissed);
        transfer.PendingInterruption(Calendar, TransferRuleSet.Statutory).ShouldBeNull();
        Should.Throw<DomainRuleException>(
            () => transfer.ConfirmInterruption(member, "41-QĐ/ĐU", new DateOnly(2025, 5, 6), null, Calendar, TransferRuleSet.Statutory, Today))
            .Code.ShouldBe("transfer.interruption_already_decided");
    }

    [Fact]
    public void Nothing_to_answer_and_answers_before_the_presentation_or_without_a_decision_are_refused()
    {
        var (onTime, onTimeMember) = Official(TransferDirection.Internal, Due);
        Should.Throw<DomainRuleException>(
            () => onTime.ConfirmInterruption(onTimeMember, "40-QĐ/ĐU", Due, null, Calendar, TransferRuleSet.Statutory, Today))
            .Code.ShouldBe("transfer.no_interruption");

        var (late, member) = Official(TransferDirection.Internal, new DateOnly(2025, 4, 21));
        Should.Throw<DomainRuleException>(
            () => late.ConfirmInterruption(member, "40-QĐ/ĐU", new DateOnly(2025, 4, 20), null, Calendar, TransferRuleSet.Statutory, Today))
            .Code.ShouldBe("transfer.date_before_previous_step");
        Should.Throw<DomainRuleException>(
            () => late.ConfirmInterruption(member, " ", new DateOnly(2025, 4, 22), null, Calendar, TransferRuleSet.Statutory, Today))
            .Code.ShouldBe("transfer.interruption_needs_decision");
        late.InterruptionDecision.ShouldBeNull();
    }
}
