using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Reviews.ListMonthlyReviews;

/// <summary>A review in a list.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The cell.</param>
/// <param name="MemberId">The member.</param>
/// <param name="FullName">The member's name.</param>
/// <param name="ReviewedOn">The meeting's date.</param>
/// <param name="Year">Year reviewed.</param>
/// <param name="Month">Month reviewed.</param>
/// <param name="Level">EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED.</param>
/// <param name="LevelLabel">Display label.</param>
/// <param name="UnmetCriteria">How many answered criteria the member does not meet.</param>
/// <param name="Version">Concurrency version.</param>
public sealed record MonthlyReviewSummaryDto(
    Guid Id, Guid OrganizationId, Guid MemberId, string FullName, DateOnly ReviewedOn, int Year, int Month, EvaluationLevel Level, BilingualLabel LevelLabel, int UnmetCriteria, long Version);

/// <summary>
/// Reviews of the cells in the subtree of <see cref="OrganizationId"/> (the caller's scope when null), by cell and
/// month; a member (role Member) sees only his own, whatever the filters.
/// </summary>
public sealed record ListMonthlyReviewsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    int? Year = null,
    int? Month = null,
    Guid? MemberId = null) : IQuery<PagedList<MonthlyReviewSummaryDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["reviewedOn", "name"];
}

public sealed class ListMonthlyReviewsValidator : AbstractValidator<ListMonthlyReviewsQuery>
{
    public ListMonthlyReviewsValidator()
    {
        this.AddPagingRules(ListMonthlyReviewsQuery.SortFields);
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
        RuleFor(q => q.Month).InclusiveBetween(1, 12);
        RuleFor(q => q.Month).Null().When(q => q.Year is null).WithMessage("'month' needs 'year'.");
    }
}

public sealed class ListMonthlyReviewsHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user)
    : IQueryHandler<ListMonthlyReviewsQuery, PagedList<MonthlyReviewSummaryDto>>
{
    public async ValueTask<PagedList<MonthlyReviewSummaryDto>> Handle(ListMonthlyReviewsQuery query, CancellationToken cancellationToken)
    {
        var reviews = db.MonthlyReviews.AsNoTracking();
        if (user.ActsAsMember())
        {
            var own = user.MemberId ?? Guid.Empty;
            reviews = reviews.Where(r => r.MemberId == own);
        }

        if (!user.ActsAsMember() || query.OrganizationId is not null)
        {
            var subtree = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
            if (subtree is not null)
            {
                reviews = reviews.Where(r => subtree.Contains(r.OrganizationId));
            }
        }

        if (query.Year is { } year)
        {
            reviews = reviews.Where(r => r.Year == year);
        }

        if (query.Month is { } month)
        {
            reviews = reviews.Where(r => r.Month == month);
        }

        if (query.MemberId is { } memberId)
        {
            reviews = reviews.Where(r => r.MemberId == memberId);
        }

        var rows = from r in reviews
                   join m in db.Members on r.MemberId equals m.Id
                   select new { Review = r, m.FullName, m.NameSortKey };
        var sort = SortOrder.Parse(query.Sort ?? "-reviewedOn", "reviewedOn");
        var ordered = (sort.Field, sort.Descending) switch
        {
            ("name", false) => rows.OrderBy(r => r.NameSortKey).ThenBy(r => r.Review.ReviewedOn),
            ("name", true) => rows.OrderByDescending(r => r.NameSortKey).ThenBy(r => r.Review.ReviewedOn),
            ("reviewedOn", false) => rows.OrderBy(r => r.Review.ReviewedOn).ThenBy(r => r.NameSortKey),
            _ => rows.OrderByDescending(r => r.Review.ReviewedOn).ThenBy(r => r.NameSortKey),
        };

        // The unmet checks counted for the page's reviews only.
        var page = await PagedList<Row>.CreateAsync(
            ordered,
            r => r.Review.Id,
            r => new Row(
                r.Review.Id, r.Review.OrganizationId, r.Review.MemberId, r.FullName, r.Review.ReviewedOn, r.Review.Year, r.Review.Month, r.Review.Level,
                r.Review.Checks.Count(c => !c.Met), r.Review.Version),
            query.Page,
            query.PageSize,
            cancellationToken);
        return page.Map(r => new MonthlyReviewSummaryDto(
            r.Id, r.OrganizationId, r.MemberId, r.FullName, r.ReviewedOn, r.Year, r.Month, r.Level, EvaluationLabels.Of(r.Level), r.Unmet, r.Version));
    }

    private sealed record Row(Guid Id, Guid OrganizationId, Guid MemberId, string FullName, DateOnly ReviewedOn, int Year, int Month, EvaluationLevel Level, int Unmet, long Version);
}
