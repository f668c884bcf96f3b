using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection.Dues;

/// <summary>What a member's dues are computed from.</summary>
public enum DuesCategory
{
    /// <summary>Paid a salary (under the 2026 rules: in compulsory social insurance): a rate of the monthly basis.</summary>
    Salaried = 1,

    /// <summary>Draws a pension (not in compulsory social insurance): a lower rate of the pension.</summary>
    Pensioner = 2,

    /// <summary>A student without salary: a fixed amount.</summary>
    Student = 3,

    /// <summary>Any other member whose income is hard to establish: a fixed amount.</summary>
    Other = 4,
}

/// <summary>
/// The party dues rules of one period, chosen by the month the dues are for (its first day): Quyết định 342-QĐ/TW of
/// 28/12/2010 (with the Central Office's guidance 141-CV/VPTW of 17/3/2011), replaced by Quy định 01-QĐ/TW of 3/2/2026
/// (applied from February 2026). The fixed amounts for students and other members, and the cell's retention, are not
/// given a number here by any text checked: they are settings (<c>Dues</c> section; docs/discipline-and-dues.md).
/// </summary>
/// <param name="Source">The regulation and the first day (of a month) it applies to.</param>
/// <param name="SalaryRatePercent">Percent of the monthly basis for salaried members (342: 1% of salary and allowances; 01: 1% of the previous month's insured salary).</param>
/// <param name="PensionRatePercent">Percent of the pension for pensioners (0.5% under both).</param>
/// <param name="ExemptAtSeniorityYears">Members with at least this many years of party seniority are exempt (01-2026: 50 years); null when the rules have no such exemption.</param>
/// <param name="HardshipReductionPercents">Reductions a member in hardship may be granted (01-2026: 30, 50, 70 percent, or exemption, 100); empty when the rules give none.</param>
/// <param name="HardshipMaxMonths">Longest period one reduction is granted for (01-2026: 12 months); null when the rules give none.</param>
/// <param name="UnpaidMonthsForRemoval">Months without dues in a year, without a legitimate reason, after which the cell considers removing the name (Điều lệ Đảng Điều 8 khoản 2; 01-2026 Điều 2 khoản 1).</param>
public sealed record DuesRuleSet(
    RuleSource Source,
    decimal SalaryRatePercent,
    decimal PensionRatePercent,
    int? ExemptAtSeniorityYears,
    IReadOnlyList<int> HardshipReductionPercents,
    int? HardshipMaxMonths,
    int UnpaidMonthsForRemoval) : IRuleSet<DuesRuleSet>
{
    public static readonly IReadOnlyList<DuesRuleSet> All = EarlyRuleSets.WithSettingBefore<DuesRuleSet>(
        [
            new(
                new RuleSource("QD342-2010", "Quyết định 342-QĐ/TW ngày 28/12/2010 của Bộ Chính trị về chế độ đảng phí; Hướng dẫn 141-CV/VPTW ngày 17/3/2011", new DateOnly(2011, 1, 1))
                {
                    DocumentDate = new DateOnly(2010, 12, 28),
                },
                1.0m, 0.5m, null, [], null, 3),
            new(
                new RuleSource("QD01-2026", "Quy định 01-QĐ/TW ngày 3/2/2026 của Bộ Chính trị về chế độ đảng phí", new DateOnly(2026, 2, 1))
                {
                    DocumentDate = new DateOnly(2026, 2, 3),
                },
                1.0m, 0.5m, 50, [30, 50, 70, 100], 12, 3),
        ],
        "Quyết định 342-QĐ/TW 2010",
        (v, s) => v with { Source = s });

    public static RuleBook<DuesRuleSet> Statutory { get; } = new(
        "Inspection", "inspection.dues", new BilingualLabel("Chế độ đảng phí", "Party dues"), All);

    /// <summary>The first day of the month of <paramref name="date"/>: dues are per month, and so is the choice of rules.</summary>
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>
    /// The dues of one month: the nominal amount for the category, less an exemption by seniority or a hardship
    /// reduction; returns what is due and what was exempted (both in đồng, rounded to the đồng).
    /// </summary>
    public (long Due, long Exempted) Compute(
        DuesCategory category, long basisAmount, long studentAmount, long otherAmount, int seniorityYears, int? reductionPercent)
    {
        var nominal = category switch
        {
            DuesCategory.Salaried => Round(basisAmount * SalaryRatePercent / 100m),
            DuesCategory.Pensioner => Round(basisAmount * PensionRatePercent / 100m),
            DuesCategory.Student => studentAmount,
            _ => otherAmount,
        };

        if (ExemptAtSeniorityYears is { } years && seniorityYears >= years)
        {
            return (0, nominal);
        }

        var exempted = reductionPercent is { } percent ? Round(nominal * percent / 100m) : 0;
        return (nominal - exempted, exempted);
    }

    /// <summary>Refuses a hardship reduction the rules do not give, or one granted for longer than they allow.</summary>
    public void EnsureReductionAllowed(int percent, DateOnly fromMonth, DateOnly untilMonth)
    {
        if (!HardshipReductionPercents.Contains(percent))
        {
            throw new DomainRuleException(
                "dues.reduction_not_allowed",
                "The dues rules in force do not give that reduction.",
                RuleViolationKind.Unprocessable,
                percent,
                HardshipReductionPercents.Count == 0 ? "-" : string.Join(", ", HardshipReductionPercents),
                Source.Code);
        }

        var months = ((untilMonth.Year - fromMonth.Year) * 12) + untilMonth.Month - fromMonth.Month + 1;
        if (months < 1 || (HardshipMaxMonths is { } max && months > max))
        {
            throw new DomainRuleException(
                "dues.reduction_too_long",
                "A reduction is granted for a limited time.",
                RuleViolationKind.Unprocessable,
                months,
                HardshipMaxMonths ?? 0,
                Source.Code);
        }
    }

    private static long Round(decimal amount) => (long)Math.Round(amount, 0, MidpointRounding.AwayFromZero);
}
