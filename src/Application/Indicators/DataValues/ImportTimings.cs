using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PartyCommittee.Application.Indicators.DataValues;

/// <summary>
/// Where an import run's time goes (issue 11, the profile behind <c>ImportJobs:Profile</c>): elapsed time per phase,
/// summed over the run's batches. Off by default; when a run sets <see cref="Current"/>, the importer and the bulk
/// writer add their phases to it (it flows with the run's async context), and the run logs it at its end.
/// </summary>
public sealed class ImportTimings
{
    private static readonly AsyncLocal<ImportTimings?> Ambient = new();
    private readonly Dictionary<string, long> ticks = new(StringComparer.Ordinal);
    private readonly List<string> order = [];
    private readonly long started = Stopwatch.GetTimestamp();

    /// <summary>The run's timings, or null when the run is not profiled.</summary>
    public static ImportTimings? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>A timestamp to pass to <see cref="Add"/> (0 when not profiled: nothing is measured).</summary>
    public static long Start() => Ambient.Value is null ? 0 : Stopwatch.GetTimestamp();

    /// <summary>Adds the time since <paramref name="since"/> to <paramref name="phase"/>; returns now (the next phase's start).</summary>
    public static long Add(string phase, long since)
    {
        if (Ambient.Value is not { } timings || since == 0)
        {
            return 0;
        }

        var now = Stopwatch.GetTimestamp();
        lock (timings.ticks)
        {
            if (!timings.ticks.TryAdd(phase, now - since))
            {
                timings.ticks[phase] += now - since;
            }
            else
            {
                timings.order.Add(phase);
            }
        }

        return now;
    }

    /// <summary>One line: each phase's seconds and share of the run, then the run's total.</summary>
    public override string ToString()
    {
        var total = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var text = new StringBuilder();
        lock (ticks)
        {
            foreach (var phase in order)
            {
                var seconds = (double)ticks[phase] / Stopwatch.Frequency;
                text.Append(CultureInfo.InvariantCulture, $"{phase} {seconds:0.000} s ({100 * seconds / total:0}%); ");
            }
        }

        return text.Append(CultureInfo.InvariantCulture, $"run {total:0.000} s").ToString();
    }
}
