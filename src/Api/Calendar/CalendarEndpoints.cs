using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Calendar.CreateHoliday;
using PartyCommittee.Application.Calendar.DeleteHoliday;
using PartyCommittee.Application.Calendar.GetCalendarYear;
using PartyCommittee.Application.Calendar.GetHoliday;
using PartyCommittee.Application.Calendar.GetWorkingDay;
using PartyCommittee.Application.Calendar.ListHolidays;
using PartyCommittee.Application.Calendar.UpdateHoliday;
using PartyCommittee.Application.Common.Paging;

namespace PartyCommittee.Api.Calendar;

/// <summary>/api/v1/calendar: the public holidays that deadlines counted in working days skip.</summary>
[EndpointTag("Calendar", "Public holidays (computed from the Labour Code, lunar ones included, plus the days the government announces) and working days, which statutory deadlines count.")]
public sealed class CalendarEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api) => MapCalendar(api.MapGroup("/calendar").WithTags("Calendar"));

    private static void MapCalendar(RouteGroupBuilder group)
    {
        group.MapGet("/holidays", ListHolidays)
            .WithName("ListPublicHolidays")
            .WithSummary("List the stored calendar days (announced days off and declared working days)")
            .WithDescription("The days the government announced, which override the computed statutory holidays (see /calendar/days-off?year= for the whole calendar). Optionally of one year; sorted by date ('-date' for descending).")
            .RequireAuthorization(Policies.ReferenceRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);

        group.MapGet("/holidays/{id:guid}", GetHoliday)
            .WithName("GetPublicHoliday")
            .WithSummary("Get one public holiday")
            .WithDescription("Returns the ETag to send back in If-Match; honours If-None-Match (304).")
            .RequireAuthorization(Policies.ReferenceRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/holidays", CreateHoliday)
            .WithName("CreatePublicHoliday")
            .WithSummary("Add an announced day to the working-day calendar")
            .WithDescription("A day off (kind DAY_OFF, the default: statutory deadlines skip it) or a day declared a working day (kind WORKING_DAY: a computed holiday moved elsewhere, a Saturday worked in exchange). One entry per date (409 calendar.holiday_exists). Statutory holidays are computed and need no entry.")
            .RequireAuthorization(Policies.CalendarWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict);

        group.MapPut("/holidays/{id:guid}", UpdateHoliday)
            .WithName("UpdatePublicHoliday")
            .WithSummary("Update a public holiday (If-Match required)")
            .RequireAuthorization(Policies.CalendarWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        group.MapDelete("/holidays/{id:guid}", DeleteHoliday)
            .WithName("DeletePublicHoliday")
            .WithSummary("Delete a public holiday (If-Match required)")
            .RequireAuthorization(Policies.CalendarWrite)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapGet("/days-off", CalendarYear)
            .WithName("GetCalendarYear")
            .WithSummary("The working-day calendar of a year")
            .WithDescription("The weekdays that are not working days: statutory holidays computed from the Labour Code in force (lunar ones included, see /api/v1/rule-sets kind calendar.public_holidays), days in lieu of holidays on a weekend, and the stored announced days; plus the stored days declared working days.")
            .RequireAuthorization(Policies.ReferenceRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);

        group.MapGet("/working-days", WorkingDays)
            .WithName("GetDateAfterWorkingDays")
            .WithSummary("The date a number of working days after a date")
            .WithDescription("Counts Monday to Friday, skipping the days off of the calendar (computed holidays, days in lieu, announced days; a day declared a working day counts); the start day is not counted. Lists the days off skipped.")
            .RequireAuthorization(Policies.ReferenceRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);
    }

    private static async Task<Ok<PagedList<HolidayDto>>> ListHolidays([AsParameters] HolidayListParameters parameters, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListHolidaysQuery(parameters.Year, parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize, parameters.Sort),
            cancellationToken));

    private static async Task<Ok<HolidayDto>> GetHoliday(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var holiday = await sender.Send(new GetHolidayQuery(id), cancellationToken);
        return TypedResults.Ok(holiday);
    }

    private static async Task<Created<HolidayDto>> CreateHoliday(CreateHolidayCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var holiday = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/calendar/holidays/{holiday.Id}", holiday);
    }

    private static async Task<Ok<HolidayDto>> UpdateHoliday(Guid id, HolidayUpdate body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var holiday = await sender.Send(new UpdateHolidayCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(holiday);
    }

    private static async Task<NoContent> DeleteHoliday(Guid id, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteHolidayCommand(id, ifMatch.Version), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CalendarYearDto>> CalendarYear([AsParameters] CalendarYearParameters parameters, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCalendarYearQuery(parameters.Year), cancellationToken));

    private static async Task<Ok<WorkingDayResult>> WorkingDays([AsParameters] WorkingDayParameters parameters, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetWorkingDayQuery(parameters.From, parameters.Days), cancellationToken));
}

/// <summary>Query parameters of the holiday list.</summary>
public sealed class HolidayListParameters : PagedParameters
{
    /// <summary>Only the holidays of this year.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>date or -date.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }
}

/// <summary>Query parameters of the year's calendar.</summary>
public sealed class CalendarYearParameters
{
    /// <summary>The year, 2000 to 2100.</summary>
    [FromQuery(Name = "year")]
    [Required]
    public int Year { get; init; }
}

/// <summary>Query parameters of the working-day calculation.</summary>
public sealed class WorkingDayParameters
{
    /// <summary>The start day (not counted).</summary>
    [FromQuery(Name = "from")]
    [Required]
    public DateOnly From { get; init; }

    /// <summary>Working days to count, 0 to 1000.</summary>
    [FromQuery(Name = "days")]
    [Required]
    public int Days { get; init; }
}
