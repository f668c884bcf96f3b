using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace PartyCommittee.Application.Common.Diagnostics;

/// <summary>
/// Times the sections of a long read (the statistics), one Debug log line per section: enable with
/// <c>Logging__LogLevel__PartyCommittee.Application.Common.Diagnostics=Debug</c> to see where a request spends its time.
/// </summary>
public sealed partial class SectionTimer(ILogger logger, string name)
{
    private readonly Stopwatch watch = Stopwatch.StartNew();

    /// <summary>Logs the time since the previous lap (or the start) under <paramref name="section"/>, and restarts.</summary>
    public void Lap(string section)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            Log(logger, name, section, watch.Elapsed.TotalMilliseconds);
        }

        watch.Restart();
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "{Statistics}: section {Section} took {ElapsedMs:0.0} ms")]
    private static partial void Log(ILogger logger, string statistics, string section, double elapsedMs);
}
