using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Membership;

/// <summary>
/// The member record's rules at their boundaries: exemption and suspension as dated conditions, seniority,
/// re-admission, corrections by decision, dated qualifications, the admission age, the national form's fields.
/// </summary>
public sealed class MemberRecordTests
{
    private static readonly DateOnly Established = new(1990, 1, 1);
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static readonly PartyOrganization Committee =
        PartyOrganization.Create(Guid.NewGuid(), "DB-MR", "Đảng bộ Sở thử nghiệm", null, OrganizationType.PartyCommittee, null, Established, null);

    private static readonly PartyOrganization Cell =
        PartyOrganization.Create(Guid.NewGuid(), "CB-MR1", "Chi bộ Văn phòng", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, Established, Committee);

    private static readonly DateOnly Admitted = new(2000, 9, 1);
    private static readonly DateOnly Born = new(1975, 3, 2);

    private static MemberProfile Profile(DateOnly? born = null, string name = "Trần Văn Hồ sơ") => new(
        name, Sex.Male, born ?? Born, null, null, Ethnicities.Kinh, null, null,
        GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Elementary, "Chuyên viên", null, null, null, false, null, null);

    /// <summary>A full member admitted on 1 September 2000, full from 1 September 2001.</summary>
    private static PartyMember Full() =>
        PartyMember.Register(Guid.NewGuid(), Profile(), new AdmissionRecord(Admitted, "1-QĐ", Admitted, Admitted.AddYears(1)), Cell, MemberStatus.Full, Admitted.AddYears(1), null);

    private static PartyMember Probationary(DateOnly? admitted = null)
    {
        var on = admitted ?? new DateOnly(2024, 3, 1);
        return PartyMember.Register(Guid.NewGuid(), Profile(), new AdmissionRecord(on, "2-QĐ", on, null), Cell, MemberStatus.Probationary, on, null);
    }

    private static void ShouldBreak(Action action, string code) => Should.Throw<DomainRuleException>(action).Code.ShouldBe(code);

    private static MemberCondition ExemptOther(PartyMember m, DateOnly from, DateOnly? to, RuleBook<MemberConditionRuleSet>? rules = null) =>
        m.Exempt(MemberConditionKind.Exemption, ExemptionGround.Other, new DateRange(from, to), "4-NQ/CB", "Đi làm xa", Today, rules ?? MemberConditionRuleSet.Statutory);

    // ---- Exemption and suspension are dated conditions, not classes of membership --------------------------------

    [Fact]
    public void An_exemption_for_age_or_health_is_open_ended_and_keeps_the_class()
    {
        var full = Full();
        full.Exempt(MemberConditionKind.Exemption, ExemptionGround.Age, new DateRange(new DateOnly(2024, 1, 1)), "5-NQ/CB", null, Today, MemberConditionRuleSet.Statutory);
        var probationary = Probationary();
        probationary.Exempt(MemberConditionKind.Reduction, ExemptionGround.Health, new DateRange(new DateOnly(2024, 4, 1)), "6-NQ/CB", null, Today, MemberConditionRuleSet.Statutory);

        full.Status.ShouldBe(MemberStatus.Full);
        full.IsExemptOn(new DateOnly(2023, 12, 31)).ShouldBeFalse();
        full.IsExemptOn(new DateOnly(2024, 1, 1)).ShouldBeTrue();
        full.IsExemptOn(new DateOnly(2090, 1, 1)).ShouldBeTrue();
        probationary.Status.ShouldBe(MemberStatus.Probationary);
        probationary.ConditionsOn(new DateOnly(2024, 4, 1)).Single().Kind.ShouldBe(MemberConditionKind.Reduction);
        full.DomainEvents.OfType<MemberStatusChanged>().ShouldBeEmpty();
    }

    [Fact]
    public void An_exemption_for_another_reason_ends_before_twelve_months()
    {
        var from = new DateOnly(2024, 3, 1);
        ShouldBreak(() => ExemptOther(Full(), from, null), "member.exemption_too_long");
        ShouldBreak(() => ExemptOther(Full(), from, new DateOnly(2025, 3, 1)), "member.exemption_too_long");
        ExemptOther(Full(), from, new DateOnly(2025, 2, 28)).Period.Days.ShouldBe(365);
    }

