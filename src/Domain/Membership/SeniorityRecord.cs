using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>A status period as the status and seniority rules read it: from <see cref="StartsOn"/> to the day before <see cref="EndsOn"/> (null: open).</summary>
public interface IStatusPeriodFacts
{
    MemberStatus Status { get; }

    DateOnly StartsOn { get; }

    /// <summary>The day the next status began; null for the current status.</summary>
    DateOnly? EndsOn { get; }
}

/// <summary>A recorded period outside the party (both days included); only a gap still in force is not counted.</summary>
public interface ISeniorityGapFacts
{
    DateOnly StartsOn { get; }

    DateOnly EndsOn { get; }

    bool IsInForce { get; }
}

/// <summary>An exemption, reduction or suspension (both days included; null end: open).</summary>
public interface IMemberConditionFacts
{
    MemberConditionKind Kind { get; }

    DateOnly StartsOn { get; }

    DateOnly? EndsOn { get; }
}

/// <summary>
/// What a member's status on a day, his party seniority and his suspensions are read from: his whole record
/// (<see cref="PartyMember"/>), or only these rows read for many members at once (the badge eligibility list, ADR 0073).
/// The rules are written once, in <see cref="SeniorityRules"/>, for both.
/// </summary>
public interface ISeniorityRecord
{
    /// <summary>The current status.</summary>
    MemberStatus Status { get; }

    DateOnly AdmissionDecisionDate { get; }

    IReadOnlyList<IStatusPeriodFacts> StatusPeriods { get; }

    IReadOnlyList<ISeniorityGapFacts> Gaps { get; }

    IReadOnlyList<IMemberConditionFacts> ConditionPeriods { get; }
}

/// <summary>The status on a day, party seniority and suspensions of an <see cref="ISeniorityRecord"/>.</summary>
public static class SeniorityRules
{
    /// <summary>The status in force on <paramref name="date"/> (the latest period holding the day), or null before the first.</summary>
    public static MemberStatus? StatusOn(ISeniorityRecord record, DateOnly date) => PeriodOn(record, date)?.Status;

    /// <summary>True when a suspension covers <paramref name="date"/>.</summary>
    public static bool IsSuspendedOn(ISeniorityRecord record, DateOnly date) =>
        record.ConditionPeriods.Any(c => c.Kind == MemberConditionKind.Suspension && new DateRange(c.StartsOn, c.EndsOn).Contains(date));

    /// <summary>Whole years of party seniority on <paramref name="date"/> (0 when there is none: probationary, not a member).</summary>
    public static int SeniorityYearsOn(ISeniorityRecord record, DateOnly date) => SeniorityOn(record, date)?.Years ?? 0;

    /// <summary>Party seniority on <paramref name="date"/>; see <see cref="PartyMember.SeniorityOn"/>.</summary>
    public static Seniority? SeniorityOn(ISeniorityRecord record, DateOnly date)
    {
        var period = PeriodOn(record, date);
        if (period is null || period.Status == MemberStatus.Probationary || date < record.AdmissionDecisionDate)
        {
            return null;
        }

        var until = date;
        if (!MemberStatusRules.IsActive(period.Status))
        {
            // Left on the first day of the period in force on the date; a former probationary member has no seniority.
            var before = record.StatusPeriods.Where(p => p.StartsOn < period.StartsOn).MaxBy(p => p.StartsOn);
            if (before is null || before.Status == MemberStatus.Probationary)
            {
                return null;
            }

            until = period.StartsOn;
        }

        var excluded = ExcludedDays(record, until);
        var from = record.AdmissionDecisionDate.AddDays(excluded);
        var months = PartyMember.MonthsBetween(from, until);
        return new Seniority(months / 12, months % 12, months, record.AdmissionDecisionDate, excluded, until);
    }

    /// <summary>The status period in force on <paramref name="date"/>: the latest holding the day (a zero-length one holds its first day).</summary>
    private static IStatusPeriodFacts? PeriodOn(ISeniorityRecord record, DateOnly date) =>
        record.StatusPeriods.Where(p => Periods.Of(p.StartsOn, p.EndsOn).Contains(date)).MaxBy(p => p.StartsOn);

    /// <summary>Days outside the party before <paramref name="until"/>: closed removal and expulsion periods, and the recorded gaps in force.</summary>
    public static int ExcludedDays(ISeniorityRecord record, DateOnly until)
    {
        var days = 0;
        foreach (var period in record.StatusPeriods.Where(p => MemberStatusRules.LeftTheParty(p.Status) && p.EndsOn is not null && p.StartsOn < until))
        {
            var end = period.EndsOn!.Value < until ? period.EndsOn.Value : until;
            days += end.DayNumber - period.StartsOn.DayNumber;
        }

        foreach (var gap in record.Gaps.Where(g => g.IsInForce && g.StartsOn < until))
        {
            var last = gap.EndsOn < until ? gap.EndsOn : until.AddDays(-1);
            days += last.DayNumber - gap.StartsOn.DayNumber + 1;
        }

        return days;
    }
}
