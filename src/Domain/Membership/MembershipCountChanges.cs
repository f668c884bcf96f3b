namespace PartyCommittee.Domain.Membership;

/// <summary>
/// One dated change of the membership counts (ADR 0030, "Built: dated counts"): on <see cref="Day"/>, the number of
/// members of <see cref="OrganizationId"/> counted with <see cref="Value"/> in <see cref="Dimension"/> changed by
/// <see cref="Delta"/>. The count of any date D is the sum of the changes on or before D. Derived data, kept equal to
/// the dated history (status periods, placements, qualification periods) and the member columns the recount reads,
/// in the save that changes them (relative increments). <see cref="MembershipCountChanges.Everywhere"/> holds the
/// changes of the whole register, so a register-wide figure reads one organisation's rows. Stored merged
/// (<see cref="MembershipCountChange"/>) or staged (<see cref="StagedMembershipCountChange"/>).
/// </summary>
public abstract class DatedMembershipCountChange
{
    protected DatedMembershipCountChange(Guid organizationId, string dimension, string value, DateOnly day, int delta)
    {
        OrganizationId = organizationId;
        Dimension = dimension;
        Value = value;
        Day = day;
        Delta = delta;
    }

    /// <summary>The cell of the placement in force (or <see cref="MembershipCountChanges.Everywhere"/>).</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>One of <see cref="MembershipCounts"/>' plain dimensions, or an age or seniority band.</summary>
    public string Dimension { get; private set; }

    public string Value { get; private set; }

    /// <summary>The day the change takes effect (the count is changed from this day on).</summary>
    public DateOnly Day { get; private set; }

    public int Delta { get; private set; }
}

/// <summary>A dated change in the main table, <c>MembershipCountChanges</c> (see <see cref="DatedMembershipCountChange"/>).</summary>
public sealed class MembershipCountChange(Guid organizationId, string dimension, string value, DateOnly day, int delta)
    : DatedMembershipCountChange(organizationId, dimension, value, day, delta);

/// <summary>
/// A dated change written by a transaction large enough to move its differences out of memory (the member import's,
/// on SQLite) and not yet merged into <see cref="MembershipCountChange"/> (ADR 0082). Same columns and key; a count is
/// the sum of both tables' changes, so readers read both, and a background job merges these rows into the main table
/// (sum-preserving, a chunk per transaction). An import's ~20 new keys per member fall in every cell's range of the main
/// table and rewrote most of its pages in the import's commit; here they are appended to a small table instead.
/// </summary>
public sealed class StagedMembershipCountChange(Guid organizationId, string dimension, string value, DateOnly day, int delta)
    : DatedMembershipCountChange(organizationId, dimension, value, day, delta);

/// <summary>A period of a member's history as the recount reads it: in force from <c>From</c> to the day before <c>To</c>.</summary>
public readonly record struct DatedPlacement(Guid OrganizationId, DateOnly From, DateOnly? To);

/// <summary>A status period, as stored (<see cref="MemberStatusPeriod"/>).</summary>
public readonly record struct DatedStatus(MemberStatus Status, DateOnly From, DateOnly? To);

/// <summary>A qualification period, as stored (<see cref="MemberQualificationPeriod"/>).</summary>
public readonly record struct DatedQualification(
    GeneralEducation GeneralEducation, ProfessionalLevel ProfessionalLevel, PoliticalTheoryLevel PoliticalTheoryLevel, DateOnly From, DateOnly? To);

