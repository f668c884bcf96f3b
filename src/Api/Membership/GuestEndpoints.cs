using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Guests;
using PartyCommittee.Application.Membership.Guests.ConvertGuest;
using PartyCommittee.Application.Membership.Guests.ExtendGuest;
using PartyCommittee.Application.Membership.Guests.GetGuest;
using PartyCommittee.Application.Membership.Guests.ListGuests;
using PartyCommittee.Application.Membership.Guests.RegisterGuest;
using PartyCommittee.Application.Membership.Guests.ReturnGuest;

namespace PartyCommittee.Api.Membership;

/// <summary>/api/v1/temporary-guests: members of other party committees on temporary party activity here.</summary>
[EndpointTag("TemporaryGuests", "Members of other party committees on temporary party activity in a cell of the committee (sinh hoạt đảng tạm thời): no member record here, not counted, no vote.")]
public sealed class GuestEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/temporary-guests").WithTags("TemporaryGuests");

        group.MapGet("/", List)
            .WithName("ListTemporaryGuests")
            .WithSummary("List guests on temporary party activity")
            .WithDescription("Guests whose host cell is in the caller's scope (or in organizationId's subtree). With asOf: only those attending that day — the host cell's list of temporary attendees, who attend its meetings but do not vote, stand or elect there and are not counted in its membership (Quy định 24-QĐ/TW 2021 / 294-QĐ/TW 2025 point 6.3.2). late=true keeps those who presented the letter after the presentation deadline. Sort by name (default), presentedOn or until.")
            .RequireAuthorization(Policies.GuestsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetTemporaryGuest")
            .WithSummary("Get one guest on temporary party activity")
            .WithDescription("With the presentation deadline of the letter (working days from its date under the transfer rule set in force on that date) and its lateness. Date of birth and card number are personal data (masked for roles without it). Returns the ETag to send back in If-Match.")
            .RequireAuthorization(Policies.GuestsRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", Register)
            .WithName("RegisterTemporaryGuest")
            .WithSummary("Record a member of another committee presenting a temporary introduction letter")
            .WithDescription("The host cell (hostOrganizationId, a party cell active on presentedOn) receives a member of another party committee on temporary party activity: name, card number, home organisation and committee, the letter's number and date, purpose and the last day (3 to under 12 months from the letter's date; study up to 24 months). A letter presented after the presentation deadline is recorded as late (presentedLate), not refused.")
            .RequireAuthorization(Policies.GuestsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/extend", Extend)
            .WithName("ExtendTemporaryGuest")
            .WithSummary("Extend a guest's temporary activity (If-Match required)")
            .WithDescription("A later last day (until), agreed on decidedOn, within the longest duration counted from the letter's date; beyond it the member transfers officially.")
            .RequireAuthorization(Policies.GuestsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/return", Return)
            .WithName("ReturnTemporaryGuest")
            .WithSummary("Record a guest's return home (If-Match required)")
            .WithDescription("ATTENDING → RETURNED on returnedOn: not listed at the host from that day.")
            .RequireAuthorization(Policies.GuestsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/convert", Convert)
            .WithName("ConvertTemporaryGuest")
            .WithSummary("Convert a guest into an official incoming transfer (If-Match required)")
            .WithDescription("The guest's home committee sent the official introduction letter (officialLetterNumber, officialLetterDate) and the host cell received it on receivedOn: a member record is created in the host cell from the record's fields as the home organisation keeps them (admission decision, ceremony and full-membership dates of the home record; FULL when fullMembershipDate is given, else PROBATIONARY), an official INCOMING transfer is recorded (sent on the letter's date, received on receivedOn, lateness against the 30 working days as for any transfer) and the guest is closed as CONVERTED that day (Quy định 24-QĐ/TW 2021, 232-QĐ/TW and 294-QĐ/TW 2025, points 6.3.1 and 6.3.2).")
            .RequireAuthorization(Policies.GuestsConvert)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<GuestDto>> Convert(Guid id, GuestConversion body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ConvertGuestCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<PagedList<GuestDto>>> List([AsParameters] GuestListParameters parameters, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListGuestsQuery(parameters.OrganizationId, parameters.AsOf, parameters.Late, parameters.Page ?? 1, parameters.PageSize ?? PagedList<object>.DefaultPageSize, parameters.Sort),
            cancellationToken));

    private static async Task<Ok<GuestDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetGuestQuery(id), cancellationToken));

    private static async Task<Created<GuestDto>> Register(RegisterGuestCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var guest = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/temporary-guests/{guest.Id}", guest);
    }

    private static async Task<Ok<GuestDto>> Extend(Guid id, GuestExtension body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ExtendGuestCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<GuestDto>> Return(Guid id, GuestReturn body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ReturnGuestCommand(id, ifMatch.Version, body), cancellationToken));
}

/// <summary>Query parameters of the guest list.</summary>
public sealed class GuestListParameters : PagedParameters
{
    /// <summary>Only guests whose host cell is in this organisation's subtree.</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }

    /// <summary>Only guests attending on this day.</summary>
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; init; }

    /// <summary>true: only letters presented late; false: only on time.</summary>
    [FromQuery(Name = "late")]
    public bool? Late { get; init; }

    /// <summary>name (default), presentedOn or until; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }
}
