namespace PartyCommittee.Domain.Indicators;

/// <summary>Where a target stands.</summary>
public enum ProgressStatus
{
    /// <summary>The year's figure meets the target.</summary>
    Achieved,

    /// <summary>During the year, the figures so far meet it (flows: at the pace of the months covered).</summary>
    OnTrack,

    /// <summary>During the year, the figures so far fall short.</summary>
    AtRisk,

    /// <summary>The year's figure does not meet the target.</summary>
    Missed,

    /// <summary>No figure yet.</summary>
    NoData,
}

/// <summary>What is known of an indicator for a target's unit and year.</summary>
/// <param name="Value">The value (a rate, a count), or null.</param>
/// <param name="Previous">The previous year's value (for a decrease), or null.</param>
/// <param name="MonthsCovered">Months of the year the value covers (12 for the year's figure).</param>
/// <param name="IsFlow">True when the value accumulates over the year (jobs created), so a part-year value is projected.</param>
public sealed record Observation(decimal? Value, decimal? Previous, int MonthsCovered, bool IsFlow);

/// <summary>The assessment of a target: status, the rule that decided it, the figure compared.</summary>
/// <param name="Status">Where it stands.</param>
/// <param name="Rule">Code of the rule applied (see docs/indicators.md).</param>
/// <param name="Measured">The figure compared with the target (for a decrease: the points fallen; for a projected flow: the projection).</param>
public sealed record Assessment(ProgressStatus Status, string Rule, decimal? Measured);

/// <summary>
/// Decides where a target stands on a date. After the year (or with the year's figure) the target is achieved or
/// missed. During the year: a flow (jobs) is projected at the pace of the months covered (value × 12 / months); a
/// stock or rate is compared as it stands. A decrease compares with the previous year's figure.
/// </summary>
public static class TargetProgress
{
    public static Assessment Assess(ResolutionTarget target, Observation observation, DateOnly asOf)
    {
        if (observation.Value is not { } value)
        {
            return new Assessment(ProgressStatus.NoData, "progress.no_data", null);
        }

        decimal measured;
        if (target.Kind == TargetKind.DecreaseByPoints)
        {
            if (observation.Previous is not { } previous)
            {
                return new Assessment(ProgressStatus.NoData, "progress.no_previous_year", null);
            }

            measured = previous - value;
        }
        else
        {
            measured = value;
        }

        var yearOver = asOf > new DateOnly(target.Year, 12, 31);
        var final = observation.MonthsCovered >= 12;
        if (final)
        {
            return target.IsMetBy(measured)
                ? new Assessment(ProgressStatus.Achieved, "progress.year_met", measured)
                : new Assessment(ProgressStatus.Missed, "progress.year_not_met", measured);
        }

        if (observation.IsFlow && target.Kind is TargetKind.AtLeast or TargetKind.Range)
        {
            var projected = decimal.Round(measured * 12m / Math.Max(1, observation.MonthsCovered), 2);
            var onPace = target.IsMetBy(projected);
            return new Assessment(
                onPace ? ProgressStatus.OnTrack : ProgressStatus.AtRisk,
                yearOver ? "progress.year_figure_missing" : onPace ? "progress.pace_on_track" : "progress.pace_behind",
                projected);
        }

        var meets = target.IsMetBy(measured);
        return new Assessment(
            meets ? ProgressStatus.OnTrack : ProgressStatus.AtRisk,
            yearOver ? "progress.year_figure_missing" : meets ? "progress.so_far_met" : "progress.so_far_not_met",
            measured);
    }
}
