using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Application.Calendar;

/// <summary>A weekday that is not a working day, and why.</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">STATUTORY (a holiday of the Labour Code), COMPENSATORY (the day in lieu of a holiday on a weekend) or ANNOUNCED (a stored day off).</param>
/// <param name="NameVi">Vietnamese name, e.g. "Tết Nguyên đán".</param>
/// <param name="NameEn">English name.</param>
/// <param name="RuleSet">Code of the rule set that gives it (see <c>GET /api/v1/rule-sets</c>, kind <c>calendar.public_holidays</c>); null for an announced day.</param>
public sealed record DayOffDto(DateOnly Date, DayOffKind Kind, string NameVi, string NameEn, string? RuleSet)
{
    public static DayOffDto From(DayOff day) => new(day.Date, day.Kind, day.Name.Vi, day.Name.En, day.RuleSetCode);
}
