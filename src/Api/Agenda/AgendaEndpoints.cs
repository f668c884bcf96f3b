using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Paging;

namespace PartyCommittee.Api.Agenda;

/// <summary><c>/api/v1/agenda</c>: one list of what is due or overdue in an organisation, from every module's source.</summary>
[EndpointTag("Agenda", "What is due or overdue in an organisation, from every module (admission steps today; inspection, dues and rating steps as they join).")]
public sealed class AgendaEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/agenda", List)
            .WithTags("Agenda")
            .WithName("ListAgenda")
            .WithSummary("What is due or overdue in an organisation")
            .WithDescription("Every item due in the subtree of organizationId (the caller's scope when omitted) on asOf (yyyy-MM-dd, today in Vietnam when omitted), from every module that reports due items (admission steps today), by due date: the module and source, the kind, the subject, the due date, the working days left (negative when overdue), the overdue flag and the rule set applied. An organisation outside the caller's scope is not found.")
            .RequireAuthorization(Policies.AgendaRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedList<DueItemDto>>> List(
        ISender sender, Guid? organizationId, DateOnly? asOf, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new ListAgendaQuery(organizationId, asOf, page ?? 1, pageSize ?? PagedList<object>.DefaultPageSize), cancellationToken));
}
