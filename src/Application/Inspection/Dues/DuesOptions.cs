namespace PartyCommittee.Application.Inspection.Dues;

/// <summary>
/// Dues figures that no text checked gives as a number (configuration section <c>Dues</c>): the fixed monthly amounts
/// of students and of other members whose income is hard to establish, and the share of what a cell collects that it
/// keeps (Quyết định 342-QĐ/TW: 30% to 50% for a cell under a grassroots committee; the rest is remitted); and one
/// reading choice of the agenda (<see cref="AgendaChosenMembersAtMost"/>), which changes no figure.
/// </summary>
public sealed class DuesOptions
{
    public const string SectionName = "Dues";

    /// <summary>Monthly dues of a student without salary, in đồng.</summary>
    public long StudentMonthlyAmount { get; set; } = 3_000;

    /// <summary>Monthly dues of another member whose income is hard to establish, in đồng.</summary>
    public long OtherMonthlyAmount { get; set; } = 5_000;

    /// <summary>Percent of what a cell collects that it keeps (0–100).</summary>
    public int CellRetentionPercent { get; set; } = 30;

    /// <summary>
    /// Not a rule but a reading choice: the most items of the agenda's dues arrears that a page takes through the chosen
    /// members' years (ten pages of a hundred); a deeper page lists the months it falls in whole (ADR 0095).
    /// </summary>
    public int AgendaChosenMembersAtMost { get; set; } = 1_000;
}
