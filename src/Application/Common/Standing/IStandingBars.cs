namespace PartyCommittee.Application.Common.Standing;

/// <summary>
/// A decided disciplinary measure that bars a member from being elected for a time: a dismissal from post (cách chức)
/// decided on <paramref name="DecidedOn"/> (Điều lệ Đảng 2011, Điều 40 khoản 3: "trong vòng một năm, kể từ ngày có quyết
/// định, không được bầu vào cấp uỷ").
/// </summary>
/// <param name="MemberId">The member disciplined.</param>
/// <param name="DecidedOn">Day of the decision in force (after any amendment).</param>
public sealed record StandingBar(Guid MemberId, DateOnly DecidedOn);

/// <summary>
/// The measures that bar members from standing, read from the inspection module's discipline records without the
/// Organization module depending on it (implemented in Application/Inspection; every implementation is asked).
/// </summary>
public interface IStandingBars
{
    /// <summary>The dismissals from post of <paramref name="memberIds"/> decided on or before <paramref name="on"/> and not withdrawn.</summary>
    Task<IReadOnlyList<StandingBar>> DismissalsAsync(IReadOnlyCollection<Guid> memberIds, DateOnly on, CancellationToken cancellationToken);
}
