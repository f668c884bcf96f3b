using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Complaints;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Domain.Tests.Complaints;

/// <summary>The discipline complaint rules at their boundaries: the filing period, who settles, the settlement period, the effect on the action.</summary>
public sealed class ComplaintTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.WeekdaysOnly;

    private static readonly DisciplineRuleSet Discipline = DisciplineRuleSet.Statutory.InForceOn(new DateOnly(2023, 1, 1));

    private static readonly InspectionRuleSet Rules = InspectionRuleSet.Statutory.InForceOn(new DateOnly(2023, 3, 1));

    /// <summary>Monday 6 March 2023.</summary>
    private static readonly DateOnly Decided = new(2023, 3, 6);

    private static DisciplinaryAction Action(DecidingBody body = DecidingBody.Cell, DisciplineForm form = DisciplineForm.Reprimand)
    {
        var action = DisciplinaryAction.Propose(
            Guid.NewGuid(), DisciplineSubjectKind.Member, Guid.NewGuid(), Guid.NewGuid(), DisciplineSubjectCategory.FullMember,
            form, body, "Vi phạm quy định", new DateOnly(2022, 12, 1), null, false, false, new DateOnly(2023, 1, 10), Discipline);
        action.Decide(form, body, Decided, "1-QĐ", false, false, DisciplineSubjectCategory.FullMember, Discipline);
        return action;
    }

    private static Complaint Filed(DateOnly received, DisciplinaryAction? action = null) =>
        Complaint.File(Guid.NewGuid(), action ?? Action(), "Lê Văn Khiếu", Decided, received, "Đề nghị xem xét lại", Rules, Calendar);

    private static Complaint Verified(DisciplinaryAction action)
    {
        var complaint = Filed(Decided.AddDays(1), action);
        complaint.Accept(Decided.AddDays(2), ComplaintSettler.StandingCommittee, 90, Calendar);
        complaint.Assign(Guid.NewGuid(), Decided.AddDays(3));
        complaint.RecordVerification(Decided.AddDays(4));
        return complaint;
    }

    private static DomainRuleException Refused(Action action) => Should.Throw<DomainRuleException>(action);

    [Fact]
    public void A_complaint_on_the_last_day_of_the_filing_period_is_received_and_the_next_day_is_recorded_not_accepted_naming_the_rule()
    {
        Rules.ComplaintFilingWorkingDays.ShouldBe(30);
        var lastDay = Calendar.AddWorkingDays(Decided, 30);

        var dayBefore = Filed(lastDay.AddDays(-1));
        dayBefore.Status.ShouldBe(ComplaintStatus.Received);

        var onTime = Filed(lastDay);
        onTime.Status.ShouldBe(ComplaintStatus.Received);
        onTime.FilingDueOn.ShouldBe(lastDay);
        onTime.NotAcceptedReason.ShouldBeNull();

        var late = Filed(Calendar.AddWorkingDays(lastDay, 1));
        late.Status.ShouldBe(ComplaintStatus.NotAccepted);
        late.NotAcceptedReason.ShouldBe(ComplaintRefusal.FiledLate);
        late.FiledWorkingDaysLate.ShouldBe(1);
        late.RuleSetCode.ShouldBe("QD22-2021");
        Refused(() => late.Accept(late.ReceivedOn, ComplaintSettler.StandingCommittee, 90, Calendar)).Code.ShouldBe("complaint.step_out_of_order");
    }

    [Fact]
    public void Only_a_decided_action_in_force_is_complained_about()
    {
        var proposed = DisciplinaryAction.Propose(
            Guid.NewGuid(), DisciplineSubjectKind.Member, Guid.NewGuid(), Guid.NewGuid(), DisciplineSubjectCategory.FullMember,
            DisciplineForm.Reprimand, DecidingBody.Cell, "Vi phạm", new DateOnly(2022, 12, 1), null, false, false, new DateOnly(2023, 1, 10), Discipline);
        Refused(() => Filed(Decided, proposed)).Code.ShouldBe("complaint.action_not_decided");
        Refused(() => Complaint.File(Guid.NewGuid(), Action(), "Lê Văn Khiếu", Decided.AddDays(-1), Decided, "x", Rules, Calendar)).Code.ShouldBe("complaint.dates_out_of_order");
    }

    [Theory]
    [InlineData(DecidingBody.Cell, ComplaintSettler.StandingCommittee, true)]
    [InlineData(DecidingBody.Cell, ComplaintSettler.InspectionCommission, true)]
    [InlineData(DecidingBody.Committee, ComplaintSettler.StandingCommittee, false)]
    [InlineData(DecidingBody.Committee, ComplaintSettler.InspectionCommission, false)]
    [InlineData(DecidingBody.Committee, ComplaintSettler.SuperiorLevel, true)]
    public void A_complaint_is_settled_by_a_level_above_the_body_that_decided(DecidingBody decidedBy, ComplaintSettler settler, bool allowed)
    {
        var complaint = Filed(Decided.AddDays(1), Action(decidedBy));
        if (allowed)
        {
            complaint.Accept(Decided.AddDays(1), settler, 90, Calendar);
            complaint.Settler.ShouldBe(settler);
        }
        else
        {
            Refused(() => complaint.Accept(Decided.AddDays(1), settler, 90, Calendar)).Code.ShouldBe("complaint.settler_not_competent");
        }
    }

    [Fact]
    public void A_settlement_after_the_period_is_recorded_late_and_the_last_day_is_in_time()
    {
        var onTime = Verified(Action());
        onTime.DueOn.ShouldBe(Calendar.AddWorkingDays(Decided.AddDays(1), 90));
        onTime.Settle(onTime.DueOn!.Value, ComplaintOutcome.Upheld, null, "2-QĐ", null, Calendar);
        onTime.Late.ShouldBeFalse();

        var late = Verified(Action());
        late.Settle(Calendar.AddWorkingDays(late.DueOn!.Value, 2), ComplaintOutcome.Upheld, null, "2-QĐ", null, Calendar);
        late.Late.ShouldBeTrue();
        late.WorkingDaysLate.ShouldBe(2);
    }

    [Fact]
    public void A_changed_outcome_names_the_new_form_and_raises_the_event_the_discipline_reacts_to()
    {
        var complaint = Verified(Action());
        Refused(() => complaint.Settle(Decided.AddDays(5), ComplaintOutcome.Changed, null, "2-QĐ", null, Calendar)).Code.ShouldBe("complaint.new_form_mismatch");
        Refused(() => complaint.Settle(Decided.AddDays(5), ComplaintOutcome.Upheld, DisciplineForm.Warning, "2-QĐ", null, Calendar)).Code.ShouldBe("complaint.new_form_mismatch");
        complaint.Settle(Decided.AddDays(5), ComplaintOutcome.Changed, DisciplineForm.Warning, "2-QĐ", null, Calendar);
        var settled = complaint.DomainEvents.OfType<ComplaintSettled>().ShouldHaveSingleItem();
        settled.NewForm.ShouldBe(DisciplineForm.Warning);
        settled.Settler.ShouldBe(ComplaintSettler.StandingCommittee);
    }
}
