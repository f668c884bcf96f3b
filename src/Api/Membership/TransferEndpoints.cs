using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Transfers;
using PartyCommittee.Application.Membership.Transfers.ConvertTransfer;
using PartyCommittee.Application.Membership.Transfers.ExtendTransfer;
using PartyCommittee.Application.Membership.Transfers.GetTransfer;
using PartyCommittee.Application.Membership.Transfers.ListTemporaryMembers;
using PartyCommittee.Application.Membership.Transfers.ListTransfers;
using PartyCommittee.Application.Membership.Transfers.ReceiveTransfer;
using PartyCommittee.Application.Membership.Transfers.RejectTransfer;
using PartyCommittee.Application.Membership.Transfers.RequestTransfer;
using PartyCommittee.Application.Membership.Transfers.ReturnTransfer;
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
            .WithDescription("A transfer is in scope when the member's home cell, the sending cell or the receiving cell is in the caller's subtree. Filter by member, status, kind, direction and organisation (its subtree); sort by requestedOn (default '-requestedOn'), sentOn or receivedOn. 'late=true' keeps the transfers late against a deadline (started late, presented late, or still waiting past the presentation deadline); 'late=false' the others. Official transfers carry their starting deadline (when the cause is recorded) and, once sent, their presentation deadline; the numbers are those of the rule set named (see /api/v1/rule-sets).")
            .RequireAuthorization(Policies.TransfersRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetTransfer")
            .WithSummary("Get one transfer of party activity")
            .WithDescription("With the member's name, the organisations' names, the cause and, for an official transfer, the starting deadline (working days from the cause) and, once sent, the day the member must present at the receiving organisation (working days from the letter's date, public holidays excluded), the working days left or overdue, and 'late'. The rule set applied is named (see /api/v1/rule-sets). Returns the ETag to send back in If-Match; honours If-None-Match (304).")
            .RequireAuthorization(Policies.TransfersRead)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(StatusCodes.Status404NotFound);

        group.MapPost("/", Request)
            .WithName("RequestTransfer")
            .WithSummary("Request a transfer of party activity")
            .WithDescription("INTERNAL: from the member's home cell to another active cell of the committee (toOrganizationId). OUTGOING: to an organisation outside the committee (externalOrganization, no toOrganizationId). INCOMING (official only): into a cell (toOrganizationId) from an organisation outside (externalOrganization), for a member recorded beforehand. TEMPORARY transfers need temporaryUntil within the durations of the rule set in force (see /api/v1/rule-sets); OFFICIAL transfers have none. cause and causeOn record the change that causes the transfer (new workplace, retirement, new residence, ...): an official transfer requested after the starting deadline counted from it is recorded as late (startLate), not refused. The member must be active and have no other open (REQUESTED or SENT) transfer.")
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

        group.MapPost("/{id:guid}/extend", Extend)
            .WithName("ExtendTransfer")
            .WithSummary("Extend a temporary transfer (If-Match required)")
            .WithDescription("A RECEIVED temporary transfer gets a later end (temporaryUntil), decided on decidedOn, within its longest duration counted from the request date (see /api/v1/rule-sets); beyond it, convert the transfer into an official one. Recorded by the member's home side.")
            .RequireAuthorization(Policies.TransfersExtend)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/return", Return)
            .WithName("ReturnTransfer")
            .WithSummary("Record the return from a temporary transfer (If-Match required)")
            .WithDescription("RECEIVED → RETURNED: the temporarily transferred member resumed at home on returnedOn; from that day the host no longer lists the member. The member's cell and status do not change. Recorded by the member's home side.")
            .RequireAuthorization(Policies.TransfersReturn)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/convert", Convert)
            .WithName("ConvertTransfer")
            .WithSummary("Convert a temporary transfer into an official one (If-Match required)")
            .WithDescription("A RECEIVED temporary transfer becomes OFFICIAL on convertedOn: within the committee the member moves to the host cell; out of it the member is transferred out (status TRANSFERRED_OUT). cause and causeOn may record the change behind it. Recorded by the member's home side.")
            .RequireAuthorization(Policies.TransfersConvert)
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
            parameters.OrganizationId,
            parameters.Late);
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

    private static async Task<Ok<TransferDto>> Extend(Guid id, TransferExtension body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ExtendTransferCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<TransferDto>> Return(Guid id, TransferReturn body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ReturnTransferCommand(id, ifMatch.Version, body), cancellationToken));

    private static async Task<Ok<TransferDto>> Convert(Guid id, TransferConversion body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ConvertTransferCommand(id, ifMatch.Version, body), cancellationToken));

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

    /// <summary>true: only transfers late against a deadline (start or presentation); false: only the others.</summary>
    [FromQuery(Name = "late")]
    public bool? Late { get; init; }
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
