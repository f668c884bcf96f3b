using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings.GetRatingCampaign;

/// <summary>A campaign with its steps, counts, quota figures and organisation conditions.</summary>
public sealed record GetRatingCampaignQuery(Guid Id) : IQuery<RatingCampaignDto>;

public sealed class GetRatingCampaignHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<MemberRatingRuleSet> rules, IDisciplineRecords discipline)
    : IQueryHandler<GetRatingCampaignQuery, RatingCampaignDto>
{
    public async ValueTask<RatingCampaignDto> Handle(GetRatingCampaignQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.LoadCampaignAsync(scope, query.Id, tracking: false, manage: false, cancellationToken), rules, discipline, cancellationToken);
}
