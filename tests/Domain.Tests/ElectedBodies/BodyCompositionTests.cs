using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;
using static PartyCommittee.Domain.Tests.ElectedBodies.BodyFixtures;

namespace PartyCommittee.Domain.Tests.ElectedBodies;

/// <summary>The statute's composition rules (Điều lệ Đảng art. 22 and 24; Quy định 29/24/294 points 12 and 24) at their boundaries.</summary>
public class BodyCompositionTests
{
    private const string RuleSet2016 = "DL2011-QD29-2016";

    private readonly BodyFixtures f = new();

    // ---- Standing committee: from 9 executive members, at most a third -----------------------------------------------

    [Fact]
    public void A_standing_committee_needs_9_executive_members_8_are_not_enough()
    {
        var executives = f.FillExecutive(8);

        var refused = ShouldBreakRule(() => f.Appoint(f.Standing, executives[0], BodyRole.StandingMember), "body.standing_requires_larger_executive");
        refused.Arguments.ShouldBe([9, 8, RuleSet2016]);
        f.Standing.Memberships.ShouldBeEmpty();

        f.Appoint(f.Executive, Member(f.InspectorateCell, "Trịnh Văn Chín"), BodyRole.Member);
        f.Appoint(f.Standing, executives[0], BodyRole.StandingMember).Role.ShouldBe(BodyRole.StandingMember);
    }

    [Theory]
    [InlineData(9, 3)]
    [InlineData(10, 3)]
    [InlineData(11, 3)]
    [InlineData(12, 4)]
    public void The_standing_committee_has_at_most_a_third_of_the_executive_rounded_down(int executive, int most)
    {
        var executives = f.FillExecutive(executive);
        for (var i = 0; i < most; i++)
        {
            f.Appoint(f.Standing, executives[i], BodyRole.StandingMember);
        }

        var refused = ShouldBreakRule(() => f.Appoint(f.Standing, executives[most], BodyRole.StandingMember), "body.standing_too_large");
        refused.Arguments.ShouldBe([most, executive, RuleSet2016]);
        f.Standing.SeatsOn(TermStart).ShouldBe(most);
    }

    [Fact]
    public void The_standing_committee_s_secretary_is_the_executive_committee_s_secretary()
    {
        var executives = f.FillExecutive(8);
        var secretary = Member(f.OfficeCell, "Huỳnh Văn Bí");
        f.Appoint(f.Executive, secretary, BodyRole.Secretary);

        ShouldBreakRule(() => f.Appoint(f.Standing, executives[0], BodyRole.Secretary), "body.standing_leader_not_executive_leader");
        ShouldBreakRule(() => f.Appoint(f.Standing, executives[0], BodyRole.DeputySecretary), "body.standing_leader_not_executive_leader");
        f.Appoint(f.Standing, secretary, BodyRole.Secretary).Role.ShouldBe(BodyRole.Secretary);
    }

    [Fact]
    public void The_executive_committee_cannot_get_another_secretary_than_the_standing_committee_s()
    {
        var secretary = Member(f.OfficeCell, "Huỳnh Văn Bí");
        f.Appoint(f.Executive, secretary, BodyRole.Secretary, TermStart, new DateOnly(2022, 6, 30));
        f.FillExecutive(8);
        f.Appoint(f.Standing, secretary, BodyRole.Secretary, TermStart);

        var other = Member(f.OfficeCell, "Phan Thị Mới");
        var context = f.Context(f.Executive, other) with { StandingCommittee = f.Standing };

        ShouldBreakRule(
            () => f.Executive.Appoint(Guid.NewGuid(), BodyRole.Secretary, new DateOnly(2022, 7, 1), null, null, context),
            "body.standing_leader_not_executive_leader");
    }

    [Fact]
    public void A_rule_book_with_other_numbers_is_the_one_applied()
    {
        var executives = f.FillExecutive(5);
        var book = BodyCompositionRuleSet.Statutory.With(BodyCompositionRuleSet.All.Select(r => r with { StandingCommitteeMinExecutiveMembers = 5 }));
        var context = f.Context(f.Standing, executives[0]);

        f.Standing.Appoint(Guid.NewGuid(), BodyRole.StandingMember, TermStart, null, null, context, book, BodyLimits.None, Today).Role.ShouldBe(BodyRole.StandingMember);
    }

    // ---- Cell committee: from 9 full members, at most 7, one deputy ---------------------------------------------------

    private (ElectedBody Body, AppointmentContext Context) CellCommittee(int fullMembers)
    {
        var term = Term.Open(Guid.NewGuid(), f.OfficeCell, "2020–2022", null, TermStart, TermEnd, []);
        var body = ElectedBody.Constitute(Guid.NewGuid(), f.OfficeCell, term, BodyKind.CellCommittee, []);
        return (body, new AppointmentContext(term, f.OfficeCell, Member(f.OfficeCell), f.AllCells, null, null, fullMembers));
    }

    private static BodyMembership Seat(ElectedBody body, AppointmentContext context, BodyRole role, string name) =>
        body.Appoint(Guid.NewGuid(), role, TermStart, null, null, context with { Member = Member(context.Organization, name) });

