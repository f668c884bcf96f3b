namespace PartyCommittee.Api.Endpoints;

/// <summary>/api/v1/members: party members, timeline, import and export.</summary>
public static class MemberEndpoints
{
    public static RouteGroupBuilder MapMemberEndpoints(this RouteGroupBuilder api)
    {
        return api;
    }
}
