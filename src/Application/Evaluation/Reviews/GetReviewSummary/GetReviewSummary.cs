using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Reviews.GetReviewSummary;

/// <summary>One reviewed month.</summary>
/// <param name="Month">Month (1–12).</param>
/// <param name="ReviewId">The review.</param>
/// <param name="OrganizationId">The cell that reviewed.</param>
/// <param name="ReviewedOn">The meeting's date.</param>
/// <param name="Level">The month's level.</param>
/// <param name="LevelLabel">Display label.</param>
/// <param name="UnmetCriteria">Codes of the criteria not met.</param>
/// <param name="Comments">The cell's comments.</param>
public sealed record ReviewedMonthDto(
    int Month, Guid ReviewId, Guid OrganizationId, DateOnly ReviewedOn, EvaluationLevel Level, BilingualLabel LevelLabel, IReadOnlyList<string> UnmetCriteria, string? Comments);

/// <summary>How many months ended at a level.</summary>
public sealed record LevelCountDto(EvaluationLevel Level, BilingualLabel LevelLabel, int Months);

/// <summary>A criterion not met, and in how many months.</summary>
public sealed record UnmetCriterionDto(string CriterionCode, int Months);

/// <summary>A member's monthly reviews of a year, summarised for the annual self-assessment.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="FullName">The member's name.</param>
/// <param name="Year">Year.</param>
/// <param name="MonthsReviewed">Months with a review.</param>
/// <param name="MonthsNotReviewed">Months (begun by today) when the member was expected in a cell and was not reviewed.</param>
/// <param name="Levels">Months per level.</param>
/// <param name="UnmetCriteria">Criteria not met, with the number of months.</param>
/// <param name="Months">The reviewed months.</param>
public sealed record MonthlyReviewSummaryOfYearDto(
    Guid MemberId, string FullName, int Year, int MonthsReviewed, IReadOnlyList<int> MonthsNotReviewed, IReadOnlyList<LevelCountDto> Levels,
    IReadOnlyList<UnmetCriterionDto> UnmetCriteria, IReadOnlyList<ReviewedMonthDto> Months);

/// <summary>A member's year of monthly reviews: a member (role Member) reads only his own.</summary>
public sealed record GetReviewSummaryQuery(Guid MemberId, [property: Required] int? Year) : IQuery<MonthlyReviewSummaryOfYearDto>;

public sealed class GetReviewSummaryValidator : AbstractValidator<GetReviewSummaryQuery>
{
    public GetReviewSummaryValidator() => RuleFor(q => q.Year).NotNull().InclusiveBetween(1930, 2100);
}

public sealed class GetReviewSummaryHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time)
    : IQueryHandler<GetReviewSummaryQuery, MonthlyReviewSummaryOfYearDto>
{
    public async ValueTask<MonthlyReviewSummaryOfYearDto> Handle(GetReviewSummaryQuery query, CancellationToken cancellationToken)
    {
        string fullName;
        if (user.ActsAsMember())
        {
            fullName = user.MemberId == query.MemberId
                ? await db.Members.AsNoTracking().Where(m => m.Id == query.MemberId).Select(m => m.FullName).FirstOrDefaultAsync(cancellationToken)
                  ?? throw new NotFoundException("member.not_found", "Member", query.MemberId)
                : throw new NotFoundException("member.not_found", "Member", query.MemberId);
        }
        else
        {
            fullName = (await db.LoadMemberInScopeAsync(scope, query.MemberId, cancellationToken, tracking: false)).FullName;
        }

        var year = query.Year!.Value;
        var reviews = await db.MonthlyReviews.AsNoTracking().Include(r => r.Checks)
            .Where(r => r.MemberId == query.MemberId && r.Year == year).OrderBy(r => r.Month).ToListAsync(cancellationToken);
        var today = time.TodayInVietnam();
        var notReviewed = new List<int>();
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            if (first > today || reviews.Any(r => r.Month == month))
            {
                continue;
            }

            var last = first.AddMonths(1).AddDays(-1);
            var day = last < today ? last : today;
            var roster = await db.RosterOnAsync(null, day, cancellationToken, query.MemberId);
            if (roster.Any(r => r.IsExpected))
            {
                notReviewed.Add(month);
            }
        }

        var levels = Enum.GetValues<EvaluationLevel>()
            .Select(l => new LevelCountDto(l, EvaluationLabels.Of(l), reviews.Count(r => r.Level == l)))
            .ToList();
        var unmet = reviews.SelectMany(r => r.Checks.Where(c => !c.Met).Select(c => c.CriterionCode))
            .GroupBy(c => c, StringComparer.Ordinal)
            .Select(g => new UnmetCriterionDto(g.Key, g.Count()))
            .OrderByDescending(u => u.Months).ThenBy(u => u.CriterionCode, StringComparer.Ordinal)
            .ToList();
        var months = reviews.Select(r => new ReviewedMonthDto(
            r.Month, r.Id, r.OrganizationId, r.ReviewedOn, r.Level, EvaluationLabels.Of(r.Level),
            [.. r.Checks.Where(c => !c.Met).Select(c => c.CriterionCode)], r.Comments)).ToList();
        return new MonthlyReviewSummaryOfYearDto(query.MemberId, fullName, year, reviews.Count, notReviewed, levels, unmet, months);
    }
}