/// <summary>
/// An exemption from party activities or a suspension (<c>MemberCondition</c>), in force from <c>From</c> to the day
/// before <c>To</c> (the condition's last day plus one; null while open): the member is not expected at the cell's
/// meetings and reviews on those days. Empty (<c>To</c> = <c>From</c>) for the kinds that do not excuse.
/// </summary>
public readonly record struct DatedExcusal(DateOnly From, DateOnly? To)
{
    /// <summary>
    /// A condition as the days it excuses the member from the cell's meetings and reviews: an exemption from party
    /// activities or a suspension, from its first to its last day included (<c>MemberCondition.EndsOn</c>); none for
    /// the other kinds (a member whose party work is reduced still attends: expected).
    /// </summary>
    public static DatedExcusal Of(MemberConditionKind kind, DateOnly startsOn, DateOnly? endsOn) =>
        kind is MemberConditionKind.Exemption or MemberConditionKind.Suspension
            ? new DatedExcusal(startsOn, endsOn is { } last && last < DateOnly.MaxValue ? last.AddDays(1) : null)
            : new DatedExcusal(startsOn, startsOn);
}

/// <summary>A month the member has a monthly review for (<c>MonthlyReview.Year</c>, <c>MonthlyReview.Month</c>).</summary>
public readonly record struct ReviewedMonth(int Year, int Month);

/// <summary>
/// The first day the member received a party document (<c>DocumentReceipts</c>' rule: present at a cell meeting that
/// disseminated it, or caught up; ADR 0093): one per document received.
/// </summary>
public readonly record struct ReceivedDocument(Guid DocumentId, DateOnly On);

/// <summary>
/// What the historical recount reads of one member: the undated columns and the three dated histories; and, for the
/// review months' counts (<see cref="MembershipCountChanges.Roster"/>), his excusals and the months he was reviewed in,
/// and the first day he received each party document (ADR 0093).
/// </summary>
public sealed record MemberHistoryFacts(
    Sex Sex,
    string EthnicityCode,
    DateOnly DateOfBirth,
    DateOnly SeniorityCountedFrom,
    bool IsProvincialCommitteeMember,
    IReadOnlyList<DatedPlacement> Placements,
    IReadOnlyList<DatedStatus> Statuses,
    IReadOnlyList<DatedQualification> Qualifications,
    IReadOnlyList<ReviewedMonth>? ReviewedMonths = null,
    IReadOnlyList<DatedExcusal>? Excusals = null,
    IReadOnlyList<ReceivedDocument>? ReceivedDocuments = null);

/// <summary>
/// A member's contribution to the dated counts: the days on which the member enters or leaves each count, exactly as
/// the historical recount (<c>GetMembershipStatistics</c>) counts the member on a date D — one count per placement,
/// status period and qualification period all in force on D (<c>StartsOn ≤ D &lt; EndsOn</c>) with a counted status,
/// using today's undated columns (sex, ethnic group, dates of birth and seniority, provincial committee). Age and
/// seniority bands change with the date alone: the member moves to the next band on the first day D with
/// <c>D.AddYears(-n) ≥ date</c> (n = 31, 41, 51, 61 years of age; 10, 20, 30, 40 years of seniority, full members only),
/// the recount's comparison. The last band of each is not stored (the total minus the others, as the recount does).
/// </summary>
public static class MembershipCountChanges
{
    /// <summary>The organisation of the whole register's rows.</summary>
    public static readonly Guid Everywhere = Guid.Empty;

    public const string AgeBand = "age_band";

    public const string SeniorityBand = "seniority_band";

    /// <summary>
    /// The review months' roster (ADR 0061), cell rows only, value <see cref="Counted"/>: the members expected in the cell
    /// on the day (<c>RosterRow.IsExpected</c>) — placed there with a counted status (probationary or full), neither exempt
    /// nor suspended, whatever their qualifications; one count per placement and status period both in force
    /// (<c>StartsOn ≤ D &lt; EndsOn</c>) outside the member's excusals, as the review months count them.
    /// </summary>
    public const string Roster = "roster";

    /// <summary>
    /// The sum of <see cref="Roster"/>'s changes over all days, in one row per cell (day <see cref="DateOnly.MinValue"/>,
    /// value <see cref="Counted"/>): the expected pieces without an end. The roster of a day D is this minus
    /// the changes after D, so a reader of a recent year reads that year's changes, not the cell's whole history.
    /// </summary>
    public const string RosterOpen = "roster_open";

