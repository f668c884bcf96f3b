using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Topics.ListInspectionTopics;

/// <summary>
/// The statutory topics of the catalogue in force on <see cref="On"/> (today when null) merged with the topics added by
/// the organisations of the subtree of <see cref="OrganizationId"/> (the caller's scope when null) and by the
/// organisations above it (their topics are offered to it). Retired topics only with <see cref="IncludeRetired"/>.
/// </summary>
public sealed record ListInspectionTopicsQuery(Guid? OrganizationId, DateOnly? On, bool IncludeRetired) : IQuery<IReadOnlyList<InspectionTopicDto>>;

public sealed class ListInspectionTopicsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<InspectionTopicCatalog> catalogue)
    : IQueryHandler<ListInspectionTopicsQuery, IReadOnlyList<InspectionTopicDto>>
{
    public async ValueTask<IReadOnlyList<InspectionTopicDto>> Handle(ListInspectionTopicsQuery query, CancellationToken cancellationToken)
    {
        var subtree = await scope.SubtreeAsync(query.OrganizationId, cancellationToken);
        var on = query.On ?? time.TodayInVietnam();
        var statutory = catalogue.TryInForceOn(on)?.Topics ?? [];
        var topics = db.OrganizationTopics.AsNoTracking();
        if (!query.IncludeRetired)
        {
            topics = topics.Where(t => t.RetiredOn == null);
        }

        var rows = await topics.Join(db.Organizations.AsNoTracking(), t => t.OrganizationId, o => o.Id, (t, o) => new { Topic = t, o.Path }).ToListAsync(cancellationToken);
        string? rootPath = null;
        if (query.OrganizationId is { } organizationId)
        {
            rootPath = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Path).FirstAsync(cancellationToken);
        }

        var own = rows.Where(r => (subtree is null || subtree.Contains(r.Topic.OrganizationId)) || (rootPath is not null && rootPath.StartsWith(r.Path, StringComparison.Ordinal)));
        return
        [
            .. statutory.Select(t => new InspectionTopicDto(null, t.Code, t.Label, t.Document, true, null, null, null, 0)),
            .. own.Select(r => r.Topic.ToDto()).OrderBy(t => t.Code, StringComparer.Ordinal),
        ];
    }
}
