using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Membership;

/// <summary>A recorded seniority gap is amended or withdrawn only by a decision; the old period stays; seniority follows.</summary>
public sealed class SeniorityGapCorrectionTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly DateOnly Admitted = new(2000, 9, 1);

    private static readonly PartyOrganization Committee =
        PartyOrganization.Create(Guid.NewGuid(), "DB-SG", "Đảng bộ Sở thử nghiệm", null, OrganizationType.PartyCommittee, null, new DateOnly(1990, 1, 1), null);

    private static readonly PartyOrganization Cell =
        PartyOrganization.Create(Guid.NewGuid(), "CB-SG1", "Chi bộ Văn phòng", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(1990, 1, 1), Committee);

    private static readonly SeniorityGapDecision Decision = new("5-QĐ/ĐU", new DateOnly(2026, 6, 1), "Xác minh lại thời gian mất liên lạc");

    private static PartyMember Full()
    {
        var profile = new MemberProfile(
            "Trần Văn Tuổi Đảng", Sex.Male, new DateOnly(1975, 3, 2), null, null, Ethnicities.Kinh, null, null,
            GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Elementary, null, null, null, null, false, null, null);
        return PartyMember.Register(Guid.NewGuid(), profile, new AdmissionRecord(Admitted, "1-QĐ", Admitted, Admitted.AddYears(1)), Cell, MemberStatus.Full, Admitted.AddYears(1), null);
    }

    private static MemberSeniorityGap Gap(PartyMember member, DateOnly from, DateOnly to) =>
        member.RecordSeniorityGap(new DateRange(from, to), SeniorityGapReason.LostContact, "12-KL/ĐU", null, Today);

    private static void ShouldBreak(Action action, string code, RuleViolationKind kind = RuleViolationKind.Unprocessable)
    {
        var exception = Should.Throw<DomainRuleException>(action);
        exception.Code.ShouldBe(code);
        exception.Kind.ShouldBe(kind);
    }

    [Fact]
    public void A_withdrawn_gap_is_kept_but_no_longer_deducted()
    {
        var member = Full();
        var gap = Gap(member, new DateOnly(2010, 1, 1), new DateOnly(2010, 1, 31));
        member.SeniorityCountedFrom.ShouldBe(new DateOnly(2000, 10, 2));
        member.SeniorityOn(new DateOnly(2030, 9, 1))!.Years.ShouldBe(29);

        member.WithdrawSeniorityGap(gap.Id, Decision, Today);

        member.SeniorityCountedFrom.ShouldBe(Admitted);
        member.SeniorityOn(new DateOnly(2030, 9, 1))!.ShouldSatisfyAllConditions(s => s.Years.ShouldBe(30), s => s.DaysExcluded.ShouldBe(0));
        member.SeniorityOn(new DateOnly(2030, 8, 31))!.Years.ShouldBe(29);
        var kept = member.SeniorityGaps.Single();
        kept.ShouldSatisfyAllConditions(
            g => g.IsInForce.ShouldBeFalse(),
            g => g.IsWithdrawn.ShouldBeTrue(),
            g => g.StartsOn.ShouldBe(new DateOnly(2010, 1, 1)),
            g => g.EndsOn.ShouldBe(new DateOnly(2010, 1, 31)),
            g => g.EndedByDecisionNumber.ShouldBe("5-QĐ/ĐU"),
            g => g.EndedByDecisionDate.ShouldBe(new DateOnly(2026, 6, 1)));
        ShouldBreak(() => member.WithdrawSeniorityGap(gap.Id, Decision, Today), "member.seniority_gap_already_corrected", RuleViolationKind.Conflict);
    }

    [Fact]
    public void An_amended_gap_replaces_the_old_period_which_stays_readable()
    {
        var member = Full();
        var gap = Gap(member, new DateOnly(2010, 1, 1), new DateOnly(2010, 1, 31));

        // 31 days become 10 days: the seniority start moves back by 21 days.
        var amended = member.AmendSeniorityGap(gap.Id, new DateRange(new DateOnly(2010, 1, 1), new DateOnly(2010, 1, 10)), SeniorityGapReason.LostContact, "13-KL/ĐU", null, Decision, Today);

        member.SeniorityCountedFrom.ShouldBe(Admitted.AddDays(10));
        member.SeniorityGaps.Count.ShouldBe(2);
        gap.ShouldSatisfyAllConditions(g => g.IsInForce.ShouldBeFalse(), g => g.IsWithdrawn.ShouldBeFalse(), g => g.ReplacedByGapId.ShouldBe(amended.Id), g => g.EndsOn.ShouldBe(new DateOnly(2010, 1, 31)));
        amended.ShouldSatisfyAllConditions(g => g.IsInForce.ShouldBeTrue(), g => g.AmendsGapId.ShouldBe(gap.Id));

        // The old period no longer blocks a new gap overlapping it; the amended one does.
        Gap(member, new DateOnly(2010, 1, 11), new DateOnly(2010, 1, 31));
        ShouldBreak(() => Gap(member, new DateOnly(2010, 1, 10), new DateOnly(2010, 1, 10)), "member.seniority_gap_overlaps", RuleViolationKind.Conflict);
    }

    [Fact]
    public void An_amendment_obeys_the_rules_of_a_gap_and_overlaps_only_the_other_gaps()
    {
        var member = Full();
        var first = Gap(member, new DateOnly(2010, 1, 1), new DateOnly(2010, 1, 31));
        Gap(member, new DateOnly(2010, 3, 1), new DateOnly(2010, 3, 31));
        var period = (DateOnly from, DateOnly to) => new DateRange(from, to);

        // May overlap its own old period; may not reach the other gap (the day before it is fine).
        member.AmendSeniorityGap(first.Id, period(new DateOnly(2010, 1, 15), new DateOnly(2010, 2, 28)), SeniorityGapReason.LostContact, null, null, Decision, Today).Id.ShouldNotBe(first.Id);
        var current = member.SeniorityGaps.Single(g => g.IsInForce && g.StartsOn.Month == 1);
        ShouldBreak(
            () => member.AmendSeniorityGap(current.Id, period(new DateOnly(2010, 1, 15), new DateOnly(2010, 3, 1)), SeniorityGapReason.LostContact, null, null, Decision, Today),
            "member.seniority_gap_overlaps",
            RuleViolationKind.Conflict);
        ShouldBreak(
            () => member.AmendSeniorityGap(current.Id, period(new DateOnly(2026, 11, 1), Today.AddDays(1)), SeniorityGapReason.LostContact, null, null, Decision, Today),
            "member.seniority_gap_open");
        ShouldBreak(
            () => member.AmendSeniorityGap(first.Id, period(new DateOnly(2010, 1, 1), new DateOnly(2010, 1, 2)), SeniorityGapReason.LostContact, null, null, Decision, Today),
            "member.seniority_gap_already_corrected",
            RuleViolationKind.Conflict);
    }

    [Fact]
    public void A_correction_needs_a_decision_with_number_reason_and_a_date_not_in_the_future()
    {
        var member = Full();
        var gap = Gap(member, new DateOnly(2010, 1, 1), new DateOnly(2010, 1, 31));
        ShouldBreak(() => member.WithdrawSeniorityGap(gap.Id, Decision with { Number = " " }, Today), "member.seniority_gap_correction_needs_decision");
        ShouldBreak(() => member.WithdrawSeniorityGap(gap.Id, Decision with { Reason = "" }, Today), "member.seniority_gap_correction_needs_decision");
        ShouldBreak(() => member.WithdrawSeniorityGap(gap.Id, Decision with { Date = Today.AddDays(1) }, Today), EventDates.InFuture);
        ShouldBreak(() => member.WithdrawSeniorityGap(Guid.NewGuid(), Decision, Today), "member.seniority_gap_not_found");
        member.WithdrawSeniorityGap(gap.Id, Decision with { Date = Today }, Today).IsWithdrawn.ShouldBeTrue();
        member.SeniorityCountedFrom.ShouldBe(Admitted);
    }
}
