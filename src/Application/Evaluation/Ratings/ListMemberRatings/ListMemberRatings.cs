using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;

namespace PartyCommittee.Application.Evaluation.Ratings.ListMemberRatings;

/// <summary>
/// The members listed in a campaign that the caller reaches: a member acting as such only his own line; other roles the
/// members rated by cells in their scope (cellId narrows to one cell).
/// </summary>
public sealed record ListMemberRatingsQuery(Guid CampaignId, Guid? CellId) : IQuery<IReadOnlyList<MemberRatingSummaryDto>>;

public sealed class ListMemberRatingsHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user) : IQueryHandler<ListMemberRatingsQuery, IReadOnlyList<MemberRatingSummaryDto>>
{
    public async ValueTask<IReadOnlyList<MemberRatingSummaryDto>> Handle(ListMemberRatingsQuery query, CancellationToken cancellationToken)
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

        var rows = await (from r in ratings
                          join m in db.Members.AsNoTracking() on r.MemberId equals m.Id
                          join o in db.Organizations.AsNoTracking() on r.CellId equals o.Id
                          select new { Rating = r, m.FullName, CellName = o.Name })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(x => x.CellName, StringComparer.Ordinal).ThenBy(x => x.FullName, StringComparer.Ordinal)
            .Select(x => new MemberRatingSummaryDto(
                x.Rating.Id, x.Rating.MemberId, x.FullName, x.Rating.CellId, x.CellName, x.Rating.Rated, x.Rating.NotRatedReason, x.Rating.Arrangement,
                x.Rating.SelfLevel, x.Rating.ProposedLevel, x.Rating.DecidedLevel, x.Rating.CapCodes?.Split(',') ?? []))];
    }
}
