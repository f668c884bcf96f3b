namespace PartyCommittee.Application.Evaluation.Ratings;

/// <summary>
/// Settings <c>Ratings</c>: numbers of the annual rating that no page quoting the party's texts confirmed. The sick-leave
/// cap (3 months or more: below GOOD) is confirmed for civil servants (Nghị định 90/2020/NĐ-CP as amended by
/// 48/2023/NĐ-CP: "nghỉ … từ 03 tháng đến dưới 06 tháng … không xếp loại chất lượng ở mức hoàn thành tốt nhiệm vụ trở
/// lên") and applied to members by the project's domain brief; it is a setting until a party text confirms it.
/// </summary>
public sealed class RatingOptions
{
    public const string SectionName = "Ratings";

    /// <summary>Months of sick leave in the year from which a member is rated below GOOD (default 3).</summary>
    public int SickLeaveCapMonths { get; init; } = 3;

    /// <summary>
    /// On the agenda: a campaign step without a planned date is due this many working days after the current step was
    /// reached (default 5). No regulation fixes the steps' dates; the campaign's plan does.
    /// </summary>
    public int UnplannedStepWorkingDays { get; init; } = 5;
}
