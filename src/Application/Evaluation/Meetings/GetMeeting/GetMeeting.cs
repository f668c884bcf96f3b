using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Evaluation.Meetings.GetMeeting;

public sealed record GetMeetingQuery(Guid Id) : IQuery<MeetingDto>;

public sealed class GetMeetingHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<GetMeetingQuery, MeetingDto>
{
    public async ValueTask<MeetingDto> Handle(GetMeetingQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.LoadMeetingInScopeAsync(scope, query.Id, tracking: false, cancellationToken), cancellationToken);
}
