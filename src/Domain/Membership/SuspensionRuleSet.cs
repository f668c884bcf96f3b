using System.Globalization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// The longest suspension from party activities (đình chỉ sinh hoạt đảng) of a member, extension included:
/// <list type="bullet">
/// <item>Quy định 30-QĐ/TW of 26/7/2016 (thi hành Chương VII và VIII Điều lệ Đảng), Điều 40: "90 ngày làm việc …
/// kể cả gia hạn không quá 180 ngày làm việc";</item>
/// <item>Quy định 22-QĐ/TW of 28/7/2021 (công tác kiểm tra, giám sát và kỷ luật của Đảng), Điều 31 khoản 1: "90
/// ngày … kể cả gia hạn không quá 180 ngày" (calendar days).</item>
/// </list>
/// A member prosecuted or detained is suspended for the terms of the law (Điều 31 khoản 2; Điều 40 of 30-QĐ/TW): such a
/// suspension is recorded without an end and is not checked. A suspension starting before 26/7/2016 is checked against a
/// SETTING version with the values of Quy định 30-QĐ/TW 2016 (<see cref="EarlyRuleSets"/>, ADR 0039: Quy định 14-QĐ/TW
/// 2001 §39.2 is reported to say three months, but neither its text nor an extension limit was confirmed); Quy định
/// 296-QĐ/TW of 30/5/2025 was not checked, so the 2021 numbers still apply after it.
/// </summary>
/// <param name="Source">The regulation and the day it took effect.</param>
/// <param name="TermDays">The ordinary term.</param>
/// <param name="MaxDaysWithExtension">The longest term, extension included; the first day counts as the first.</param>
/// <param name="InWorkingDays">True when the days are working days (2016), false for calendar days (2021).</param>
public sealed record SuspensionRuleSet(RuleSource Source, int TermDays, int MaxDaysWithExtension, bool InWorkingDays) : IRuleSet<SuspensionRuleSet>
{
    public static RuleBook<SuspensionRuleSet> Statutory { get; } = new(
        "Membership",
        "membership.suspension",
        new BilingualLabel("Thời hạn đình chỉ sinh hoạt đảng", "Term of suspension from party activities"),
        EarlyRuleSets.WithSettingBefore<SuspensionRuleSet>(
            [
                new(new RuleSource("QD30-2016", "Quy định 30-QĐ/TW ngày 26/7/2016 thi hành Chương VII và Chương VIII Điều lệ Đảng, Điều 40", new DateOnly(2016, 7, 26)), 90, 180, true),
                new(new RuleSource("QD22-2021", "Quy định 22-QĐ/TW ngày 28/7/2021 về công tác kiểm tra, giám sát và kỷ luật của Đảng, Điều 31 khoản 1", new DateOnly(2021, 7, 28)), 90, 180, false),
            ],
            "Quy định 30-QĐ/TW 2016",
            (v, s) => v with { Source = s }));

    /// <summary>The latest last day of a suspension starting on <paramref name="startsOn"/> (extension included).</summary>
    public DateOnly LatestLastDay(DateOnly startsOn, WorkingDayCalendar calendar) =>
        InWorkingDays
            ? calendar.AddWorkingDays(calendar.IsWorkingDay(startsOn) ? startsOn : calendar.AddWorkingDays(startsOn, 1), MaxDaysWithExtension - 1)
            : startsOn.AddDays(MaxDaysWithExtension - 1);

    /// <summary>
    /// Refuses (422 <c>member.suspension_too_long</c>, naming the latest last day and the rule set) a suspension whose
    /// last day is after the longest term of the rule set in force on its first day (a setting version before
    /// 26/7/2016). An open suspension (criminal proceedings: the law's terms) is not checked.
    /// </summary>
    public static void EnsureWithinLongestTerm(DateRange period, WorkingDayCalendar calendar, RuleBook<SuspensionRuleSet> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (period.EndsOn is not { } lastDay || rules.TryInForceOn(period.StartsOn) is not { } inForce)
        {
            return;
        }

        var latest = inForce.LatestLastDay(period.StartsOn, calendar);
        if (lastDay > latest)
        {
            throw new DomainRuleException(
                "member.suspension_too_long",
                "A suspension from party activities lasts at most 180 days, extension included (working days before 28/7/2021).",
                RuleViolationKind.Unprocessable,
                latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                inForce.Source.Code);
        }
    }
}
