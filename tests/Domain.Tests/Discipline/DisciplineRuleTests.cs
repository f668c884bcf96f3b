using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Domain.Tests.Discipline;

/// <summary>The discipline rules at their boundaries: forms per subject, competent bodies, limitation periods and their restart.</summary>
public sealed class DisciplineRuleTests
{
    private static readonly DisciplineRuleSet Rules = DisciplineRuleSet.Statutory.InForceOn(new DateOnly(2023, 1, 1));

    private static readonly DateOnly Violation = new(2015, 6, 10);

    private static DisciplinaryAction Proposed(
        DisciplineForm form, DecidingBody body = DecidingBody.Committee, DisciplineSubjectCategory category = DisciplineSubjectCategory.FullMember, DateOnly? violation = null, DateOnly? again = null)
    {
        var member = category != DisciplineSubjectCategory.Organization;
        return DisciplinaryAction.Propose(
            Guid.NewGuid(), member ? DisciplineSubjectKind.Member : DisciplineSubjectKind.Organization, member ? Guid.NewGuid() : null, Guid.NewGuid(), category,
            form, body, "Vi phạm quy định", violation ?? Violation, again, false, false, new DateOnly(2015, 7, 1), Rules);
    }

    private static DomainRuleException Refused(Action action) => Should.Throw<DomainRuleException>(action);

    [Theory]
    [InlineData(DisciplineSubjectCategory.Organization, new[] { DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.Dissolution })]
    [InlineData(DisciplineSubjectCategory.FullMember, new[] { DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.DismissalFromPost, DisciplineForm.Expulsion })]
    [InlineData(DisciplineSubjectCategory.ProbationaryMember, new[] { DisciplineForm.Reprimand, DisciplineForm.Warning })]
    public void Each_subject_has_the_forms_the_statute_lists(DisciplineSubjectCategory subject, DisciplineForm[] forms)
    {
        foreach (var rules in DisciplineRuleSet.All)
        {
            rules.FormsFor(subject).ShouldBe(forms);
        }
    }

    [Theory]
    [InlineData(DisciplineSubjectCategory.ProbationaryMember, DisciplineForm.Expulsion)]
    [InlineData(DisciplineSubjectCategory.ProbationaryMember, DisciplineForm.DismissalFromPost)]
    [InlineData(DisciplineSubjectCategory.FullMember, DisciplineForm.Dissolution)]
    [InlineData(DisciplineSubjectCategory.Organization, DisciplineForm.Expulsion)]
    public void A_form_the_subject_does_not_have_is_refused_naming_the_rule_set(DisciplineSubjectCategory subject, DisciplineForm form)
    {
        var refusal = Refused(() => Proposed(form, DecidingBody.SuperiorCommittee, subject));
        refusal.Code.ShouldBe("discipline.form_not_allowed");
        refusal.Arguments[^1].ShouldBe("QD69-2022");
    }

    [Fact]
    public void A_cell_reprimands_and_warns_but_neither_expels_nor_dismisses_and_dissolution_is_decided_above_the_committee()
    {
        Proposed(DisciplineForm.Reprimand, DecidingBody.Cell).Body.ShouldBe(DecidingBody.Cell);
        Proposed(DisciplineForm.Warning, DecidingBody.Cell).Body.ShouldBe(DecidingBody.Cell);
        Refused(() => Proposed(DisciplineForm.Expulsion, DecidingBody.Cell)).Code.ShouldBe("discipline.body_not_competent");
        Refused(() => Proposed(DisciplineForm.DismissalFromPost, DecidingBody.Cell)).Code.ShouldBe("discipline.body_not_competent");
        Refused(() => Proposed(DisciplineForm.Dissolution, DecidingBody.Committee, DisciplineSubjectCategory.Organization)).Code.ShouldBe("discipline.body_not_competent");
        Proposed(DisciplineForm.Dissolution, DecidingBody.SuperiorCommittee, DisciplineSubjectCategory.Organization).Form.ShouldBe(DisciplineForm.Dissolution);
    }

    [Theory]
    [InlineData(DisciplineForm.Reprimand, 5)]
    [InlineData(DisciplineForm.Warning, 10)]
    [InlineData(DisciplineForm.DismissalFromPost, 10)]
    public void The_limitation_runs_out_on_the_anniversary_the_day_before_is_still_within(DisciplineForm form, int years)
    {
        var anniversary = Violation.AddYears(years);

        var within = Proposed(form);
        within.Decide(form, DecidingBody.Committee, anniversary.AddDays(-1), "1-QĐ", false, false, DisciplineSubjectCategory.FullMember, Rules);
        within.Status.ShouldBe(DisciplineStatus.Decided);

        foreach (var day in new[] { anniversary, anniversary.AddDays(1) })
        {
            var refusal = Refused(() => Proposed(form).Decide(form, DecidingBody.Committee, day, "1-QĐ", false, false, DisciplineSubjectCategory.FullMember, Rules));
            refusal.Code.ShouldBe("discipline.limitation_expired");
            refusal.Arguments.ShouldBe([years.ToString(System.Globalization.CultureInfo.InvariantCulture), WireFormat.Date(anniversary.AddDays(-1)), "QD69-2022"]);
        }
    }

