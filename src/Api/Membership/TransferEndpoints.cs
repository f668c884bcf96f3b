using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Transfers;
using PartyCommittee.Application.Membership.Transfers.GetTransfer;
using PartyCommittee.Application.Membership.Transfers.ListTemporaryMembers;
using PartyCommittee.Application.Membership.Transfers.ListTransfers;
using PartyCommittee.Application.Membership.Transfers.ReceiveTransfer;
using PartyCommittee.Application.Membership.Transfers.RejectTransfer;
using PartyCommittee.Application.Membership.Transfers.RequestTransfer;
using PartyCommittee.Application.Membership.Transfers.SendTransfer;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Api.Membership;

/// <summary>/api/v1/transfers: transfers of party activity.</summary>
[EndpointTag("Transfers", "Transfers of party activity (chuyển sinh hoạt đảng), official and temporary.")]
public sealed class TransferEndpoints : IEndpointGroup
{
        public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/transfers").WithTags("Transfers");

        group.MapGet("/", List)
            .WithName("ListTransfers")
            .WithSummary("List transfers of party activity in scope")
            .WithDescription("A transfer is in scope when the member's home cell, the sending cell or the receiving cell is in the caller's subtree. Filter by member, status, kind, direction and organisation (its subtree); sort by requestedOn (default '-requestedOn'), sentOn or receivedOn. Official transfers once sent carry their presentation deadline and 'late'.")
            .RequireAuthorization(Policies.TransfersRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetTransfer")
            .WithSummary("Get one transfer of party activity")
            .WithDescription("With the member's name, the organisations' names and, for an official transfer once sent, the day the member must present at the receiving organisation (60 working days from the sending date, public holidays excluded), the working days left or overdue, and 'late'. Returns the ETag to send back in If-Match; honours If-None-Match (304).")
            .RequireAuthorization(Policies.TransfersRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", Request)
            .WithName("RequestTransfer")
            .WithSummary("Request a transfer of party activity")
            .WithDescription("INTERNAL: from the member's home cell to another active cell of the committee (toOrganizationId). OUTGOING: to an organisation outside the committee (externalOrganization, no toOrganizationId). INCOMING (official only): into a cell (toOrganizationId) from an organisation outside (externalOrganization), for a member recorded beforehand. TEMPORARY transfers need temporaryUntil: 3 to under 12 months from requestedOn (study: 3 to 24 months); OFFICIAL transfers have none. The member must be active and have no other open (REQUESTED or SENT) transfer.")
            .RequireAuthorization(Policies.TransfersRequest)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/send", Send)
            .WithName("SendTransfer")
            .WithSummary("Record that a transfer was sent (If-Match required)")
            .WithDescription("REQUESTED → SENT, not before the request date. An official outgoing transfer takes the member out of the committee's count on that day (status TRANSFERRED_OUT).")
            .RequireAuthorization(Policies.TransfersSend)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/receive", Receive)
            .WithName("ReceiveTransfer")
            .WithSummary("Record that the member was received (If-Match required)")
            .WithDescription("SENT → RECEIVED, not before the sending date. An official internal transfer moves the member to the receiving cell; an official incoming transfer places the member in the receiving cell (moving the member there if recorded in another cell). A temporary transfer changes neither the home cell nor the status. Receiving after the presentation deadline is recorded and marked late: a member's party activity is never refused.")
            .RequireAuthorization(Policies.TransfersReceive)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/reject", Reject)
            .WithName("RejectTransfer")
            .WithSummary("Reject or withdraw a transfer (If-Match required)")
            .WithDescription("REQUESTED or SENT → REJECTED with a reason, not before the previous step. An official outgoing transfer that was sent cannot be rejected: the member has already left the committee and returns by an incoming transfer.")
            .RequireAuthorization(Policies.TransfersReject)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/organizations/{organizationId:guid}/temporary-members", TemporaryMembers)
            .WithTags("Transfers")
            .WithName("ListTemporaryMembers")
            .WithSummary("List the members temporarily attending an organisation")
            .WithDescription("Members on a received temporary transfer to this organisation (or a cell under it) on asOf (default today). They are counted and rated by their home cell, not here, and do not vote here. Sort by name (default), receivedOn or temporaryUntil.")
            .RequireAuthorization(Policies.TransfersRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedList<TransferDto>>> List([AsParameters] TransferListParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var parser = new QueryParser();
        var status = parser.Enum<TransferStatus>("status", parameters.Status);
        var kind = parser.Enum<TransferKind>("kind", parameters.Kind);
        var direction = parser.Enum<TransferDirection>("direction", parameters.Direction);
        parser.ThrowIfInvalid();

        var query = new ListTransfersQuery(
            parameters.Page ?? 1,
            parameters.PageSize ?? PagedList<object>.DefaultPageSize,
            parameters.Sort,
            parameters.MemberId,
            status,
            kind,
            direction,
            parameters.OrganizationId);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    private static async Task<Ok<TransferDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var transfer = await sender.Send(new GetTransferQuery(id), cancellationToken);
        return TypedResults.Ok(transfer);
    }

    private static async Task<Created<TransferDto>> Request(RequestTransferCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var transfer = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/transfers/{transfer.Id}", transfer);
    }

    private static async Task<Ok<TransferDto>> Send(Guid id, TransferSending body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var transfer = await sender.Send(new SendTransferCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(transfer);
    }

    private static async Task<Ok<TransferDto>> Receive(Guid id, TransferReceipt body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var transfer = await sender.Send(new ReceiveTransferCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(transfer);
    }

    private static async Task<Ok<TransferDto>> Reject(Guid id, TransferRejection body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken)
    {
        var transfer = await sender.Send(new RejectTransferCommand(id, ifMatch.Version, body), cancellationToken);
        return TypedResults.Ok(transfer);
    }

    private static async Task<Ok<PagedList<TemporaryMemberDto>>> TemporaryMembers(
        Guid organizationId, [AsParameters] TemporaryMemberListParameters parameters, ISender sender, CancellationToken cancellationToken)
    {
        var query = new ListTemporaryMembersQuery(
            organizationId,
            parameters.AsOf,
            parameters.Page ?? 1,
            parameters.PageSize ?? PagedList<object>.DefaultPageSize,
            parameters.Sort);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }
}

/// <summary>Query parameters of the transfer list.</summary>
public sealed class TransferListParameters : PagedParameters
{
    /// <summary>requestedOn (default, descending), sentOn or receivedOn; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Only the transfers of this member.</summary>
    [FromQuery(Name = "memberId")]
    public Guid? MemberId { get; init; }

    /// <summary>Status.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    /// <summary>Kind.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    /// <summary>Direction.</summary>
    [FromQuery(Name = "direction")]
    public string? Direction { get; init; }

    /// <summary>Only transfers touching this organisation's subtree (the member's home cell, the sending or the receiving cell).</summary>
    [FromQuery(Name = "organizationId")]
    public Guid? OrganizationId { get; init; }
}

/// <summary>Query parameters of the temporary-members list.</summary>
public sealed class TemporaryMemberListParameters : PagedParameters
{
    /// <summary>The day to list them on (default today).</summary>
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; init; }

    /// <summary>name (default), receivedOn or temporaryUntil; prefix '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }
}
