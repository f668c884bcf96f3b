using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using static PartyCommittee.Domain.Tests.ElectedBodies.BodyFixtures;

namespace PartyCommittee.Domain.Tests.ElectedBodies;

public class MassOrganizationTests
{
    private readonly BodyFixtures f = new();

    private MassOrganization TradeUnion(DateOnly? establishedOn = null) =>
        MassOrganization.Establish(Guid.NewGuid(), "Công đoàn cơ sở Văn phòng Sở", MassOrganizationKind.TradeUnion, f.Committee, establishedOn ?? new DateOnly(2009, 1, 1), []);

    [Fact]
    public void Establish_cleans_the_name_and_keeps_the_leader()
    {
        var union = MassOrganization.Establish(Guid.NewGuid(), "  Chi đoàn   Sở LĐTBXH ", MassOrganizationKind.YouthUnionCell, f.OfficeCell, null, ["Công đoàn cơ sở Văn phòng Sở"]);

        union.Name.ShouldBe("Chi đoàn Sở LĐTBXH");
        union.LeadingOrganizationId.ShouldBe(f.OfficeCell.Id);
        union.LatestCount.ShouldBeNull();
        union.IsActiveOn(new DateOnly(2000, 1, 1)).ShouldBeTrue();
    }

    [Fact]
    public void A_name_is_unique_among_the_organisations_one_party_organisation_leads()
    {
        ShouldBreakRule(
            () => MassOrganization.Establish(Guid.NewGuid(), "cong doan co so VAN PHONG so", MassOrganizationKind.TradeUnion, f.Committee, null, ["Công đoàn cơ sở Văn phòng Sở"]),
            "mass_organization.name_taken",
            RuleViolationKind.Conflict);
    }

    [Fact]
    public void A_dissolved_party_organisation_leads_no_new_mass_organisation()
    {
        f.OtherCell.Dissolve(new DateOnly(2020, 1, 1), OrganizationDependants.None);

        ShouldBreakRule(
            () => MassOrganization.Establish(Guid.NewGuid(), "Công đoàn", MassOrganizationKind.TradeUnion, f.OtherCell, null, []),
            "mass_organization.leading_organization_dissolved");
    }

    [Fact]
    public void A_name_is_required()
    {
        ShouldBreakRule(() => MassOrganization.Establish(Guid.NewGuid(), " ", MassOrganizationKind.TradeUnion, f.Committee, null, []), "mass_organization.name_required");
    }

    [Fact]
    public void Counts_form_a_dated_history_and_the_latest_is_the_answer()
    {
        var union = TradeUnion();
        union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2023, 12, 31), 42);
        union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2021, 12, 31), 38);
        union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2022, 12, 31), 40);

        union.LatestCount!.Count.ShouldBe(42);
        union.LatestCount.AsOf.ShouldBe(new DateOnly(2023, 12, 31));
        union.MembersOn(new DateOnly(2022, 6, 30)).ShouldBe(38);
        union.MembersOn(new DateOnly(2021, 1, 1)).ShouldBeNull();
        union.MemberCounts.Count.ShouldBe(3);
    }

    [Fact]
    public void A_second_count_for_the_same_date_corrects_the_first()
    {
        var union = TradeUnion();
        union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2023, 12, 31), 42);
        var first = union.MemberCounts.Single();

        union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2023, 12, 31), 44);

        union.MemberCounts.ShouldHaveSingleItem().ShouldBeSameAs(first);
        first.Count.ShouldBe(44);
    }

    [Fact]
    public void Counts_are_not_negative_and_lie_between_establishment_and_dissolution()
    {
        var union = TradeUnion(new DateOnly(2009, 1, 1));

        ShouldBreakRule(() => union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2023, 1, 1), -1), "mass_organization.count_negative");
        ShouldBreakRule(() => union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2008, 12, 31), 10), "mass_organization.count_before_establishment");

        union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2009, 1, 1), 0);
        union.Dissolve(new DateOnly(2024, 1, 1));
        ShouldBreakRule(() => union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2024, 1, 1), 10), "mass_organization.count_after_dissolution");
        union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2023, 12, 31), 12);
    }

    [Fact]
    public void Dissolution_happens_once_after_establishment_and_after_the_last_count()
    {
        var union = TradeUnion(new DateOnly(2009, 1, 1));
        union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2023, 12, 31), 42);

        ShouldBreakRule(() => union.Dissolve(new DateOnly(2008, 1, 1)), "mass_organization.dissolved_before_established");
        ShouldBreakRule(() => union.Dissolve(new DateOnly(2023, 12, 31)), "mass_organization.counts_after_dissolution");

        union.Dissolve(new DateOnly(2024, 1, 1));
        union.IsActiveOn(new DateOnly(2024, 1, 1)).ShouldBeFalse();
        union.IsActiveOn(new DateOnly(2023, 12, 31)).ShouldBeTrue();
        ShouldBreakRule(() => union.Dissolve(new DateOnly(2024, 2, 1)), "mass_organization.already_dissolved", RuleViolationKind.Conflict);
    }

    [Fact]
    public void Change_follows_the_rules_and_a_dissolved_one_cannot_change()
    {
        var union = TradeUnion(new DateOnly(2009, 1, 1));
        union.RecordMemberCount(Guid.NewGuid(), new DateOnly(2010, 1, 1), 20);

        ShouldBreakRule(
            () => union.Change("Công đoàn cơ sở Sở", MassOrganizationKind.TradeUnion, f.Committee, new DateOnly(2011, 1, 1), []),
            "mass_organization.counts_before_establishment");
        ShouldBreakRule(
            () => union.Change("Công đoàn Thanh tra", MassOrganizationKind.TradeUnion, f.InspectorateCell, null, ["Công đoàn Thanh tra"]),
            "mass_organization.name_taken",
            RuleViolationKind.Conflict);

        union.Change("Công đoàn cơ sở Sở", MassOrganizationKind.TradeUnion, f.InspectorateCell, new DateOnly(2009, 6, 1), []);
        union.Name.ShouldBe("Công đoàn cơ sở Sở");
        union.LeadingOrganizationId.ShouldBe(f.InspectorateCell.Id);

        union.Dissolve(new DateOnly(2024, 1, 1));
        ShouldBreakRule(
            () => union.Change("Công đoàn", MassOrganizationKind.TradeUnion, f.Committee, null, []),
            "mass_organization.dissolved",
            RuleViolationKind.Conflict);
    }
}
