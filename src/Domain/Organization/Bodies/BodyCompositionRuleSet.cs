using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Organization.Bodies;

/// <summary>
/// The statute's rules on the composition of elected bodies, applied when a seat is added (on its start date, with the
/// version in force that day):
/// <list type="bullet">
/// <item>a grassroots committee elects a standing committee only when its executive committee has at least
/// <see cref="StandingCommitteeMinExecutiveMembers"/> (9) members; under 9 it elects only a secretary and deputy
/// secretaries (Điều lệ Đảng 2011, Điều 22 khoản 5);</item>
/// <item>the standing committee has at most one third of the executive committee's members
/// (<see cref="StandingCommitteeMaxShareDenominator"/> = 3; Quy định 29-QĐ/TW 2016, 24-QĐ/TW 2021 and 294-QĐ/TW 2025,
/// point on Điều 12: "số lượng ủy viên ban thường vụ ... không quá một phần ba tổng số cấp ủy viên");</item>
/// <item>the secretary and deputy secretaries are elected among the standing committee's members (Điều lệ Đảng, Điều 22
/// khoản 5): the standing committee's secretary and deputies hold the same role in the executive committee;</item>
/// <item>a cell elects a cell committee when it has at least <see cref="CellCommitteeMinFullMembers"/> (9) full members,
/// of at most <see cref="CellCommitteeMaxMembers"/> (7) members, with a secretary and
/// <see cref="CellDeputySecretariesMax"/> (one) deputy; a cell under 9 elects a secretary and, if needed, one deputy
/// (Điều lệ Đảng, Điều 24 khoản 4; Quy định 29-QĐ/TW 2016, 24-QĐ/TW 2021, 294-QĐ/TW 2025, point on Điều 24).</item>
/// </list>
/// The numbers the texts leave to the superior committee (deputy secretaries of a grassroots committee, the inspection
/// commission's size) are settings (<see cref="BodyLimits"/>), not part of this rule set.
/// </summary>
/// <param name="Source">The texts and the day the version applies from.</param>
/// <param name="StandingCommitteeMinExecutiveMembers">Executive committee members needed for a standing committee.</param>
/// <param name="StandingCommitteeMaxShareDenominator">The standing committee has at most 1/n of the executive committee's members.</param>
/// <param name="CellCommitteeMinFullMembers">Full members a cell needs to elect a cell committee (members beyond the secretary and deputy).</param>
/// <param name="CellCommitteeMaxMembers">Largest cell committee.</param>
/// <param name="CellDeputySecretariesMax">Deputy secretaries of a cell.</param>
public sealed record BodyCompositionRuleSet(
    RuleSource Source,
    int StandingCommitteeMinExecutiveMembers,
    int StandingCommitteeMaxShareDenominator,
    int CellCommitteeMinFullMembers,
    int CellCommitteeMaxMembers,
    int CellDeputySecretariesMax) : IRuleSet<BodyCompositionRuleSet>
{
    /// <summary>The versions: the 2011 statute with the implementing regulation of each period (same numbers).</summary>
    public static readonly IReadOnlyList<BodyCompositionRuleSet> All = EarlyRuleSets.WithSettingBefore<BodyCompositionRuleSet>(
        [
            new(new RuleSource("DL2011-QD29-2016", "Điều lệ Đảng (2011), Điều 22, 24; Quy định 29-QĐ/TW ngày 25/7/2016 thi hành Điều lệ Đảng", new DateOnly(2016, 7, 25)), 9, 3, 9, 7, 1),
            new(new RuleSource("DL2011-QD24-2021", "Điều lệ Đảng (2011), Điều 22, 24; Quy định 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng", new DateOnly(2021, 7, 30)), 9, 3, 9, 7, 1),
            new(new RuleSource("DL2011-QD294-2025", "Điều lệ Đảng (2011), Điều 22, 24; Quy định 294-QĐ/TW ngày 26/5/2025 thi hành Điều lệ Đảng", new DateOnly(2025, 7, 1)) { DocumentDate = new DateOnly(2025, 5, 26) }, 9, 3, 9, 7, 1),
        ],
        "Quy định 29-QĐ/TW 2016",
        (v, s) => v with { Source = s });

    public static RuleBook<BodyCompositionRuleSet> Statutory { get; } = new(
        "Organization", "organization.body_composition", new BilingualLabel("Cơ cấu cấp ủy, chi ủy, ủy ban kiểm tra", "Composition of elected bodies"), All);

    /// <summary>The largest standing committee for an executive committee of <paramref name="executiveMembers"/>: one third, rounded down.</summary>
    public int StandingCommitteeMax(int executiveMembers) => executiveMembers / StandingCommitteeMaxShareDenominator;
}

/// <summary>
/// Limits no statutory text fixes for a grassroots committee (the superior committee's guidance for each congress
/// does): settings of the deployment (configuration section <c>ElectedBodies</c>). Null: no limit.
/// </summary>
/// <param name="CommitteeDeputySecretariesMax">Deputy secretaries of an executive (and standing) committee.</param>
/// <param name="InspectionCommissionMaxMembers">Members of the inspection commission.</param>
public sealed record BodyLimits(int? CommitteeDeputySecretariesMax, int? InspectionCommissionMaxMembers)
{
    /// <summary>No limit at all.</summary>
    public static BodyLimits None { get; } = new(null, null);
}
