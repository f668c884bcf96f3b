using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Admission;
using static PartyCommittee.Domain.Tests.Admission.AdmissionFixtures;

namespace PartyCommittee.Domain.Tests.Admission;

/// <summary>
/// Who sponsors a candidate of youth age (judged at the cell's resolution): where a youth union exists, its collective
/// (executive committee or youth cell) and one full member; where none exists, the trade union's executive committee may;
/// a sponsor transferred or disciplined is replaced.
/// </summary>
public class SponsorKindTests
{
    private static readonly DateOnly CourseOn = new(2022, 3, 1);
    private static readonly DateOnly AssignedOn = new(2022, 4, 1);

    private static AdmissionCase Sponsored(DateOnly dateOfBirth, bool youthUnionMember, SponsorKind collective, bool youthUnionExists)
    {
        var admission = Candidate(dateOfBirth, youthUnion: youthUnionMember);
        admission.RecordCourse(CourseOn, "125/GCN");
        admission.AssignSponsor(Guid.NewGuid(), collective, null, null, AssignedOn, youthUnionExists, Rules);
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember(), new DateOnly(2019, 1, 1), AssignedOn, youthUnionExists, Rules);
        return admission;
    }

    [Theory]
    [InlineData("2022-05-01", true)] // 360 months on the resolution: youth age
    [InlineData("2022-05-31", true)] // 360 whole months and 30 days
    [InlineData("2022-06-01", false)] // 361 months: no longer of youth age on the resolution
    public void Youth_age_is_judged_on_the_day_of_the_cells_resolution(string resolvedOn, bool allowed)
    {
        // Born 1992-05-01: 359 months on the assignment, so the youth union could be assigned.
        var admission = Sponsored(new DateOnly(1992, 5, 1), youthUnionMember: true, SponsorKind.YouthUnionExecutive, youthUnionExists: true);
        void Resolve() => admission.RecordCellResolution(DeadlineTests.Day(resolvedOn), "03-NQ/CB", true, Rules);

        if (allowed)
        {
            Resolve();
            admission.Stage.ShouldBe(AdmissionStage.CellResolved);
        }
        else
        {
            ShouldBreakRule(Resolve, "admission.youth_sponsor_not_allowed").Arguments.ShouldBe([360, "QD24-2021"]);
        }
    }

    [Fact]
    public void A_youth_union_member_of_youth_age_where_a_youth_union_exists_needs_its_collective()
    {
        var admission = Candidate(new DateOnly(2000, 5, 10), youthUnion: true);
        admission.RecordCourse(CourseOn, "125/GCN");
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember("Nguyễn Văn Bảo"), new DateOnly(2019, 1, 1), AssignedOn, true, Rules);
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.FullMember, FullMember("Phạm Thị Hồng"), new DateOnly(2019, 1, 1), AssignedOn, true, Rules);

        ShouldBreakRule(() => admission.RecordCellResolution(new DateOnly(2022, 5, 4), "03-NQ/CB", true, Rules), "admission.youth_sponsor_required")
            .Arguments[1].ShouldBe("QD24-2021");

        // Where no youth union exists, two full members sponsor.
        admission.RecordCellResolution(new DateOnly(2022, 5, 4), "03-NQ/CB", false, Rules);
        admission.Stage.ShouldBe(AdmissionStage.CellResolved);
    }

    [Fact]
    public void The_youth_cells_collective_sponsors_like_the_executive_committee()
    {
        var admission = Sponsored(new DateOnly(2000, 5, 10), youthUnionMember: true, SponsorKind.YouthCellCollective, youthUnionExists: true);

        admission.RecordCellResolution(new DateOnly(2022, 5, 4), "03-NQ/CB", true, Rules);

        admission.Sponsors.Select(s => s.Kind).ShouldBe([SponsorKind.YouthCellCollective, SponsorKind.FullMember], ignoreOrder: true);
    }

    [Fact]
    public void The_youth_union_collective_needs_a_youth_union()
    {
        var admission = Candidate(new DateOnly(2000, 5, 10), youthUnion: true);
        admission.RecordCourse(CourseOn, "125/GCN");

        ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.YouthCellCollective, null, null, AssignedOn, false, Rules),
            "admission.youth_sponsor_not_allowed");
    }

    [Fact]
    public void The_trade_union_sponsors_only_where_there_is_no_youth_union()
    {
        var admission = Candidate(new DateOnly(2000, 5, 10));
        admission.RecordCourse(CourseOn, "125/GCN");
        ShouldBreakRule(
            () => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.TradeUnionExecutive, null, null, AssignedOn, true, Rules),
            "admission.trade_union_sponsor_not_allowed");

        var sponsored = Sponsored(new DateOnly(2000, 5, 10), youthUnionMember: false, SponsorKind.TradeUnionExecutive, youthUnionExists: false);
        sponsored.RecordCellResolution(new DateOnly(2022, 5, 4), "03-NQ/CB", false, Rules);
        sponsored.Stage.ShouldBe(AdmissionStage.CellResolved);

        // A youth union founded before the resolution: the trade union may no longer sponsor.
        var founded = Sponsored(new DateOnly(2000, 5, 10), youthUnionMember: false, SponsorKind.TradeUnionExecutive, youthUnionExists: false);
        ShouldBreakRule(() => founded.RecordCellResolution(new DateOnly(2022, 5, 4), "03-NQ/CB", true, Rules), "admission.trade_union_sponsor_not_allowed");
    }

    [Fact]
    public void The_trade_union_sponsors_a_candidate_of_youth_age_only()
    {
        // Born 1992-05-01: of youth age on the assignment, 361 months on 2022-06-01.
        var admission = Sponsored(new DateOnly(1992, 5, 1), youthUnionMember: false, SponsorKind.TradeUnionExecutive, youthUnionExists: false);

        ShouldBreakRule(() => admission.RecordCellResolution(new DateOnly(2022, 6, 1), "03-NQ/CB", false, Rules), "admission.trade_union_sponsor_not_allowed");
    }

    [Fact]
    public void A_collective_sponsors_with_one_full_member_never_with_another_collective()
    {
        var admission = Candidate(new DateOnly(2000, 5, 10), youthUnion: true);
        admission.RecordCourse(CourseOn, "125/GCN");
        admission.AssignSponsor(Guid.NewGuid(), SponsorKind.YouthUnionExecutive, null, null, AssignedOn, true, Rules);

        ShouldBreakRule(() => admission.AssignSponsor(Guid.NewGuid(), SponsorKind.YouthCellCollective, null, null, AssignedOn, true, Rules), "admission.sponsor_duplicate");
    }

    [Fact]
    public void A_sponsor_transferred_or_disciplined_is_replaced_and_kept_in_the_record()
    {
        var admission = Resolved(new DateOnly(2023, 3, 3));
        var leaving = admission.ActiveSponsors[0];
        var replacement = FullMember("Lê Văn Tâm");

        admission.ReplaceSponsor(
            leaving.Id, Guid.NewGuid(), SponsorReplacementReason.Transferred, SponsorKind.FullMember, replacement, new DateOnly(2020, 1, 1), new DateOnly(2023, 4, 3), false, Rules);

        admission.Sponsors.Count.ShouldBe(3);
        admission.ActiveSponsors.Count.ShouldBe(2);
        leaving.ReplacedOn.ShouldBe(new DateOnly(2023, 4, 3));
        leaving.ReplacementReason.ShouldBe(SponsorReplacementReason.Transferred);
        admission.ActiveSponsors.ShouldContain(s => s.MemberId == replacement.Id && s.ReplacesSponsorId == leaving.Id);
        admission.RecordedSteps(Rules).ShouldContain(s => s.Step == AdmissionStep.SponsorReplacement && s.Date == new DateOnly(2023, 4, 3));

        ShouldBreakRule(
            () => admission.ReplaceSponsor(leaving.Id, Guid.NewGuid(), SponsorReplacementReason.Disciplined, SponsorKind.FullMember, FullMember("Đỗ Văn Lộc"), new DateOnly(2020, 1, 1), new DateOnly(2023, 4, 4), false, Rules),
            "admission.sponsor_not_found");
    }

    [Fact]
    public void A_replacement_is_checked_as_an_assignment()
    {
        var admission = Resolved(new DateOnly(2023, 3, 3));
        var leaving = admission.ActiveSponsors[0];

        ShouldBreakRule(
            () => admission.ReplaceSponsor(leaving.Id, Guid.NewGuid(), SponsorReplacementReason.Disciplined, SponsorKind.FullMember, ProbationaryMember(), new DateOnly(2020, 1, 1), new DateOnly(2023, 4, 3), false, Rules),
            "admission.sponsor_not_full_member");
        ShouldBreakRule(
            () => admission.ReplaceSponsor(leaving.Id, Guid.NewGuid(), SponsorReplacementReason.Disciplined, SponsorKind.FullMember, FullMember(), new DateOnly(2022, 6, 1), new DateOnly(2023, 4, 3), false, Rules),
            "admission.sponsor_not_long_enough");
        leaving.ReplacedOn.ShouldBeNull();
    }

    [Fact]
    public void No_replacement_after_the_probation()
    {
        var (admission, member) = OnProbation(new DateOnly(2023, 3, 3), new DateOnly(2023, 5, 26), new DateOnly(2023, 7, 7));
        admission.RecordRecognitionVote(Guid.NewGuid(), new DateOnly(2024, 7, 8), 9, 9, "1", Weekdays, Rules);
        admission.RecognizeFullMembership(member, new DateOnly(2024, 7, 15), "2", Weekdays, Rules);

        ShouldBreakRule(
            () => admission.ReplaceSponsor(admission.ActiveSponsors[0].Id, Guid.NewGuid(), SponsorReplacementReason.Transferred, SponsorKind.FullMember, FullMember("Lê Văn Tâm"), new DateOnly(2020, 1, 1), new DateOnly(2024, 8, 1), false, Rules),
            "admission.step_out_of_order");
    }
}
