using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Application.Evaluation.Reviews.GetMonthlyReview;

/// <summary>One review: a member reads only his own; other roles those of the cells in their scope.</summary>
public sealed record GetMonthlyReviewQuery(Guid Id) : IQuery<MonthlyReviewDto>;

public sealed class GetMonthlyReviewHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user) : IQueryHandler<GetMonthlyReviewQuery, MonthlyReviewDto>
{
    public async ValueTask<MonthlyReviewDto> Handle(GetMonthlyReviewQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.LoadReviewForCallerAsync(scope, user, query.Id, tracking: false, cancellationToken), cancellationToken);
}