    /// <summary>
    /// Of the <see cref="Roster"/> members of a cell on a day of a month, those with a monthly review of that month (value
    /// <c>yyyy-MM</c>; cell rows only). A reviewed member's pieces clipped to the month: nothing outside it.
    /// </summary>
    public const string Reviewed = "reviewed";

    /// <summary>
    /// Of the <see cref="Roster"/> members of a cell on a day, those who received a party document on or before that day
    /// (value <see cref="ReceivedValue"/>; cell rows only; ADR 0093): a member's roster pieces from the first day he
    /// received it. A document's coverage on a day is the sum of its rows on or before the day.
    /// </summary>
    public const string Received = "received";

    /// <summary>The <see cref="Received"/> value of a document: its identifier's 32 hexadecimal digits, upper case.</summary>
    public static string ReceivedValue(Guid documentId) => documentId.ToString("N").ToUpperInvariant();

    /// <summary>The value of the <see cref="Roster"/> and <see cref="RosterOpen"/> rows.</summary>
    public const string Counted = "counted";

    /// <summary>The <see cref="Reviewed"/> value of a month.</summary>
    public static string ReviewedValue(int year, int month) =>
        year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "-" + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The marker of a pending backfill (dimension of one row of <see cref="Everywhere"/>; readers recount meanwhile).</summary>
    public const string BackfillPending = "backfill_pending";

    private static readonly int[] AgeLimits = [31, 41, 51, 61];

    private static readonly int[] SeniorityLimits = [10, 20, 30, 40];

