using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership.Transfers;

/// <summary>
/// The transfer rules of one regulation. A transfer is governed by the rule set in force on its request date
/// (<see cref="Transfer.RequestedOn"/>): the starting deadline, the presentation deadline and the temporary duration
/// all come from it. Every implementing regulation since 2016 says the same in its point 6.3 (Điều 6 of the statute,
/// chuyển sinh hoạt đảng):
/// <list type="bullet">
/// <item>6.3.1 a) a member transferred to a new unit, retired (or on sick retirement), leaving the job, demobilised or
/// changing permanent residence starts the official transfer within <b>60 working days</b> of the day the decision
/// takes effect or the residence changes (<see cref="StartWorkingDays"/>);</item>
/// <item>6.3.1 c) within <b>30 working days</b> of the day the transfer is introduced (the letter's date), the member
/// presents the introduction letter to the receiving cell committee; past it, the member or the organisation at fault
/// reports the reason to the competent committee (<see cref="PresentationWorkingDays"/>: lateness is recorded, not a
/// reason to refuse);</item>
/// <item>6.3.2 temporary transfers: from 3 months to under 1 year; study from 3 months to 2 years.</item>
/// </list>
/// Sources: Quy định 29-QĐ/TW (25/7/2016) §6.3; Quy định 24-QĐ/TW (30/7/2021) §6.3 with Hướng dẫn 12-HD/BTCTW
/// (18/1/2022); Quy định 294-QĐ/TW (26/5/2025, in force 1/7/2025) §6.3.
/// </summary>
/// <param name="Source">The regulation and its effective date.</param>
/// <param name="StartWorkingDays">Working days from the change that causes an official transfer (<see cref="Transfer.CauseOn"/>) within which the transfer is started (requested).</param>
/// <param name="PresentationWorkingDays">Working days from the introduction letter's date (<see cref="Transfer.SentOn"/>) within which an officially transferred member presents to the receiving organisation.</param>
/// <param name="TemporaryMinMonths">Shortest temporary transfer, in months (inclusive).</param>
/// <param name="TemporaryWorkMonthsBelow">A temporary transfer for work (or another reason) lasts less than this many months.</param>
/// <param name="TemporaryStudyMaxMonths">Longest temporary transfer for study, in months (inclusive).</param>
public sealed record TransferRuleSet(
    RuleSource Source,
    int StartWorkingDays,
    int PresentationWorkingDays,
    int TemporaryMinMonths,
    int TemporaryWorkMonthsBelow,
    int TemporaryStudyMaxMonths) : IRuleSet<TransferRuleSet>
{
    /// <summary>
    /// The statute's implementing regulations and their guidance on transfers, with the numbers of their point 6.3
    /// (identical in the three texts); a successor that changes one of them is added as a new entry with its
    /// effective date.
    /// </summary>
    public static readonly IReadOnlyList<TransferRuleSet> All = EarlyRuleSets.WithSettingBefore<TransferRuleSet>(
        [
            new(new RuleSource("QD29-2016", "Quy định 29-QĐ/TW ngày 25/7/2016 thi hành Điều lệ Đảng, điểm 6.3", new DateOnly(2016, 7, 25)), 60, 30, 3, 12, 24),
            new(new RuleSource("QD24-2021", "Quy định 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng, điểm 6.3; Hướng dẫn 12-HD/BTCTW ngày 18/1/2022", new DateOnly(2021, 7, 30)), 60, 30, 3, 12, 24),
            new(new RuleSource("QD294-2025", "Quy định 294-QĐ/TW ngày 26/5/2025 thi hành Điều lệ Đảng, điểm 6.3", new DateOnly(2025, 7, 1)) { DocumentDate = new DateOnly(2025, 5, 26) }, 60, 30, 3, 12, 24),
        ],
        "Quy định 29-QĐ/TW 2016",
        (v, s) => v with { Source = s });

    public static RuleBook<TransferRuleSet> Statutory { get; } = new(
        "Membership", "membership.transfer", new BilingualLabel("Chuyển sinh hoạt đảng", "Transfers of party activity"), All);

    /// <summary>
    /// The earliest and latest allowed end (<see cref="Transfer.TemporaryUntil"/>) of a temporary transfer requested on
    /// <paramref name="requestedOn"/>: work (and other reasons) from 3 to under 12 months, study from 3 to 24 months.
    /// </summary>
    public (DateOnly Earliest, DateOnly Latest) TemporaryEndBounds(TransferPurpose purpose, DateOnly requestedOn) =>
        (requestedOn.AddMonths(TemporaryMinMonths),
         purpose == TransferPurpose.Study
             ? requestedOn.AddMonths(TemporaryStudyMaxMonths)
             : requestedOn.AddMonths(TemporaryWorkMonthsBelow).AddDays(-1));
}
