using PartyCommittee.Domain.Membership;
using static PartyCommittee.Domain.Tests.Admission.AdmissionFixtures;

namespace PartyCommittee.Domain.Tests.Admission;

/// <summary>Sponsors: full on the assignment date, worked together long enough, no duplicates, at most two, the youth union only for youth.</summary>
public class SponsorTests
{
    private static readonly DateOnly CourseOn = new(2022, 3, 1);

    private static AdmissionCase WithCourse(DateOnly? dateOfBirth = null, bool youthUnion = false)
    {
        var admission = Candidate(dateOfBirth, youthUnion: youthUnion);
        admission.RecordCourse(CourseOn, "125/GCN");
        return admission;
    }

    [Fact]
    public void A_probationary_member_cannot_sponsor()
    {
        var admission = WithCourse();

        ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, ProbationaryMember(), new DateOnly(2020, 1, 1), new DateOnly(2022, 4, 1), true, Rules),
            "admission.sponsor_not_full_member");
        admission.Sponsors.ShouldBeEmpty();
    }

    [Fact]
    public void The_sponsor_must_be_full_on_the_assignment_date_itself()
    {
        var member = FullMember(admittedOn: new DateOnly(2021, 4, 1), fullSince: new DateOnly(2022, 4, 1));
        var admission = WithCourse();

        ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, member, new DateOnly(2020, 1, 1), new DateOnly(2022, 3, 31), true, Rules),
            "admission.sponsor_not_full_member");

        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, member, new DateOnly(2020, 1, 1), new DateOnly(2022, 4, 1), true, Rules);
        admission.Sponsors.ShouldHaveSingleItem().MemberId.ShouldBe(member.Id);
    }

    [Theory]
    [InlineData("2021-04-01", true)] // 12 months exactly
    [InlineData("2021-04-02", false)] // one day short: 11 whole months
    [InlineData("2022-05-01", false)] // after the assignment
    public void The_sponsor_must_have_worked_with_the_candidate_twelve_months(string since, bool allowed)
    {
        var admission = WithCourse();
        var workedSince = DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture);
        void Assign() => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember(), workedSince, new DateOnly(2022, 4, 1), true, Rules);

        if (allowed)
        {
            Assign();
            admission.Sponsors.Count.ShouldBe(1);
        }
        else
        {
            var error = ShouldBreakRule(Assign, "admission.sponsor_not_long_enough");
            error.Arguments[1].ShouldBe(12);
        }
    }

    [Fact]
    public void The_same_member_cannot_sponsor_twice_and_there_are_at_most_two_sponsors()
    {
        var admission = WithCourse();
        var first = FullMember("Nguyễn Văn Bảo");
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, first, new DateOnly(2019, 1, 1), new DateOnly(2022, 4, 1), true, Rules);

        ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, first, new DateOnly(2019, 1, 1), new DateOnly(2022, 4, 2), true, Rules),
            "admission.sponsor_duplicate");

        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember("Phạm Thị Hồng"), new DateOnly(2019, 1, 1), new DateOnly(2022, 4, 2), true, Rules);
        ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember("Lê Văn Tám"), new DateOnly(2019, 1, 1), new DateOnly(2022, 4, 3), true, Rules),
            "admission.too_many_sponsors");
        admission.Sponsors.Count.ShouldBe(2);
    }

    [Fact]
    public void The_youth_union_and_one_full_member_sponsor_a_youth_union_member_of_youth_age()
    {
        var admission = WithCourse(new DateOnly(2000, 5, 10), youthUnion: true);

        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.YouthUnionExecutive, null, null, new DateOnly(2022, 4, 1), true, Rules);
        ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.YouthUnionExecutive, null, null, new DateOnly(2022, 4, 1), true, Rules),
            "admission.sponsor_duplicate");
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember(), new DateOnly(2020, 1, 1), new DateOnly(2022, 4, 1), true, Rules);
        admission.RecordCellResolution(new DateOnly(2022, 5, 4), "03-NQ/CB", true, Rules);

        admission.Stage.ShouldBe(AdmissionStage.CellResolved);
        admission.Sponsors.Select(s => s.Kind).ShouldBe([SponsorKind.YouthUnionExecutive, SponsorKind.FullMember], ignoreOrder: true);
    }

    [Fact]
    public void The_youth_union_cannot_sponsor_a_candidate_who_is_not_a_youth_union_member()
    {
        var admission = WithCourse(new DateOnly(2000, 5, 10), youthUnion: false);

        ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.YouthUnionExecutive, null, null, new DateOnly(2022, 4, 1), true, Rules),
            "admission.youth_sponsor_not_allowed");
    }

    [Theory]
    [InlineData("1992-04-01", true)] // 30 years: 360 months
    [InlineData("1992-03-02", true)] // 360 whole months and 30 days
    [InlineData("1992-03-01", false)] // 361 months
    public void The_youth_union_sponsors_only_up_to_thirty_years_in_months(string dateOfBirth, bool allowed)
    {
        var admission = WithCourse(DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture), youthUnion: true);
        void Assign() => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.YouthUnionExecutive, null, null, new DateOnly(2022, 4, 1), true, Rules);

        if (allowed)
        {
            Assign();
            admission.Sponsors.ShouldHaveSingleItem().Kind.ShouldBe(SponsorKind.YouthUnionExecutive);
        }
        else
        {
            ShouldBreakRule(Assign, "admission.youth_sponsor_not_allowed");
        }
    }

    [Fact]
    public void A_candidate_who_left_the_youth_union_loses_the_youth_union_sponsor_at_the_resolution()
    {
        var admission = WithCourse(new DateOnly(2000, 5, 10), youthUnion: true);
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.YouthUnionExecutive, null, null, new DateOnly(2022, 4, 1), true, Rules);
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember(), new DateOnly(2020, 1, 1), new DateOnly(2022, 4, 1), true, Rules);
        admission.UpdateCandidate(admission.FullName, admission.Sex, admission.DateOfBirth, admission.EthnicityCode, admission.GeneralEducation, isYouthUnionMember: false);

        ShouldBreakRule(() => admission.RecordCellResolution(new DateOnly(2022, 5, 4), "03-NQ/CB", true, Rules), "admission.youth_sponsor_not_allowed");
    }

    [Fact]
    public void The_sponsor_kind_and_member_must_agree()
    {
        var admission = WithCourse(new DateOnly(2000, 5, 10), youthUnion: true);

        ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, null, null, new DateOnly(2022, 4, 1), true, Rules),
            "admission.sponsor_member_mismatch");
        ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.YouthUnionExecutive, FullMember(), null, new DateOnly(2022, 4, 1), true, Rules),
            "admission.sponsor_member_mismatch");
    }

    [Fact]
    public void A_sponsor_can_be_withdrawn_and_replaced_while_preparing()
    {
        var admission = WithCourse();
        var sponsor = admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember(), new DateOnly(2019, 1, 1), new DateOnly(2022, 4, 1), true, Rules);

        admission.WithdrawSponsor(sponsor.Id);

        admission.Sponsors.ShouldBeEmpty();
        ShouldBreakRule(() => admission.WithdrawSponsor(sponsor.Id), "admission.sponsor_not_found");
    }
}