    [Fact]
    public void Expulsion_has_no_limitation()
    {
        var action = Proposed(DisciplineForm.Expulsion);
        action.Decide(DisciplineForm.Expulsion, DecidingBody.Committee, Violation.AddYears(30), "1-QĐ", false, false, DisciplineSubjectCategory.FullMember, Rules);
        action.DecidedOn.ShouldBe(Violation.AddYears(30));
        Rules.LimitationEndsOn(DisciplineForm.Expulsion, Violation, null).ShouldBeNull();
    }

    [Fact]
    public void A_new_violation_within_the_period_restarts_it_one_after_it_does_not()
    {
        Rules.LimitationEndsOn(DisciplineForm.Reprimand, Violation, Violation.AddYears(5).AddDays(-1)).ShouldBe(Violation.AddYears(10).AddDays(-1));
        Rules.LimitationEndsOn(DisciplineForm.Reprimand, Violation, Violation.AddYears(5)).ShouldBe(Violation.AddYears(5));

        var first = new DateOnly(2010, 6, 10);
        var restarted = Proposed(DisciplineForm.Reprimand, violation: first, again: new DateOnly(2014, 1, 2));
        restarted.Decide(DisciplineForm.Reprimand, DecidingBody.Committee, new DateOnly(2019, 1, 1), "1-QĐ", false, false, DisciplineSubjectCategory.FullMember, Rules);
        restarted.Status.ShouldBe(DisciplineStatus.Decided);
        Refused(() => Proposed(DisciplineForm.Reprimand, violation: first, again: new DateOnly(2014, 1, 2))
            .Decide(DisciplineForm.Reprimand, DecidingBody.Committee, new DateOnly(2019, 1, 2), "1-QĐ", false, false, DisciplineSubjectCategory.FullMember, Rules))
            .Code.ShouldBe("discipline.limitation_expired");
    }

    [Fact]
    public void A_decision_names_its_appeal_deadline_and_the_rule_set_in_force_on_its_date()
    {
        var action = Proposed(DisciplineForm.Warning);
        var rules2025 = DisciplineRuleSet.Statutory.InForceOn(new DateOnly(2025, 5, 30));
        action.Decide(DisciplineForm.Warning, DecidingBody.Committee, new DateOnly(2025, 5, 30), "2-QĐ", true, true, DisciplineSubjectCategory.FullMember, rules2025);

        action.RuleSetCode.ShouldBe("QD296-2025");
        action.AppealDueOn.ShouldBe(new DateOnly(2025, 6, 30));
        action.DomainEvents.OfType<DisciplineDecided>().Single().Form.ShouldBe(DisciplineForm.Warning);
        DisciplineRuleSet.Statutory.InForceOn(new DateOnly(2025, 5, 29)).Source.Code.ShouldBe("QD69-2022");
    }

    [Fact]
    public void A_probationary_member_on_the_decision_date_cannot_be_expelled_and_nothing_is_decided_twice()
    {
        var action = Proposed(DisciplineForm.Expulsion);
        Refused(() => action.Decide(DisciplineForm.Expulsion, DecidingBody.Committee, new DateOnly(2016, 1, 4), "1-QĐ", false, false, DisciplineSubjectCategory.ProbationaryMember, Rules))
            .Code.ShouldBe("discipline.form_not_allowed");

        action.Decide(DisciplineForm.Warning, DecidingBody.Committee, new DateOnly(2016, 1, 4), "1-QĐ", false, false, DisciplineSubjectCategory.ProbationaryMember, Rules);
        Refused(() => action.Decide(DisciplineForm.Warning, DecidingBody.Committee, new DateOnly(2016, 1, 5), "1-QĐ", false, false, DisciplineSubjectCategory.FullMember, Rules))
            .Code.ShouldBe("discipline.already_decided");
    }

    [Fact]
    public void A_decision_before_its_proposal_is_refused()
    {
        Refused(() => Proposed(DisciplineForm.Reprimand).Decide(DisciplineForm.Reprimand, DecidingBody.Cell, new DateOnly(2015, 6, 30), "1-QĐ", false, false, DisciplineSubjectCategory.FullMember, Rules))
            .Code.ShouldBe("discipline.decided_before_proposal");
    }
}
