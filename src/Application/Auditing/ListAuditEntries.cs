using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Auditing;

/// <summary>One audit record as the API returns it.</summary>
/// <param name="Id">Sequence number.</param>
/// <param name="OccurredAt">When (UTC).</param>
/// <param name="UserId">Who (token subject).</param>
/// <param name="UserName">Who (display name).</param>
/// <param name="Action">Insert, Update, Delete or Read.</param>
/// <param name="EntityType">Which kind of record.</param>
/// <param name="EntityKey">Which record.</param>
/// <param name="Changes">Each changed field with its old and new value.</param>
/// <param name="TraceId">The trace id of the request that made the change.</param>
public sealed record AuditEntryDto(
    long Id,
    DateTime OccurredAt,
    string? UserId,
    string? UserName,
    string Action,
    string EntityType,
    string EntityKey,
    JsonElement Changes,
    string? TraceId);

/// <summary>Audit trail, newest first.</summary>
public sealed record ListAuditEntriesQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? EntityType = null,
    string? EntityKey = null,
    string? UserId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null) : IQuery<PagedList<AuditEntryDto>>, IPagedQuery
{
    public string? Sort => null;
}

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesValidator()
    {
        this.AddPagingRules([]);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
    }
}

public sealed class ListAuditEntriesHandler(IAppDbContext db, IReadAuditLog readLog) : IQueryHandler<ListAuditEntriesQuery, PagedList<AuditEntryDto>>
{
    public async ValueTask<PagedList<AuditEntryDto>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        // Reads are audited through a write-behind log: store what this instance holds before answering.
        await readLog.FlushAsync(cancellationToken);
        IQueryable<AuditEntry> entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityKey))
        {
            entries = entries.Where(e => e.EntityKey == query.EntityKey);
        }

        if (!string.IsNullOrWhiteSpace(query.UserId))
        {
            entries = entries.Where(e => e.UserId == query.UserId);
        }

        if (query.From is { } from)
        {
            var utc = from.UtcDateTime;
            entries = entries.Where(e => e.OccurredAt >= utc);
        }

        if (query.To is { } to)
        {
            var utc = to.UtcDateTime;
            entries = entries.Where(e => e.OccurredAt <= utc);
        }

        var page = await PagedList<AuditEntry>.CreateAsync(entries.OrderByDescending(e => e.Id), query.Page, query.PageSize, cancellationToken);
        return page.Map(e => new AuditEntryDto(
            e.Id,
            DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc),
            e.UserId,
            e.UserName,
            e.Action,
            e.EntityType,
            e.EntityKey,
            JsonDocument.Parse(e.Changes).RootElement.Clone(),
            e.TraceId));
    }
}
