using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Calendar.CreateHoliday;

/// <summary>Adds an announced day to the working-day calendar: a day off, or a day declared a working day.</summary>
/// <param name="Date">The day off; one holiday per date.</param>
/// <param name="NameVi">Vietnamese name, e.g. "Tết Nguyên đán".</param>
/// <param name="NameEn">English name, e.g. "Lunar New Year".</param>
/// <param name="Kind">DAY_OFF (the default) or WORKING_DAY (the date is worked: a computed holiday moved, a Saturday worked in exchange).</param>
public sealed record CreateHolidayCommand(
    [property: Required] DateOnly? Date,
    [property: Required] string? NameVi,
    [property: Required] string? NameEn,
    CalendarEntryKind? Kind = null) : ICommand<HolidayDto>;

public sealed class CreateHolidayValidator : AbstractValidator<CreateHolidayCommand>
{
    public CreateHolidayValidator()
    {
        RuleFor(c => c.Date).ValidHolidayDate();
        RuleFor(c => c.NameVi).ValidHolidayName();
        RuleFor(c => c.NameEn).ValidHolidayName();
        RuleFor(c => c.Kind).IsDefinedEnum();
    }
}

public sealed class CreateHolidayHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<CreateHolidayCommand, HolidayDto>
{
    public async ValueTask<HolidayDto> Handle(CreateHolidayCommand command, CancellationToken cancellationToken)
    {
        var date = command.Date!.Value;
        await db.EnsureDateFreeAsync(date, null, cancellationToken);
        var holiday = new PublicHoliday(Ids.NewVersion7(time.GetUtcNow()), date, command.NameVi!, command.NameEn!, command.Kind ?? CalendarEntryKind.DayOff);
        db.PublicHolidays.Add(holiday);
        await db.SaveChangesAsync(cancellationToken);
        db.ForgetWorkingDayCalendar();
        return HolidayDto.From(holiday);
    }
}
