using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Admission;
using static PartyCommittee.Domain.Tests.Admission.AdmissionFixtures;

namespace PartyCommittee.Domain.Tests.Admission;

/// <summary>
/// Full membership in two steps: the cell's resolution (a vote with two thirds of those entitled) within 30 working
/// days after the 12 months of probation, then the committee's decision within 30 working days of it. The member is full
/// from the end of the probation however late either acts; lateness is recorded; after three votes without the majority
/// the superior committee decides.
/// </summary>
public class RecognitionTests
{
    // Ceremony on Friday 2023-07-07: the 12 months end on Sunday 2024-07-07; the cell's 30th working day is Friday 2024-08-16.
    private static readonly DateOnly Ceremony = new(2023, 7, 7);
    private static readonly DateOnly ProbationEnds = new(2024, 7, 7);

    private static (AdmissionCase Case, PartyMember Member) OnProbation() => AdmissionFixtures.OnProbation(new DateOnly(2023, 3, 3), new DateOnly(2023, 5, 26), Ceremony);

    private static AdmissionVote Vote(AdmissionCase admission, string heldOn, int inFavour = 9, int entitled = 9) =>
        admission.RecordRecognitionVote(Guid.NewGuid(), DeadlineTests.Day(heldOn), inFavour, entitled, "07-NQ/CB", Weekdays, Rules);

    [Fact]
    public void The_probation_ends_twelve_months_after_the_ceremony()
    {
        var (admission, _) = OnProbation();

        var period = admission.PendingPeriod(Rules)!;

        period.Step.ShouldBe(AdmissionStep.RecognitionResolution);
        period.StartsOn.ShouldBe(ProbationEnds);
        period.AvailableFrom.ShouldBe(ProbationEnds);
        period.DueDate(Weekdays).ShouldBe(new DateOnly(2024, 8, 16));
        admission.NextStep.ShouldBe(AdmissionStep.RecognitionResolution);
    }

    [Fact]
    public void The_cell_votes_only_once_the_probation_has_ended()
    {
        var (admission, _) = OnProbation();

        ShouldBreakRule(() => Vote(admission, "2024-07-06"), "admission.probation_not_complete").Arguments[0].ShouldBe("2024-07-07");
        admission.Votes.ShouldBeEmpty();

        Vote(admission, "2024-07-07").Adopted.ShouldBeTrue();
        admission.RecognitionResolutionOn.ShouldBe(ProbationEnds);
    }

    [Theory]
    [InlineData("2024-08-15", 0)] // day 29
    [InlineData("2024-08-16", 0)] // day 30
    [InlineData("2024-08-19", 1)] // day 31: late, recorded
    public void The_cells_resolution_after_thirty_working_days_is_recorded_late(string heldOn, int late)
    {
        var (admission, _) = OnProbation();

        Vote(admission, heldOn);

        admission.RecognitionResolutionWorkingDaysLate.ShouldBe(late);
        admission.NextStep.ShouldBe(AdmissionStep.FullMembership);
        admission.RecordedSteps(Rules).Single(s => s.Step == AdmissionStep.RecognitionResolution).WorkingDaysLate.ShouldBe(late);
    }

    [Theory]
    [InlineData("2024-09-27", 0)] // day 29 after the resolution of Monday 2024-08-19
    [InlineData("2024-09-30", 0)] // day 30
    [InlineData("2024-10-01", 1)] // day 31
    public void The_member_is_full_from_the_end_of_probation_however_late_the_decision(string decidedOn, int late)
    {
        var (admission, member) = OnProbation();
        Vote(admission, "2024-08-19");

        admission.RecognizeFullMembership(member, DeadlineTests.Day(decidedOn), "210-QĐ/ĐU", Weekdays, Rules);

        admission.Stage.ShouldBe(AdmissionStage.Recognized);
        admission.RecognizedOn.ShouldBe(DeadlineTests.Day(decidedOn));
        admission.RecognitionWorkingDaysLate.ShouldBe(late);
        admission.FullMembershipOn.ShouldBe(ProbationEnds);
        member.Status.ShouldBe(MemberStatus.Full);
        member.FullMembershipDate.ShouldBe(ProbationEnds);
        member.StatusOn(ProbationEnds.AddDays(-1)).ShouldBe(MemberStatus.Probationary);
        member.StatusOn(ProbationEnds).ShouldBe(MemberStatus.Full);
    }

