using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Membership;

/// <summary>Each rule of the member aggregate at its boundary, and the events it raises (the member owns the status).</summary>
public sealed class PartyMemberTests
{
    private static readonly DateOnly Established = new(2010, 1, 1);

    private static readonly PartyOrganization Committee =
        PartyOrganization.Create(Guid.NewGuid(), "DB-PM", "Đảng bộ Sở thử nghiệm", null, OrganizationType.PartyCommittee, null, Established, null);

    private static readonly PartyOrganization Cell =
        PartyOrganization.Create(Guid.NewGuid(), "CB-PM1", "Chi bộ Văn phòng", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, Established, Committee);

    private static readonly PartyOrganization OtherCell =
        PartyOrganization.Create(Guid.NewGuid(), "CB-PM2", "Chi bộ Thanh tra", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, Established, Committee);

    private static readonly DateOnly Admitted = new(2020, 9, 1);

    private static MemberProfile Profile(string ethnicity = Ethnicities.Kinh) => new(
        "Nguyễn Văn Thử", Sex.Male, new DateOnly(1990, 2, 3), null, null, ethnicity, null, null,
        GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Elementary, null, null, null, null, false, null, null);

    private static PartyMember Register(
        MemberStatus status = MemberStatus.Probationary, AdmissionRecord? admission = null, PartyOrganization? cell = null, DateOnly? since = null, string ethnicity = Ethnicities.Kinh) =>
        PartyMember.Register(
            Guid.NewGuid(),
            Profile(ethnicity),
            admission ?? new AdmissionRecord(Admitted, "1-QĐ", Admitted, status == MemberStatus.Probationary ? null : Admitted.AddYears(1)),
            cell ?? Cell,
            status,
            since ?? (status == MemberStatus.Probationary ? Admitted : Admitted.AddYears(1)),
            null);

    private static void ShouldBreak(Action action, string code) =>
        Should.Throw<DomainRuleException>(action).Code.ShouldBe(code);

    [Theory]
    [InlineData(MemberStatus.TransferredOut)]
    [InlineData(MemberStatus.NameRemoved)]
    [InlineData(MemberStatus.Expelled)]
    [InlineData(MemberStatus.Deceased)]
    public void A_member_is_recorded_only_with_a_status_he_can_start_with(MemberStatus status)
    {
        ShouldBreak(() => Register(status), "member.initial_status_invalid");
        Register(MemberStatus.Full).Status.ShouldBe(MemberStatus.Full);
    }

    [Fact]
    public void The_cell_must_be_a_cell_that_exists_on_the_date()
    {
        ShouldBreak(() => Register(cell: Committee), "member.organization_not_a_cell");
        ShouldBreak(() => Register(since: Established.AddDays(-1), admission: new AdmissionRecord(new DateOnly(2009, 1, 1), null, null, null)), "member.organization_inactive");
        Register(since: Established, admission: new AdmissionRecord(new DateOnly(2009, 1, 1), null, null, null)).OrganizationId.ShouldBe(Cell.Id);
    }

    [Fact]
    public void An_unknown_ethnic_group_is_refused()
    {
        ShouldBreak(() => Register(ethnicity: "99"), "member.ethnicity_unknown");
        Register(ethnicity: "54").EthnicityCode.ShouldBe("54");
    }

    [Fact]
    public void The_admission_dates_follow_each_other()
    {
        ShouldBreak(() => Register(admission: new AdmissionRecord(Admitted, null, Admitted.AddDays(-1), null)), "member.ceremony_before_decision");
        Register(admission: new AdmissionRecord(Admitted, null, Admitted, null)).CeremonyDate.ShouldBe(Admitted);

        ShouldBreak(
            () => Register(MemberStatus.Full, new AdmissionRecord(Admitted, null, Admitted.AddDays(10), Admitted.AddDays(9)), since: Admitted.AddDays(10)),
            "member.full_membership_before_admission");
        Register(MemberStatus.Full, new AdmissionRecord(Admitted, null, Admitted.AddDays(10), Admitted.AddDays(10)), since: Admitted.AddDays(10)).Status.ShouldBe(MemberStatus.Full);

        ShouldBreak(() => Register(MemberStatus.Probationary, new AdmissionRecord(Admitted, null, Admitted, Admitted.AddYears(1))), "member.probationary_with_full_membership_date");
    }

