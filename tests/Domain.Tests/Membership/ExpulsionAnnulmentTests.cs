using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Membership;

/// <summary>An expulsion withdrawn by a competent decision is annulled through the member's own rule: the membership continues.</summary>
public sealed class ExpulsionAnnulmentTests
{
    private static readonly DateOnly Established = new(2010, 1, 1);

    private static readonly PartyOrganization Committee =
        PartyOrganization.Create(Guid.NewGuid(), "DB-EA", "Đảng bộ Sở thử nghiệm", null, OrganizationType.PartyCommittee, null, Established, null);

    private static readonly PartyOrganization Cell =
        PartyOrganization.Create(Guid.NewGuid(), "CB-EA1", "Chi bộ Văn phòng", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, Established, Committee);

    private static readonly DateOnly Admitted = new(2015, 9, 1);

    private static readonly DateOnly Expelled = new(2023, 3, 6);

    private static PartyMember FullMember() => PartyMember.Register(
        Guid.NewGuid(),
        new MemberProfile(
            "Nguyễn Văn Thử", Sex.Male, new DateOnly(1990, 2, 3), null, null, Ethnicities.Kinh, null, null,
            GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Elementary, null, null, null, null, false, null, null),
        new AdmissionRecord(Admitted, "1-QĐ", Admitted, Admitted.AddYears(1)),
        Cell,
        MemberStatus.Full,
        Admitted.AddYears(1),
        null);

    [Fact]
    public void The_expelled_period_is_removed_and_the_full_membership_continues_unbroken()
    {
        var member = FullMember();
        member.ChangeStatus(MemberStatus.Expelled, Expelled, "1-QĐ", "Vi phạm");
        member.AnnulExpulsion(Expelled, Expelled.AddDays(40), "2-QĐ", "Khiếu nại được chấp nhận");

        member.Status.ShouldBe(MemberStatus.Full);
        member.StatusHistory.ShouldNotContain(p => p.Status == MemberStatus.Expelled);
        member.StatusOn(Expelled.AddDays(10)).ShouldBe(MemberStatus.Full);
        member.StatusHistory.ShouldHaveSingleItem().EndsOn.ShouldBeNull();
        var changed = member.DomainEvents.OfType<MemberStatusChanged>().Last();
        (changed.From, changed.To, changed.EffectiveOn).ShouldBe((MemberStatus.Expelled, MemberStatus.Full, Expelled.AddDays(40)));
    }

    [Fact]
    public void Only_the_current_expulsion_of_that_day_is_annulled()
    {
        var member = FullMember();
        Should.Throw<DomainRuleException>(() => member.AnnulExpulsion(Expelled, Expelled.AddDays(1), "2-QĐ", null)).Code.ShouldBe("member.not_expelled");
        member.ChangeStatus(MemberStatus.Expelled, Expelled, "1-QĐ", "Vi phạm");
        Should.Throw<DomainRuleException>(() => member.AnnulExpulsion(Expelled.AddDays(-1), Expelled.AddDays(1), "2-QĐ", null)).Code.ShouldBe("member.not_expelled");
    }
}
