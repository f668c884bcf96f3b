namespace PartyCommittee.Domain.Membership;

/// <summary>
/// One dated change of the membership counts (ADR 0030, "Built: dated counts"): on <see cref="Day"/>, the number of
/// members of <see cref="OrganizationId"/> counted with <see cref="Value"/> in <see cref="Dimension"/> changed by
/// <see cref="Delta"/>. The count of any date D is the sum of the changes on or before D. Derived data, kept equal to
/// the dated history (status periods, placements, qualification periods) and the member columns the recount reads,
/// in the save that changes them (relative increments). <see cref="MembershipCountChanges.Everywhere"/> holds the
/// changes of the whole register, so a register-wide figure reads one organisation's rows.
/// </summary>
public sealed class MembershipCountChange
{
    public MembershipCountChange(Guid organizationId, string dimension, string value, DateOnly day, int delta)
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

/// <summary>A period of a member's history as the recount reads it: in force from <c>From</c> to the day before <c>To</c>.</summary>
public readonly record struct DatedPlacement(Guid OrganizationId, DateOnly From, DateOnly? To);

/// <summary>A status period, as stored (<see cref="MemberStatusPeriod"/>).</summary>
public readonly record struct DatedStatus(MemberStatus Status, DateOnly From, DateOnly? To);

/// <summary>A qualification period, as stored (<see cref="MemberQualificationPeriod"/>).</summary>
public readonly record struct DatedQualification(
    GeneralEducation GeneralEducation, ProfessionalLevel ProfessionalLevel, PoliticalTheoryLevel PoliticalTheoryLevel, DateOnly From, DateOnly? To);

/// <summary>What the historical recount reads of one member: the undated columns and the three dated histories.</summary>
public sealed record MemberHistoryFacts(
    Sex Sex,
    string EthnicityCode,
    DateOnly DateOfBirth,
    DateOnly SeniorityCountedFrom,
    bool IsProvincialCommitteeMember,
    IReadOnlyList<DatedPlacement> Placements,
    IReadOnlyList<DatedStatus> Statuses,
    IReadOnlyList<DatedQualification> Qualifications);

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
    public static void Add(MemberHistoryFacts facts, Dictionary<(Guid, string, string, DateOnly), int> deltas, int sign)
    {
        var ages = AgeLimits.Select(n => Reached(facts.DateOfBirth, n)).ToArray();
        var seniority = SeniorityLimits.Select(n => Reached(facts.SeniorityCountedFrom, n)).ToArray();
        foreach (var placement in facts.Placements)
        {
            foreach (var status in facts.Statuses.Where(s => MembershipLabels.IsCounted(s.Status)))
            {
                foreach (var qualification in facts.Qualifications)
                {
                    var from = Max(Max(placement.From, status.From), qualification.From);
                    var to = Min(Min(placement.To, status.To), qualification.To);
                    if (to is { } end && end <= from)
                    {
                        continue;
                    }

                    var full = status.Status != MemberStatus.Probationary;
                    var cuts = ages.Concat(full ? seniority : []).Where(t => t > from && t != DateOnly.MaxValue && (to is null || t < to)).Distinct().Order().ToList();
                    var start = from;
                    for (var i = 0; i <= cuts.Count; i++)
                    {
                        DateOnly? stop = i < cuts.Count ? cuts[i] : to;
                        foreach (var (dimension, value) in Keys(facts, status.Status, qualification, Band(ages, start), full ? Band(seniority, start) : 4))
                        {
                            foreach (var organization in new[] { placement.OrganizationId, Everywhere })
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
    }

    private static IEnumerable<(string Dimension, string Value)> Keys(MemberHistoryFacts facts, MemberStatus status, DatedQualification qualification, int ageBand, int seniorityBand)
    {
        yield return (MembershipCounts.Status, status.ToString());
        yield return (MembershipCounts.Sex, facts.Sex.ToString());
        yield return (MembershipCounts.Ethnicity, facts.EthnicityCode);
        yield return (MembershipCounts.GeneralEducation, qualification.GeneralEducation.ToString());
        yield return (MembershipCounts.ProfessionalLevel, qualification.ProfessionalLevel.ToString());
        yield return (MembershipCounts.PoliticalTheoryLevel, qualification.PoliticalTheoryLevel.ToString());
        if (facts.IsProvincialCommitteeMember)
        {
            yield return (MembershipCounts.ProvincialCommittee, MembershipCounts.Yes);
        }

        if (ageBand < 4)
        {
            yield return (AgeBand, BandValue(ageBand));
        }

        if (seniorityBand < 4)
        {
            yield return (SeniorityBand, BandValue(seniorityBand));
        }
    }

    /// <summary>The band of a day: how many of the limits it has reached.</summary>
    private static int Band(DateOnly[] limits, DateOnly day) => limits.Count(l => day >= l);

    private static readonly string[] BandValues = ["0", "1", "2", "3"];

    private static string BandValue(int band) => BandValues[band];

    private static void Bump(Dictionary<(Guid, string, string, DateOnly), int> deltas, (Guid, string, string, DateOnly) key, int delta)
    {
        var value = deltas.GetValueOrDefault(key) + delta;
        if (value == 0)
        {
            deltas.Remove(key);
        }
        else
        {
            deltas[key] = value;
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
