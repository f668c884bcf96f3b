using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Membership;

/// <summary>A member's name by its parts: kept through record updates that keep the name, replaced by a new name.</summary>
public sealed class PartyMemberNameTests
{
    private static readonly PartyOrganization Committee =
        PartyOrganization.Create(Guid.NewGuid(), "DB-PN", "Đảng bộ thử nghiệm", null, OrganizationType.PartyCommittee, null, new DateOnly(2000, 1, 1), null);

    private static readonly PartyOrganization Cell =
        PartyOrganization.Create(Guid.NewGuid(), "CB-PN1", "Chi bộ Văn phòng", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2000, 1, 1), Committee);

    private static MemberProfile Profile(string name) => new(
        name, Sex.Male, new DateOnly(1990, 2, 3), null, null, Ethnicities.Kinh, null, null,
        GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Elementary, null, null, null, null, false, null, null);

    private static PartyMember Register(string name) => PartyMember.Register(
        Guid.NewGuid(), Profile(name), new AdmissionRecord(new DateOnly(2020, 9, 1), "1-QĐ", new DateOnly(2020, 9, 1), new DateOnly(2021, 9, 1)),
        Cell, MemberStatus.Full, new DateOnly(2021, 9, 1), null);

    [Fact]
    public void Parts_set_the_name_order_and_the_sort_key_by_given_name()
    {
        var member = Register("Y Ngông Niê Kđăm");
        member.GivenName.ShouldBe("Kđăm");

        member.SetName(PersonName.FromParts("Niê Kđăm", "Y", "Ngông", NameOrder.FamilyLast), "Y Ngông", "  ");
        member.FullName.ShouldBe("Y Ngông Niê Kđăm");
        member.GivenName.ShouldBe("Ngông");
        member.FamilyName.ShouldBe("Niê Kđăm");
        member.NameOrder.ShouldBe(NameOrder.FamilyLast);
        member.BirthName.ShouldBe("Y Ngông");
        member.Alias.ShouldBeNull();
        member.NameSortKey.ShouldBe(PersonName.FromParts("Niê Kđăm", "Y", "Ngông", NameOrder.FamilyLast).SortKey);
        member.NameSortKey.ShouldStartWith(VietnameseText.SortKey("Ngông"));
    }

    [Fact]
    public void An_update_with_the_same_name_keeps_the_parts_and_another_name_needs_a_decision()
    {
        var member = Register("Y Ngông Niê Kđăm");
        member.SetName(PersonName.FromParts("Niê Kđăm", "Y", "Ngông", NameOrder.FamilyLast), null, "Ama Hoà");

        member.UpdateProfile(Profile("Y Ngông Niê Kđăm"), new DateOnly(2024, 1, 2));
        member.GivenName.ShouldBe("Ngông");
        member.NameOrder.ShouldBe(NameOrder.FamilyLast);
        member.Alias.ShouldBe("Ama Hoà");

        // A name changes only by a decision (ADR 0019): a plain update with another name is refused.
        Should.Throw<DomainRuleException>(() => member.UpdateProfile(Profile("Nguyễn Văn Hoà"), new DateOnly(2024, 1, 2)))
            .Code.ShouldBe("member.identity_change_needs_decision");
        member.GivenName.ShouldBe("Ngông");
    }

    [Fact]
    public void Refreshing_the_keys_recomputes_them_from_the_stored_name()
    {
        var member = Register("Đặng Thị Thuỷ");
        member.RefreshNameKeys().ShouldBeFalse();
        member.NameSortKey.ShouldBe(PersonName.Parse("Đặng Thị Thủy").SortKey);
    }
}