    [Fact]
    public void The_exemption_limit_is_the_rule_set_in_force_on_the_first_day()
    {
        var six = new RuleBook<MemberConditionRuleSet>(
            "Membership", "membership.exemption", new BilingualLabel("t", "t"), [new(new RuleSource("TEST-6", "Test", new DateOnly(2000, 1, 1)), 6)]);
        var from = new DateOnly(2024, 3, 1);

        ShouldBreak(() => ExemptOther(Full(), from, new DateOnly(2024, 9, 1), six), "member.exemption_too_long");
        ExemptOther(Full(), from, new DateOnly(2024, 8, 31), six).EndsOn.ShouldBe(new DateOnly(2024, 8, 31));
        Should.Throw<DomainRuleException>(() => ExemptOther(Full(), from, new DateOnly(2024, 9, 1), six)).Arguments.ShouldContain("TEST-6");

        // Before the first guidance that sets the limit (Hướng dẫn 01-HD/TW of 28/9/2021) its 12 months apply as a setting (ADR 0039).
        Should.Throw<DomainRuleException>(() => ExemptOther(Full(), new DateOnly(2021, 9, 27), new DateOnly(2022, 9, 27))).Arguments.ShouldContain("SETTING-BEFORE-HD01-2021");
        ExemptOther(Full(), new DateOnly(2021, 9, 27), new DateOnly(2022, 9, 26)).EndsOn.ShouldBe(new DateOnly(2022, 9, 26));
        ExemptOther(Full(), new DateOnly(2021, 9, 28), new DateOnly(2021, 12, 31)).StartsOn.ShouldBe(new DateOnly(2021, 9, 28));
    }

