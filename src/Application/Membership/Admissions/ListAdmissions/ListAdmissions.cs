using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.ListAdmissions;

/// <summary>Lists the admission cases in the caller's scope (or in the subtree of one organisation).</summary>
public sealed record ListAdmissionsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    AdmissionStage? Stage = null,
    string? Search = null) : IQuery<PagedList<AdmissionSummaryDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["name", "createdAt", "cellResolutionOn", "ceremonyOn"];
}

public sealed class ListAdmissionsValidator : AbstractValidator<ListAdmissionsQuery>
{
    public ListAdmissionsValidator()
    {
        this.AddPagingRules(ListAdmissionsQuery.SortFields);
        RuleFor(q => q.Stage).IsDefinedEnum();
        RuleFor(q => q.Search).MaximumLength(100);
    }
}

public sealed class ListAdmissionsHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user)
    : IQueryHandler<ListAdmissionsQuery, PagedList<AdmissionSummaryDto>>
{
    public async ValueTask<PagedList<AdmissionSummaryDto>> Handle(ListAdmissionsQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var cases = db.AdmissionCases.AsNoTracking().Include(a => a.Sponsors).AsQueryable();
        if (organizations is not null)
        {
            cases = cases.Where(a => organizations.Contains(a.OrganizationId));
        }

        if (query.Stage is { } stage)
        {
            cases = cases.Where(a => a.Stage == stage);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            cases = cases.Where(a => a.NameFolded.Contains(folded));
        }

        var sort = SortOrder.Parse(query.Sort, "name");
        cases = (sort.Field, sort.Descending) switch
        {
            ("createdAt", false) => cases.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id),
            ("createdAt", true) => cases.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id),
            ("cellResolutionOn", false) => cases.OrderBy(a => a.CellResolutionOn).ThenBy(a => a.NameSortKey),
            ("cellResolutionOn", true) => cases.OrderByDescending(a => a.CellResolutionOn).ThenBy(a => a.NameSortKey),
            ("ceremonyOn", false) => cases.OrderBy(a => a.CeremonyOn).ThenBy(a => a.NameSortKey),
            ("ceremonyOn", true) => cases.OrderByDescending(a => a.CeremonyOn).ThenBy(a => a.NameSortKey),
            (_, true) => cases.OrderByDescending(a => a.NameSortKey).ThenBy(a => a.Id),
            _ => cases.OrderBy(a => a.NameSortKey).ThenBy(a => a.Id),
        };

        var page = await PagedList<AdmissionCase>.CreateAsync(cases, query.Page, query.PageSize, cancellationToken);
        var unmasked = PersonalData.CanRead(user);
        return page.Map(a => AdmissionSummaryDto.From(a, unmasked));
    }
}
