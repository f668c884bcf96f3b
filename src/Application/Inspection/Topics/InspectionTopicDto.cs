using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Topics;

namespace PartyCommittee.Application.Inspection.Topics;

/// <summary>A topic of inspection and supervision: statutory (from the catalogue in force) or added by an organisation.</summary>
/// <param name="Id">Identifier of an organisation's topic (null for a statutory one).</param>
/// <param name="Code">Code (ORG-… for an organisation's topic).</param>
/// <param name="Label">Display name.</param>
/// <param name="Document">The document it follows.</param>
/// <param name="Statutory">True for a topic of the statutory catalogue.</param>
/// <param name="OrganizationId">The organisation that added it.</param>
/// <param name="AddedOn">Day it was added.</param>
/// <param name="RetiredOn">Day it was retired.</param>
/// <param name="Version">Concurrency version (organisation topics); the ETag is this number in quotes.</param>
public sealed record InspectionTopicDto(
    Guid? Id,
    string Code,
    BilingualLabel Label,
    string Document,
    bool Statutory,
    Guid? OrganizationId,
    DateOnly? AddedOn,
    DateOnly? RetiredOn,
    long Version) : IVersioned;

public static class TopicAccess
{
    public static InspectionTopicDto ToDto(this OrganizationTopic t) =>
        new(t.Id, t.Code, new BilingualLabel(t.NameVi, t.NameEn), t.Document ?? string.Empty, false, t.OrganizationId, t.AddedOn, t.RetiredOn, t.Version);

    /// <summary>An organisation's topic whose organisation is in the caller's scope; 404 otherwise.</summary>
    public static async Task<OrganizationTopic> LoadTopicAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.OrganizationTopics : db.OrganizationTopics.AsNoTracking();
        var topic = await query.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (topic is null || !await scope.CoversAsync(topic.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("inspection.topic_not_found", "InspectionTopic", id);
        }

        return topic;
    }
}