    [Fact]
    public void A_cell_of_8_full_members_has_a_secretary_and_a_deputy_but_no_committee_members()
    {
        var (body, context) = CellCommittee(8);

        Seat(body, context, BodyRole.Secretary, "Lý Văn Một").Role.ShouldBe(BodyRole.Secretary);
        Seat(body, context, BodyRole.DeputySecretary, "Lý Thị Hai").Role.ShouldBe(BodyRole.DeputySecretary);
        var refused = ShouldBreakRule(() => Seat(body, context, BodyRole.Member, "Lý Văn Ba"), "body.cell_committee_requires_more_full_members");
        refused.Arguments.ShouldBe([9, 8, RuleSet2016]);
    }

    [Fact]
    public void A_cell_of_9_full_members_elects_a_cell_committee()
    {
        var (body, context) = CellCommittee(9);

        Seat(body, context, BodyRole.Member, "Lý Văn Ba").Role.ShouldBe(BodyRole.Member);
    }

    [Fact]
    public void A_cell_committee_has_at_most_7_members_and_one_deputy()
    {
        var (body, context) = CellCommittee(40);
        string[] names = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long"];
        Seat(body, context, BodyRole.Secretary, "Tô Văn " + names[0]);
        Seat(body, context, BodyRole.DeputySecretary, "Tô Văn " + names[1]);
        ShouldBreakRule(() => Seat(body, context, BodyRole.DeputySecretary, "Tô Văn Phó"), "body.deputy_secretaries_exceeded").Arguments.ShouldBe([1, 1, RuleSet2016]);
        for (var i = 2; i < 7; i++)
        {
            Seat(body, context, BodyRole.Member, "Tô Văn " + names[i]);
        }

        ShouldBreakRule(() => Seat(body, context, BodyRole.Member, "Tô Văn " + names[7]), "body.cell_committee_too_large").Arguments.ShouldBe([7, 7, RuleSet2016]);
        body.SeatsOn(TermStart).ShouldBe(7);
    }

    // ---- Settings: deputies of the committee, size of the inspection commission --------------------------------------

    [Fact]
    public void The_inspection_commission_s_size_is_a_setting()
    {
        var limits = new BodyLimits(null, 5);
        string[] names = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải"];
        for (var i = 0; i < 5; i++)
        {
            var member = Member(f.InspectorateCell, "Mai Văn " + names[i]);
            f.Inspection.Appoint(Guid.NewGuid(), i == 0 ? BodyRole.InspectionViceChair : BodyRole.Member, TermStart, null, null, f.Context(f.Inspection, member), BodyCompositionRuleSet.Statutory, limits, Today);
        }

        var sixth = Member(f.InspectorateCell, "Mai Văn " + names[5]);
        ShouldBreakRule(
            () => f.Inspection.Appoint(Guid.NewGuid(), BodyRole.Member, TermStart, null, null, f.Context(f.Inspection, sixth), BodyCompositionRuleSet.Statutory, limits, Today),
            "body.inspection_commission_too_large").Arguments.ShouldBe([5, 5, "settings"]);
        f.Appoint(f.Inspection, sixth, BodyRole.Member).Role.ShouldBe(BodyRole.Member);
    }

    [Fact]
    public void The_committee_s_deputy_secretaries_are_a_setting()
    {
        var limits = new BodyLimits(1, null);
        var first = Member(f.OfficeCell, "Quách Văn Phó");
        f.Executive.Appoint(Guid.NewGuid(), BodyRole.DeputySecretary, TermStart, null, null, f.Context(f.Executive, first), BodyCompositionRuleSet.Statutory, limits, Today);

        var second = Member(f.OfficeCell, "Quách Thị Phó");
        ShouldBreakRule(
            () => f.Executive.Appoint(Guid.NewGuid(), BodyRole.DeputySecretary, TermStart, null, null, f.Context(f.Executive, second), BodyCompositionRuleSet.Statutory, limits, Today),
            "body.deputy_secretaries_exceeded");
    }

    [Fact]
    public void A_seat_cannot_start_in_the_future()
    {
        var member = Member(f.OfficeCell);
        ShouldBreakRule(
            () => f.Executive.Appoint(Guid.NewGuid(), BodyRole.Member, TermStart, null, null, f.Context(f.Executive, member), BodyCompositionRuleSet.Statutory, BodyLimits.None, TermStart.AddDays(-1)),
            EventDates.InFuture);
    }

    // ---- A move to another cell ends the seat on the old cell's committee ---------------------------------------------

    [Fact]
    public void A_member_who_moves_cell_leaves_the_old_cell_committee_the_day_before()
    {
        var (body, context) = CellCommittee(12);
        var seat = Seat(body, context, BodyRole.Member, "Lư Văn Chuyển");

        body.EndSeatsOfMovedMember(seat.MemberId, new DateOnly(2023, 5, 2)).ShouldHaveSingleItem();

        seat.EndsOn.ShouldBe(new DateOnly(2023, 5, 1));
        body.HasMemberOn(seat.MemberId, new DateOnly(2023, 5, 1)).ShouldBeTrue();
        body.HasMemberOn(seat.MemberId, new DateOnly(2023, 5, 2)).ShouldBeFalse();
    }

    [Fact]
    public void A_move_ends_no_seat_on_the_committee_s_own_bodies()
    {
        var member = Member(f.OfficeCell);
        f.Appoint(f.Executive, member, BodyRole.Member);

        f.Executive.EndSeatsOfMovedMember(member.Id, new DateOnly(2023, 5, 2)).ShouldBeEmpty();
        f.Executive.HasMemberOn(member.Id, new DateOnly(2024, 1, 1)).ShouldBeTrue();
    }
}
