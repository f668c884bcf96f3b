using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Organization.Elections;

/// <summary>
/// The party's election rules (Quy chế bầu cử trong Đảng) applied to an election record, in the version in force on the
/// election date:
/// <list type="bullet">
/// <item>who elects and who stands: only full members (probationary members attend without a vote and do not stand:
/// Điều lệ Đảng 2011, Điều 2 and 3); a member whose activity is suspended neither elects nor stands (the regulations
/// leave suspended members out of the count of those summoned: QĐ 244 Điều 32 khoản 2); a temporary guest votes at home,
/// not in the host organisation;</item>
/// <item>the majority: a candidate is elected with more than half of the votes "so với tổng số đại biểu được triệu tập hoặc
/// so với tổng số đảng viên chính thức" (Điều lệ Đảng 2011, Điều 12 khoản 3), that is more than
/// <see cref="MajorityDenominator"/>⁻¹ of the base; from QĐ 244 (Điều 32 khoản 2) full members absent through the whole
/// congress with a reason the convening committee accepted leave the base (<see cref="ExcusedAbsentLeaveBase"/>);</item>
/// <item>the surplus of candidates over seats for an executive or standing committee: more candidates than seats, at most
/// <see cref="CandidateSurplusMaxPercent"/> % more (QĐ 244 and QĐ 190-QĐ/TW Điều 14 khoản 1: "số dư tối đa ... không quá
/// 30% số lượng cần bầu"); for QĐ 220 no text was found, so no surplus is checked.</item>
/// </list>
/// The quorum (two thirds of those summoned in practice) was not confirmed in the texts searched: it is a setting
/// (<see cref="ElectionQuorum"/>), not part of this rule set.
/// </summary>
/// <param name="Source">The texts and the day the version applies from.</param>
/// <param name="MajorityDenominator">A candidate needs more than 1/n of the base (2: "quá một nửa").</param>
/// <param name="ExcusedAbsentLeaveBase">Full members absent with an accepted reason leave the base of the majority.</param>
/// <param name="SurplusRequired">An executive or standing committee list must have more candidates than seats.</param>
/// <param name="CandidateSurplusMaxPercent">Largest surplus in percent of the seats; null when no text fixes one.</param>
public sealed record ElectionRuleSet(
    RuleSource Source,
    int MajorityDenominator,
    bool ExcusedAbsentLeaveBase,
    bool SurplusRequired,
    int? CandidateSurplusMaxPercent) : IRuleSet<ElectionRuleSet>
{
    /// <summary>The versions of the election rules: Quyết định 220 (2009), 244 (2014), 190 (2024).</summary>
    public static readonly IReadOnlyList<ElectionRuleSet> All = EarlyRuleSets.WithSettingBefore<ElectionRuleSet>(
        [
            new(new RuleSource("QD220-2009", "Điều lệ Đảng, Điều 12; Quy chế bầu cử trong Đảng ban hành kèm Quyết định 220-QĐ/TW ngày 17/4/2009", new DateOnly(2009, 4, 17)), 2, false, false, null),
            new(new RuleSource("QD244-2014", "Điều lệ Đảng (2011), Điều 12; Quy chế bầu cử trong Đảng ban hành kèm Quyết định 244-QĐ/TW ngày 9/6/2014 (Điều 32)", new DateOnly(2014, 6, 9)), 2, true, true, 30),
            new(new RuleSource("QD190-2024", "Điều lệ Đảng (2011), Điều 12; Quy chế bầu cử trong Đảng ban hành kèm Quyết định 190-QĐ/TW ngày 10/10/2024 (Điều 14)", new DateOnly(2024, 10, 10)), 2, true, true, 30),
        ],
        "Quyết định 220-QĐ/TW 2009",
        (v, s) => v with { Source = s });

    public static RuleBook<ElectionRuleSet> Statutory { get; } = new(
        "Organization", "organization.elections", new BilingualLabel("Quy chế bầu cử trong Đảng", "Election rules of the party"), All);

    /// <summary>
    /// A member dismissed from post (cách chức) is not elected to a party committee (executive, standing or cell
    /// committee, or their offices) for this many months from the decision: Điều lệ Đảng 2011, Điều 40 khoản 3 ("Đảng
    /// viên bị kỷ luật cách chức, trong vòng một năm, kể từ ngày có quyết định, không được bầu vào cấp uỷ"). A
    /// reprimand or a warning bars nothing in the charter. The same in every version (the charter, not the election rules,
    /// says it; the 2006 charter in force under QĐ 220 until 2011 was not checked).
    /// </summary>
    public int? DismissalBarMonths { get; init; } = 12;

    /// <summary>True when a dismissal decided on <paramref name="decidedOn"/> still bars standing for a committee on <paramref name="on"/>: from the decision day to the day before its anniversary.</summary>
    public bool DismissalBars(DateOnly decidedOn, DateOnly on) =>
        DismissalBarMonths is { } months && decidedOn <= on && on < decidedOn.AddMonths(months);

    /// <summary>The least number of votes that elects on a base of <paramref name="base"/>: more than 1/n of it.</summary>
    public int VotesNeeded(int @base) => (@base / MajorityDenominator) + 1;

    /// <summary>The most candidates a list may have for <paramref name="seats"/> seats; null when unlimited.</summary>
    public int? MaxCandidates(int seats) => CandidateSurplusMaxPercent is { } percent ? seats + (seats * percent / 100) : null;
}

/// <summary>
/// The quorum of a congress or conference: at least <paramref name="Numerator"/>/<paramref name="Denominator"/> of the
/// voters summoned present. A setting (configuration section <c>Elections</c>, default 2/3): no text searched confirmed it.
/// </summary>
/// <param name="Numerator">Numerator of the share.</param>
/// <param name="Denominator">Denominator of the share.</param>
public sealed record ElectionQuorum(int Numerator, int Denominator)
{
    /// <summary>Two thirds.</summary>
    public static ElectionQuorum TwoThirds { get; } = new(2, 3);

    /// <summary>The least number present for <paramref name="summoned"/> voters summoned (rounded up).</summary>
    public int Needed(int summoned) => ((summoned * Numerator) + Denominator - 1) / Denominator;
}
