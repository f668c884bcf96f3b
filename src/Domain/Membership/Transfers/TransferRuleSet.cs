using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership.Transfers;

/// <summary>
/// The transfer rules of one regulation. A transfer is governed by the rule set in force on its request date
/// (<see cref="Transfer.RequestedOn"/>): the temporary duration and the presentation deadline both come from it.
/// </summary>
/// <param name="Source">The regulation and its effective date.</param>
/// <param name="PresentationWorkingDays">Working days from the sending date within which an officially transferred member presents to the receiving organisation.</param>
/// <param name="TemporaryMinMonths">Shortest temporary transfer, in months (inclusive).</param>
/// <param name="TemporaryWorkMonthsBelow">A temporary transfer for work (or another reason) lasts less than this many months.</param>
/// <param name="TemporaryStudyMaxMonths">Longest temporary transfer for study, in months (inclusive).</param>
public sealed record TransferRuleSet(
    RuleSource Source,
    int PresentationWorkingDays,
    int TemporaryMinMonths,
    int TemporaryWorkMonthsBelow,
    int TemporaryStudyMaxMonths) : IRuleSet<TransferRuleSet>
{
    /// <summary>
    /// The statute's implementing regulations and their guidance on transfers. The 2016 and 2025 regulations are
    /// recorded with the same parameters as 2021 (Quy định 24-QĐ/TW, Hướng dẫn 12-HD/TW 2022) as far as modelled
    /// here; a successor that changes one of them is added as a new entry with its effective date.
    /// </summary>
    public static readonly IReadOnlyList<TransferRuleSet> All =
    [
        new(new RuleSource("QD29-2016", "Quy định 29-QĐ/TW ngày 25/7/2016 thi hành Điều lệ Đảng", new DateOnly(2016, 7, 25)), 60, 3, 12, 24),
        new(new RuleSource("QD24-2021", "Quy định 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng; Hướng dẫn 12-HD/TW ngày 6/1/2022", new DateOnly(2021, 7, 30)), 60, 3, 12, 24),
        new(new RuleSource("QD294-2025", "Quy định 294-QĐ/TW ngày 26/5/2025 thi hành Điều lệ Đảng", new DateOnly(2025, 5, 26)), 60, 3, 12, 24),
    ];

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
