using PartyCommittee.Domain.Membership;
using static PartyCommittee.Domain.Tests.Admission.AdmissionFixtures;

namespace PartyCommittee.Domain.Tests.Admission;

/// <summary>The case follows its member: what the member's events say is recorded once, on the case on probation only.</summary>
public sealed class FollowMemberTests
{
    private static readonly DateOnly Resolution = new(2023, 1, 9);
    private static readonly DateOnly Decision = new(2023, 3, 13);
    private static readonly DateOnly Ceremony = new(2023, 3, 31);

    [Fact]
    public void A_recognition_of_the_member_recognises_the_case()
    {
        var (admission, member) = OnProbation(Resolution, Decision, Ceremony);

        member.RecognizeFullMembership(new DateOnly(2024, 4, 2), "310-QĐ/ĐU", 12);
        foreach (var recognized in member.DomainEvents.OfType<MemberRecognizedAsFull>())
        {
            admission.FollowRecognition(recognized);
        }

        admission.Stage.ShouldBe(AdmissionStage.Recognized);
        admission.RecognizedOn.ShouldBe(new DateOnly(2024, 4, 2));
        admission.RecognitionDecisionNumber.ShouldBe("310-QĐ/ĐU");
        admission.NextStep.ShouldBeNull();
    }

    [Fact]
    public void A_recognition_the_case_recorded_itself_is_not_recorded_again()
    {
        var (admission, member) = OnProbation(Resolution, Decision, Ceremony);
        admission.RecordRecognitionVote(Guid.NewGuid(), new DateOnly(2024, 4, 1), 9, 9, "07-NQ/CB", Weekdays, Rules);
        admission.RecognizeFullMembership(member, new DateOnly(2024, 4, 2), "310-QĐ/ĐU", Weekdays, Rules);
        var version = admission.RecordedSteps(Rules).Count;

        admission.FollowRecognition(member.DomainEvents.OfType<MemberRecognizedAsFull>().Single());

        admission.RecordedSteps(Rules).Count.ShouldBe(version);
        member.DomainEvents.OfType<MemberStatusChanged>().Count().ShouldBe(1);
    }

    [Fact]
    public void A_name_removed_on_the_member_record_removes_the_name_on_the_case()
    {
        var (admission, member) = OnProbation(Resolution, Decision, Ceremony);

        member.ChangeStatus(MemberStatus.NameRemoved, new DateOnly(2023, 10, 2), "88-QĐ/ĐU", "Không đủ tư cách");
        admission.FollowDeparture(member.DomainEvents.OfType<MemberLeftPartyOrganisation>().Single());

        admission.Stage.ShouldBe(AdmissionStage.NameRemoved);
        admission.ClosedOn.ShouldBe(new DateOnly(2023, 10, 2));
        admission.ClosedReason.ShouldBe("Không đủ tư cách");
    }

    [Fact]
    public void A_death_closes_the_case_with_the_status_as_reason()
    {
        var (admission, member) = OnProbation(Resolution, Decision, Ceremony);

        member.ChangeStatus(MemberStatus.Deceased, new DateOnly(2023, 8, 14), null, null);
        admission.FollowDeparture(member.DomainEvents.OfType<MemberLeftPartyOrganisation>().Single());

        admission.Stage.ShouldBe(AdmissionStage.Closed);
        admission.ClosedReason.ShouldBe(MembershipLabels.Of(MemberStatus.Deceased).Vi);
    }

    [Fact]
    public void Events_of_another_member_are_ignored()
    {
        var (admission, _) = OnProbation(Resolution, Decision, Ceremony);

        admission.FollowRecognition(new MemberRecognizedAsFull(Guid.NewGuid(), new DateOnly(2024, 4, 2), null));
        admission.FollowDeparture(new MemberLeftPartyOrganisation(Guid.NewGuid(), MemberStatus.Deceased, new DateOnly(2024, 4, 2), null));

        admission.Stage.ShouldBe(AdmissionStage.OnProbation);
    }
}
