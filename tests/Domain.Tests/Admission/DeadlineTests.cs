using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Admission;
using static PartyCommittee.Domain.Tests.Admission.AdmissionFixtures;

namespace PartyCommittee.Domain.Tests.Admission;

/// <summary>
/// Time limits counted in working days (Monday–Friday minus configured holidays): the decision within 60 of the
/// resolution (plus a special extension of at most 30), the ceremony within 30 of the RECEIPT of the decision. A step
/// after its limit is recorded with the working days it is late, never refused.
/// </summary>
public class DeadlineTests
{
    // Friday. 60 working days over week-ends only: twelve whole weeks → Friday 2023-05-26.
    private static readonly DateOnly ResolvedOn = new(2023, 3, 3);

    [Theory]
    [InlineData("2023-05-25", 0)] // day 59
    [InlineData("2023-05-26", 0)] // day 60: the last day
    [InlineData("2023-05-27", 1)] // the Saturday after: late
    [InlineData("2023-05-29", 1)] // day 61
    [InlineData("2023-05-30", 2)] // day 62
    public void A_decision_after_sixty_working_days_is_recorded_late_not_refused(string decidedOn, int late)
    {
        var admission = Resolved(ResolvedOn);

        admission.RecordCommitteeDecision(Day(decidedOn), "150-QĐ/ĐU", null, Weekdays, Rules);

        admission.Stage.ShouldBe(AdmissionStage.Decided);
        admission.DecisionWorkingDaysLate.ShouldBe(late);
        admission.RecordedSteps(Rules).Single(s => s.Step == AdmissionStep.CommitteeDecision).WorkingDaysLate.ShouldBe(late);
    }

    [Fact]
    public void Configured_holidays_move_the_decision_deadline()
    {
        // Labour day and the day after (Monday, Tuesday) are days off: the 60th working day moves to Tuesday 2023-05-30.
        var calendar = Holidays(new DateOnly(2023, 5, 1), new DateOnly(2023, 5, 2));
        Resolved(ResolvedOn).DecisionPeriod(Rules)!.DueDate(calendar).ShouldBe(new DateOnly(2023, 5, 30));

        var onTime = Resolved(ResolvedOn);
        onTime.RecordCommitteeDecision(new DateOnly(2023, 5, 30), "150-QĐ/ĐU", null, calendar, Rules);
        onTime.DecisionWorkingDaysLate.ShouldBe(0);

        var late = Resolved(ResolvedOn);
        late.RecordCommitteeDecision(new DateOnly(2023, 5, 31), "150-QĐ/ĐU", null, calendar, Rules);
        late.DecisionWorkingDaysLate.ShouldBe(1);
    }

    [Fact]
    public void A_holiday_on_a_week_end_does_not_move_the_deadline()
    {
        var calendar = Holidays(new DateOnly(2023, 4, 29), new DateOnly(2023, 4, 30));

        Resolved(ResolvedOn).DecisionPeriod(Rules)!.DueDate(calendar).ShouldBe(new DateOnly(2023, 5, 26));
    }

    [Theory]
    [InlineData(29, "2023-07-06", "2023-07-07", 1)]
    [InlineData(30, "2023-07-07", "2023-07-10", 1)]
    public void The_special_extension_adds_up_to_thirty_working_days(int days, string lastOnTime, string firstLate, int late)
    {
        var onTime = Resolved(ResolvedOn);
        onTime.ExtendDecisionPeriod(new DateOnly(2023, 5, 15), days, "12-CV/ĐU", "Chờ thẩm tra lý lịch", Rules);
        onTime.DecisionPeriod(Rules)!.WorkingDays.ShouldBe(60 + days);
        onTime.RecordCommitteeDecision(Day(lastOnTime), "150-QĐ/ĐU", null, Weekdays, Rules);
        onTime.DecisionWorkingDaysLate.ShouldBe(0);

        var after = Resolved(ResolvedOn);
        after.ExtendDecisionPeriod(new DateOnly(2023, 5, 15), days, "12-CV/ĐU", "Chờ thẩm tra lý lịch", Rules);
        after.RecordCommitteeDecision(Day(firstLate), "150-QĐ/ĐU", null, Weekdays, Rules);
        after.DecisionWorkingDaysLate.ShouldBe(late);
        after.RecordedSteps(Rules).Select(s => s.Step).ShouldContain(AdmissionStep.DecisionExtension);
    }

