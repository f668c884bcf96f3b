using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Denunciations;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Domain.Tests.Denunciations;

/// <summary>The denunciation rules at their boundaries: who is settled, by whom, the time limit and its one extension.</summary>
public sealed class DenunciationTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.WeekdaysOnly;

    private static readonly InspectionRuleSet Rules = InspectionRuleSet.Statutory.InForceOn(new DateOnly(2022, 3, 1));

    /// <summary>Monday 7 March 2022.</summary>
    private static readonly DateOnly Received = new(2022, 3, 7);

    private static Denunciation Registered(string? name = "Trần Văn Bình", string? address = "Số bốn phố Huế", DisciplineSubjectKind kind = DisciplineSubjectKind.Member) =>
        Denunciation.Register(
            Guid.NewGuid(), Guid.NewGuid(), kind, kind == DisciplineSubjectKind.Member ? Guid.NewGuid() : null, Guid.NewGuid(), Received, name, address,
            "Sử dụng xe công vào việc riêng", Rules, Calendar);

    private static Denunciation Verified()
    {
        var denunciation = Registered();
        denunciation.Accept(Received, DenunciationSettler.InspectionCommission);
        denunciation.Assign(Guid.NewGuid(), Received.AddDays(1));
        denunciation.RecordVerification(Received.AddDays(2));
        return denunciation;
    }

    private static DomainRuleException Refused(Action action) => Should.Throw<DomainRuleException>(action);

    [Fact]
    public void The_time_limit_is_the_working_days_of_the_rule_set_in_force_on_receipt()
    {
        Rules.Source.Code.ShouldBe("QD22-2021");
        Rules.DenunciationResolutionWorkingDays.ShouldBe(90);
        var denunciation = Registered();
        denunciation.DueOn.ShouldBe(Calendar.AddWorkingDays(Received, 90));
        denunciation.RuleSetCode.ShouldBe("QD22-2021");
        InspectionRuleSet.Statutory.InForceOn(new DateOnly(2025, 5, 30)).Source.Code.ShouldBe("QD296-2025");
        InspectionRuleSet.Statutory.InForceOn(new DateOnly(2025, 5, 29)).Source.Code.ShouldBe("QD22-2021");
    }

    [Fact]
    public void A_conclusion_on_the_last_day_is_in_time_and_the_next_working_day_is_recorded_late_not_refused()
    {
        var onTime = Verified();
        onTime.Conclude(onTime.DueOn, DenunciationResult.WellFounded, "1-KL", null, Calendar);
        onTime.Late.ShouldBeFalse();
        onTime.WorkingDaysLate.ShouldBe(0);

        var dayBefore = Verified();
        dayBefore.Conclude(dayBefore.DueOn.AddDays(-1), DenunciationResult.Unfounded, "2-KL", null, Calendar);
        dayBefore.Late.ShouldBeFalse();

        var late = Verified();
        var next = Calendar.AddWorkingDays(late.DueOn, 1);
        late.Conclude(next, DenunciationResult.PartlyFounded, "3-KL", null, Calendar);
        late.Late.ShouldBeTrue();
        late.WorkingDaysLate.ShouldBe(1);
        late.Status.ShouldBe(DenunciationStatus.Concluded);
    }

    [Fact]
    public void One_extension_of_at_most_the_rule_sets_working_days()
    {
        Rules.DenunciationExtensionWorkingDays.ShouldBe(30);
        var tooLong = Verified();
        var refusal = Refused(() => tooLong.Extend(Received.AddDays(3), 31, null, Rules, Calendar));
        refusal.Code.ShouldBe("denunciation.extension_too_long");
        refusal.Arguments.ShouldBe(new object[] { 31, 30, "QD22-2021" });

        var extended = Verified();
        var due = extended.DueOn;
        extended.Extend(Received.AddDays(3), 30, "Cần xác minh thêm", Rules, Calendar);
        extended.DueOn.ShouldBe(Calendar.AddWorkingDays(due, 30));
        extended.ExtensionWorkingDays.ShouldBe(30);
        Refused(() => extended.Extend(Received.AddDays(4), 1, null, Rules, Calendar)).Code.ShouldBe("denunciation.already_extended");
    }

    [Theory]
    [InlineData(null, "Số bốn phố Huế", "ANONYMOUS")]
    [InlineData("Trần Văn Bình", null, "NO_ADDRESS")]
    [InlineData("  ", "Số bốn phố Huế", "ANONYMOUS")]
    public void An_anonymous_denunciation_or_one_without_address_is_not_settled_only_recorded_as_not_accepted(string? name, string? address, string reason)
    {
        var denunciation = Registered(name, address);
        var refusal = Refused(() => denunciation.Accept(Received, DenunciationSettler.InspectionCommission));
        refusal.Code.ShouldBe("denunciation.not_admissible");
        refusal.Arguments[0].ShouldBe(reason);
        denunciation.Status.ShouldBe(DenunciationStatus.Received);

        denunciation.Refuse(Received, name is null || string.IsNullOrWhiteSpace(name) ? DenunciationRefusal.Anonymous : DenunciationRefusal.NoAddress, null);
        denunciation.Status.ShouldBe(DenunciationStatus.NotAccepted);
        Refused(() => denunciation.Accept(Received, DenunciationSettler.InspectionCommission)).Code.ShouldBe("denunciation.step_out_of_order");
    }

    [Fact]
    public void A_cell_settles_denunciations_against_its_members_only()
    {
        Registered().Accept(Received, DenunciationSettler.Cell);
        var organization = Registered(kind: DisciplineSubjectKind.Organization);
        Refused(() => organization.Accept(Received, DenunciationSettler.Cell)).Code.ShouldBe("denunciation.settler_not_competent");
        organization.Accept(Received, DenunciationSettler.InspectionCommission);
        organization.Settler.ShouldBe(DenunciationSettler.InspectionCommission);
    }

    [Fact]
    public void Steps_go_in_order_and_not_before_the_previous_step_and_the_subject_does_not_settle_his_own()
    {
        var denunciation = Registered();
        Refused(() => denunciation.RecordVerification(Received)).Code.ShouldBe("denunciation.step_out_of_order");
        Refused(() => denunciation.Accept(Received.AddDays(-1), DenunciationSettler.InspectionCommission)).Code.ShouldBe("denunciation.date_before_previous_step");
        denunciation.Accept(Received, DenunciationSettler.InspectionCommission);
        Refused(() => denunciation.Assign(denunciation.MemberId!.Value, Received)).Code.ShouldBe("denunciation.assignee_is_subject");
        Refused(() => denunciation.Conclude(Received, DenunciationResult.Unfounded, "1", null, Calendar)).Code.ShouldBe("denunciation.step_out_of_order");
    }
}
