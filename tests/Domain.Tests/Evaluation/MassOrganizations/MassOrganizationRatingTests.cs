using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Evaluation.MassOrganizations;

public class MassOrganizationRatingTests
{
    private static readonly DateOnly Today = new(2021, 1, 31);
    private static readonly DateOnly Decided = new(2020, 12, 28);

    private readonly PartyOrganization committee = PartyOrganization.Create(
        Guid.NewGuid(), "DB-SLD", "Đảng bộ Sở Lao động – Thương binh và Xã hội", null, OrganizationType.PartyCommittee, null, new DateOnly(2008, 3, 15), null);

    private static DomainRuleException Breaks(Action action, string code)
    {
        var error = Should.Throw<DomainRuleException>(action);
        error.Code.ShouldBe(code);
        return error;
    }

    private MassOrganization Union(DateOnly? established = null) =>
        MassOrganization.Establish(Guid.NewGuid(), "Công đoàn cơ sở Văn phòng Sở", MassOrganizationKind.TradeUnion, committee, established ?? new DateOnly(2009, 1, 1), []);

    private static MassOrganizationRating Decide(MassOrganization organization, MassOrganizationLevel level, int year = 2020, DateOnly? decidedOn = null, bool rated = false, MassOrganizationScale? scale = null) =>
        MassOrganizationRating.Decide(Guid.NewGuid(), organization, year, level, decidedOn ?? Decided, null, null, scale ?? MassOrganizationScale.Default(organization.Kind), Today, rated);

    [Fact]
    public void Excellent_and_strong_count_as_strong_on_the_default_scale_fair_and_below_do_not()
    {
        var union = Union();
        Decide(union, MassOrganizationLevel.Excellent).IsStrong.ShouldBeTrue();
        Decide(union, MassOrganizationLevel.Strong).IsStrong.ShouldBeTrue();
        Decide(union, MassOrganizationLevel.Fair).IsStrong.ShouldBeFalse();
        Decide(union, MassOrganizationLevel.Average).IsStrong.ShouldBeFalse();
        Decide(union, MassOrganizationLevel.Weak).IsStrong.ShouldBeFalse();
    }

    [Fact]
    public void A_configured_scale_limits_the_levels_and_says_which_are_strong()
    {
        var union = Union();
        var fourLevels = new MassOrganizationScale(
            MassOrganizationKind.TradeUnion, [MassOrganizationLevel.Excellent, MassOrganizationLevel.Strong, MassOrganizationLevel.Fair, MassOrganizationLevel.Weak], [MassOrganizationLevel.Excellent]);
        Decide(union, MassOrganizationLevel.Strong, scale: fourLevels).IsStrong.ShouldBeFalse();
        Breaks(() => Decide(union, MassOrganizationLevel.Average, scale: fourLevels), "mass_organization_rating.level_not_on_scale");
    }

    [Fact]
    public void One_rating_per_organisation_and_year_for_an_organisation_that_existed_in_the_year()
    {
        Breaks(() => Decide(Union(), MassOrganizationLevel.Strong, rated: true), "mass_organization_rating.exists");
        Breaks(() => Decide(Union(new DateOnly(2021, 1, 1)), MassOrganizationLevel.Strong), "mass_organization_rating.organization_inactive");
        Decide(Union(new DateOnly(2020, 12, 31)), MassOrganizationLevel.Strong).Year.ShouldBe(2020);
        Breaks(() => Decide(Union(), MassOrganizationLevel.Strong, year: 2022), "mass_organization_rating.year_in_future");
        Breaks(() => Decide(Union(), MassOrganizationLevel.Strong, decidedOn: new DateOnly(2019, 12, 31)), "mass_organization_rating.decided_outside_year");
        Breaks(() => Decide(Union(), MassOrganizationLevel.Strong, decidedOn: Today.AddDays(1)), "mass_organization_rating.decided_outside_year");
    }

    [Fact]
    public void A_correction_is_dated_from_the_last_decision_with_a_reason_and_keeps_the_previous_level()
    {
        var union = Union();
        var scale = MassOrganizationScale.Default(union.Kind);
        var rating = Decide(union, MassOrganizationLevel.Fair);
        rating.IsStrong.ShouldBeFalse();

        Breaks(() => rating.Correct(Guid.NewGuid(), Decided.AddDays(-1), MassOrganizationLevel.Strong, "Bổ sung báo cáo", scale, Today), "mass_organization_rating.correction_date_invalid");
        Breaks(() => rating.Correct(Guid.NewGuid(), Decided, MassOrganizationLevel.Strong, " ", scale, Today), "mass_organization_rating.reason_required");
        Breaks(() => rating.Correct(Guid.NewGuid(), Decided, MassOrganizationLevel.Fair, "Không đổi", scale, Today), "mass_organization_rating.correction_unchanged");

        var correction = rating.Correct(Guid.NewGuid(), Decided, MassOrganizationLevel.Strong, "Bổ sung báo cáo", scale, Today);
        correction.PreviousLevel.ShouldBe(MassOrganizationLevel.Fair);
        rating.Level.ShouldBe(MassOrganizationLevel.Strong);
        rating.IsStrong.ShouldBeTrue();
        rating.Corrections.Count.ShouldBe(1);

        Breaks(() => rating.Correct(Guid.NewGuid(), Decided.AddDays(-1), MassOrganizationLevel.Excellent, "Lần hai", scale, Today), "mass_organization_rating.correction_date_invalid");
        Breaks(() => rating.Correct(Guid.NewGuid(), Today.AddDays(1), MassOrganizationLevel.Excellent, "Lần hai", scale, Today), "mass_organization_rating.correction_date_invalid");
        rating.Correct(Guid.NewGuid(), Today, MassOrganizationLevel.Excellent, "Lần hai", scale, Today);
        rating.Corrections.Count.ShouldBe(2);
    }
}
