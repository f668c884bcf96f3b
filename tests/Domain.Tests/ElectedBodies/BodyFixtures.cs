using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Domain.Tests.ElectedBodies;

/// <summary>A department committee with two cells, a neighbouring committee, the 2020–2025 term and members.</summary>
internal sealed class BodyFixtures
{
    public static readonly DateOnly TermStart = new(2020, 4, 10);
    public static readonly DateOnly TermEnd = new(2025, 4, 9);

    /// <summary>The day the tests record their appointments.</summary>
    public static readonly DateOnly Today = new(2026, 1, 15);

    public BodyFixtures()
    {
        Committee = PartyOrganization.Create(Guid.NewGuid(), "DB-SLDTBXH", "Đảng bộ Sở Lao động – Thương binh và Xã hội", null, OrganizationType.PartyCommittee, null, new DateOnly(2008, 3, 15), null);
        OfficeCell = PartyOrganization.Create(Guid.NewGuid(), "CB-VP", "Chi bộ Văn phòng Sở", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2008, 3, 15), Committee);
        InspectorateCell = PartyOrganization.Create(Guid.NewGuid(), "CB-TT", "Chi bộ Thanh tra Sở", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2008, 3, 15), Committee);
        OtherCommittee = PartyOrganization.Create(Guid.NewGuid(), "DB-STC", "Đảng bộ Sở Tài chính", null, OrganizationType.PartyCommittee, null, new DateOnly(2005, 1, 1), null);
        OtherCell = PartyOrganization.Create(Guid.NewGuid(), "CB-STC-VP", "Chi bộ Văn phòng Sở Tài chính", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2005, 1, 1), OtherCommittee);
        Term = Term.Open(Guid.NewGuid(), Committee, "2020–2025", 9, TermStart, TermEnd, []);
        Executive = ElectedBody.Constitute(Guid.NewGuid(), Committee, Term, BodyKind.ExecutiveCommittee, []);
        Standing = ElectedBody.Constitute(Guid.NewGuid(), Committee, Term, BodyKind.StandingCommittee, [BodyKind.ExecutiveCommittee]);
        Inspection = ElectedBody.Constitute(Guid.NewGuid(), Committee, Term, BodyKind.InspectionCommission, [BodyKind.ExecutiveCommittee, BodyKind.StandingCommittee]);
    }

    public PartyOrganization Committee { get; }

    public PartyOrganization OfficeCell { get; }

    public PartyOrganization InspectorateCell { get; }

    public PartyOrganization OtherCommittee { get; }

    public PartyOrganization OtherCell { get; }

    public Term Term { get; }

    public ElectedBody Executive { get; }

    public ElectedBody Standing { get; }

    public ElectedBody Inspection { get; }

    public IReadOnlyList<PartyOrganization> AllCells => [OfficeCell, InspectorateCell, OtherCell];

    public static PartyMember Member(PartyOrganization cell, string name = "Trần Văn Hùng", MemberStatus status = MemberStatus.Full, DateOnly? since = null) =>
        PartyMember.Register(
            Guid.NewGuid(),
            new MemberProfile(
                name, Sex.Male, new DateOnly(1975, 6, 1), "Sóc Trăng", "Sóc Trăng", Ethnicities.Kinh, null, null,
                GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Advanced,
                "Chuyên viên", null, null, null, false, null, null),
            new AdmissionRecord(new DateOnly(2009, 5, 19), "01-QĐ/ĐU", new DateOnly(2009, 5, 19), status == MemberStatus.Probationary ? null : new DateOnly(2010, 5, 19)),
            cell,
            status,
            since ?? new DateOnly(2010, 5, 19),
            null);

    public AppointmentContext Context(ElectedBody body, PartyMember member) => new(
        Term,
        body.OrganizationId == Committee.Id ? Committee : throw new InvalidOperationException("Fixture bodies belong to the committee."),
        member,
        AllCells,
        body.Kind == BodyKind.ExecutiveCommittee ? null : Executive,
        body.Kind is BodyKind.ExecutiveCommittee or BodyKind.StandingCommittee ? null : Standing);

    public BodyMembership Appoint(ElectedBody body, PartyMember member, BodyRole role, DateOnly? startsOn = null, DateOnly? endsOn = null) =>
        body.Appoint(Guid.NewGuid(), role, startsOn ?? TermStart, endsOn, "15-NQ/ĐU", Context(body, member));

    private static readonly string[] GivenNames =
        ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Minh", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Uyên", "Vinh"];

    /// <summary>Seats <paramref name="count"/> other full members of the office cell as members of <paramref name="executive"/> from the term's start.</summary>
    public IReadOnlyList<PartyMember> FillExecutive(int count, ElectedBody? executive = null, AppointmentContext? template = null)
    {
        executive ??= Executive;
        var members = new List<PartyMember>();
        for (var i = 0; i < count; i++)
        {
            var member = Member(OfficeCell, "Đỗ Văn " + GivenNames[i]);
            var context = template is null ? Context(executive, member) : template with { Member = member };
            executive.Appoint(Guid.NewGuid(), BodyRole.Member, TermStart, null, "01-NQ/ĐH", context);
            members.Add(member);
        }

        return members;
    }

    public static DomainRuleException ShouldBreakRule(Action action, string code, RuleViolationKind kind = RuleViolationKind.Unprocessable)
    {
        var exception = Should.Throw<DomainRuleException>(action);
        exception.Code.ShouldBe(code);
        exception.Kind.ShouldBe(kind);
        return exception;
    }
}
