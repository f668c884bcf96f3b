using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Admission;
using static PartyCommittee.Domain.Tests.Admission.AdmissionFixtures;

namespace PartyCommittee.Domain.Tests.Admission;

/// <summary>
/// Deadlines counted in working days (Monday–Friday minus configured holidays): decision within 60 of the resolution,
/// ceremony within 30 of the decision, recognition not before probation ends and within 30 after it.
/// </summary>
public class DeadlineTests
{
    // Friday. 60 working days over week-ends only: twelve whole weeks → Friday 2023-05-26.
    private static readonly DateOnly ResolvedOn = new(2023, 3, 3);

    [Fact]
    public void The_decision_is_due_sixty_working_days_after_the_resolution_over_week_ends()
    {
        Resolved(ResolvedOn).RecordCommitteeDecision(new DateOnly(2023, 5, 26), "150-QĐ/ĐU", Weekdays);

        // Saturday 2023-05-27 is 85 calendar days after the resolution, but past the 60th working day.
        var error = ShouldBreakRule(
            () => Resolved(ResolvedOn).RecordCommitteeDecision(new DateOnly(2023, 5, 27), "150-QĐ/ĐU", Weekdays),
            "admission.decision_deadline_passed");
        error.Arguments.ShouldBe(["2023-05-26", 60]);
    }

    [Fact]
    public void Configured_holidays_move_the_decision_deadline()
    {
        // Labour day and the day after (Monday, Tuesday) are days off: the 60th working day moves to Tuesday 2023-05-30.
        var calendar = Holidays(new DateOnly(2023, 5, 1), new DateOnly(2023, 5, 2));

        Resolved(ResolvedOn).RecordCommitteeDecision(new DateOnly(2023, 5, 30), "150-QĐ/ĐU", calendar);

        var error = ShouldBreakRule(
            () => Resolved(ResolvedOn).RecordCommitteeDecision(new DateOnly(2023, 5, 31), "150-QĐ/ĐU", calendar),
            "admission.decision_deadline_passed");
        error.Arguments[0].ShouldBe("2023-05-30");
    }

    [Fact]
    public void A_holiday_on_a_week_end_does_not_move_the_deadline()
    {
        var calendar = Holidays(new DateOnly(2023, 4, 29), new DateOnly(2023, 4, 30));

        ShouldBreakRule(
            () => Resolved(ResolvedOn).RecordCommitteeDecision(new DateOnly(2023, 5, 29), "150-QĐ/ĐU", calendar),
            "admission.decision_deadline_passed").Arguments[0].ShouldBe("2023-05-26");
    }

    [Fact]
    public void The_ceremony_is_due_thirty_working_days_after_the_decision()
    {
        // Decision on Friday 2023-05-26: six whole weeks → Friday 2023-07-07.
        var decidedOn = new DateOnly(2023, 5, 26);
        var decided = Decided(ResolvedOn, decidedOn);

        var error = ShouldBreakRule(() => decided.HoldCeremony(Guid.NewGuid(), new DateOnly(2023, 7, 10), Cell, Weekdays), "admission.ceremony_deadline_passed");
        error.Arguments.ShouldBe(["2023-07-07", 30]);
        decided.MemberId.ShouldBeNull();

        // With Monday 2023-07-03 off, the 30th working day is Monday 2023-07-10.
        decided.HoldCeremony(Guid.NewGuid(), new DateOnly(2023, 7, 10), Cell, Holidays(new DateOnly(2023, 7, 3)));
        decided.CeremonyOn.ShouldBe(new DateOnly(2023, 7, 10));
    }

    [Fact]
    public void Recognition_is_not_before_probation_ends()
    {
        // Ceremony 2023-07-07: twelve months' probation ends on Sunday 2024-07-07.
        var (admission, member) = OnProbation(ResolvedOn, new DateOnly(2023, 5, 26), new DateOnly(2023, 7, 7));

        var error = ShouldBreakRule(
            () => admission.RecognizeFullMembership(member, new DateOnly(2024, 7, 6), "210-QĐ/ĐU", Weekdays),
            "admission.probation_not_complete");
        error.Arguments[0].ShouldBe("2024-07-07");
        member.Status.ShouldBe(MemberStatus.Probationary);

        admission.RecognizeFullMembership(member, new DateOnly(2024, 7, 7), "210-QĐ/ĐU", Weekdays);
        member.Status.ShouldBe(MemberStatus.Full);
    }

