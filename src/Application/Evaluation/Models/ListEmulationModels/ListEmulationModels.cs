using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Models.ListEmulationModels;

/// <summary>Models of the organisations in the subtree of <see cref="OrganizationId"/> (the caller's scope when null).</summary>
public sealed record ListEmulationModelsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    int? Year = null,
    EmulationModelKind? Kind = null,
    bool? Recognized = null) : IQuery<PagedList<EmulationModelDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["year", "title"];
}

public sealed class ListEmulationModelsValidator : AbstractValidator<ListEmulationModelsQuery>
{
    public ListEmulationModelsValidator()
    {
        this.AddPagingRules(ListEmulationModelsQuery.SortFields);
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
        RuleFor(q => q.Kind).IsDefinedEnum();
    }
}

public sealed class ListEmulationModelsHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<ListEmulationModelsQuery, PagedList<EmulationModelDto>>
{
    public async ValueTask<PagedList<EmulationModelDto>> Handle(ListEmulationModelsQuery query, CancellationToken cancellationToken)
    {
        var subtree = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var models = db.EmulationModels.AsNoTracking();
        if (subtree is not null)
        {
            models = models.Where(m => subtree.Contains(m.OrganizationId));
        }

        if (query.Year is { } year)
        {
            models = models.Where(m => m.Year == year);
        }

        if (query.Kind is { } kind)
        {
            models = models.Where(m => m.Kind == kind);
        }

        if (query.Recognized is { } recognized)
        {
            models = recognized ? models.Where(m => m.RecognizedOn != null) : models.Where(m => m.RecognizedOn == null);
        }

        var rows = from m in models
                   join o in db.Organizations on m.OrganizationId equals o.Id
                   select new Row { Model = m, OrganizationName = o.Name };
        var sort = SortOrder.Parse(query.Sort ?? "-year", "year");
        rows = (sort.Field, sort.Descending) switch
        {
            ("title", false) => rows.OrderBy(r => r.Model.Title).ThenBy(r => r.Model.Id),
            ("title", true) => rows.OrderByDescending(r => r.Model.Title).ThenBy(r => r.Model.Id),
            ("year", false) => rows.OrderBy(r => r.Model.Year).ThenBy(r => r.OrganizationName).ThenBy(r => r.Model.Title),
            _ => rows.OrderByDescending(r => r.Model.Year).ThenBy(r => r.OrganizationName).ThenBy(r => r.Model.Title),
        };

        var page = await PagedList<Row>.CreateAsync(rows, query.Page, query.PageSize, cancellationToken);
        var ownerIds = page.Items.Where(r => r.Model.OwnerMemberId != null).Select(r => r.Model.OwnerMemberId!.Value).Distinct().ToList();
        var owners = await db.Members.AsNoTracking().Where(p => ownerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
        return page.Map(r => EmulationModelViews.ToDto(
            r.Model, r.OrganizationName, r.Model.OwnerMemberId is { } owner && owners.TryGetValue(owner, out var name) ? name : null));
    }

    /// <summary>A model with its organisation's name (a class with init members: EF translates ordering on them).</summary>
    private sealed class Row
    {
        public required EmulationModel Model { get; init; }

        public required string OrganizationName { get; init; }
    }
}
