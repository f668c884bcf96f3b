namespace PartyCommittee.Domain.Common;

/// <summary>
/// Attendance at a meeting (a member or a guest at a cell meeting): shared by the evaluation module's meetings and the
/// membership module's temporary guests, so that neither depends on the other for it.
/// </summary>
public enum AttendanceStatus
{
    /// <summary>Có mặt.</summary>
    Present = 1,

    /// <summary>Vắng có lý do.</summary>
    Excused = 2,

    /// <summary>Vắng không lý do.</summary>
    Absent = 3,
}