    [Fact]
    public void The_extension_is_at_most_thirty_working_days_and_given_once()
    {
        var admission = Resolved(ResolvedOn);

        var error = ShouldBreakRule(() => admission.ExtendDecisionPeriod(new DateOnly(2023, 5, 15), 31, null, "Lý do", Rules), "admission.extension_too_long");
        error.Arguments.ShouldBe([30, "QD24-2021"]);
        ShouldBreakRule(() => admission.ExtendDecisionPeriod(new DateOnly(2023, 5, 15), 0, null, "Lý do", Rules), "admission.extension_too_long");

        admission.ExtendDecisionPeriod(new DateOnly(2023, 5, 15), 30, null, "Lý do", Rules);
        admission.DecisionExtensionWorkingDays.ShouldBe(30);
        ShouldBreakRule(() => admission.ExtendDecisionPeriod(new DateOnly(2023, 5, 16), 5, null, "Lý do", Rules), "admission.extension_exists", RuleViolationKind.Conflict);
        ShouldBreakRule(() => Prepared().ExtendDecisionPeriod(new DateOnly(2023, 5, 16), 5, null, "Lý do", Rules), "admission.step_out_of_order");
    }

    [Fact]
    public void The_ceremony_counts_thirty_working_days_from_the_receipt_of_the_decision()
    {
        // Decision on Friday 2023-05-26, received on Friday 2023-06-02: six whole weeks → Friday 2023-07-14.
        var received = Resolved(ResolvedOn);
        received.RecordCommitteeDecision(new DateOnly(2023, 5, 26), "150-QĐ/ĐU", new DateOnly(2023, 6, 2), Weekdays, Rules);
        received.CeremonyPeriod(Rules)!.StartsOn.ShouldBe(new DateOnly(2023, 6, 2));
        received.CeremonyPeriod(Rules)!.DueDate(Weekdays).ShouldBe(new DateOnly(2023, 7, 14));
        received.HoldCeremony(Guid.NewGuid(), new DateOnly(2023, 7, 14), Cell, Weekdays, Rules);
        received.CeremonyWorkingDaysLate.ShouldBe(0);

        // Without a receipt the decision's date counts: due Friday 2023-07-07, so 2023-07-14 is five working days late.
        var decided = Decided(ResolvedOn, new DateOnly(2023, 5, 26));
        decided.HoldCeremony(Guid.NewGuid(), new DateOnly(2023, 7, 14), Cell, Weekdays, Rules);
        decided.CeremonyWorkingDaysLate.ShouldBe(5);
        decided.Stage.ShouldBe(AdmissionStage.OnProbation);
        decided.RecordedSteps(Rules).Single(s => s.Step == AdmissionStep.Ceremony).WorkingDaysLate.ShouldBe(5);
    }

    [Theory]
    [InlineData("2023-07-07", 0)] // day 30
    [InlineData("2023-07-10", 1)] // day 31
    public void A_late_ceremony_is_recorded_with_its_lateness(string heldOn, int late)
    {
        var decided = Decided(ResolvedOn, new DateOnly(2023, 5, 26));

        var member = decided.HoldCeremony(Guid.NewGuid(), Day(heldOn), Cell, Weekdays, Rules);

        decided.CeremonyWorkingDaysLate.ShouldBe(late);
        member.Status.ShouldBe(MemberStatus.Probationary);
    }

