using Microsoft.EntityFrameworkCore;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Statistics;

/// <summary>The figures a campaign's line is counted by (<see cref="RatingLineCount"/>), as the line stores them (an empty text read as null).</summary>
internal readonly record struct RatingLineKey(
    Guid CampaignId, Guid CellId, bool Rated, NotRatedReason? NotRatedReason, EvaluationLevel? DecidedLevel, EvaluationLevel? ProposedLevel, string? TaskGroup, string? CapCodes)
{
    /// <summary>The key with an empty task group or caps read as none, as the counts store them.</summary>
    public RatingLineKey Normalized() => this with { TaskGroup = string.IsNullOrEmpty(TaskGroup) ? null : TaskGroup, CapCodes = string.IsNullOrEmpty(CapCodes) ? null : CapCodes };
}

/// <summary>The reads of the campaigns' line counts (ADR 0110).</summary>
internal static class RatingLineCounts
{
    /// <summary>
    /// The lines of the counts <paramref name="counts"/> selects, per key, less <paramref name="less"/> (lines counted
    /// otherwise: the corrected ones, whose level depends on the day). A line subtracted under a key the counts spell
    /// differently (SQL Server compares the task group without case) stays a negative count of its own key: every sum
    /// over the keys is the same.
    /// </summary>
    public static async Task<Dictionary<RatingLineKey, int>> CountedAsync(IQueryable<RatingLineCount> counts, IEnumerable<RatingLineKey> less, CancellationToken cancellationToken)
    {
        var rows = await counts.Where(c => c.Count != 0)
            .Select(c => new { c.CampaignId, c.CellId, c.Rated, c.NotRatedReason, c.DecidedLevel, c.ProposedLevel, c.TaskGroup, c.CapCodes, c.Count })
            .ToListAsync(cancellationToken);
        var counted = new Dictionary<RatingLineKey, int>(rows.Count);
        foreach (var row in rows)
        {
            Add(counted, new RatingLineKey(
                row.CampaignId,
                row.CellId,
                row.Rated,
                RatingLineCount.Parse<NotRatedReason>(row.NotRatedReason),
                RatingLineCount.Parse<EvaluationLevel>(row.DecidedLevel),
                RatingLineCount.Parse<EvaluationLevel>(row.ProposedLevel),
                RatingLineCount.Text(row.TaskGroup),
                RatingLineCount.Text(row.CapCodes)), row.Count);
        }

        foreach (var key in less)
        {
            Add(counted, key.Normalized(), -1);
        }

        return counted;
    }

    private static void Add(Dictionary<RatingLineKey, int> counted, RatingLineKey key, int count)
    {
        var sum = counted.GetValueOrDefault(key) + count;
        if (sum == 0)
        {
            counted.Remove(key);
        }
        else
        {
            counted[key] = sum;
        }
    }
}
