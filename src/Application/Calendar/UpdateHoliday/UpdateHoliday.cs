using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;

namespace PartyCommittee.Application.Calendar.UpdateHoliday;

/// <summary>The fields of a public holiday (PUT replaces them all).</summary>
/// <param name="Date">The day off; one holiday per date.</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
public sealed record HolidayUpdate(
    [property: Required] DateOnly? Date,
    [property: Required] string? NameVi,
    [property: Required] string? NameEn);

public sealed record UpdateHolidayCommand(Guid Id, long ExpectedVersion, HolidayUpdate Update) : ICommand<HolidayDto>;

public sealed class UpdateHolidayValidator : AbstractValidator<UpdateHolidayCommand>
{
    public UpdateHolidayValidator()
    {
        RuleFor(c => c.Update.Date).ValidHolidayDate().OverridePropertyName("date");
        RuleFor(c => c.Update.NameVi).ValidHolidayName().OverridePropertyName("nameVi");
        RuleFor(c => c.Update.NameEn).ValidHolidayName().OverridePropertyName("nameEn");
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
        await db.SaveChangesAsync(cancellationToken);
        return HolidayDto.From(holiday);
    }
}
