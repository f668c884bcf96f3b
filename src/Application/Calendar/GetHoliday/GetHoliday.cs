using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;

namespace PartyCommittee.Application.Calendar.GetHoliday;

public sealed record GetHolidayQuery(Guid Id) : IQuery<HolidayDto>;

public sealed class GetHolidayHandler(IAppDbContext db) : IQueryHandler<GetHolidayQuery, HolidayDto>
{
    public async ValueTask<HolidayDto> Handle(GetHolidayQuery query, CancellationToken cancellationToken)
    {
        var holiday = await db.PublicHolidays.AsNoTracking().FirstOrDefaultAsync(h => h.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("calendar.holiday_not_found", "Public holiday", query.Id);
        return HolidayDto.From(holiday);
    }
}