    [Fact]
    public void Recognition_needs_a_probationary_member_whose_probation_has_ended()
    {
        var member = Register();
        ShouldBreak(() => member.RecognizeFullMembership(Admitted.AddMonths(12).AddDays(-1), "5-QĐ", 12), "member.probation_not_complete");

        member.RecognizeFullMembership(Admitted.AddMonths(12), "5-QĐ", 12);

        member.Status.ShouldBe(MemberStatus.Full);
        member.FullMembershipDate.ShouldBe(Admitted.AddMonths(12));
        member.DomainEvents.ShouldContain(new MemberRecognizedAsFull(member.Id, Admitted.AddMonths(12), "5-QĐ"));
        member.DomainEvents.OfType<MemberStatusChanged>().Single().ShouldBe(
            new MemberStatusChanged(member.Id, MemberStatus.Probationary, MemberStatus.Full, Admitted.AddMonths(12), "5-QĐ", null));
        ShouldBreak(() => member.RecognizeFullMembership(Admitted.AddMonths(13), "6-QĐ", 12), "member.not_probationary");
    }

    [Fact]
    public void Status_changes_follow_the_statute()
    {
        var probationary = Register();
        ShouldBreak(() => probationary.ChangeStatus(MemberStatus.Expelled, Admitted.AddDays(1), null, null), "member.probationary_cannot_be_expelled");
        ShouldBreak(() => probationary.ChangeStatus(MemberStatus.Full, Admitted.AddDays(1), null, null), "member.use_full_membership_recognition");

        var full = Register(MemberStatus.Full);
        full.ChangeStatus(MemberStatus.Deceased, Admitted.AddYears(2), null, null);
        ShouldBreak(() => full.ChangeStatus(MemberStatus.Full, Admitted.AddYears(3), null, null), "member.status_transition_not_allowed");
    }

    [Fact]
    public void A_change_cannot_precede_the_last_one_and_two_on_one_day_keep_the_later()
    {
        var member = Register(MemberStatus.Full);
        var since = Admitted.AddYears(1);
        ShouldBreak(() => member.ChangeStatus(MemberStatus.Deceased, since.AddDays(-1), null, null), "member.date_before_last_change");

        member.ChangeStatus(MemberStatus.Deceased, since, "7-TB", "Từ trần");

        member.Status.ShouldBe(MemberStatus.Deceased);
        member.StatusHistory.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(MemberStatus.NameRemoved)]
    [InlineData(MemberStatus.Expelled)]
    [InlineData(MemberStatus.Deceased)]
    public void Leaving_raises_the_status_change_and_the_departure(MemberStatus to)
    {
        var member = Register(MemberStatus.Full);
        var on = new DateOnly(2024, 5, 20);

        member.ChangeStatus(to, on, "9-QĐ", "Lý do");

        member.DomainEvents.ShouldBe(new IDomainEvent[]
        {
            new MemberStatusChanged(member.Id, MemberStatus.Full, to, on, "9-QĐ", "Lý do"),
            new MemberLeftPartyOrganisation(member.Id, to, on, "Lý do"),
        });
    }

    [Fact]
    public void A_suspension_is_a_condition_not_a_status_change()
    {
        var member = Register(MemberStatus.Full);

        var suspension = member.Suspend(new DateRange(new DateOnly(2024, 1, 2)), "3-QĐ/UBKT", null, new DateOnly(2024, 1, 2), WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory);

        member.Status.ShouldBe(MemberStatus.Full);
        member.DomainEvents.ShouldHaveSingleItem().ShouldBe(
            new MemberConditionStarted(member.Id, suspension.Id, MemberConditionKind.Suspension, new DateRange(new DateOnly(2024, 1, 2))));
    }

    [Fact]
    public void A_transfer_out_is_a_departure()
    {
        var member = Register(MemberStatus.Full);

        member.TransferOut(new DateOnly(2024, 3, 11), "3-QĐ");

        member.Status.ShouldBe(MemberStatus.TransferredOut);
        member.DomainEvents.OfType<MemberLeftPartyOrganisation>().Single().Status.ShouldBe(MemberStatus.TransferredOut);
    }

    [Fact]
    public void Moving_cell_needs_an_active_member_another_cell_and_a_later_date()
    {
        var member = Register(MemberStatus.Full);
        var since = Admitted.AddYears(1);
        ShouldBreak(() => member.MoveToCell(Cell, since.AddDays(1)), "member.already_in_cell");
        ShouldBreak(() => member.MoveToCell(OtherCell, since), "member.date_before_last_change");

        member.MoveToCell(OtherCell, since.AddDays(1));

        member.OrganizationId.ShouldBe(OtherCell.Id);
        member.DomainEvents.ShouldBe(new IDomainEvent[] { new MemberMovedCell(member.Id, Cell.Id, OtherCell.Id, since.AddDays(1)) });

        var gone = Register(MemberStatus.Full);
        gone.ChangeStatus(MemberStatus.Deceased, since.AddDays(1), null, null);
        ShouldBreak(() => gone.MoveToCell(OtherCell, since.AddDays(2)), "member.not_active");
    }
}
