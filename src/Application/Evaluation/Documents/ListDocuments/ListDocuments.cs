using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Documents.ListDocuments;

/// <summary>
/// The register entries the caller sees: those of its subtree and of the organisations above it (committee-wide
/// documents). With <see cref="OrganizationId"/>: what that organisation sees, the same way.
/// </summary>
public sealed record ListDocumentsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    DocumentKind? Kind = null,
    int? Year = null,
    string? Search = null) : IQuery<PagedList<DocumentDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["issuedOn", "number"];
}

public sealed class ListDocumentsValidator : AbstractValidator<ListDocumentsQuery>
{
    public ListDocumentsValidator()
    {
        this.AddPagingRules(ListDocumentsQuery.SortFields);
        RuleFor(q => q.Kind).IsDefinedEnum();
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
        RuleFor(q => q.Search).MaximumLength(200);
    }
}

public sealed class ListDocumentsHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<ListDocumentsQuery, PagedList<DocumentDto>>
{
    public async ValueTask<PagedList<DocumentDto>> Handle(ListDocumentsQuery query, CancellationToken cancellationToken)
    {
        var root = query.OrganizationId is { } id
            ? (await db.LoadOrganizationInScopeAsync(scope, id, cancellationToken)).Path
            : await scope.GetPathPrefixAsync(cancellationToken);

        var rows = from d in db.PartyDocuments.AsNoTracking()
                   join o in db.Organizations on d.OrganizationId equals o.Id
                   select new { Document = d, OrganizationName = o.Name, o.Path };
        if (root is not null)
        {
            var all = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Path }).ToListAsync(cancellationToken);
            var above = all.Where(o => root.StartsWith(o.Path, StringComparison.Ordinal)).Select(o => o.Id).ToList();
            rows = rows.Where(r => r.Path.StartsWith(root) || above.Contains(r.Document.OrganizationId));
        }

        if (query.Kind is { } kind)
        {
            rows = rows.Where(r => r.Document.Kind == kind);
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            rows = rows.Where(r => r.Document.IssuedOn >= from && r.Document.IssuedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            rows = rows.Where(r => r.Document.Number.Contains(text) || r.Document.Title.Contains(text));
        }

        var sort = SortOrder.Parse(query.Sort ?? "-issuedOn", "issuedOn");
        rows = (sort.Field, sort.Descending) switch
        {
            ("number", false) => rows.OrderBy(r => r.Document.Number).ThenBy(r => r.Document.Id),
            ("number", true) => rows.OrderByDescending(r => r.Document.Number).ThenBy(r => r.Document.Id),
            ("issuedOn", false) => rows.OrderBy(r => r.Document.IssuedOn).ThenBy(r => r.Document.Number),
            _ => rows.OrderByDescending(r => r.Document.IssuedOn).ThenBy(r => r.Document.Number),
        };

        var page = await PagedList<DocumentRow>.CreateAsync(
            rows.Select(r => new DocumentRow(r.Document, r.OrganizationName)), query.Page, query.PageSize, cancellationToken);
        return page.Map(r => DocumentDto.From(r.Document, r.OrganizationName));
    }

    private sealed record DocumentRow(PartyDocument Document, string OrganizationName);
}
