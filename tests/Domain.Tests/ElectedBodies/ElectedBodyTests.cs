using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;
using static PartyCommittee.Domain.Tests.ElectedBodies.BodyFixtures;

namespace PartyCommittee.Domain.Tests.ElectedBodies;

public class ElectedBodyTests
{
    private readonly BodyFixtures f = new();

    // ---- Constituting a body -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(OrganizationType.PartyCommittee, BodyKind.ExecutiveCommittee, true)]
    [InlineData(OrganizationType.PartyCommittee, BodyKind.StandingCommittee, true)]
    [InlineData(OrganizationType.PartyCommittee, BodyKind.InspectionCommission, true)]
    [InlineData(OrganizationType.PartyCommittee, BodyKind.CellCommittee, false)]
    [InlineData(OrganizationType.PartySubCommittee, BodyKind.ExecutiveCommittee, true)]
    [InlineData(OrganizationType.PartySubCommittee, BodyKind.StandingCommittee, false)]
    [InlineData(OrganizationType.PartySubCommittee, BodyKind.InspectionCommission, false)]
    [InlineData(OrganizationType.PartyCell, BodyKind.CellCommittee, true)]
    [InlineData(OrganizationType.PartyCell, BodyKind.ExecutiveCommittee, false)]
    [InlineData(OrganizationType.PartyCell, BodyKind.StandingCommittee, false)]
    [InlineData(OrganizationType.PartyCell, BodyKind.InspectionCommission, false)]
    public void The_kinds_of_body_follow_the_kind_of_organisation(OrganizationType type, BodyKind kind, bool allowed)
    {
        var organization = type switch
        {
            OrganizationType.PartyCommittee => f.Committee,
            OrganizationType.PartyCell => f.OfficeCell,
            _ => PartyOrganization.Create(Guid.NewGuid(), "DBBP", "Đảng bộ bộ phận Khối sự nghiệp", null, OrganizationType.PartySubCommittee, null, new DateOnly(2010, 1, 1), f.Committee),
        };
        var term = Term.Open(Guid.NewGuid(), organization, "2020–2025", null, TermStart, TermEnd, []);

        if (allowed)
        {
            ElectedBody.Constitute(Guid.NewGuid(), organization, term, kind, []).Kind.ShouldBe(kind);
        }
        else
        {
            ShouldBreakRule(() => ElectedBody.Constitute(Guid.NewGuid(), organization, term, kind, []), "body.kind_not_allowed");
        }
    }

    [Fact]
    public void One_body_of_a_kind_per_organisation_and_term()
    {
        var exception = ShouldBreakRule(
            () => ElectedBody.Constitute(Guid.NewGuid(), f.Committee, f.Term, BodyKind.ExecutiveCommittee, [BodyKind.ExecutiveCommittee]),
            "body.already_exists",
            RuleViolationKind.Conflict);
        exception.Arguments.ShouldBe(["EXECUTIVE_COMMITTEE", "2020–2025"]);
    }

    [Fact]
    public void The_term_must_be_the_organisations()
    {
        var otherTerm = Term.Open(Guid.NewGuid(), f.OtherCommittee, "2020–2025", null, TermStart, TermEnd, []);

        ShouldBreakRule(() => ElectedBody.Constitute(Guid.NewGuid(), f.Committee, otherTerm, BodyKind.ExecutiveCommittee, []), "body.term_not_of_organization");
    }

    // ---- Roles ---------------------------------------------------------------------------------------------------

    public static TheoryData<BodyKind, BodyRole, bool> RoleMatrix()
    {
        var allowed = new Dictionary<BodyKind, BodyRole[]>
        {
            [BodyKind.ExecutiveCommittee] = [BodyRole.Secretary, BodyRole.DeputySecretary, BodyRole.Member],
            [BodyKind.StandingCommittee] = [BodyRole.Secretary, BodyRole.DeputySecretary, BodyRole.StandingMember],
            [BodyKind.InspectionCommission] = [BodyRole.InspectionChair, BodyRole.InspectionViceChair, BodyRole.Member],
            [BodyKind.CellCommittee] = [BodyRole.Secretary, BodyRole.DeputySecretary, BodyRole.Member],
        };
        var data = new TheoryData<BodyKind, BodyRole, bool>();
        foreach (var kind in Enum.GetValues<BodyKind>())
        {
            foreach (var role in Enum.GetValues<BodyRole>())
            {
                data.Add(kind, role, allowed[kind].Contains(role));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RoleMatrix))]
    public void Each_kind_of_body_has_its_own_roles(BodyKind kind, BodyRole role, bool allowed)
    {
        var (body, member, context) = kind switch
        {
            BodyKind.CellCommittee => CellCommitteeWithMember(),
            _ => CommitteeBodyWithEligibleMember(kind, role),
        };

        if (allowed)
        {
            body.Appoint(Guid.NewGuid(), role, TermStart, null, null, context).Role.ShouldBe(role);
            body.Memberships.ShouldHaveSingleItem().MemberId.ShouldBe(member.Id);
        }
        else
        {
            ShouldBreakRule(() => body.Appoint(Guid.NewGuid(), role, TermStart, null, null, context), "body.role_not_allowed");
            body.Memberships.ShouldBeEmpty();
        }
    }

