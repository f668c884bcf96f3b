using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Cases.ListInspections;

/// <summary>Cases run in, or with a subject in, the subtree of <see cref="OrganizationId"/> (the caller's scope when null).</summary>
public sealed record ListInspectionsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    int? Year = null,
    InspectionKind? Kind = null,
    string? TopicCode = null,
    Guid? MemberId = null,
    bool? Closed = null) : IQuery<PagedList<InspectionDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["decidedOn"];
}

public sealed class ListInspectionsValidator : AbstractValidator<ListInspectionsQuery>
{
    public ListInspectionsValidator()
    {
        this.AddPagingRules(ListInspectionsQuery.SortFields);
        RuleFor(q => q.Kind).IsDefinedEnum();
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
        RuleFor(q => q.TopicCode).MaximumLength(64);
    }
}

public sealed class ListInspectionsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, InspectionDeadlineOptions options)
    : IQueryHandler<ListInspectionsQuery, PagedList<InspectionDto>>
{
    public async ValueTask<PagedList<InspectionDto>> Handle(ListInspectionsQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var cases = db.InspectionCases.AsNoTracking().Touching(organizations);
        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            cases = cases.Where(c => c.DecidedOn >= from && c.DecidedOn <= to);
        }

        if (query.Kind is { } kind)
        {
            cases = cases.Where(c => c.Kind == kind);
        }

        if (query.TopicCode is { } topic)
        {
            cases = cases.Where(c => c.TopicCode == topic);
        }

        if (query.MemberId is { } memberId)
        {
            cases = cases.WithSubjectMember(db, memberId);
        }

        if (query.Closed is { } closed)
        {
            cases = closed ? cases.Where(c => c.ClosedOn != null) : cases.Where(c => c.ClosedOn == null);
        }

        var sort = SortOrder.Parse(query.Sort ?? "-decidedOn", "decidedOn");
        cases = sort.Descending ? cases.OrderByDescending(c => c.DecidedOn).ThenByDescending(c => c.Id) : cases.OrderBy(c => c.DecidedOn).ThenBy(c => c.Id);
        var total = await cases.CountAsync(cancellationToken);
        var page = await cases.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).WithParts().ToListAsync(cancellationToken);
        var items = await db.ToDtosAsync(page, options.ToDeadlines(), time.TodayInVietnam(), cancellationToken);
        return new PagedList<InspectionDto>(items, query.Page, query.PageSize, total);
    }
}
