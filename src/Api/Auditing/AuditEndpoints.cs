using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Auditing;
using PartyCommittee.Application.Common.Paging;

namespace PartyCommittee.Api.Auditing;

/// <summary><c>/api/v1/audit-entries</c>: the audit trail (administrators only).</summary>
[EndpointTag("Audit", "The audit trail of every change and of unmasked reads (administrators).")]
public sealed class AuditEndpoints : IEndpointGroup
{
        public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/audit-entries", List)
            .WithTags("Audit")
            .WithName("ListAuditEntries")
            .WithSummary("List audit records, newest first")
            .WithDescription("Who changed what and when, with each changed field's old and new value. Filter by entity type and key, user and time range.")
            .RequireAuthorization(Policies.AuditRead)
            .ProducesProblems(StatusCodes.Status400BadRequest);
    }

    private static async Task<Ok<PagedList<AuditEntryDto>>> List(
        ISender sender,
        CancellationToken cancellationToken,
        [FromQuery] int? page,
        [FromQuery] int? pageSize,
        [FromQuery] string? entityType,
        [FromQuery] string? entityKey,
        [FromQuery] string? userId,
        [FromQuery] DateTimeOffset? from,
        [FromQuery] DateTimeOffset? to) =>
        TypedResults.Ok(await sender.Send(
            new ListAuditEntriesQuery(page ?? 1, pageSize ?? PagedList<object>.DefaultPageSize, entityType, entityKey, userId, from, to),
            cancellationToken));
}