    // ---- One secretary, one chair, one seat per member -----------------------------------------------------------

    [Fact]
    public void A_body_has_one_secretary_at_a_time()
    {
        f.Appoint(f.Executive, Member(f.OfficeCell, "Lê Thị Hồng"), BodyRole.Secretary, TermStart, new DateOnly(2022, 6, 30));

        var exception = ShouldBreakRule(
            () => f.Appoint(f.Executive, Member(f.OfficeCell, "Phạm Minh Tâm"), BodyRole.Secretary, new DateOnly(2022, 6, 30)),
            "body.secretary_exists",
            RuleViolationKind.Conflict);
        exception.Arguments.ShouldBe(["2020-04-10"]);

        // The successor takes over the day after.
        f.Appoint(f.Executive, Member(f.OfficeCell, "Phạm Minh Tâm"), BodyRole.Secretary, new DateOnly(2022, 7, 1)).Role.ShouldBe(BodyRole.Secretary);
    }

    [Fact]
    public void A_body_may_have_several_deputy_secretaries()
    {
        f.Appoint(f.Executive, Member(f.OfficeCell, "Lê Thị Hồng"), BodyRole.DeputySecretary);
        f.Appoint(f.Executive, Member(f.OfficeCell, "Phạm Minh Tâm"), BodyRole.DeputySecretary);

        f.Executive.MembersOn(TermStart).Count().ShouldBe(2);
    }

    [Fact]
    public void The_inspection_commission_has_one_chair_at_a_time()
    {
        f.FillExecutive(8);
        var first = Member(f.InspectorateCell, "Nguyễn Thanh Sơn");
        var second = Member(f.InspectorateCell, "Võ Thị Lan");
        foreach (var member in new[] { first, second })
        {
            f.Appoint(f.Executive, member, BodyRole.Member);
            f.Appoint(f.Standing, member, BodyRole.StandingMember);
        }

        f.Appoint(f.Inspection, first, BodyRole.InspectionChair);

        ShouldBreakRule(() => f.Appoint(f.Inspection, second, BodyRole.InspectionChair, new DateOnly(2023, 1, 1)), "body.inspection_chair_exists", RuleViolationKind.Conflict);
    }

    [Fact]
    public void A_member_holds_one_seat_in_a_body_at_a_time()
    {
        var member = Member(f.OfficeCell);
        f.Appoint(f.Executive, member, BodyRole.Member, TermStart, new DateOnly(2021, 12, 31));

        ShouldBreakRule(() => f.Appoint(f.Executive, member, BodyRole.DeputySecretary, new DateOnly(2021, 12, 31)), "body.already_member", RuleViolationKind.Conflict);

        // Elected deputy secretary once the ordinary seat has ended.
        f.Appoint(f.Executive, member, BodyRole.DeputySecretary, new DateOnly(2022, 1, 1));
        f.Executive.MembersOn(new DateOnly(2022, 1, 1)).ShouldHaveSingleItem().Role.ShouldBe(BodyRole.DeputySecretary);
    }