    [Fact]
    public void Conditions_of_one_kind_do_not_overlap()
    {
        var member = Full();
        member.Suspend(new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)), "1-QĐ", null, Today, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory);

        ShouldBreak(() => member.Suspend(new DateRange(new DateOnly(2024, 3, 31)), "2-QĐ", null, Today, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory), "member.condition_overlaps");
        member.Suspend(new DateRange(new DateOnly(2024, 4, 1)), "2-QĐ", null, Today, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory);
        member.Exempt(MemberConditionKind.Exemption, ExemptionGround.Health, new DateRange(new DateOnly(2024, 2, 1)), "3-NQ", null, Today, MemberConditionRuleSet.Statutory);

        member.ConditionsOn(new DateOnly(2024, 4, 1)).Count().ShouldBe(2);
    }

    [Fact]
    public void The_member_refuses_a_suspension_longer_than_the_rule_set_allows_and_records_nothing()
    {
        var member = Full();
        ShouldBreak(
            () => member.Suspend(new DateRange(new DateOnly(2024, 1, 2), new DateOnly(2024, 6, 30)), "1-QĐ", null, Today, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory),
            "member.suspension_too_long");
        member.Conditions.ShouldBeEmpty();
        member.Suspend(new DateRange(new DateOnly(2024, 1, 2), new DateOnly(2024, 6, 29)), "1-QĐ", null, Today, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory)
            .EndsOn.ShouldBe(new DateOnly(2024, 6, 29));
    }

    [Fact]
    public void A_suspension_keeps_a_probationary_member_probationary_and_ends_on_its_last_day()
    {
        var member = Probationary();
        var suspension = member.Suspend(new DateRange(new DateOnly(2024, 5, 1)), "3-QĐ/UBKT", "Chờ xem xét kỷ luật", Today, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory);

        ShouldBreak(() => member.EndCondition(suspension.Id, new DateOnly(2024, 4, 30), "4-QĐ"), "member.condition_end_before_start");
        member.EndCondition(suspension.Id, new DateOnly(2024, 7, 31), "4-QĐ");
        ShouldBreak(() => member.EndCondition(suspension.Id, new DateOnly(2024, 8, 31), "5-QĐ"), "member.condition_already_ended");
        ShouldBreak(() => member.EndCondition(Guid.NewGuid(), new DateOnly(2024, 8, 31), "5-QĐ"), "member.condition_not_found");

        member.Status.ShouldBe(MemberStatus.Probationary);
        member.IsSuspendedOn(new DateOnly(2024, 7, 31)).ShouldBeTrue();
        member.IsSuspendedOn(new DateOnly(2024, 8, 1)).ShouldBeFalse();
        member.DomainEvents.OfType<MemberConditionEnded>().Single().LastDay.ShouldBe(new DateOnly(2024, 7, 31));

        // No path through a condition turns a probationary member into a full one.
        MemberStatusRules.IsAllowed(MemberStatus.Probationary, MemberStatus.Full).ShouldBeFalse();
        Enum.GetValues<MemberStatus>().Where(s => MembershipLabels.IsCounted(s)).ShouldBe([MemberStatus.Probationary, MemberStatus.Full]);
    }

    [Fact]
    public void A_condition_needs_a_member_on_its_first_day_and_a_date_that_has_come()
    {
        var member = Full();
        ShouldBreak(() => member.Suspend(new DateRange(Admitted.AddDays(-1)), null, null, Today, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory), "member.condition_needs_member");
        ShouldBreak(() => member.Suspend(new DateRange(Today.AddDays(1)), null, null, Today, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory), EventDates.InFuture);
        member.Suspend(new DateRange(Today), null, null, Today, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory).StartsOn.ShouldBe(Today);

        var gone = Full();
        gone.ChangeStatus(MemberStatus.Deceased, new DateOnly(2020, 1, 1), null, null);
        ShouldBreak(() => gone.Suspend(new DateRange(new DateOnly(2020, 2, 1)), null, null, Today, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory), "member.condition_needs_member");
    }

    [Fact]
    public void Leaving_ends_open_conditions_the_day_before()
    {
        var member = Full();
        member.Exempt(MemberConditionKind.Exemption, ExemptionGround.Age, new DateRange(new DateOnly(2021, 1, 15)), "5-NQ/CB", null, Today, MemberConditionRuleSet.Statutory);

        member.ChangeStatus(MemberStatus.Deceased, new DateOnly(2024, 6, 10), "1-TB", null);

        member.Conditions.Single().EndsOn.ShouldBe(new DateOnly(2024, 6, 9));
    }

    // ---- Seniority ----------------------------------------------------------------------------------------------

    [Fact]
    public void Seniority_counts_whole_months_from_the_admission_decision()
    {
        var member = Full();

        member.SeniorityOn(new DateOnly(2030, 8, 31))!.ShouldSatisfyAllConditions(
            s => s.Years.ShouldBe(29), s => s.Months.ShouldBe(11), s => s.CountedFrom.ShouldBe(Admitted), s => s.DaysExcluded.ShouldBe(0));
        member.SeniorityOn(new DateOnly(2030, 9, 1))!.Years.ShouldBe(30);
        member.SeniorityOn(new DateOnly(2030, 9, 1))!.Months.ShouldBe(0);
        member.SeniorityYearsOn(new DateOnly(2030, 9, 1)).ShouldBe(30);
    }

    [Fact]
    public void A_probationary_member_has_no_seniority_yet()
    {
        var member = Probationary(new DateOnly(2024, 3, 1));
        member.SeniorityOn(new DateOnly(2025, 2, 28)).ShouldBeNull();
        member.SeniorityYearsOn(new DateOnly(2025, 2, 28)).ShouldBe(0);

        member.RecognizeFullMembership(new DateOnly(2025, 3, 1), "9-QĐ", 12);
        member.SeniorityOn(new DateOnly(2025, 3, 1))!.TotalMonths.ShouldBe(12);
        member.SeniorityOn(new DateOnly(2025, 2, 28)).ShouldBeNull();
    }

    [Fact]
    public void Time_outside_the_party_is_not_counted()
    {
        var member = Full();
        ShouldBreak(() => member.RecordSeniorityGap(new DateRange(new DateOnly(2010, 1, 1)), SeniorityGapReason.LostContact, null, null, Today), "member.seniority_gap_open");
        member.RecordSeniorityGap(new DateRange(new DateOnly(2010, 1, 1), new DateOnly(2010, 1, 31)), SeniorityGapReason.LostContact, "12-KL/ĐU", null, Today);
        ShouldBreak(
            () => member.RecordSeniorityGap(new DateRange(new DateOnly(2010, 1, 31), new DateOnly(2010, 2, 5)), SeniorityGapReason.TransferInterruption, null, null, Today),
            "member.seniority_gap_overlaps");

        // 31 days not counted: the 30 years are reached 31 days later.
        member.SeniorityCountedFrom.ShouldBe(new DateOnly(2000, 10, 2));
        member.SeniorityOn(new DateOnly(2030, 10, 1))!.ShouldSatisfyAllConditions(s => s.Years.ShouldBe(29), s => s.DaysExcluded.ShouldBe(31));
        member.SeniorityOn(new DateOnly(2030, 10, 2))!.Years.ShouldBe(30);
    }

    [Fact]
    public void Seniority_stops_when_the_member_leaves()
    {
        var member = Full();
        member.ChangeStatus(MemberStatus.Deceased, new DateOnly(2025, 9, 1), null, null);

        var s = member.SeniorityOn(new DateOnly(2030, 1, 1))!;
        s.CountedUntil.ShouldBe(new DateOnly(2025, 9, 1));
        s.Years.ShouldBe(25);
        s.Months.ShouldBe(0);

        var former = Probationary(new DateOnly(2024, 3, 1));
        former.ChangeStatus(MemberStatus.NameRemoved, new DateOnly(2024, 9, 1), null, null, LeavingReason.UnfitProbationary);
        former.SeniorityOn(new DateOnly(2025, 1, 1)).ShouldBeNull();
    }

    // ---- Re-admission ------------------------------------------------------------------------------------------

    private static PartyMember Removed(LeavingReason? reason, DateOnly? on = null)
    {
        var member = Full();
        member.ChangeStatus(MemberStatus.NameRemoved, on ?? new DateOnly(2017, 1, 1), "3-QĐ/ĐU", null, reason);
        return member;
    }

    private static void Readmit(PartyMember m, DateOnly on, LeavingReason? reason = null, DateOnly? cleared = null) =>
        m.Readmit(on, "7-QĐ/ĐU", Cell, reason, cleared, Today, ReadmissionRuleSet.Statutory);

    [Fact]
    public void Readmission_comes_36_months_after_leaving_at_the_earliest()
    {
        var member = Removed(LeavingReason.NoDuesOrActivities);
        ShouldBreak(() => Readmit(member, new DateOnly(2019, 12, 31)), "member.readmission_too_early");

        Readmit(member, new DateOnly(2020, 1, 1));

        member.Status.ShouldBe(MemberStatus.Probationary);
        member.ReadmissionDecisionDate.ShouldBe(new DateOnly(2020, 1, 1));
        member.AdmissionDecisionDate.ShouldBe(Admitted);
        member.SeniorityOn(new DateOnly(2020, 6, 1)).ShouldBeNull();
        member.DomainEvents.OfType<MemberReadmitted>().Single().CellId.ShouldBe(Cell.Id);
    }

    [Fact]
    public void A_readmitted_member_counts_from_the_first_admission_minus_the_gap()
    {
        var member = Removed(LeavingReason.NoDuesOrActivities);
        Readmit(member, new DateOnly(2020, 1, 1));
        member.RecordReadmissionCeremony(new DateOnly(2020, 2, 1), Today);
        ShouldBreak(() => member.RecognizeFullMembership(new DateOnly(2021, 1, 31), "8-QĐ", 12), "member.probation_not_complete");
        member.RecognizeFullMembership(new DateOnly(2021, 2, 1), "8-QĐ", 12);

        var s = member.SeniorityOn(new DateOnly(2025, 1, 1))!;
        s.DaysExcluded.ShouldBe(new DateOnly(2020, 1, 1).DayNumber - new DateOnly(2017, 1, 1).DayNumber);
        s.CountedFrom.ShouldBe(Admitted);
        s.TotalMonths.ShouldBe(PartyMember.MonthsBetween(Admitted.AddDays(s.DaysExcluded), new DateOnly(2025, 1, 1)));
        member.SeniorityCountedFrom.ShouldBe(Admitted.AddDays(s.DaysExcluded));
    }

    [Fact]
    public void Readmission_happens_once_only()
    {
        var member = Removed(LeavingReason.NoDuesOrActivities);
        Readmit(member, new DateOnly(2020, 1, 1));
        member.RecognizeFullMembership(new DateOnly(2021, 1, 1), "8-QĐ", 12);
        member.ChangeStatus(MemberStatus.NameRemoved, new DateOnly(2022, 1, 1), null, null, LeavingReason.NoDuesOrActivities);

        ShouldBreak(() => Readmit(member, new DateOnly(2026, 1, 1)), "member.readmission_once_only");
    }

    [Theory]
    [InlineData(LeavingReason.AbandonedActivities, true)]
    [InlineData(LeavingReason.VoluntaryWithdrawal, true)]
    [InlineData(LeavingReason.SeriousDisunity, true)]
    [InlineData(LeavingReason.CorruptionConviction, true)]
    [InlineData(LeavingReason.SeriousCrimeConviction, true)]
    [InlineData(LeavingReason.WithdrawalForFamilyHardship, false)]
    [InlineData(LeavingReason.OtherViolation, false)]
    public void Readmission_is_excluded_after_some_leaving_reasons(LeavingReason reason, bool excluded)
    {
        var member = Full();
        member.ChangeStatus(MemberStatus.Expelled, new DateOnly(2017, 1, 1), "3-QĐ/UBKT", null, reason);

        if (excluded)
        {
            ShouldBreak(() => Readmit(member, new DateOnly(2020, 1, 1)), "member.readmission_excluded");
        }
        else
        {
            Readmit(member, new DateOnly(2020, 1, 1));
            member.Status.ShouldBe(MemberStatus.Probationary);
        }
    }

    [Fact]
    public void Readmission_needs_a_coded_reason_and_after_a_minor_crime_sixty_months_from_the_cleared_record()
    {
        ShouldBreak(() => Readmit(Removed(null), new DateOnly(2020, 1, 1)), "member.leaving_reason_required");
        var coded = Removed(null);
        Readmit(coded, new DateOnly(2020, 1, 1), LeavingReason.Other);
        coded.StatusHistory.Single(p => p.Status == MemberStatus.NameRemoved).LeavingReason.ShouldBe(LeavingReason.Other);

        ShouldBreak(() => Readmit(Removed(LeavingReason.MinorCrimeConviction), new DateOnly(2020, 1, 1)), "member.record_cleared_date_required");
        ShouldBreak(() => Readmit(Removed(LeavingReason.MinorCrimeConviction), new DateOnly(2023, 5, 31), cleared: new DateOnly(2018, 6, 1)), "member.readmission_too_early");
        var minor = Removed(LeavingReason.MinorCrimeConviction);
        Readmit(minor, new DateOnly(2023, 6, 1), cleared: new DateOnly(2018, 6, 1));
        minor.Status.ShouldBe(MemberStatus.Probationary);
    }

    [Fact]
    public void Only_a_removed_or_expelled_person_is_readmitted()
    {
        ShouldBreak(() => Readmit(Full(), new DateOnly(2020, 1, 1)), "member.readmission_not_applicable");
        var gone = Full();
        gone.ChangeStatus(MemberStatus.Deceased, new DateOnly(2010, 1, 1), null, null);
        ShouldBreak(() => Readmit(gone, new DateOnly(2020, 1, 1)), "member.readmission_not_applicable");
    }

    // ---- Corrections and dated qualifications --------------------------------------------------------------------

    [Fact]
    public void The_name_and_date_of_birth_change_only_by_a_decision_kept_in_the_history()
    {
        var member = Full();
        ShouldBreak(() => member.UpdateProfile(Profile(name: "Trần Văn Hồ Sơ Mới"), Today), "member.identity_change_needs_decision");
        ShouldBreak(() => member.UpdateProfile(Profile(born: Born.AddDays(1)), Today), "member.identity_change_needs_decision");
        var decision = new RecordDecision("15-QĐ/BTCTU", new DateOnly(2025, 5, 5), "Ban Tổ chức Tỉnh ủy");
        ShouldBreak(() => member.CorrectIdentity(member.FullName, Born, decision, null, Today), "member.correction_changes_nothing");
        ShouldBreak(() => member.CorrectIdentity("Trần Văn Mới", null, decision with { Date = Today.AddDays(1) }, null, Today), EventDates.InFuture);

        var made = member.CorrectIdentity("Trần Văn Mới", new DateOnly(1975, 4, 2), decision, "Theo giấy khai sinh", Today);

        made.Select(c => (c.Field, c.OldValue, c.NewValue)).ShouldBe(
            [(CorrectedField.FullName, "Trần Văn Hồ sơ", "Trần Văn Mới"), (CorrectedField.DateOfBirth, "1975-03-02", "1975-04-02")]);
        member.FullName.ShouldBe("Trần Văn Mới");
        member.GivenName.ShouldBe("Mới");
        member.Corrections.Count.ShouldBe(2);
        member.Corrections.ShouldAllBe(c => c.DecisionNumber == "15-QĐ/BTCTU" && c.DecisionIssuer == "Ban Tổ chức Tỉnh ủy");
    }

    [Fact]
    public void A_corrected_date_of_birth_must_still_make_the_member_of_admission_age()
    {
        var member = Full();
        var decision = new RecordDecision("15-QĐ", new DateOnly(2025, 5, 5), "Ban Tổ chức Tỉnh ủy");

        ShouldBreak(() => member.CorrectIdentity(null, Admitted.AddYears(-18).AddDays(1), decision, null, Today), "member.too_young");
        member.CorrectIdentity(null, Admitted.AddYears(-18), decision, null, Today).Single().Field.ShouldBe(CorrectedField.DateOfBirth);
    }

    [Fact]
    public void Education_theory_and_position_are_dated()
    {
        var member = Full();
        var promoted = Profile() with { PoliticalTheoryLevel = PoliticalTheoryLevel.Advanced, Position = "Phó Trưởng phòng" };

        member.UpdateProfile(promoted, new DateOnly(2024, 6, 1));

        member.QualificationsOn(new DateOnly(2024, 5, 31))!.PoliticalTheoryLevel.ShouldBe(PoliticalTheoryLevel.Elementary);
        member.QualificationsOn(new DateOnly(2024, 6, 1))!.ShouldSatisfyAllConditions(
            q => q.PoliticalTheoryLevel.ShouldBe(PoliticalTheoryLevel.Advanced), q => q.Position.ShouldBe("Phó Trưởng phòng"));
        member.QualificationsOn(Born)!.GeneralEducation.ShouldBe(GeneralEducation.UpperSecondary);
        ShouldBreak(() => member.UpdateProfile(promoted with { GeneralEducation = GeneralEducation.LowerSecondary }, new DateOnly(2024, 5, 31)), "member.date_before_last_change");

        member.UpdateProfile(promoted, new DateOnly(2025, 1, 1));
        member.Qualifications.Count.ShouldBe(2);
    }

    // ---- The admission age, once, in the domain -------------------------------------------------------------------

    [Fact]
    public void A_member_is_of_admission_age_on_the_decision_date()
    {
        var decision = new DateOnly(2020, 6, 15);
        PartyMember Register(DateOnly born, RuleBook<AdmissionRuleSet>? rules = null) => PartyMember.Register(
            Guid.NewGuid(), Profile(born), new AdmissionRecord(decision, null, decision, null), Cell, MemberStatus.Probationary, decision, null, rules);

        ShouldBreak(() => Register(decision.AddYears(-18).AddDays(1)), "member.too_young");
        Register(decision.AddYears(-18)).DateOfBirth.ShouldBe(decision.AddYears(-18));

        var twenty = new RuleBook<AdmissionRuleSet>(
            "Membership", "membership.admission", new BilingualLabel("t", "t"),
            [AdmissionRuleSet.Statutory.Versions[0] with { Source = new RuleSource("TEST-20", "Test", new DateOnly(1930, 2, 3)), MinAgeMonths = 20 * 12 }]);
        Should.Throw<DomainRuleException>(() => Register(decision.AddYears(-19), twenty)).Arguments.ShouldBe(new object[] { 20, "TEST-20" });
    }

    [Fact]
    public void A_member_admitted_before_the_first_rule_set_is_judged_by_the_statutes_minimum()
    {
        var decision = new DateOnly(1995, 5, 19);
        ShouldBreak(
            () => PartyMember.Register(Guid.NewGuid(), Profile(decision.AddYears(-17)), new AdmissionRecord(decision, null, decision, decision.AddYears(1)), Cell, MemberStatus.Full, decision.AddYears(1), null),
            "member.too_young");
        PartyMember.Register(Guid.NewGuid(), Profile(decision.AddYears(-30)), new AdmissionRecord(decision, null, decision, decision.AddYears(1)), Cell, MemberStatus.Full, decision.AddYears(1), null)
            .SeniorityOn(new DateOnly(2025, 5, 19))!.Years.ShouldBe(30);
    }

    // ---- The national form's remaining fields and the yearly sheet ------------------------------------------------

    [Fact]
    public void The_record_details_and_the_yearly_sheet_follow_their_dates()
    {
        var member = Full();
        ShouldBreak(
            () => member.UpdateRecordDetails(MemberRecordDetails.Empty with { YouthUnionJoinedOn = Born.AddDays(-1) }, [], []),
            "member.youth_union_before_birth");
        ShouldBreak(
            () => member.UpdateRecordDetails(MemberRecordDetails.Empty, [new WorkHistoryLine(new DateOnly(2001, 1, 1), new DateOnly(2000, 12, 31), "Chuyên viên")], []),
            "member.work_history_period_invalid");
        member.UpdateRecordDetails(
            new MemberRecordDetails(new DateOnly(1990, 3, 26), "Công chức", "Tiếng Anh B1", "Ứng dụng CNTT cơ bản", AcademicTitle.None, "Bằng khen UBND tỉnh 2019"),
            [new WorkHistoryLine(new DateOnly(1998, 1, 1), null, "Chuyên viên Sở Lao động – Thương binh và Xã hội")],
            [new FamilyRelationLine("Cha", "Trần Văn Cha", 1950, "Nông dân", null, "Sóc Trăng")]);
        member.FamilyRelations.Single().FullName.ShouldBe("Trần Văn Cha");

        ShouldBreak(() => member.RecordSupplementarySheet(Today.Year + 1, "Không thay đổi", Today, Today), "member.supplementary_sheet_year_invalid");
        ShouldBreak(() => member.RecordSupplementarySheet(Admitted.Year - 1, "Không thay đổi", Today, Today), "member.supplementary_sheet_year_invalid");
        ShouldBreak(() => member.RecordSupplementarySheet(2024, "Không thay đổi", new DateOnly(2023, 12, 31), Today), "member.supplementary_sheet_declared_before_year");
        member.RecordSupplementarySheet(2024, "Không thay đổi", new DateOnly(2024, 12, 20), Today);
        member.RecordSupplementarySheet(2024, "Được bổ nhiệm Phó Trưởng phòng", new DateOnly(2025, 1, 5), Today);
        member.SupplementarySheets.Single().Content.ShouldBe("Được bổ nhiệm Phó Trưởng phòng");
    }
}
