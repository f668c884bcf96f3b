using Mediator;
using PartyCommittee.Application.Common.Abstractions;

namespace PartyCommittee.Application.Calendar.DeleteHoliday;

/// <summary>Removes a stored calendar day: the date follows the computed calendar again.</summary>
public sealed record DeleteHolidayCommand(Guid Id, long ExpectedVersion) : ICommand;

public sealed class DeleteHolidayHandler(IAppDbContext db) : ICommandHandler<DeleteHolidayCommand>
{
    public async ValueTask<Unit> Handle(DeleteHolidayCommand command, CancellationToken cancellationToken)
    {
        var holiday = await db.LoadHolidayAsync(command.Id, cancellationToken);
        holiday.EnsureVersion(command.ExpectedVersion);
        db.PublicHolidays.Remove(holiday);
        await db.SaveChangesAsync(cancellationToken);
        db.ForgetWorkingDayCalendar();
        return Unit.Value;
    }
}
