using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Application.Calendar;

/// <summary>
/// A stored calendar day: a day off the government announced (a holiday, a swapped or bridging day), which does not
/// count as a working day, or a day declared a working day (a computed holiday moved elsewhere, a Saturday worked in
/// exchange). The statutory holidays are computed and not stored (see <c>GET /api/v1/calendar/days-off?year=</c>).
/// </summary>
/// <param name="Id">Identifier.</param>
/// <param name="Date">The day off.</param>
/// <param name="NameVi">Vietnamese name, e.g. "Tết Nguyên đán".</param>
/// <param name="NameEn">English name, e.g. "Lunar New Year".</param>
/// <param name="Kind">DAY_OFF (the default) or WORKING_DAY.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record HolidayDto(Guid Id, DateOnly Date, string NameVi, string NameEn, CalendarEntryKind Kind, long Version, DateTime CreatedAt, DateTime UpdatedAt) : IVersioned
{
    public static HolidayDto From(PublicHoliday h) => new(h.Id, h.Date, h.NameVi, h.NameEn, h.Kind, h.Version, h.CreatedAt, h.UpdatedAt);
}
