using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Domain.Tests.Discipline;

/// <summary>Changing or withdrawing a decided action by a competent decision; remedies after the decision.</summary>
public sealed class DisciplineAmendmentTests
{
    private static readonly DisciplineRuleSet Rules = DisciplineRuleSet.Statutory.InForceOn(new DateOnly(2023, 1, 1));

    private static readonly DateOnly Decided = new(2023, 3, 6);

    private static DisciplinaryAction Proposed(DecidingBody body, DisciplineForm form) => DisciplinaryAction.Propose(
        Guid.NewGuid(), DisciplineSubjectKind.Member, Guid.NewGuid(), Guid.NewGuid(), DisciplineSubjectCategory.FullMember,
        form, body, "Vi phạm quy định", new DateOnly(2022, 12, 1), null, false, false, new DateOnly(2023, 1, 10), Rules);

    private static DisciplinaryAction Decided_(DecidingBody body = DecidingBody.Committee, DisciplineForm form = DisciplineForm.Expulsion)
    {
        var action = Proposed(body, form);
        action.Decide(form, body, Decided, "1-QĐ", false, false, DisciplineSubjectCategory.FullMember, Rules);
        return action;
    }

    private static DomainRuleException Refused(Action action) => Should.Throw<DomainRuleException>(action);

    [Fact]
    public void The_body_that_decided_or_a_higher_one_changes_the_form_the_day_of_the_decision_or_later()
    {
        var action = Decided_(DecidingBody.Committee, DisciplineForm.Expulsion);
        Refused(() => action.Amend(DisciplineForm.Warning, DecidingBody.Cell, Decided.AddDays(10), "2-QĐ", null, Rules)).Code.ShouldBe("discipline.amendment_body_too_low");
        Refused(() => action.Amend(DisciplineForm.Warning, DecidingBody.Committee, Decided.AddDays(-1), "2-QĐ", null, Rules)).Code.ShouldBe("discipline.amended_before_decision");
        Refused(() => action.Amend(DisciplineForm.Expulsion, DecidingBody.Committee, Decided, "2-QĐ", null, Rules)).Code.ShouldBe("discipline.form_unchanged");

        action.Amend(DisciplineForm.Warning, DecidingBody.Committee, Decided, "2-QĐ", "Khiếu nại", Rules);
        action.Form.ShouldBe(DisciplineForm.Warning);
        action.PreviousForm.ShouldBe(DisciplineForm.Expulsion);
        action.Body.ShouldBe(DecidingBody.Committee);
        var amended = action.DomainEvents.OfType<DisciplineAmended>().ShouldHaveSingleItem();
        (amended.From, amended.To).ShouldBe((DisciplineForm.Expulsion, (DisciplineForm?)DisciplineForm.Warning));
    }

    [Fact]
    public void A_new_form_must_be_one_the_new_body_may_decide()
    {
        var action = Decided_(DecidingBody.Cell, DisciplineForm.Reprimand);
        Refused(() => action.Amend(DisciplineForm.Expulsion, DecidingBody.Cell, Decided, "2-QĐ", null, Rules)).Code.ShouldBe("discipline.body_not_competent");
        action.Amend(DisciplineForm.Warning, DecidingBody.Cell, Decided, "2-QĐ", null, Rules);
        action.Form.ShouldBe(DisciplineForm.Warning);
    }

    [Fact]
    public void A_level_settling_a_complaint_may_lighten_a_form_it_could_not_decide_in_the_first_place()
    {
        var action = Decided_(DecidingBody.Committee, DisciplineForm.Expulsion);
        Refused(() => action.Amend(DisciplineForm.Warning, DecidingBody.SuperiorCommittee, Decided.AddDays(30), "5-QĐ", null, Rules)).Code.ShouldBe("discipline.body_not_competent");
        Refused(() => action.Amend(DisciplineForm.Dissolution, DecidingBody.SuperiorCommittee, Decided.AddDays(30), "5-QĐ", null, Rules, settlingComplaint: true)).Code.ShouldBe("discipline.form_not_allowed");
        action.Amend(DisciplineForm.Warning, DecidingBody.SuperiorCommittee, Decided.AddDays(30), "5-QĐ", null, Rules, settlingComplaint: true);
        action.Form.ShouldBe(DisciplineForm.Warning);
        action.Body.ShouldBe(DecidingBody.Committee);
    }

    [Fact]
    public void A_withdrawn_action_is_no_longer_in_force_and_records_no_remedy()
    {
        var action = Decided_();
        action.Withdraw(DecidingBody.SuperiorCommittee, Decided.AddDays(20), "3-QĐ", null);
        action.Status.ShouldBe(DisciplineStatus.Withdrawn);
        action.DomainEvents.OfType<DisciplineAmended>().ShouldHaveSingleItem().To.ShouldBeNull();
        Refused(() => action.Withdraw(DecidingBody.SuperiorCommittee, Decided.AddDays(21), "4-QĐ", null)).Code.ShouldBe("discipline.not_in_force");
        Refused(() => action.RecordRemedy(true)).Code.ShouldBe("discipline.not_in_force");
    }

    [Fact]
    public void A_remedy_is_recorded_on_a_decided_action_not_on_a_proposal()
    {
        Refused(() => Proposed(DecidingBody.Cell, DisciplineForm.Reprimand).RecordRemedy(true)).Code.ShouldBe("discipline.not_in_force");
        var action = Decided_(DecidingBody.Cell, DisciplineForm.Reprimand);
        action.RecordRemedy(true);
        action.Remedied.ShouldBeTrue();
    }
}
