using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Evaluation.Meetings.RecordGuestAttendance;
using PartyCommittee.Application.Membership.Guests;

namespace PartyCommittee.Api.Evaluation;

/// <summary>
/// A temporary guest's attendance at the host cell's meetings. The route lives under the guest
/// (<c>/api/v1/temporary-guests/{id}/meetings/{meetingId}/attendance</c>, tag TemporaryGuests), the use case in the
/// evaluation module: meetings belong to it, and the membership module does not depend on it.
/// </summary>
public sealed class GuestAttendanceEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/temporary-guests").WithTags("TemporaryGuests");

        group.MapPut("/{id:guid}/meetings/{meetingId:guid}/attendance", Attend)
            .WithName("RecordTemporaryGuestAttendance")
            .WithSummary("Record a guest's attendance at a meeting of the host cell (If-Match required)")
            .WithDescription("PRESENT, EXCUSED or ABSENT at a meeting of the host cell held on a day the guest attends it (guest.meeting_not_at_host, guest.not_attending_on_meeting_day). Shown in the meeting's guests; never in its figures (a guest is not counted and has no vote at the host).")
            .RequireAuthorization(Policies.GuestsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<GuestDto>> Attend(Guid id, Guid meetingId, GuestAttendance body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordGuestAttendanceCommand(id, meetingId, ifMatch.Version, body), cancellationToken));
}
