using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Evaluation;

/// <summary>
/// How often a cell holds its regular meeting. Điều lệ Đảng (adopted by the 11th National Congress, 19/1/2011),
/// Điều 24 khoản 2: "Chi bộ, chi ủy họp thường lệ mỗi tháng một lần" — a cell meets once a month. A month of the
/// cell's life without a regular meeting is listed on the agenda (due the month's last day).
/// </summary>
/// <param name="Source">The statute and its date.</param>
/// <param name="RegularMeetingsPerMonth">Regular meetings a cell holds each month.</param>
public sealed record CellMeetingRuleSet(RuleSource Source, int RegularMeetingsPerMonth) : IRuleSet<CellMeetingRuleSet>
{
    public static readonly IReadOnlyList<CellMeetingRuleSet> All = EarlyRuleSets.WithSettingBefore<CellMeetingRuleSet>(
        [
            new(new RuleSource("DLD-2011-D24", "Điều lệ Đảng Cộng sản Việt Nam (Đại hội XI, 19/1/2011), Điều 24 khoản 2", new DateOnly(2011, 1, 19)), 1),
        ],
        "Điều lệ Đảng 2011",
        (v, s) => v with { Source = s });

    public static RuleBook<CellMeetingRuleSet> Statutory { get; } = new(
        "Evaluation", "evaluation.cell_meetings", new BilingualLabel("Sinh hoạt chi bộ thường kỳ", "Regular cell meetings"), All);
}