    [Fact]
    public void The_committee_decides_on_the_cells_resolution()
    {
        var (admission, member) = OnProbation();

        ShouldBreakRule(() => admission.RecognizeFullMembership(member, new DateOnly(2024, 7, 8), "210-QĐ/ĐU", Weekdays, Rules), "admission.recognition_resolution_required")
            .Arguments[0].ShouldBe("2024-07-07");
        member.Status.ShouldBe(MemberStatus.Probationary);

        Vote(admission, "2024-07-10");
        ShouldBreakRule(() => admission.RecognizeFullMembership(member, new DateOnly(2024, 7, 9), "210-QĐ/ĐU", Weekdays, Rules), "admission.date_before_previous_step");
    }

    [Theory]
    [InlineData(6, 9, true)] // two thirds exactly
    [InlineData(5, 9, false)]
    [InlineData(7, 10, true)] // 21 ≥ 20
    [InlineData(6, 10, false)] // 18 < 20
    [InlineData(2, 3, true)]
    [InlineData(1, 3, false)]
    public void A_resolution_needs_two_thirds_of_those_entitled(int inFavour, int entitled, bool adopted)
    {
        var (admission, _) = OnProbation();

        var vote = Vote(admission, "2024-07-10", inFavour, entitled);

        vote.Adopted.ShouldBe(adopted);
        vote.RuleSetCode.ShouldBe("QD24-2021");
        (admission.RecognitionResolutionOn is not null).ShouldBe(adopted);
    }

    [Fact]
    public void Vote_counts_must_make_sense()
    {
        var (admission, _) = OnProbation();

        ShouldBreakRule(() => Vote(admission, "2024-07-10", 10, 9), "admission.vote_counts_invalid");
        ShouldBreakRule(() => Vote(admission, "2024-07-10", 0, 0), "admission.vote_counts_invalid");
        admission.Votes.ShouldBeEmpty();
    }

    [Fact]
    public void After_three_votes_without_the_majority_the_superior_committee_decides()
    {
        var (admission, member) = OnProbation();

        Vote(admission, "2024-07-10", 5, 9);
        Vote(admission, "2024-07-24", 5, 9);
        admission.EscalatedOn.ShouldBeNull();
        admission.NextStep.ShouldBe(AdmissionStep.RecognitionResolution);

        Vote(admission, "2024-08-07", 4, 9);
        admission.EscalatedOn.ShouldBe(new DateOnly(2024, 8, 7));
        admission.NextStep.ShouldBe(AdmissionStep.FullMembership);
        admission.Votes.Count.ShouldBe(3);
        ShouldBreakRule(() => Vote(admission, "2024-08-08"), "admission.step_out_of_order");
        admission.RecordedSteps(Rules).Count(s => s.Step == AdmissionStep.RecognitionVote).ShouldBe(3);
        admission.RecordedSteps(Rules).ShouldContain(s => s.Step == AdmissionStep.Escalation);

        // The superior committee recognises: still full from the end of the probation.
        admission.RecognizeFullMembership(member, new DateOnly(2024, 9, 2), "305-QĐ/ĐU", Weekdays, Rules);
        member.FullMembershipDate.ShouldBe(ProbationEnds);
        admission.FullMembershipOn.ShouldBe(ProbationEnds);
    }

    [Fact]
    public void The_recognition_decision_period_can_be_extended_after_the_resolution()
    {
        var (admission, member) = OnProbation();
        ShouldBreakRule(() => admission.ExtendDecisionPeriod(new DateOnly(2024, 7, 10), 10, null, "Lý do", Rules), "admission.step_out_of_order");

        Vote(admission, "2024-08-19");
        admission.ExtendDecisionPeriod(new DateOnly(2024, 9, 2), 10, "05-CV/ĐU", "Chờ ý kiến nơi cư trú", Rules);

        admission.RecognitionDecisionPeriod(Rules)!.DueDate(Weekdays).ShouldBe(new DateOnly(2024, 10, 14));
        admission.RecognizeFullMembership(member, new DateOnly(2024, 10, 14), "210-QĐ/ĐU", Weekdays, Rules);
        admission.RecognitionWorkingDaysLate.ShouldBe(0);
    }
}
