using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Domain.Membership.Admission;

/// <summary>
/// A statutory period running for a case: the step it waits for, from when the period counts, how many working days
/// it lasts under <see cref="RuleSet"/>, and (for recognition) the first day the step may be taken.
/// </summary>
/// <param name="Step">The step awaited: committee decision, ceremony or recognition as a full member.</param>
/// <param name="StartsOn">The day the period starts (not counted): the resolution, the receipt of the decision, the end of probation, or the cell's recognition resolution.</param>
/// <param name="WorkingDays">Length of the period in working days, a special extension included.</param>
/// <param name="AvailableFrom">First day the step may be taken (the end of probation for recognition), if restricted.</param>
/// <param name="RuleSet">The rule set that fixes the period: the one in force on the day of the step that starts it.</param>
public sealed record AdmissionPeriod(AdmissionStep Step, DateOnly StartsOn, int WorkingDays, DateOnly? AvailableFrom, AdmissionRuleSet RuleSet)
{
    /// <summary>The last day the step may be taken.</summary>
    public DateOnly DueDate(WorkingDayCalendar calendar) => calendar.AddWorkingDays(StartsOn, WorkingDays);

    /// <summary>Working days a step taken on <paramref name="date"/> is late (0 when on or before the due date).</summary>
    public int WorkingDaysLate(WorkingDayCalendar calendar, DateOnly date) =>
        Math.Max(0, -calendar.WorkingDaysLeft(date, DueDate(calendar)));
}

/// <summary>A step recorded on a case, with the rule set applied to it.</summary>
/// <param name="Step">Which step.</param>
/// <param name="Date">Its date.</param>
/// <param name="DocumentNumber">Number of the certificate, resolution or decision, if any.</param>
/// <param name="RuleSet">The rule set in force on the step's date (null only for an informational step dated before every modelled rule set).</param>
/// <param name="SponsorId">For a sponsor step, the sponsor.</param>
public sealed record AdmissionStepRecord(AdmissionStep Step, DateOnly Date, string? DocumentNumber, AdmissionRuleSet? RuleSet, Guid? SponsorId = null)
{
    /// <summary>For a step with a time limit, the working days it came after its due date (0 when on time).</summary>
    public int? WorkingDaysLate { get; init; }
}