    /// <summary>The first day on which <c>day.AddYears(-years) ≥ date</c> (a 29 February counts from 1 March in common years).</summary>
    /// <remarks><see cref="DateOnly.MaxValue"/> (never) when the limit is past the calendar (a placeholder date).</remarks>
    public static DateOnly Reached(DateOnly date, int years)
    {
        if (date.Year + years >= DateOnly.MaxValue.Year)
        {
            return DateOnly.MaxValue;
        }

        var day = date.AddYears(years).AddDays(-2);
        if (day.Year - years < DateOnly.MinValue.Year)
        {
            day = new DateOnly(DateOnly.MinValue.Year + years, 1, 1);
        }

        while (day.AddYears(-years) < date)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The member's dated changes, cell rows and register-wide rows, summed by key (no zero).</summary>
    public static Dictionary<(Guid OrganizationId, string Dimension, string Value, DateOnly Day), int> Of(MemberHistoryFacts? facts)
    {
        var deltas = new Dictionary<(Guid, string, string, DateOnly), int>();
        if (facts is not null)
        {
            Add(facts, deltas, 1);
        }

        return deltas;
    }

    /// <summary>Adds <paramref name="sign"/> times the member's changes to <paramref name="deltas"/> (zeros removed).</summary>
    /// <remarks>
    /// The backfill calls this once per member (millions of times), so it allocates only per call, not per period or key:
    /// the band limits, the cut days and the keys of a segment live in small buffers (same rules as before, written out).
    /// </remarks>
    public static void Add(MemberHistoryFacts facts, Dictionary<(Guid, string, string, DateOnly), int> deltas, int sign)
    {
        Span<DateOnly> ages = stackalloc DateOnly[AgeLimits.Length];
        Span<DateOnly> seniority = stackalloc DateOnly[SeniorityLimits.Length];
        for (var i = 0; i < AgeLimits.Length; i++)
        {
            ages[i] = Reached(facts.DateOfBirth, AgeLimits[i]);
        }

        for (var i = 0; i < SeniorityLimits.Length; i++)
        {
            seniority[i] = Reached(facts.SeniorityCountedFrom, SeniorityLimits[i]);
        }

        Span<DateOnly> cuts = stackalloc DateOnly[AgeLimits.Length + SeniorityLimits.Length];
        var keys = new (string Dimension, string Value)[MaxKeys];
        var organizations = new Guid[2];
        foreach (var placement in facts.Placements)
        {
            organizations[0] = placement.OrganizationId;
            organizations[1] = Everywhere;
            foreach (var status in facts.Statuses)
            {
                if (!MembershipLabels.IsCounted(status.Status))
                {
                    continue;
                }

                foreach (var qualification in facts.Qualifications)
                {
                    var from = Max(Max(placement.From, status.From), qualification.From);
                    var to = Min(Min(placement.To, status.To), qualification.To);
                    if (to is { } end && end <= from)
                    {
                        continue;
                    }

                    var full = status.Status != MemberStatus.Probationary;
                    var count = Cuts(ages, full ? seniority : Span<DateOnly>.Empty, from, to, cuts);
                    var start = from;
                    for (var i = 0; i <= count; i++)
                    {
                        DateOnly? stop = i < count ? cuts[i] : to;
                        var keyCount = Keys(facts, status.Status, qualification, Band(ages, start), full ? Band(seniority, start) : 4, keys);
                        for (var k = 0; k < keyCount; k++)
                        {
                            var (dimension, value) = keys[k];
                            foreach (var organization in organizations)
                            {
                                Bump(deltas, (organization, dimension, value, start), sign);
                                if (stop is { } last)
                                {
                                    Bump(deltas, (organization, dimension, value, last), -sign);
                                }
                            }
                        }

                        start = stop ?? start;
                    }
                }
            }
        }

        AddRoster(facts, deltas, sign);
    }

    /// <summary>
    /// The member's <see cref="Roster"/>, <see cref="RosterOpen"/>, <see cref="Reviewed"/> and <see cref="Received"/> changes
    /// (cell rows only): each placement × counted status piece less the member's excusals, each reviewed month's part of
    /// it, and its part from the first day he received each document.
    /// </summary>
    private static void AddRoster(MemberHistoryFacts facts, Dictionary<(Guid, string, string, DateOnly), int> deltas, int sign)
    {
        var excusals = facts.Excusals is { Count: > 0 } e ? e.Where(x => x.To is null || x.To > x.From).OrderBy(x => x.From).ToList() : [];
        foreach (var placement in facts.Placements)
        {
            foreach (var status in facts.Statuses)
            {
                if (!MembershipLabels.IsCounted(status.Status))
                {
                    continue;
                }

                var from = Max(placement.From, status.From);
                var to = Min(placement.To, status.To);
                if (to is { } end && end <= from)
                {
                    continue;
                }

                // The piece less the excusals (sorted by start): the days the member is expected in the cell.
                DateOnly? cursor = from;
                foreach (var excusal in excusals)
                {
                    if (to is { } t && excusal.From >= t)
                    {
                        break;
                    }

                    if (excusal.To is { } et && et <= cursor)
                    {
                        continue;
                    }

                    if (excusal.From > cursor)
                    {
                        AddExpected(facts, deltas, sign, placement.OrganizationId, cursor.Value, excusal.From);
                    }

                    cursor = excusal.To is { } stop ? Max(cursor.Value, stop) : null;
                    if (cursor is null)
                    {
                        break;
                    }
                }

                if (cursor is { } rest && (to is null || rest < to))
                {
                    AddExpected(facts, deltas, sign, placement.OrganizationId, rest, to);
                }
            }
        }
    }

    /// <summary>One expected piece [<paramref name="from"/>, <paramref name="to"/>) of a member in <paramref name="cell"/>.</summary>
    private static void AddExpected(MemberHistoryFacts facts, Dictionary<(Guid, string, string, DateOnly), int> deltas, int sign, Guid cell, DateOnly from, DateOnly? to)
    {
        Bump(deltas, (cell, Roster, Counted, from), sign);
        if (to is { } stop)
        {
            Bump(deltas, (cell, Roster, Counted, stop), -sign);
        }
        else
        {
            Bump(deltas, (cell, RosterOpen, Counted, DateOnly.MinValue), sign);
        }

        foreach (var month in facts.ReviewedMonths ?? [])
        {
            var first = new DateOnly(month.Year, month.Month, 1);
            var next = first.AddMonths(1);
            var a = Max(from, first);
            var b = to is { } t && t < next ? t : next;
            if (b <= a)
            {
                continue;
            }

            var value = ReviewedValue(month.Year, month.Month);
            Bump(deltas, (cell, Reviewed, value, a), sign);
            Bump(deltas, (cell, Reviewed, value, b), -sign);
        }

        foreach (var document in facts.ReceivedDocuments ?? [])
        {
            var a = Max(from, document.On);
            if (to is { } end && end <= a)
            {
                continue;
            }

            var value = ReceivedValue(document.DocumentId);
            Bump(deltas, (cell, Received, value, a), sign);
            if (to is { } leaves)
            {
                Bump(deltas, (cell, Received, value, leaves), -sign);
            }
        }
    }

    /// <summary>The band limits strictly inside the segment (after <paramref name="from"/>, before <paramref name="to"/>), distinct and in order.</summary>
    private static int Cuts(ReadOnlySpan<DateOnly> ages, ReadOnlySpan<DateOnly> seniority, DateOnly from, DateOnly? to, Span<DateOnly> cuts)
    {
        var count = 0;
        foreach (var t in ages)
        {
            Cut(t, from, to, cuts, ref count);
        }

        foreach (var t in seniority)
        {
            Cut(t, from, to, cuts, ref count);
        }

        cuts[..count].Sort();
        return count;
    }

    private static void Cut(DateOnly t, DateOnly from, DateOnly? to, Span<DateOnly> cuts, ref int count)
    {
        if (t > from && t != DateOnly.MaxValue && (to is null || t < to) && !cuts[..count].Contains(t))
        {
            cuts[count++] = t;
        }
    }

    private const int MaxKeys = 9;

    private static int Keys(MemberHistoryFacts facts, MemberStatus status, DatedQualification qualification, int ageBand, int seniorityBand, (string, string)[] keys)
    {
        var n = 0;
        keys[n++] = (MembershipCounts.Status, status.ToString());
        keys[n++] = (MembershipCounts.Sex, facts.Sex.ToString());
        keys[n++] = (MembershipCounts.Ethnicity, facts.EthnicityCode);
        keys[n++] = (MembershipCounts.GeneralEducation, qualification.GeneralEducation.ToString());
        keys[n++] = (MembershipCounts.ProfessionalLevel, qualification.ProfessionalLevel.ToString());
        keys[n++] = (MembershipCounts.PoliticalTheoryLevel, qualification.PoliticalTheoryLevel.ToString());
        if (facts.IsProvincialCommitteeMember)
        {
            keys[n++] = (MembershipCounts.ProvincialCommittee, MembershipCounts.Yes);
        }

        if (ageBand < 4)
        {
            keys[n++] = (AgeBand, BandValue(ageBand));
        }

        if (seniorityBand < 4)
        {
            keys[n++] = (SeniorityBand, BandValue(seniorityBand));
        }

        return n;
    }

    /// <summary>The band of a day: how many of the limits it has reached.</summary>
    private static int Band(ReadOnlySpan<DateOnly> limits, DateOnly day)
    {
        var band = 0;
        foreach (var limit in limits)
        {
            if (day >= limit)
            {
                band++;
            }
        }

        return band;
    }

    private static readonly string[] BandValues = ["0", "1", "2", "3"];

    private static string BandValue(int band) => BandValues[band];

    private static void Bump(Dictionary<(Guid, string, string, DateOnly), int> deltas, (Guid, string, string, DateOnly) key, int delta)
    {
        // One look-up instead of a read and a write (issue 12, session 24: ~20 keys per imported member).
        ref var value = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(deltas, key, out _);
        value += delta;
        if (value == 0)
        {
            deltas.Remove(key);
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
