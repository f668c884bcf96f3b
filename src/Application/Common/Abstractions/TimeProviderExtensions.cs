namespace PartyCommittee.Application.Common.Abstractions;

public static class TimeProviderExtensions
{
    /// <summary>Viet Nam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>Today's date in Viet Nam: the date people write on documents.</summary>
    public static DateOnly TodayInVietnam(this TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(VietnamOffset).DateTime);
}
