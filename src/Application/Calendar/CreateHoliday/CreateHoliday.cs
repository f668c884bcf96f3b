using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Application.Calendar.CreateHoliday;

/// <summary>Adds a public holiday or official day off to the working-day calendar.</summary>
/// <param name="Date">The day off; one holiday per date.</param>
/// <param name="NameVi">Vietnamese name, e.g. "Tết Nguyên đán".</param>
/// <param name="NameEn">English name, e.g. "Lunar New Year".</param>
public sealed record CreateHolidayCommand(
    [property: Required] DateOnly? Date,
    [property: Required] string? NameVi,
    [property: Required] string? NameEn) : ICommand<HolidayDto>;

public sealed class CreateHolidayValidator : AbstractValidator<CreateHolidayCommand>
{
    public CreateHolidayValidator()
    {
        RuleFor(c => c.Date).ValidHolidayDate();
        RuleFor(c => c.NameVi).ValidHolidayName();
        RuleFor(c => c.NameEn).ValidHolidayName();
    }
}

public sealed class CreateHolidayHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<CreateHolidayCommand, HolidayDto>
{
    public async ValueTask<HolidayDto> Handle(CreateHolidayCommand command, CancellationToken cancellationToken)
    {
        var date = command.Date!.Value;
        await db.EnsureDateFreeAsync(date, null, cancellationToken);
        var holiday = new PublicHoliday(Guid.CreateVersion7(time.GetUtcNow()), date, command.NameVi!, command.NameEn!);
        db.PublicHolidays.Add(holiday);
        await db.SaveChangesAsync(cancellationToken);
        return HolidayDto.From(holiday);
    }
}
