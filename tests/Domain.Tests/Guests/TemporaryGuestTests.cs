using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Guests;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Guests;

/// <summary>
/// A member of another party committee on temporary party activity here (Quy định 24-QĐ/TW 2021 / 294-QĐ/TW 2025
/// point 6.3.2): duration, presentation deadline (30 working days of the transfer rule set), extension, return.
/// </summary>
public class TemporaryGuestTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private static readonly DateOnly Letter = new(2025, 3, 3);
    private static readonly WorkingDayCalendar NoHolidays = new(new HashSet<DateOnly>());

    private readonly PartyOrganization committee;
    private readonly PartyOrganization host;

    public TemporaryGuestTests()
    {
        committee = PartyOrganization.Create(Guid.NewGuid(), "DB-SLD", "Đảng bộ Sở Lao động – Thương binh và Xã hội", null, OrganizationType.PartyCommittee, null, new DateOnly(2008, 3, 15), null);
        host = PartyOrganization.Create(Guid.NewGuid(), "CB-TT", "Chi bộ Thanh tra Sở", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2008, 3, 15), committee);
    }

    private static GuestRegistration Letter_(DateOnly? presentedOn = null, DateOnly? until = null, TransferPurpose purpose = TransferPurpose.Work, DateOnly? letterDate = null) =>
        new("Hà Thị Khách", new DateOnly(1990, 1, 2), " 79011111 ", "Chi bộ Văn phòng", "Đảng bộ Sở Y tế tỉnh Bạc Liêu", "3-GTT/ĐU",
            letterDate ?? Letter, purpose, presentedOn ?? new DateOnly(2025, 3, 10), until ?? new DateOnly(2025, 9, 30));

    private TemporaryGuest Register(GuestRegistration registration, PartyOrganization? at = null, DateOnly? today = null) =>
        TemporaryGuest.Register(Guid.NewGuid(), registration, at ?? host, today ?? Today, TransferRuleSet.Statutory);

    private static DomainRuleException ShouldBreakRule(Action action, string code, RuleViolationKind kind = RuleViolationKind.Unprocessable)
    {
        var exception = Should.Throw<DomainRuleException>(action);
        exception.Code.ShouldBe(code);
        exception.Kind.ShouldBe(kind);
        return exception;
    }

    [Fact]
    public void A_guest_is_recorded_attending_the_host_cell_with_the_rule_set_of_the_letter_date()
    {
        var guest = Register(Letter_());

        guest.Status.ShouldBe(GuestStatus.Attending);
        guest.HostOrganizationId.ShouldBe(host.Id);
        guest.PartyCardNumber.ShouldBe("79011111");
        guest.GoverningRules(TransferRuleSet.Statutory).Source.Code.ShouldBe("QD24-2021");
        Register(Letter_(letterDate: new DateOnly(2025, 7, 1), presentedOn: new DateOnly(2025, 7, 1), until: new DateOnly(2025, 12, 31)))
            .GoverningRules(TransferRuleSet.Statutory).Source.Code.ShouldBe("QD294-2025");
    }

    [Fact]
    public void The_period_lasts_from_3_months_to_the_day_before_12_months_after_the_letter()
    {
        ShouldBreakRule(() => Register(Letter_(until: new DateOnly(2025, 6, 2))), "guest.duration_invalid")
            .Arguments.ShouldBe(["2025-06-03", "2026-03-02", "QD24-2021"]);
        Register(Letter_(until: new DateOnly(2025, 6, 3))).Until.ShouldBe(new DateOnly(2025, 6, 3));
        Register(Letter_(until: new DateOnly(2026, 3, 2))).Until.ShouldBe(new DateOnly(2026, 3, 2));
        ShouldBreakRule(() => Register(Letter_(until: new DateOnly(2026, 3, 3))), "guest.duration_invalid");
    }

    [Fact]
    public void Study_lasts_up_to_24_months_after_the_letter()
    {
        Register(Letter_(purpose: TransferPurpose.Study, until: new DateOnly(2027, 3, 3))).Until.ShouldBe(new DateOnly(2027, 3, 3));
        ShouldBreakRule(() => Register(Letter_(purpose: TransferPurpose.Study, until: new DateOnly(2027, 3, 4)), today: new DateOnly(2026, 1, 15)), "guest.duration_invalid");
    }

    [Fact]
    public void A_letter_presented_on_the_30th_working_day_is_on_time_and_the_next_day_late_but_recorded()
    {
        var onTime = Register(Letter_(presentedOn: new DateOnly(2025, 4, 14)));
        var presentation = onTime.Presentation(NoHolidays, TransferRuleSet.Statutory);
        presentation.DueOn.ShouldBe(new DateOnly(2025, 4, 14));
        presentation.Late.ShouldBeFalse();
        presentation.WorkingDaysLate.ShouldBe(0);

        var late = Register(Letter_(presentedOn: new DateOnly(2025, 4, 15))).Presentation(NoHolidays, TransferRuleSet.Statutory);
        late.Late.ShouldBeTrue();
        late.WorkingDaysLate.ShouldBe(1);

        // A holiday inside the period moves the due date by a working day.
        var withHoliday = new WorkingDayCalendar(new HashSet<DateOnly> { new(2025, 4, 7) });
        Register(Letter_(presentedOn: new DateOnly(2025, 4, 15))).Presentation(withHoliday, TransferRuleSet.Statutory).Late.ShouldBeFalse();
    }

    [Fact]
    public void The_letter_is_presented_on_or_after_its_date_and_not_after_today()
    {
        ShouldBreakRule(() => Register(Letter_(presentedOn: new DateOnly(2025, 3, 2))), "guest.presented_before_letter");
        Register(Letter_(presentedOn: Letter)).PresentedOn.ShouldBe(Letter);
        Register(Letter_(presentedOn: Today)).PresentedOn.ShouldBe(Today);
        ShouldBreakRule(() => Register(Letter_(presentedOn: Today.AddDays(1), until: new DateOnly(2026, 3, 2))), EventDates.InFuture);
        ShouldBreakRule(() => Register(Letter_(letterDate: new DateOnly(1930, 2, 2), presentedOn: new DateOnly(1930, 3, 1), until: new DateOnly(1930, 9, 1))), EventDates.TooEarly);
    }

    [Fact]
    public void The_host_is_a_party_cell_existing_on_the_day()
    {
        ShouldBreakRule(() => Register(Letter_(), committee), "guest.host_not_a_cell").Arguments.ShouldBe(["DB-SLD"]);
        var young = PartyOrganization.Create(Guid.NewGuid(), "CB-MOI", "Chi bộ Mới", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2025, 3, 11), committee);
        ShouldBreakRule(() => Register(Letter_(), young), "guest.host_inactive");
        Register(Letter_(presentedOn: new DateOnly(2025, 3, 11)), young).HostOrganizationId.ShouldBe(young.Id);
    }

    [Fact]
    public void An_extension_ends_later_and_reaches_the_day_before_12_months_not_one_more()
    {
        var guest = Register(Letter_());

        ShouldBreakRule(() => guest.Extend(new DateOnly(2025, 9, 30), new DateOnly(2025, 9, 1), Today, TransferRuleSet.Statutory), "guest.extension_not_later");
        ShouldBreakRule(() => guest.Extend(new DateOnly(2026, 3, 3), new DateOnly(2025, 9, 1), Today, TransferRuleSet.Statutory), "guest.extension_too_long")
            .Arguments.ShouldBe(["2026-03-02", "QD24-2021"]);
        ShouldBreakRule(() => guest.Extend(new DateOnly(2025, 12, 31), new DateOnly(2025, 3, 9), Today, TransferRuleSet.Statutory), "guest.date_before_presentation");

        guest.Extend(new DateOnly(2026, 3, 2), new DateOnly(2025, 9, 1), Today, TransferRuleSet.Statutory);
        guest.Until.ShouldBe(new DateOnly(2026, 3, 2));
        guest.ExtendedOn.ShouldBe(new DateOnly(2025, 9, 1));
    }

    [Fact]
    public void The_guest_attends_from_the_presentation_to_the_day_before_the_return_and_then_nothing_more_can_change()
    {
        var guest = Register(Letter_());
        guest.IsAttendingOn(new DateOnly(2025, 3, 9)).ShouldBeFalse();
        guest.IsAttendingOn(new DateOnly(2025, 3, 10)).ShouldBeTrue();
        guest.IsAttendingOn(new DateOnly(2025, 9, 30)).ShouldBeTrue();
        guest.IsAttendingOn(new DateOnly(2025, 10, 1)).ShouldBeFalse();

        guest.Return(new DateOnly(2025, 7, 1), Today);

        guest.Status.ShouldBe(GuestStatus.Returned);
        guest.IsAttendingOn(new DateOnly(2025, 6, 30)).ShouldBeTrue();
        guest.IsAttendingOn(new DateOnly(2025, 7, 1)).ShouldBeFalse();
        ShouldBreakRule(() => guest.Return(new DateOnly(2025, 7, 2), Today), "guest.invalid_state", RuleViolationKind.Conflict);
        ShouldBreakRule(() => guest.Extend(new DateOnly(2025, 12, 31), new DateOnly(2025, 7, 2), Today, TransferRuleSet.Statutory), "guest.invalid_state", RuleViolationKind.Conflict);
    }
}
