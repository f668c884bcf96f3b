using Microsoft.AspNetCore.Mvc;

namespace PartyCommittee.Api.Common;

/// <summary>The paging query parameters every list endpoint takes (its own filters and sort extend it).</summary>
public abstract class PagedParameters
{
    /// <summary>Page number, from 1.</summary>
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }
}