    // ---- Dates ---------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2020-04-09", null)]
    [InlineData("2025-04-10", null)]
    [InlineData("2020-04-10", "2025-04-10")]
    public void Seats_lie_within_the_term(string start, string? end)
    {
        var exception = ShouldBreakRule(
            () => f.Appoint(f.Executive, Member(f.OfficeCell), BodyRole.Member, DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end)),
            "body.outside_term");
        exception.Arguments.ShouldBe(["2020–2025", "2020-04-10 – 2025-04-09"]);
    }

    [Fact]
    public void A_seat_spanning_the_whole_term_is_inside_it()
    {
        f.Appoint(f.Executive, Member(f.OfficeCell), BodyRole.Member, TermStart, TermEnd).EndsOn.ShouldBe(TermEnd);
    }

    [Fact]
    public void A_seat_ends_on_or_after_its_start()
    {
        ShouldBreakRule(
            () => f.Appoint(f.Executive, Member(f.OfficeCell), BodyRole.Member, new DateOnly(2021, 1, 2), new DateOnly(2021, 1, 1)),
            "body.membership_ends_before_start");

        f.Appoint(f.Executive, Member(f.OfficeCell), BodyRole.Member, new DateOnly(2021, 1, 1), new DateOnly(2021, 1, 1)).IsCurrentOn(new DateOnly(2021, 1, 1)).ShouldBeTrue();
    }

    // ---- Party members of the organisation -----------------------------------------------------------------------

    [Fact]
    public void A_member_of_another_committee_cannot_sit_on_the_body()
    {
        ShouldBreakRule(() => f.Appoint(f.Executive, Member(f.OtherCell), BodyRole.Member), "body.member_not_in_organization");
    }

    [Fact]
    public void A_cell_committee_takes_members_of_that_cell_only()
    {
        var (cellCommittee, member, context) = CellCommitteeWithMember();
        var fromAnotherCell = Member(f.InspectorateCell);

        ShouldBreakRule(
            () => cellCommittee.Appoint(Guid.NewGuid(), BodyRole.Member, TermStart, null, null, context with { Member = fromAnotherCell }),
            "body.member_not_in_organization");
        cellCommittee.Appoint(Guid.NewGuid(), BodyRole.Secretary, TermStart, null, null, context).MemberId.ShouldBe(member.Id);
    }

    [Theory]
    [InlineData(MemberStatus.Full, null)]
    [InlineData(MemberStatus.Probationary, "body.member_probationary")]
    [InlineData(MemberStatus.TransferredOut, "body.member_not_in_organization")]
    [InlineData(MemberStatus.NameRemoved, "body.member_not_in_organization")]
    [InlineData(MemberStatus.Expelled, "body.member_not_in_organization")]
    [InlineData(MemberStatus.Deceased, "body.member_not_in_organization")]
    public void Only_a_full_member_not_suspended_holds_a_seat_on_the_start_date(MemberStatus statusOnStart, string? refusal)
    {
        var member = statusOnStart switch
        {
            MemberStatus.Full => Member(f.OfficeCell),
            MemberStatus.Probationary => Member(f.OfficeCell, status: MemberStatus.Probationary, since: new DateOnly(2019, 12, 1)),
            _ => Changed(Member(f.OfficeCell), statusOnStart),
        };

        if (refusal is null)
        {
            f.Appoint(f.Executive, member, BodyRole.Member).MemberId.ShouldBe(member.Id);
        }
        else
        {
            ShouldBreakRule(() => f.Appoint(f.Executive, member, BodyRole.Member), refusal);
            f.Executive.Memberships.ShouldBeEmpty();
        }

        static PartyMember Changed(PartyMember member, MemberStatus to)
        {
            if (to == MemberStatus.TransferredOut)
            {
                member.TransferOut(new DateOnly(2020, 1, 15), null);
            }
            else
            {
                member.ChangeStatus(to, new DateOnly(2020, 1, 15), "QĐ", null);
            }

            return member;
        }
    }

    [Fact]
    public void A_member_recorded_after_the_start_date_was_not_yet_a_member_then()
    {
        var admittedLater = Member(f.OfficeCell, status: MemberStatus.Full, since: new DateOnly(2021, 3, 1));

        ShouldBreakRule(() => f.Appoint(f.Executive, admittedLater, BodyRole.Member), "body.member_not_in_organization");
        f.Appoint(f.Executive, admittedLater, BodyRole.Member, new DateOnly(2021, 3, 1)).StartsOn.ShouldBe(new DateOnly(2021, 3, 1));
    }

    [Fact]
    public void The_cell_that_counts_is_the_one_on_the_start_date()
    {
        var member = Member(f.OtherCell);
        member.MoveToCell(f.OfficeCell, new DateOnly(2021, 6, 1));

        ShouldBreakRule(() => f.Appoint(f.Executive, member, BodyRole.Member, new DateOnly(2021, 5, 31)), "body.member_not_in_organization");
        f.Appoint(f.Executive, member, BodyRole.Member, new DateOnly(2021, 6, 1)).StartsOn.ShouldBe(new DateOnly(2021, 6, 1));
    }

    // ---- Standing committee and inspection chair -----------------------------------------------------------------

    [Fact]
    public void A_standing_member_must_sit_on_the_executive_committee()
    {
        f.FillExecutive(8);
        var member = Member(f.OfficeCell);

        ShouldBreakRule(() => f.Appoint(f.Standing, member, BodyRole.StandingMember), "body.standing_requires_executive");

        f.Appoint(f.Executive, member, BodyRole.Member);
        f.Appoint(f.Standing, member, BodyRole.StandingMember).Role.ShouldBe(BodyRole.StandingMember);
    }

    [Fact]
    public void The_executive_seat_must_be_held_on_the_start_date()
    {
        var member = Member(f.OfficeCell);
        f.Appoint(f.Executive, member, BodyRole.Member, TermStart, new DateOnly(2022, 12, 31));

        ShouldBreakRule(() => f.Appoint(f.Standing, member, BodyRole.StandingMember, new DateOnly(2023, 1, 1)), "body.standing_requires_executive");
    }

    [Fact]
    public void A_standing_committee_without_an_executive_committee_takes_no_one()
    {
        var member = Member(f.OfficeCell);
        var context = f.Context(f.Standing, member) with { ExecutiveCommittee = null };

        ShouldBreakRule(() => f.Standing.Appoint(Guid.NewGuid(), BodyRole.Secretary, TermStart, null, null, context), "body.standing_requires_executive");
    }

    [Fact]
    public void The_inspection_chair_must_sit_on_the_standing_committee()
    {
        f.FillExecutive(8);
        var member = Member(f.InspectorateCell, "Nguyễn Thanh Sơn");
        f.Appoint(f.Executive, member, BodyRole.Member);

        ShouldBreakRule(() => f.Appoint(f.Inspection, member, BodyRole.InspectionChair), "body.inspection_chair_requires_standing");

        f.Appoint(f.Standing, member, BodyRole.StandingMember);
        f.Appoint(f.Inspection, member, BodyRole.InspectionChair).Role.ShouldBe(BodyRole.InspectionChair);
    }

    [Fact]
    public void Without_a_standing_committee_in_the_term_any_member_may_chair_the_inspection_commission()
    {
        var member = Member(f.InspectorateCell);
        var context = f.Context(f.Inspection, member) with { StandingCommittee = null };

        f.Inspection.Appoint(Guid.NewGuid(), BodyRole.InspectionChair, TermStart, null, null, context).Role.ShouldBe(BodyRole.InspectionChair);
    }

    [Fact]
    public void Vice_chair_and_members_of_the_inspection_commission_need_no_standing_seat()
    {
        f.Appoint(f.Inspection, Member(f.InspectorateCell, "Võ Thị Lan"), BodyRole.InspectionViceChair).Role.ShouldBe(BodyRole.InspectionViceChair);
        f.Appoint(f.Inspection, Member(f.InspectorateCell, "Đặng Văn Khoa"), BodyRole.Member).Role.ShouldBe(BodyRole.Member);
    }

    // ---- Ending a seat -------------------------------------------------------------------------------------------

    [Fact]
    public void Ending_a_seat_keeps_it_in_the_history()
    {
        var seat = f.Appoint(f.Executive, Member(f.OfficeCell), BodyRole.Member);

        f.Executive.EndMembership(seat, new DateOnly(2023, 8, 31), f.Term);

        seat.EndsOn.ShouldBe(new DateOnly(2023, 8, 31));
        f.Executive.MembersOn(new DateOnly(2023, 8, 31)).ShouldHaveSingleItem();
        f.Executive.MembersOn(new DateOnly(2023, 9, 1)).ShouldBeEmpty();
        f.Executive.Memberships.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_seat_ends_once_within_the_term_and_not_before_it_started()
    {
        var seat = f.Appoint(f.Executive, Member(f.OfficeCell), BodyRole.Member, new DateOnly(2021, 1, 1));

        ShouldBreakRule(() => f.Executive.EndMembership(seat, new DateOnly(2020, 12, 31), f.Term), "body.membership_ends_before_start");
        ShouldBreakRule(() => f.Executive.EndMembership(seat, TermEnd.AddDays(1), f.Term), "body.outside_term");

        f.Executive.EndMembership(seat, TermEnd, f.Term);
        ShouldBreakRule(() => f.Executive.EndMembership(seat, TermEnd, f.Term), "body.membership_already_ended", RuleViolationKind.Conflict);
    }

    // ---- The seed's bodies ---------------------------------------------------------------------------------------

    [Fact]
    public void The_seed_committee_13_executive_3_standing_and_an_inspection_commission_of_5_is_accepted()
    {
        var executives = Enumerable.Range(1, 13).Select(i => Member(i % 2 == 0 ? f.OfficeCell : f.InspectorateCell, $"Đảng viên Số {(char)('A' + i)}")).ToList();
        f.Appoint(f.Executive, executives[0], BodyRole.Secretary);
        f.Appoint(f.Executive, executives[1], BodyRole.DeputySecretary);
        foreach (var member in executives.Skip(2))
        {
            f.Appoint(f.Executive, member, BodyRole.Member);
        }

        f.Appoint(f.Standing, executives[0], BodyRole.Secretary);
        f.Appoint(f.Standing, executives[1], BodyRole.DeputySecretary);
        f.Appoint(f.Standing, executives[2], BodyRole.StandingMember);

        f.Appoint(f.Inspection, executives[2], BodyRole.InspectionChair);
        f.Appoint(f.Inspection, executives[3], BodyRole.InspectionViceChair);
        f.Appoint(f.Inspection, executives[4], BodyRole.Member);
        f.Appoint(f.Inspection, Member(f.InspectorateCell, "Ngoài BCH Một"), BodyRole.Member);
        f.Appoint(f.Inspection, Member(f.OfficeCell, "Ngoài BCH Hai"), BodyRole.Member);

        var day = new DateOnly(2023, 1, 1);
        f.Executive.MembersOn(day).Count().ShouldBe(13);
        f.Standing.MembersOn(day).Count().ShouldBe(3);
        f.Inspection.MembersOn(day).Count().ShouldBe(5);
        f.Inspection.MembersOn(day).Count(m => m.Role == BodyRole.Member).ShouldBe(3);
    }

    private (ElectedBody Body, PartyMember Member, AppointmentContext Context) CommitteeBodyWithEligibleMember(BodyKind kind, BodyRole role)
    {
        // A member eligible for any role: on the executive (with the same leading role, among 9) and standing committees
        // of the term (the chair rule).
        var member = Member(f.OfficeCell);
        var executive = ElectedBody.Constitute(Guid.NewGuid(), f.Committee, f.Term, BodyKind.ExecutiveCommittee, []);
        var standing = ElectedBody.Constitute(Guid.NewGuid(), f.Committee, f.Term, BodyKind.StandingCommittee, [BodyKind.ExecutiveCommittee]);
        var context = new AppointmentContext(f.Term, f.Committee, member, f.AllCells, executive, standing);
        if (kind != BodyKind.ExecutiveCommittee)
        {
            f.FillExecutive(8, executive, context with { ExecutiveCommittee = null, StandingCommittee = null });
            executive.Appoint(Guid.NewGuid(), role is BodyRole.Secretary or BodyRole.DeputySecretary ? role : BodyRole.Member, TermStart, null, null, context);
        }

        if (kind == BodyKind.InspectionCommission)
        {
            standing.Appoint(Guid.NewGuid(), BodyRole.StandingMember, TermStart, null, null, context);
        }

        var body = kind switch
        {
            BodyKind.ExecutiveCommittee => executive,
            BodyKind.StandingCommittee => standing,
            _ => ElectedBody.Constitute(Guid.NewGuid(), f.Committee, f.Term, kind, [BodyKind.ExecutiveCommittee, BodyKind.StandingCommittee]),
        };
        return (body, member, context);
    }

    private (ElectedBody Body, PartyMember Member, AppointmentContext Context) CellCommitteeWithMember()
    {
        var term = Term.Open(Guid.NewGuid(), f.OfficeCell, "2020–2025", null, TermStart, TermEnd, []);
        var body = ElectedBody.Constitute(Guid.NewGuid(), f.OfficeCell, term, BodyKind.CellCommittee, []);
        var member = Member(f.OfficeCell);
        return (body, member, new AppointmentContext(term, f.OfficeCell, member, f.AllCells, null, null));
    }
}
