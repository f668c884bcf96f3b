using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Application.Calendar.UpdateHoliday;

/// <summary>The fields of a public holiday (PUT replaces them all).</summary>
/// <param name="Date">The day off; one holiday per date.</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Kind">DAY_OFF or WORKING_DAY; unchanged when left out.</param>
public sealed record HolidayUpdate(
    [property: Required] DateOnly? Date,
    [property: Required] string? NameVi,
    [property: Required] string? NameEn,
    CalendarEntryKind? Kind = null);

public sealed record UpdateHolidayCommand(Guid Id, long ExpectedVersion, HolidayUpdate Update) : ICommand<HolidayDto>;

public sealed class UpdateHolidayValidator : AbstractValidator<UpdateHolidayCommand>
{
    public UpdateHolidayValidator()
    {
        RuleFor(c => c.Update.Date).ValidHolidayDate().OverridePropertyName("date");
        RuleFor(c => c.Update.NameVi).ValidHolidayName().OverridePropertyName("nameVi");
        RuleFor(c => c.Update.NameEn).ValidHolidayName().OverridePropertyName("nameEn");
        RuleFor(c => c.Update.Kind).IsDefinedEnum().OverridePropertyName("kind");
    }
}

public sealed class UpdateHolidayHandler(IAppDbContext db) : ICommandHandler<UpdateHolidayCommand, HolidayDto>
{
    public async ValueTask<HolidayDto> Handle(UpdateHolidayCommand command, CancellationToken cancellationToken)
    {
        var holiday = await db.LoadHolidayAsync(command.Id, cancellationToken);
        holiday.EnsureVersion(command.ExpectedVersion);
        var date = command.Update.Date!.Value;
        if (date != holiday.Date)
        {
            await db.EnsureDateFreeAsync(date, holiday.Id, cancellationToken);
            holiday.Reschedule(date);
        }

        holiday.Rename(command.Update.NameVi!, command.Update.NameEn!);
        if (command.Update.Kind is { } kind)
        {
            holiday.Declare(kind);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ForgetWorkingDayCalendar();
        return HolidayDto.From(holiday);
    }
}
