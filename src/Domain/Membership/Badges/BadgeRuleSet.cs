using System.Globalization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership.Badges;

/// <summary>
/// The party badge rules of one guidance (Huy hiệu Đảng). Source checked: Hướng dẫn 01-HD/TW ngày 28/9/2021 của Ban Bí thư
/// về một số vấn đề cụ thể thi hành Điều lệ Đảng, section 18: members with 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85 or 90
/// years of seniority are considered for the badge; a seriously ill member may be awarded the 30–65-year badges up to
/// 12 months early and the 70–90-year badges up to 24 months early; a deceased member may be awarded posthumously up to
/// 12 months early; badges are presented on the anniversaries of 3/2, 19/5, 2/9 and 7/11 (other important anniversaries
/// at the grassroots organisation; special cases by the provincial standing committee, not modelled).
/// </summary>
/// <param name="Source">The guidance and the day it applies from.</param>
/// <param name="Levels">Years of seniority that carry a badge.</param>
/// <param name="RoundDays">The yearly rounds, as MM-dd (3/2 founding of the party, 19/5 President Ho Chi Minh's birthday, 2/9 National Day, 7/11 October Revolution).</param>
/// <param name="IllnessEarlyMonths">How early a seriously ill member may be awarded a badge of up to <paramref name="LongEarlyFromYears"/> years (exclusive).</param>
/// <param name="IllnessLongEarlyMonths">How early a seriously ill member may be awarded a badge of <paramref name="LongEarlyFromYears"/> years or more.</param>
/// <param name="LongEarlyFromYears">The first level with the longer early period (70).</param>
/// <param name="PosthumousEarlyMonths">How early a deceased member may be awarded posthumously.</param>
public sealed record BadgeRuleSet(
    RuleSource Source,
    IReadOnlyList<int> Levels,
    IReadOnlyList<string> RoundDays,
    int IllnessEarlyMonths,
    int IllnessLongEarlyMonths,
    int LongEarlyFromYears,
    int PosthumousEarlyMonths) : IRuleSet<BadgeRuleSet>
{
    public static RuleBook<BadgeRuleSet> Statutory { get; } = new(
        "Membership",
        "membership.party-badge",
        new BilingualLabel("Xét tặng Huy hiệu Đảng", "Party badges"),
        EarlyRuleSets.WithSettingBefore<BadgeRuleSet>(
            [
                new(
                    new RuleSource("HD01-2021", "Hướng dẫn 01-HD/TW ngày 28/9/2021 của Ban Bí thư, mục 18 (Huy hiệu Đảng)", new DateOnly(2021, 9, 28)),
                    [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
                    ["02-03", "05-19", "09-02", "11-07"],
                    12,
                    24,
                    70,
                    12),
            ],
            "Hướng dẫn 01-HD/TW 2021",
            (v, s) => v with { Source = s }));

    /// <summary>True when <paramref name="years"/> carries a badge.</summary>
    public bool IsLevel(int years) => Levels.Contains(years);

    /// <summary>Refuses <paramref name="date"/> unless it is one of the yearly rounds (422 <c>badge.round_date_invalid</c>, naming the rounds).</summary>
    public void EnsureRound(DateOnly date)
    {
        if (!IsRound(date))
        {
            throw new DomainRuleException(
                "badge.round_date_invalid",
                "Badges are awarded in the yearly rounds.",
                RuleViolationKind.Unprocessable,
                string.Join(", ", RoundsOf(date.Year).Select(d => d.ToString("dd/MM", CultureInfo.InvariantCulture))),
                Source.Code);
        }
    }

    /// <summary>Refuses <paramref name="years"/> unless it carries a badge (422 <c>badge.level_invalid</c>, naming the levels).</summary>
    public void EnsureLevel(int years)
    {
        if (!IsLevel(years))
        {
            throw new DomainRuleException("badge.level_invalid", "There is no badge for that seniority.", RuleViolationKind.Unprocessable, years, string.Join(", ", Levels));
        }
    }

    /// <summary>The highest level reached with <paramref name="seniorityYears"/>, or null under the first one.</summary>
    public int? HighestLevelWithin(int seniorityYears) => Levels.Where(l => l <= seniorityYears).Select(l => (int?)l).LastOrDefault();

    /// <summary>The rounds of <paramref name="year"/>, in order.</summary>
    public IReadOnlyList<DateOnly> RoundsOf(int year) => [.. RoundDays
        .Select(d => new DateOnly(year, int.Parse(d.AsSpan(0, 2), CultureInfo.InvariantCulture), int.Parse(d.AsSpan(3, 2), CultureInfo.InvariantCulture)))
        .Order()];

    /// <summary>True when <paramref name="date"/> is one of the yearly rounds.</summary>
    public bool IsRound(DateOnly date) => RoundsOf(date.Year).Contains(date);

    /// <summary>The first round on or after <paramref name="date"/>.</summary>
    public DateOnly NextRoundOnOrAfter(DateOnly date) =>
        RoundsOf(date.Year).Where(r => r >= date).Select(r => (DateOnly?)r).FirstOrDefault() ?? RoundsOf(date.Year + 1)[0];

    /// <summary>The last round strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousRoundBefore(DateOnly date) =>
        RoundsOf(date.Year).Where(r => r < date).Select(r => (DateOnly?)r).LastOrDefault() ?? RoundsOf(date.Year - 1)[^1];

    /// <summary>How many months early a badge of <paramref name="years"/> may be awarded on <paramref name="basis"/>.</summary>
    public int EarlyMonths(int years, BadgeBasis basis) => basis switch
    {
        BadgeBasis.SeriousIllness => years >= LongEarlyFromYears ? IllnessLongEarlyMonths : IllnessEarlyMonths,
        BadgeBasis.Posthumous => PosthumousEarlyMonths,
        _ => 0,
    };
}

/// <summary>On what ground a badge is awarded.</summary>
public enum BadgeBasis
{
    /// <summary>The seniority is reached on the round date.</summary>
    Regular = 1,

    /// <summary>Xét tặng sớm: serious illness, up to 12 (30–65 years) or 24 months (70–90 years) early.</summary>
    SeriousIllness = 2,

    /// <summary>Truy tặng: a deceased member, up to 12 months early.</summary>
    Posthumous = 3,

    /// <summary>An award made before the record was kept here (historical data): recorded, not checked against seniority.</summary>
    Recorded = 4,
}

/// <summary>Labels of the badge bases.</summary>
public static class BadgeLabels
{
    public static BilingualLabel Of(BadgeBasis basis) => basis switch
    {
        BadgeBasis.Regular => new("Xét tặng đúng niên hạn", "Regular"),
        BadgeBasis.SeriousIllness => new("Xét tặng sớm do bệnh nặng", "Early, serious illness"),
        BadgeBasis.Posthumous => new("Truy tặng", "Posthumous"),
        BadgeBasis.Recorded => new("Đã tặng (ghi nhận từ hồ sơ)", "Awarded earlier (recorded)"),
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };
}