    [Fact]
    public void The_receipt_is_not_before_the_decision_and_the_ceremony_not_before_the_receipt()
    {
        var decided = Decided(ResolvedOn, new DateOnly(2023, 5, 26));
        ShouldBreakRule(() => decided.RecordDecisionReceipt(new DateOnly(2023, 5, 25)), "admission.date_before_previous_step");

        decided.RecordDecisionReceipt(new DateOnly(2023, 6, 2));
        ShouldBreakRule(() => decided.HoldCeremony(Guid.NewGuid(), new DateOnly(2023, 6, 1), Cell, Weekdays, Rules), "admission.date_before_previous_step")
            .Arguments.ShouldBe(["2023-06-02", "DECISION_RECEIPT"]);
    }

    [Fact]
    public void The_pending_period_gives_the_due_date_and_the_working_days_left()
    {
        var admission = Resolved(ResolvedOn);

        var period = admission.PendingPeriod(Rules)!;
        period.Step.ShouldBe(AdmissionStep.CommitteeDecision);
        period.StartsOn.ShouldBe(ResolvedOn);
        period.RuleSet.Source.Code.ShouldBe("QD24-2021");
        var due = period.DueDate(Weekdays);
        due.ShouldBe(new DateOnly(2023, 5, 26));
        Weekdays.WorkingDaysLeft(new DateOnly(2023, 5, 24), due).ShouldBe(2);
        Weekdays.WorkingDaysLeft(due, due).ShouldBe(0);
        Weekdays.WorkingDaysLeft(new DateOnly(2023, 5, 27), due).ShouldBe(-1); // Saturday after a Friday due date
        Weekdays.WorkingDaysLeft(new DateOnly(2023, 5, 30), due).ShouldBe(-2);
        period.WorkingDaysLate(Weekdays, new DateOnly(2023, 5, 30)).ShouldBe(2);
    }

    [Fact]
    public void A_time_limit_follows_the_rule_set_in_force_on_the_step_that_starts_it()
    {
        // Resolution under Quy định 232 (from 20/1/2025), decision on the day Quy định 294 applies (1/7/2025).
        var admission = Resolved(new DateOnly(2025, 6, 30));
        admission.DecisionPeriod(Rules)!.RuleSet.Source.Code.ShouldBe("QD232-2025");

        admission.RecordCommitteeDecision(new DateOnly(2025, 7, 1), "150-QĐ/ĐU", null, Weekdays, Rules);

        admission.CeremonyPeriod(Rules)!.RuleSet.Source.Code.ShouldBe("QD294-2025");
        var steps = admission.RecordedSteps(Rules);
        steps.Single(s => s.Step == AdmissionStep.CellResolution).RuleSet!.Source.Code.ShouldBe("QD232-2025");
        steps.Single(s => s.Step == AdmissionStep.CommitteeDecision).RuleSet!.Source.Code.ShouldBe("QD232-2025");
        admission.PendingPeriod(Rules)!.Step.ShouldBe(AdmissionStep.Ceremony);
    }

    [Fact]
    public void Working_days_skip_week_ends_and_holidays()
    {
        var calendar = Holidays(new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 2));

        calendar.IsWorkingDay(new DateOnly(2025, 8, 30)).ShouldBeFalse(); // Saturday
        calendar.IsWorkingDay(new DateOnly(2025, 9, 1)).ShouldBeFalse(); // holiday
        calendar.IsWorkingDay(new DateOnly(2025, 9, 3)).ShouldBeTrue();
        calendar.AddWorkingDays(new DateOnly(2025, 8, 29), 1).ShouldBe(new DateOnly(2025, 9, 3));
        calendar.AddWorkingDays(new DateOnly(2025, 8, 29), 0).ShouldBe(new DateOnly(2025, 8, 29));
        calendar.WorkingDaysBetween(new DateOnly(2025, 8, 29), new DateOnly(2025, 9, 5)).ShouldBe(3);
    }

    internal static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
