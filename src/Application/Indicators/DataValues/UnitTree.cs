using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.DataValues;

/// <summary>
/// The dated tree of administrative units, loaded once (a province has a few hundred units; the country about ten
/// thousand): which units exist for a period, and whether one lies under another at the period's end.
/// </summary>
public sealed class UnitTree
{
    private readonly Dictionary<string, List<ReportingUnit>> versions;

    private UnitTree(IEnumerable<ReportingUnit> units) =>
        versions = units.GroupBy(u => u.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(u => u.ValidFrom).ToList(), StringComparer.Ordinal);

    public static async Task<UnitTree> LoadAsync(IAppDbContext db, CancellationToken cancellationToken) =>
        new(await db.ReportingUnits.AsNoTracking().ToListAsync(cancellationToken));

    public bool Exists(string code) => versions.ContainsKey(code);

    public ReportingUnit? At(string code, ReportingPeriod period) =>
        versions.TryGetValue(code, out var list) ? list.LastOrDefault(u => u.IsValidFor(period)) : null;

    public bool IsValid(string code, ReportingPeriod period) => At(code, period) is not null;

    /// <summary>True when <paramref name="code"/> is <paramref name="root"/> or lies under it at the end of <paramref name="period"/>.</summary>
    public bool IsWithin(string code, string root, ReportingPeriod period)
    {
        var current = code;
        for (var depth = 0; depth < 8 && current is not null; depth++)
        {
            if (current == root)
            {
                return true;
            }

            current = At(current, period)?.ParentCode;
        }

        return false;
    }

    /// <summary>The units directly under <paramref name="code"/> at the end of <paramref name="period"/>.</summary>
    public IEnumerable<string> ChildrenOf(string code, ReportingPeriod period) =>
        versions.Values.Select(list => list.LastOrDefault(u => u.IsValidFor(period))).Where(u => u?.ParentCode == code).Select(u => u!.Code);
}
