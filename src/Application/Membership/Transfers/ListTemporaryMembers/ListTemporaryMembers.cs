using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Transfers.ListTemporaryMembers;

/// <summary>
/// The members temporarily attending an organisation (or a cell under it) on <see cref="AsOf"/> (default today):
/// temporary transfers received there on or before that day and ending on or after it. They are counted and rated at
/// home, not at the host, and do not vote at the host.
/// </summary>
public sealed record ListTemporaryMembersQuery(
    Guid OrganizationId,
    DateOnly? AsOf = null,
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<TemporaryMemberDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["name", "receivedOn", "temporaryUntil"];
}

/// <summary>A member temporarily attending a host cell.</summary>
/// <param name="TransferId">The temporary transfer.</param>
/// <param name="MemberId">The member.</param>
/// <param name="FullName">The member's full name.</param>
/// <param name="HomeOrganizationId">The member's home cell, where the member is counted, rated and votes.</param>
/// <param name="HomeOrganizationName">Name of the home cell.</param>
/// <param name="HostOrganizationId">The cell the member temporarily attends.</param>
/// <param name="HostOrganizationName">Name of the host cell.</param>
/// <param name="Purpose">WORK, STUDY or OTHER.</param>
/// <param name="PurposeLabel">Display label of <paramref name="Purpose"/>.</param>
/// <param name="ReceivedOn">Since when the member attends the host.</param>
/// <param name="TemporaryUntil">Last day of the temporary transfer.</param>
/// <param name="DecisionNumber">Number of the transfer decision or introduction letter.</param>
public sealed record TemporaryMemberDto(
    Guid TransferId,
    Guid MemberId,
    string FullName,
    Guid HomeOrganizationId,
    string HomeOrganizationName,
    Guid HostOrganizationId,
    string HostOrganizationName,
    TransferPurpose Purpose,
    BilingualLabel PurposeLabel,
    DateOnly ReceivedOn,
    DateOnly TemporaryUntil,
    string? DecisionNumber);

public sealed class ListTemporaryMembersValidator : AbstractValidator<ListTemporaryMembersQuery>
{
    public ListTemporaryMembersValidator()
    {
        this.AddPagingRules(ListTemporaryMembersQuery.SortFields);
    }
}

public sealed class ListTemporaryMembersHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
    : IQueryHandler<ListTemporaryMembersQuery, PagedList<TemporaryMemberDto>>
{
    public async ValueTask<PagedList<TemporaryMemberDto>> Handle(ListTemporaryMembersQuery query, CancellationToken cancellationToken)
    {
        var hosts = (await scope.SubtreeAsync(query.OrganizationId, cancellationToken))!.ToList();
        var asOf = query.AsOf ?? time.TodayInVietnam();

        var rows =
            from t in db.Transfers.AsNoTracking()
            join m in db.Members.AsNoTracking().Current() on t.MemberId equals m.Id
            where t.Kind == TransferKind.Temporary
                && (t.Status == TransferStatus.Received || (t.Status == TransferStatus.Returned && t.ReturnedOn > asOf))
                && t.ToOrganizationId != null && hosts.Contains(t.ToOrganizationId.Value)
                && t.ReceivedOn <= asOf && t.TemporaryUntil >= asOf
            select new Row
            {
                TransferId = t.Id,
                MemberId = m.Id,
                FullName = m.FullName,
                NameSortKey = m.NameSortKey,
                HomeOrganizationId = m.OrganizationId,
                HostOrganizationId = t.ToOrganizationId!.Value,
                Purpose = t.Purpose,
                ReceivedOn = t.ReceivedOn!.Value,
                TemporaryUntil = t.TemporaryUntil!.Value,
                DecisionNumber = t.DecisionNumber,
            };

        var sort = SortOrder.Parse(query.Sort, "name");
        rows = (sort.Field, sort.Descending) switch
        {
            ("receivedOn", false) => rows.OrderBy(r => r.ReceivedOn).ThenBy(r => r.NameSortKey),
            ("receivedOn", true) => rows.OrderByDescending(r => r.ReceivedOn).ThenBy(r => r.NameSortKey),
            ("temporaryUntil", false) => rows.OrderBy(r => r.TemporaryUntil).ThenBy(r => r.NameSortKey),
            ("temporaryUntil", true) => rows.OrderByDescending(r => r.TemporaryUntil).ThenBy(r => r.NameSortKey),
            (_, true) => rows.OrderByDescending(r => r.NameSortKey).ThenBy(r => r.TransferId),
            _ => rows.OrderBy(r => r.NameSortKey).ThenBy(r => r.TransferId),
        };

        var page = await PagedList<Row>.CreateAsync(rows, query.Page, query.PageSize, cancellationToken);
        var organizationIds = page.Items.SelectMany(r => new[] { r.HomeOrganizationId, r.HostOrganizationId }).Distinct().ToList();
        var names = await db.OrganizationNamesAsync(organizationIds, cancellationToken);

        return page.Map(r => new TemporaryMemberDto(
            r.TransferId,
            r.MemberId,
            r.FullName,
            r.HomeOrganizationId,
            names.GetValueOrDefault(r.HomeOrganizationId) ?? string.Empty,
            r.HostOrganizationId,
            names.GetValueOrDefault(r.HostOrganizationId) ?? string.Empty,
            r.Purpose,
            TransferLabels.Of(r.Purpose),
            r.ReceivedOn,
            r.TemporaryUntil,
            r.DecisionNumber));
    }

    private sealed class Row
    {
        public Guid TransferId { get; init; }

        public Guid MemberId { get; init; }

        public required string FullName { get; init; }

        public required string NameSortKey { get; init; }

        public Guid HomeOrganizationId { get; init; }

        public Guid HostOrganizationId { get; init; }

        public TransferPurpose Purpose { get; init; }

        public DateOnly ReceivedOn { get; init; }

        public DateOnly TemporaryUntil { get; init; }

        public string? DecisionNumber { get; init; }
    }
}