    [Fact]
    public void Recognition_is_considered_within_thirty_working_days_after_probation()
    {
        // Probation ends on Sunday 2024-07-07; the 30th working day after it is Friday 2024-08-16.
        var (late, lateMember) = OnProbation(ResolvedOn, new DateOnly(2023, 5, 26), new DateOnly(2023, 7, 7));
        var error = ShouldBreakRule(
            () => late.RecognizeFullMembership(lateMember, new DateOnly(2024, 8, 19), "210-QĐ/ĐU", Weekdays),
            "admission.recognition_deadline_passed");
        error.Arguments.ShouldBe(["2024-08-16", 30]);
        lateMember.Status.ShouldBe(MemberStatus.Probationary);

        // A holiday on Thursday 2024-08-01 moves it to Monday 2024-08-19.
        var (onTime, member) = OnProbation(ResolvedOn, new DateOnly(2023, 5, 26), new DateOnly(2023, 7, 7));
        onTime.RecognizeFullMembership(member, new DateOnly(2024, 8, 19), "210-QĐ/ĐU", Holidays(new DateOnly(2024, 8, 1)));
        onTime.Stage.ShouldBe(AdmissionStage.Recognized);
    }

    [Fact]
    public void The_pending_period_gives_the_due_date_and_the_working_days_left()
    {
        var admission = Resolved(ResolvedOn);

        var period = admission.PendingPeriod()!;
        period.Step.ShouldBe(AdmissionStep.CommitteeDecision);
        period.StartsOn.ShouldBe(ResolvedOn);
        period.RuleSet.Source.Code.ShouldBe("QD24-2021");
        var due = period.DueDate(Weekdays);
        due.ShouldBe(new DateOnly(2023, 5, 26));
        Weekdays.WorkingDaysLeft(new DateOnly(2023, 5, 24), due).ShouldBe(2);
        Weekdays.WorkingDaysLeft(due, due).ShouldBe(0);
        Weekdays.WorkingDaysLeft(new DateOnly(2023, 5, 27), due).ShouldBe(-1); // Saturday after a Friday due date
        Weekdays.WorkingDaysLeft(new DateOnly(2023, 5, 30), due).ShouldBe(-2);
    }

    [Fact]
    public void The_pending_recognition_is_available_from_the_end_of_probation()
    {
        var (admission, _) = OnProbation(ResolvedOn, new DateOnly(2023, 5, 26), new DateOnly(2023, 7, 7));

        var period = admission.PendingPeriod()!;

        period.Step.ShouldBe(AdmissionStep.FullMembership);
        period.AvailableFrom.ShouldBe(new DateOnly(2024, 7, 7));
        period.DueDate(Weekdays).ShouldBe(new DateOnly(2024, 8, 16));
        Prepared().PendingPeriod().ShouldBeNull();
    }

    [Fact]
    public void A_time_limit_follows_the_rule_set_in_force_on_the_step_that_starts_it()
    {
        // Resolution under Quy định 24 (2021), decision after Quy định 294 (2025) took effect on 2025-05-26.
        var admission = Resolved(new DateOnly(2025, 5, 23));
        admission.DecisionPeriod()!.RuleSet.Source.Code.ShouldBe("QD24-2021");

        admission.RecordCommitteeDecision(new DateOnly(2025, 6, 2), "150-QĐ/ĐU", Weekdays);

        admission.CeremonyPeriod()!.RuleSet.Source.Code.ShouldBe("QD294-2025");
        var steps = admission.RecordedSteps();
        steps.Single(s => s.Step == AdmissionStep.CellResolution).RuleSet!.Source.Code.ShouldBe("QD24-2021");
        steps.Single(s => s.Step == AdmissionStep.CommitteeDecision).RuleSet!.Source.Code.ShouldBe("QD24-2021");
        admission.PendingPeriod()!.Step.ShouldBe(AdmissionStep.Ceremony);
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
}
