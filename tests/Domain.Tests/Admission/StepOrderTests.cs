using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Admission;
using static PartyCommittee.Domain.Tests.Admission.AdmissionFixtures;

namespace PartyCommittee.Domain.Tests.Admission;

/// <summary>The steps are taken in order, each dated not before the previous one; the ceremony creates the probationary member.</summary>
public class StepOrderTests
{
    private static readonly DateOnly ResolvedOn = new(2023, 3, 3);
    private static readonly DateOnly DecidedOn = new(2023, 4, 14);
    private static readonly DateOnly CeremonyOn = new(2023, 5, 19);

    [Fact]
    public void Sponsors_come_after_the_course()
    {
        var admission = Candidate();

        var error = ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember(), new DateOnly(2019, 1, 1), new DateOnly(2022, 4, 1), false, Rules),
            "admission.step_out_of_order");
        error.Arguments.ShouldBe(["SPONSOR", "PREPARING"]);
    }

    [Fact]
    public void A_sponsor_cannot_be_assigned_before_the_course_date()
    {
        var admission = Candidate();
        admission.RecordCourse(new DateOnly(2022, 3, 1), "125/GCN");

        var error = ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember(), new DateOnly(2019, 1, 1), new DateOnly(2022, 2, 28), false, Rules),
            "admission.date_before_previous_step");
        error.Arguments[0].ShouldBe("2022-03-01");
    }

    [Fact]
    public void The_course_can_be_corrected_only_until_a_sponsor_is_assigned()
    {
        var admission = Candidate();
        admission.RecordCourse(new DateOnly(2022, 3, 1), "125/GCN");
        admission.RecordCourse(new DateOnly(2022, 3, 2), "126/GCN");
        admission.CourseCertificateNumber.ShouldBe("126/GCN");

        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember(), new DateOnly(2019, 1, 1), new DateOnly(2022, 4, 1), false, Rules);

        ShouldBreakRule(() => admission.RecordCourse(new DateOnly(2022, 3, 3), "127/GCN"), "admission.step_out_of_order");
    }

    [Fact]
    public void The_resolution_cannot_precede_the_last_sponsor_assignment()
    {
        var admission = Prepared(courseOn: new DateOnly(2022, 3, 1), sponsorsOn: new DateOnly(2022, 4, 1));

        var error = ShouldBreakRule(() => admission.RecordCellResolution(new DateOnly(2022, 3, 31), "01-NQ/CB", false, Rules), "admission.date_before_previous_step");
        error.Arguments.ShouldBe(["2022-04-01", "SPONSOR"]);
    }

    [Fact]
    public void The_decision_needs_the_resolution_and_comes_after_it()
    {
        var preparing = Prepared();
        ShouldBreakRule(() => preparing.RecordCommitteeDecision(new DateOnly(2021, 1, 5), "1-QĐ", null, Weekdays, Rules), "admission.step_out_of_order");

        var resolved = Resolved(ResolvedOn);
        ShouldBreakRule(() => resolved.RecordCommitteeDecision(ResolvedOn.AddDays(-1), "1-QĐ", null, Weekdays, Rules), "admission.date_before_previous_step");
        ShouldBreakRule(() => resolved.RecordCellResolution(ResolvedOn, "again", false, Rules), "admission.step_out_of_order");
    }

    [Fact]
    public void The_ceremony_needs_the_decision_and_recognition_needs_the_ceremony()
    {
        var resolved = Resolved(ResolvedOn);
        ShouldBreakRule(() => resolved.HoldCeremony(Guid.NewGuid(), DecidedOn, Cell, Weekdays, Rules), "admission.step_out_of_order");

        var decided = Decided(ResolvedOn, DecidedOn);
        ShouldBreakRule(() => decided.HoldCeremony(Guid.NewGuid(), DecidedOn.AddDays(-1), Cell, Weekdays, Rules), "admission.date_before_previous_step");
        ShouldBreakRule(
            () => decided.RecognizeFullMembership(FullMember(), new DateOnly(2024, 6, 1), "9-QĐ", Weekdays, Rules),
            "admission.step_out_of_order");
        ShouldBreakRule(() => decided.RemoveName(FullMember(), new DateOnly(2024, 6, 1), "9-QĐ", "Vi phạm"), "admission.step_out_of_order");
    }

    [Fact]
    public void The_candidate_is_locked_once_the_cell_has_resolved()
    {
        var resolved = Resolved(ResolvedOn);

        ShouldBreakRule(
            () => resolved.UpdateCandidate("Lâm Thị Sô Phia", Sex.Female, new DateOnly(1995, 4, 12), Ethnicities.Khmer, GeneralEducation.UpperSecondary, false),
            "admission.candidate_locked");
    }

    [Fact]
    public void The_ceremony_records_a_probationary_member_in_the_cell_with_the_decision()
    {
        var (admission, member) = OnProbation(ResolvedOn, DecidedOn, CeremonyOn);

        admission.Stage.ShouldBe(AdmissionStage.OnProbation);
        admission.MemberId.ShouldBe(member.Id);
        member.Status.ShouldBe(MemberStatus.Probationary);
        member.StatusOn(CeremonyOn).ShouldBe(MemberStatus.Probationary);
        member.StatusOn(CeremonyOn.AddDays(-1)).ShouldBeNull();
        member.OrganizationId.ShouldBe(Cell.Id);
        member.FullName.ShouldBe("Lâm Thị Sô Phia");
        member.EthnicityCode.ShouldBe(Ethnicities.Khmer);
        member.AdmissionDecisionDate.ShouldBe(DecidedOn);
        member.AdmissionDecisionNumber.ShouldBe("150-QĐ/ĐU");
        member.CeremonyDate.ShouldBe(CeremonyOn);
        member.FullMembershipDate.ShouldBeNull();
        member.ProfessionalLevel.ShouldBe(ProfessionalLevel.None);
    }

    [Fact]
    public void Recognition_makes_the_member_full_and_finishes_the_case()
    {
        var (admission, member) = OnProbation(ResolvedOn, DecidedOn, CeremonyOn);
        admission.RecordRecognitionVote(Guid.NewGuid(), new DateOnly(2024, 5, 20), 9, 9, "07-NQ/CB", Weekdays, Rules);

        admission.RecognizeFullMembership(member, new DateOnly(2024, 5, 20), "210-QĐ/ĐU", Weekdays, Rules);

        admission.Stage.ShouldBe(AdmissionStage.Recognized);
        admission.NextStep.ShouldBeNull();
        member.Status.ShouldBe(MemberStatus.Full);
        member.FullMembershipDate.ShouldBe(CeremonyOn.AddMonths(12));
        admission.RecordedSteps(Rules).Select(s => s.Step).ShouldBe(
            [AdmissionStep.Course, AdmissionStep.Sponsor, AdmissionStep.Sponsor, AdmissionStep.CellResolution, AdmissionStep.CommitteeDecision, AdmissionStep.Ceremony,
                AdmissionStep.RecognitionResolution, AdmissionStep.FullMembership]);
        ShouldBreakRule(() => admission.Close(new DateOnly(2024, 6, 1), "x", Rules), "admission.step_out_of_order");
    }

    [Fact]
    public void Recognition_and_removal_concern_the_member_of_the_case()
    {
        var (admission, _) = OnProbation(ResolvedOn, DecidedOn, CeremonyOn);

        ShouldBreakRule(() => admission.RecognizeFullMembership(ProbationaryMember(), new DateOnly(2024, 5, 20), "1", Weekdays, Rules), "admission.member_mismatch");
    }

    [Fact]
    public void An_unfit_probationary_member_has_the_name_removed()
    {
        var (admission, member) = OnProbation(ResolvedOn, DecidedOn, CeremonyOn);

        admission.RemoveName(member, new DateOnly(2023, 12, 1), "88-QĐ/ĐU", "Không đủ tư cách đảng viên");

        admission.Stage.ShouldBe(AdmissionStage.NameRemoved);
        admission.ClosedOn.ShouldBe(new DateOnly(2023, 12, 1));
        member.Status.ShouldBe(MemberStatus.NameRemoved);
        member.StatusHistory[^1].DecisionNumber.ShouldBe("88-QĐ/ĐU");
        admission.RecordedSteps(Rules)[^1].Step.ShouldBe(AdmissionStep.NameRemoval);
    }

    [Fact]
    public void A_case_is_closed_before_the_ceremony_not_before_its_last_step()
    {
        var admission = Resolved(ResolvedOn);

        var error = ShouldBreakRule(() => admission.Close(ResolvedOn.AddDays(-1), "Rút hồ sơ", Rules), "admission.date_before_previous_step");
        error.Arguments.ShouldBe(["2023-03-03", "CELL_RESOLUTION"]);

        admission.Close(ResolvedOn.AddDays(5), "Quần chúng xin rút hồ sơ", Rules);
        admission.Stage.ShouldBe(AdmissionStage.Closed);
        admission.NextStep.ShouldBeNull();
        ShouldBreakRule(() => admission.RecordCommitteeDecision(ResolvedOn.AddDays(6), "1", null, Weekdays, Rules), "admission.step_out_of_order");
    }

    [Fact]
    public void The_next_step_follows_the_stage()
    {
        var admission = Candidate();
        admission.NextStep.ShouldBe(AdmissionStep.Course);
        admission.RecordCourse(new DateOnly(2022, 3, 1), "1");
        admission.NextStep.ShouldBe(AdmissionStep.Sponsor);
        Prepared().NextStep.ShouldBe(AdmissionStep.CellResolution);
        Resolved(ResolvedOn).NextStep.ShouldBe(AdmissionStep.CommitteeDecision);
        Decided(ResolvedOn, DecidedOn).NextStep.ShouldBe(AdmissionStep.Ceremony);
        var (onProbation, _) = OnProbation(ResolvedOn, DecidedOn, CeremonyOn);
        onProbation.NextStep.ShouldBe(AdmissionStep.RecognitionResolution);
        onProbation.RecordRecognitionVote(Guid.NewGuid(), CeremonyOn.AddMonths(12), 9, 9, "07-NQ/CB", Weekdays, Rules);
        onProbation.NextStep.ShouldBe(AdmissionStep.FullMembership);
    }
}
