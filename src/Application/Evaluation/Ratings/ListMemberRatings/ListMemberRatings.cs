using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings.ListMemberRatings;

/// <summary>
/// The members listed in a campaign that the caller reaches, a page at a time (ADR 0074): a member acting as such only
/// his own line; other roles the members rated by cells in their scope (cellId narrows to one cell). In cell name order
/// (folded), then Vietnamese name order, the line's id last so that pages never overlap.
/// </summary>
public sealed record ListMemberRatingsQuery(Guid CampaignId, Guid? CellId = null, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize)
    : IQuery<PagedList<MemberRatingSummaryDto>>;

public sealed class ListMemberRatingsValidator : AbstractValidator<ListMemberRatingsQuery>
{
    public ListMemberRatingsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}

public sealed class ListMemberRatingsHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user)
    : IQueryHandler<ListMemberRatingsQuery, PagedList<MemberRatingSummaryDto>>
{
    public async ValueTask<PagedList<MemberRatingSummaryDto>> Handle(ListMemberRatingsQuery query, CancellationToken cancellationToken)
    {
        var member = user.ActsAsMember();
        await db.LoadCampaignAsync(scope, query.CampaignId, tracking: false, manage: false, cancellationToken);
        var ratings = db.MemberRatings.AsNoTracking().Where(r => r.CampaignId == query.CampaignId);
        if (member)
        {
            ratings = ratings.Where(r => r.MemberId == user.MemberId);
        }
        else
        {
            var cells = await scope.SubtreeAsync(null, cancellationToken);
            if (cells is not null)
            {
                ratings = ratings.Where(r => cells.Contains(r.CellId));
            }
        }

        if (query.CellId is { } cellId)
        {
            ratings = ratings.Where(r => r.CellId == cellId);
        }

        // The lines counted per cell (the campaign's index by cell), the cells put in name order, and only the cells the
        // page falls in read line by line: a page costs the campaign's cells, not its lines (a committee's campaign over
        // 100k members answered 34 MB at once, ADR 0074).
        var counts = await ratings.GroupBy(r => r.CellId).Select(g => new { CellId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var cellIds = counts.Select(c => c.CellId).ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => cellIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.NameFolded }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var ordered = counts.InNameOrder(c => names[c.CellId].NameFolded, c => names[c.CellId].Name, c => c.CellId).ToList();

        var items = new List<MemberRatingSummaryDto>(query.PageSize);
        var skip = (long)(query.Page - 1) * query.PageSize;
        foreach (var cell in ordered)
        {
            if (skip >= cell.Count)
            {
                skip -= cell.Count;
                continue;
            }

            var id = cell.CellId;
            var rows = await (from r in ratings.Where(r => r.CellId == id)
                              join m in db.Members.AsNoTracking() on r.MemberId equals m.Id
                              orderby m.NameSortKey, r.Id
                              select new { Rating = r, m.FullName })
                .Skip((int)skip).Take(query.PageSize - items.Count).ToListAsync(cancellationToken);
            var cellName = names[id].Name;
            items.AddRange(rows.Select(x => Summary(x.Rating, x.FullName, cellName)));
            skip = 0;
            if (items.Count == query.PageSize)
            {
                break;
            }
        }

        return new PagedList<MemberRatingSummaryDto>(items, query.Page, query.PageSize, counts.Sum(c => c.Count));
    }

    private static MemberRatingSummaryDto Summary(MemberRating rating, string fullName, string cellName) =>
        new(rating.Id, rating.MemberId, fullName, rating.CellId, cellName, rating.Rated, rating.NotRatedReason, rating.Arrangement,
            rating.SelfLevel, rating.ProposedLevel, rating.DecidedLevel, rating.CapCodes?.Split(',') ?? []);
}
