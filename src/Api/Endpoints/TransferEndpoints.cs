namespace PartyCommittee.Api.Endpoints;

/// <summary>/api/v1/transfers: transfers of party activity.</summary>
public static class TransferEndpoints
{
    public static RouteGroupBuilder MapTransferEndpoints(this RouteGroupBuilder api)
    {
        return api;
    }
}
