using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings.GetMemberRating;

/// <summary>One member's rating: a member reads only his own; other roles those rated by cells in their scope.</summary>
public sealed record GetMemberRatingQuery(Guid Id) : IQuery<MemberRatingDto>;

public sealed class GetMemberRatingHandler(
    IAppDbContext db, IOrganizationScope scope, ICurrentUser user, RuleBook<MemberRatingRuleSet> rules, IDisciplineRecords discipline,
    IEnumerable<ICivilServantRatingLookup> civilServants, RatingOptions options)
    : IQueryHandler<GetMemberRatingQuery, MemberRatingDto>
{
    public async ValueTask<MemberRatingDto> Handle(GetMemberRatingQuery query, CancellationToken cancellationToken) =>
        await db.ToDtoAsync(await db.LoadRatingAsync(scope, user, query.Id, tracking: false, cancellationToken), rules, discipline, civilServants, options, cancellationToken);
}
