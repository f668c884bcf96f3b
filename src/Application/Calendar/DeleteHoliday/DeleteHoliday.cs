using Mediator;
using PartyCommittee.Application.Common.Abstractions;

namespace PartyCommittee.Application.Calendar.DeleteHoliday;

/// <summary>Removes a public holiday: the day becomes a working day again (if it is a weekday).</summary>
public sealed record DeleteHolidayCommand(Guid Id, long ExpectedVersion) : ICommand;

public sealed class DeleteHolidayHandler(IAppDbContext db) : ICommandHandler<DeleteHolidayCommand>
{
    public async ValueTask<Unit> Handle(DeleteHolidayCommand command, CancellationToken cancellationToken)
    {
        var holiday = await db.LoadHolidayAsync(command.Id, cancellationToken);
        holiday.EnsureVersion(command.ExpectedVersion);
        db.PublicHolidays.Remove(holiday);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
