using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Api.Tests.Evaluation.Ratings;

/// <summary>
/// The campaigns' line counts (ADR 0110) against a recount of the lines: every line grouped by its figures, the
/// nullable ones read as the counts store them (an empty text for none).
/// </summary>
public static class RatingLineCountsReference
{
    /// <summary>The counts kept (non-zero), as "figures: count" in key order.</summary>
    public static Task<List<string>> CountsAsync(ApiFactory factory) => factory.WithDbAsync(async db =>
        (await db.Set<RatingLineCount>().AsNoTracking().Where(c => c.Count != 0).ToListAsync())
            .Select(c => $"{Key(c.CampaignId, c.CellId, c.Rated, c.NotRatedReason, c.DecidedLevel, c.ProposedLevel, c.TaskGroup, c.CapCodes)}: {c.Count}")
            .Order(StringComparer.Ordinal)
            .ToList());

    /// <summary>The lines recounted, in the same form as <see cref="CountsAsync"/>.</summary>
    public static Task<List<string>> RecountAsync(ApiFactory factory) => factory.WithDbAsync(async db =>
        (await db.Set<MemberRating>().AsNoTracking()
            .GroupBy(r => new { r.CampaignId, r.CellId, r.Rated, r.NotRatedReason, r.DecidedLevel, r.ProposedLevel, r.TaskGroup, r.CapCodes })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync())
            .GroupBy(g => Key(
                g.Key.CampaignId, g.Key.CellId, g.Key.Rated, g.Key.NotRatedReason?.ToString() ?? string.Empty, g.Key.DecidedLevel?.ToString() ?? string.Empty,
                g.Key.ProposedLevel?.ToString() ?? string.Empty, g.Key.TaskGroup ?? string.Empty, g.Key.CapCodes ?? string.Empty), StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Sum(x => x.Count)}")
            .Order(StringComparer.Ordinal)
            .ToList());

    /// <summary>The keys whose count differs from the recount (either side), empty when they are equal.</summary>
    public static async Task<List<string>> MismatchesAsync(ApiFactory factory)
    {
        var kept = await CountsAsync(factory);
        var recounted = await RecountAsync(factory);
        recounted.ShouldNotBeEmpty();
        return [.. kept.Except(recounted).Select(k => "kept " + k).Concat(recounted.Except(kept).Select(r => "lines " + r))];
    }

    private static string Key(Guid campaignId, Guid cellId, bool rated, string reason, string decided, string proposed, string taskGroup, string capCodes) =>
        $"{campaignId}|{cellId}|{rated}|{reason}|{decided}|{proposed}|{taskGroup}|{capCodes}";
}
