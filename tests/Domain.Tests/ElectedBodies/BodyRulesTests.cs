using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Domain.Tests.ElectedBodies;

public class BodyRulesTests
{
    [Theory]
    [InlineData("2020-01-01", "2020-12-31", "2020-12-31", "2021-12-31", true)]
    [InlineData("2020-01-01", "2020-12-30", "2020-12-31", "2021-12-31", false)]
    [InlineData("2020-01-01", null, "2030-01-01", "2031-01-01", true)]
    [InlineData("2020-01-01", "2020-06-01", "2019-01-01", null, true)]
    [InlineData("2021-01-01", null, "2019-01-01", "2020-12-31", false)]
    public void Date_ranges_overlap_when_they_share_a_day(string startA, string? endA, string startB, string? endB, bool overlap)
    {
        static DateOnly? Parse(string? s) => s is null ? null : DateOnly.Parse(s);

        // Seats and terms use the kernel's DateRange (both ends included), one convention for the end.
        new DateRange(DateOnly.Parse(startA), Parse(endA)).Overlaps(new DateRange(DateOnly.Parse(startB), Parse(endB))).ShouldBe(overlap);
        new DateRange(DateOnly.Parse(startB), Parse(endB)).Overlaps(new DateRange(DateOnly.Parse(startA), Parse(endA))).ShouldBe(overlap);
    }

    [Fact]
    public void Codes_are_the_wire_codes()
    {
        BodyRules.Code(BodyKind.InspectionCommission).ShouldBe("INSPECTION_COMMISSION");
        BodyRules.Codes(BodyRules.RolesFor(BodyKind.StandingCommittee)).ShouldBe("SECRETARY, DEPUTY_SECRETARY, STANDING_MEMBER");
    }

    [Fact]
    public void Every_kind_role_and_mass_organisation_kind_has_distinct_labels_in_both_languages()
    {
        var labels = Enum.GetValues<BodyKind>().Select(BodyLabels.Of)
            .Concat(Enum.GetValues<BodyRole>().Select(BodyLabels.Of))
            .Concat(Enum.GetValues<MassOrganizationKind>().Select(BodyLabels.Of))
            .ToList();

        labels.ShouldAllBe(l => !string.IsNullOrWhiteSpace(l.Vi) && !string.IsNullOrWhiteSpace(l.En) && l.Vi != l.En);
        labels.Select(l => l.Vi).Distinct().Count().ShouldBe(labels.Count);
        BodyLabels.Of(BodyKind.ExecutiveCommittee).Vi.ShouldBe("Ban Chấp hành");
        BodyLabels.Of(BodyRole.InspectionChair).Vi.ShouldBe("Chủ nhiệm Ủy ban Kiểm tra");
        BodyLabels.Of(MassOrganizationKind.VeteransAssociation).Vi.ShouldBe("Hội Cựu chiến binh");
    }
}
