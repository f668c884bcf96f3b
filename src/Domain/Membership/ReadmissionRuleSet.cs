using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// Re-admission of a person who left the party (Quy định thi hành Điều lệ Đảng, point 3.5, the same in 29-QĐ/TW of
/// 25/7/2016, 24-QĐ/TW of 30/7/2021 and 294-QĐ/TW of 26/5/2025 in force from 1/7/2025): 3.5.1 b) at least 36 months
/// after leaving, 60 months after the criminal record is cleared for a less serious crime; 3.5.2 no re-admission
/// of those who left by abandoning party activities, by asking to leave (except for special family hardship), for
/// causing serious internal disunity, or convicted of corruption or of a serious or graver crime; 3.5.3 once only;
/// 3.5.4 a new probation.
/// </summary>
/// <param name="Source">The regulation.</param>
/// <param name="MinMonthsOutside">Months from leaving to the re-admission decision, at least.</param>
/// <param name="MinMonthsAfterRecordCleared">Months from the clearing of the criminal record (less serious crime), at least.</param>
/// <param name="Excluded">Leaving reasons after which there is no re-admission.</param>
public sealed record ReadmissionRuleSet(RuleSource Source, int MinMonthsOutside, int MinMonthsAfterRecordCleared, IReadOnlyList<LeavingReason> Excluded)
    : IRuleSet<ReadmissionRuleSet>
{
    private static readonly LeavingReason[] ExcludedReasons =
    [
        LeavingReason.AbandonedActivities, LeavingReason.VoluntaryWithdrawal, LeavingReason.SeriousDisunity,
        LeavingReason.CorruptionConviction, LeavingReason.SeriousCrimeConviction,
    ];

    public static RuleBook<ReadmissionRuleSet> Statutory { get; } = new(
        "Membership",
        "membership.readmission",
        new BilingualLabel("Kết nạp lại vào Đảng", "Re-admission to the party"),
        EarlyRuleSets.WithSettingBefore<ReadmissionRuleSet>(
            [
                new(new RuleSource("QD29-2016", "Quy định 29-QĐ/TW ngày 25/7/2016 thi hành Điều lệ Đảng, điểm 3.5", new DateOnly(2016, 7, 25)), 36, 60, ExcludedReasons),
                new(new RuleSource("QD24-2021", "Quy định 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng, điểm 3.5", new DateOnly(2021, 7, 30)), 36, 60, ExcludedReasons),
                new(new RuleSource("QD294-2025", "Quy định 294-QĐ/TW ngày 26/5/2025 thi hành Điều lệ Đảng, điểm 3.5", new DateOnly(2025, 7, 1)) { DocumentDate = new DateOnly(2025, 5, 26) }, 36, 60, ExcludedReasons),
            ],
            "Quy định 29-QĐ/TW 2016",
            (v, s) => v with { Source = s }));
}
