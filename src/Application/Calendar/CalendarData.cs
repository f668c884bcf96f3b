using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Application.Calendar;

/// <summary>The sets of the calendar module, named on the data seam.</summary>
public static class CalendarData
{
    extension(IAppDbContext db)
    {
        public DbSet<PublicHoliday> PublicHolidays => db.Set<PublicHoliday>();
    }
}
