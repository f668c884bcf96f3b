using Microsoft.AspNetCore.Http.HttpResults;

namespace PartyCommittee.Api.Common;

public static class Responses
{
    /// <summary>200 with the ETag of the versioned resource, or 304 when the client's copy is current.</summary>
    public static Results<Ok<T>, StatusCodeHttpResult> OkWithETag<T>(HttpContext context, T body, long version)
    {
        ETags.Set(context, version);
        return ETags.IsNotModified(context, version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(body);
    }
}
