namespace PartyCommittee.Application.Inspection.Complaints;

/// <summary>
/// Settings <c>Inspection:Complaints</c>. The period to settle a complaint about discipline at the grassroots level was
/// not confirmed by any source found (Quy định 22-QĐ/TW 2021 and 296-QĐ/TW 2025 fix it by level; the grassroots figure
/// was not read), so it is a setting: working days from the receipt of the complaint. Default 90.
/// </summary>
public sealed class ComplaintOptions
{
    public const string SectionName = "Inspection:Complaints";

    /// <summary>How responses name the period applied (a setting, not a regulation).</summary>
    public const string Code = "SETTINGS:Inspection:Complaints";

    /// <summary>Working days from the receipt of a complaint to its settlement.</summary>
    public int SettlementWorkingDays { get; init; } = 90;
}
