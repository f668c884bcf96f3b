using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Ratings;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Statistics;

/// <summary>
/// The organisations of the rating statistics, one row each: per counted campaign of the year, the committee, then its
/// cells in folded name order, with the level its members' published levels allow beside the decided one. Counted by
/// <c>GET /statistics/ratings</c>, listed a page at a time by <c>GET /statistics/ratings/organizations</c> (ADR 0078).
/// </summary>
internal static class RatingOrganizationRows
{
    /// <summary>The subtree the rating statistics read: the one asked for, else the caller's scope (everything for an administrator).</summary>
    public static Guid? RootOf(ICurrentUser user, Guid? organizationId) => organizationId ?? (user.IsInRole(Roles.Admin) ? null : user.OrganizationId);

    public static async Task<List<OrganizationLevelRowDto>> RowsAsync(
        IAppDbContext db, IDisciplineRecords discipline, RatingYearGroups ratingYear, CancellationToken cancellationToken)
    {
        // The organisations disciplined in the year: one query, not one per organisation.
        var disciplinedOrganizations = await discipline.OrganizationsDisciplinedAsync(ratingYear.Year, cancellationToken);
        var countedCampaigns = ratingYear.Campaigns.Where(c => c.Counted).ToList();
        var allIds = countedCampaigns
            .SelectMany(c => c.Groups.Where(g => g.HasLevel).Select(g => g.CellId).Concat(c.Campaign.OrganizationRatings.Select(o => o.OrganizationId)).Append(c.Campaign.OrganizationId))
            .Distinct()
            .ToList();
        var names = allIds.Count == 0 ? [] : await db.Organizations.AsNoTracking().Where(o => allIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.NameFolded }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var rows = new List<OrganizationLevelRowDto>();
        foreach (var c in countedCampaigns)
        {
            // Each organisation's levels counted once (linear in the groups: a campaign of thousands of cells is not
            // read once per cell, issue 12); the committee counts every cell's.
            var (byCell, all) = RatingViews.CountByCell(c.Groups.Where(g => g.HasLevel).Select(g => (g.CellId, g.Level, g.Count)));

            var decisions = RatingViews.DecisionsByOrganization(c.Campaign);
            var ids = byCell.Keys.Concat(c.Campaign.OrganizationRatings.Select(o => o.OrganizationId)).Append(c.Campaign.OrganizationId).Distinct()
                .Where(id => ratingYear.Subtree is null || ratingYear.Subtree.Contains(id))
                .ToList();
            // The committee first, then its cells in folded name order (as a campaign's organisations are listed).
            foreach (var id in ids.Where(id => id == c.Campaign.OrganizationId)
                .Concat(ids.Where(id => id != c.Campaign.OrganizationId).InNameOrder(id => names[id].NameFolded, id => names[id].Name, id => id)))
            {
                var levels = id == c.Campaign.OrganizationId ? all : byCell.GetValueOrDefault(id);
                var conditions = RatingRules.ConditionsFor(c.Rules, levels, disciplinedOrganizations.Contains(id));
                var decided = decisions.GetValueOrDefault(id);
                rows.Add(new OrganizationLevelRowDto(
                    id, names[id].Name, c.Campaign.Id, conditions.Rated, conditions.GoodOrBetter, conditions.MaxLevel, EvaluationLabels.Of(conditions.MaxLevel),
                    decided?.Level, decided is null ? null : EvaluationLabels.Of(decided.Level)));
            }
        }

        return rows;
    }
}

/// <summary>A page of the organisations of the rating statistics of <see cref="Year"/> for the subtree of <see cref="OrganizationId"/> (the caller's scope when null).</summary>
public sealed record ListRatingStatisticsOrganizationsQuery([property: Required] int? Year, Guid? OrganizationId = null, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize)
    : IQuery<PagedList<OrganizationLevelRowDto>>;

public sealed class ListRatingStatisticsOrganizationsValidator : AbstractValidator<ListRatingStatisticsOrganizationsQuery>
{
    public ListRatingStatisticsOrganizationsValidator()
    {
        RuleFor(q => q.Year).NotNull().InclusiveBetween(1930, 2100);
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}

public sealed class ListRatingStatisticsOrganizationsHandler(
    IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<MemberRatingRuleSet> ratingRules, IDisciplineRecords discipline)
    : IQueryHandler<ListRatingStatisticsOrganizationsQuery, PagedList<OrganizationLevelRowDto>>
{
    public async ValueTask<PagedList<OrganizationLevelRowDto>> Handle(ListRatingStatisticsOrganizationsQuery query, CancellationToken cancellationToken)
    {
        var rootId = RatingOrganizationRows.RootOf(user, query.OrganizationId);
        _ = await scope.SubtreeAsync(rootId, cancellationToken);
        var ratingYear = await db.LoadRatingYearGroupsAsync(rootId, query.Year!.Value, time.TodayInVietnam(), ratingRules, cancellationToken);
        var rows = await RatingOrganizationRows.RowsAsync(db, discipline, ratingYear, cancellationToken);
        return PagedList<OrganizationLevelRowDto>.Of(rows, query.Page, query.PageSize);
    }
}
