namespace PartyCommittee.Api.Endpoints;

/// <summary>/api/v1/statistics/membership.</summary>
public static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapStatisticsEndpoints(this RouteGroupBuilder api)
    {
        return api;
    }
}
