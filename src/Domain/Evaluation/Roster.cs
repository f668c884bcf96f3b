using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Domain.Evaluation;

/// <summary>
/// A member counted in a cell on a date (placed in the cell and in a counted status that day: probationary, full,
/// exempt from activities or suspended). A temporarily transferred member is counted at home, as in the membership
/// statistics.
/// </summary>
/// <param name="MemberId">The member.</param>
/// <param name="Status">The member's status that day.</param>
/// <param name="Excused">Exempt from activities or suspended that day (dated conditions, not statuses: ADR 0019).</param>
public sealed record RosterMember(Guid MemberId, MemberStatus Status, bool Excused = false)
{
    /// <summary>
    /// Expected to attend and to receive the documents: probationary and full members. A member exempt from party
    /// activities (miễn sinh hoạt, Điều lệ Đảng Điều 7) or suspended is counted but not expected: excused by default.
    /// </summary>
    public bool IsExpected => !Excused && Status is MemberStatus.Probationary or MemberStatus.Full;
}
