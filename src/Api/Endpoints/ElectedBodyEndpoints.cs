namespace PartyCommittee.Api.Endpoints;

/// <summary>/api/v1/terms, /api/v1/elected-bodies, /api/v1/mass-organizations.</summary>
public static class ElectedBodyEndpoints
{
    public static RouteGroupBuilder MapElectedBodyEndpoints(this RouteGroupBuilder api)
    {
        return api;
    }
}
