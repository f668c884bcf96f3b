using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyCommittee.Api.Common;
using PartyCommittee.Api.Security;
using PartyCommittee.Application.Inspection.Topics;
using PartyCommittee.Application.Inspection.Topics.CreateInspectionTopic;
using PartyCommittee.Application.Inspection.Topics.ListInspectionTopics;
using PartyCommittee.Application.Inspection.Topics.RetireInspectionTopic;

namespace PartyCommittee.Api.Inspection;

/// <summary>/api/v1/inspection-topics: the statutory catalogue merged with the topics organisations add.</summary>
[EndpointTag("InspectionTopics", "Topics of inspection and supervision: the statutory catalogue in force on a date (GET /api/v1/rule-sets?kind=inspection.topics) and the ORG- topics an organisation adds for itself and the organisations under it.")]
public sealed class InspectionTopicEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/inspection-topics").WithTags("InspectionTopics");

        group.MapGet("/", List)
            .WithName("ListInspectionTopics")
            .WithSummary("The topics that may be chosen")
            .WithDescription("The statutory topics of the catalogue in force on 'on' (default today; none before 2011-11-01) followed by the organisations' topics: those of organizationId's subtree (the caller's scope when omitted) and of the organisations above it. includeRetired=true adds retired ones.")
            .RequireAuthorization(Policies.InspectionTopicsRead)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapPost("/", Create)
            .WithName("CreateInspectionTopic")
            .WithSummary("Add an organisation's topic")
            .WithDescription("Code ORG-… (unique, 409 inspection.topic_exists), for an organisation in scope; offered to its decisions and programmes and those of the organisations under it until retired.")
            .RequireAuthorization(Policies.InspectionTopicsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/retirement", Retire)
            .WithName("RetireInspectionTopic")
            .WithSummary("Retire an organisation's topic (If-Match required)")
            .WithDescription("No longer offered to new decisions and programmes; cases that chose it keep it.")
            .RequireAuthorization(Policies.InspectionTopicsWrite)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<IReadOnlyList<InspectionTopicDto>>> List(Guid? organizationId, DateOnly? on, bool? includeRetired, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListInspectionTopicsQuery(organizationId, on, includeRetired ?? false), cancellationToken));

    private static async Task<Created<InspectionTopicDto>> Create(CreateInspectionTopicCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var topic = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/inspection-topics/{topic.Id}", topic);
    }

    private static async Task<Ok<InspectionTopicDto>> Retire(Guid id, TopicRetirement body, ISender sender, IfMatch ifMatch, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RetireInspectionTopicCommand(id, ifMatch.Version, body), cancellationToken));
}
