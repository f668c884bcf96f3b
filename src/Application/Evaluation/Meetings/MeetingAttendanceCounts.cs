namespace PartyCommittee.Application.Evaluation.Meetings;

/// <summary>
/// The attendance counts kept with each meeting (ADR 0092): two columns of <c>CellMeetings</c>, mapped as shadow
/// properties (the domain does not set them). <see cref="Expected"/> is the number of the meeting's attendances whose
/// member is probationary or full on the meeting's day (by the member's status periods), <see cref="Present"/> those of
/// them recorded present: the figures the rating statistics' meetings section sums, so that it reads one row per meeting
/// instead of testing every attendance against the status periods (issue 12: with a regular meeting in every cell every
/// month, 2.1 s at 100k members, linear in the attendances).
/// <para>
/// Recounted in the database, in the transaction that changes them, by the save pipeline's commit step
/// (<c>MembershipCountsInterceptor</c>): the meetings whose record or attendance a save wrote, and the meetings on or
/// after the changed day of every member whose status periods it changed (a status recorded late makes him not expected
/// at meetings he attended). Null on a row written without the save pipeline (raw SQL, and every meeting recorded before
/// the columns existed) until the background backfill job recounts it: the statistics meanwhile test that meeting's
/// attendances one by one, so the figures stay exact.
/// </para>
/// </summary>
public static class MeetingAttendanceCounts
{
    /// <summary>Attendances of members probationary or full on the meeting's day.</summary>
    public const string Expected = "ExpectedAttendances";

    /// <summary>Of <see cref="Expected"/>, those recorded present.</summary>
    public const string Present = "PresentAttendances";

    /// <summary>The partial index of the meetings without counts (<see cref="Expected"/> null).</summary>
    public const string UncountedIndex = "IX_CellMeetings_Uncounted";
}
