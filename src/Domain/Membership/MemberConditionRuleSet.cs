using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// Limits on exemption from party work and activities. Exemption or reduction for age or poor health is decided by
/// the cell and has no end (Điều lệ Đảng; Quy định 24-QĐ/TW 2021 point 7.1, the same in 294-QĐ/TW 2025; Hướng dẫn
/// 27-HD/BTCTW of 26/3/2009 defines advanced age and poor health). A temporary exemption for another justified
/// reason (a member working away from his place, waiting for retirement) lasts under 12 months (Hướng dẫn 01-HD/TW
/// of 28/9/2021, point 10.3: "thời gian dưới 12 tháng"): its last day must be before the same day 12 months later.
/// </summary>
/// <param name="Source">The guidance and its date.</param>
/// <param name="OtherGroundMaxMonths">An exemption for another reason ends before this many months from its first day.</param>
public sealed record MemberConditionRuleSet(RuleSource Source, int OtherGroundMaxMonths) : IRuleSet<MemberConditionRuleSet>
{
    public static RuleBook<MemberConditionRuleSet> Statutory { get; } = new(
        "Membership",
        "membership.exemption",
        new BilingualLabel("Miễn, giảm công tác và sinh hoạt đảng", "Exemption from party work and activities"),
        EarlyRuleSets.WithSettingBefore<MemberConditionRuleSet>(
            [
                new(new RuleSource("HD01-2021", "Hướng dẫn 01-HD/TW ngày 28/9/2021 một số vấn đề cụ thể thi hành Điều lệ Đảng, điểm 10.3", new DateOnly(2021, 9, 28)), 12),
            ],
            "Hướng dẫn 01-HD/TW 2021",
            (v, s) => v with { Source = s }));
}
