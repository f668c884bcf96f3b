namespace PartyCommittee.Api.Endpoints;

/// <summary>/api/v1/admissions: candidates through the statutory steps; /api/v1/calendar/holidays.</summary>
public static class AdmissionEndpoints
{
    public static RouteGroupBuilder MapAdmissionEndpoints(this RouteGroupBuilder api)
    {
        return api;
    }
}
