using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// The published 2020 rating of the demo committee (Hướng dẫn 21-HD/BTCTW), through the domain model: opened on
/// 1 December 2020, every step on its planned date, published on 30 December. Members exempt from activities are
/// listed, not rated; members admitted in 2020 less than 6 months before the opening are reviewed, not rated; the
/// member reprimanded in 2020 (<see cref="DemoDisciplineAndDues.DisciplinedMember"/>) is capped at NOT_COMPLETED; about
/// one in twelve is COMPLETED, the others GOOD, and one in five of those GOOD or better EXCELLENT (the quota: at most
/// 20%). The committee and every cell are decided at the best level their computed conditions allow.
/// </summary>
public static class DemoRatings
{
    public static readonly Guid CampaignId = Guid.Parse("0195a000-0000-7000-8505-000000000001");

    public static readonly int Year = 2020;

    /// <summary>The rating of demo member n (index into <see cref="DemoMembers.All"/>) in the 2020 campaign.</summary>
    public static Guid RatingId(int n) => Guid.Parse($"0195a000-0000-7000-8505-{100000 + n:000000000000}");

    private static readonly DateOnly Today = new(2020, 12, 31);

    public static void Add(AppDbContext db, IReadOnlyList<PartyMember> members, IReadOnlyDictionary<Guid, PartyOrganization> organizations)
    {
        var rules = MemberRatingRuleSet.Statutory.InForceOn(MemberRatingRuleSet.ReferenceDate(Year));
        var opened = new DateOnly(Year, 12, 1);
        var plan = new Dictionary<RatingStep, DateOnly>
        {
            [RatingStep.SelfAssessment] = new(Year, 12, 4),
            [RatingStep.CellReview] = new(Year, 12, 11),
            [RatingStep.CommitteeAppraisal] = new(Year, 12, 18),
            [RatingStep.Decision] = new(Year, 12, 23),
            [RatingStep.Published] = new(Year, 12, 30),
        };
        var campaign = RatingCampaign.Open(CampaignId, DemoData.CommitteeId, Year, opened, Today, plan, MemberRatingRuleSet.Statutory);
        var calendar = WorkingDayCalendar.WeekdaysOnly;

        var ratings = new List<(MemberRating Rating, int Index)>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var placement = member.Placements.FirstOrDefault(p => p.StartsOn <= opened && (p.EndsOn is null || p.EndsOn > opened));
            if (placement is null || member.StatusOn(opened) is not { } status || !MembershipLabels.IsCounted(status))
            {
                continue;
            }

            NotRatedReason? notRated = member.IsExemptOn(opened) || member.IsSuspendedOn(opened) ? NotRatedReason.ExemptOrSuspended
                : !RatingRules.RatedByTenure(member.AdmissionDecisionDate, opened) ? NotRatedReason.AdmittedUnderSixMonths
                : null;
            ratings.Add((MemberRating.List(RatingId(i), CampaignId, member.Id, placement.OrganizationId, notRated, RatingArrangement.Regular, null), i));
        }

        var rated = ratings.Where(r => r.Rating.Rated).ToList();
        var levels = new Dictionary<Guid, EvaluationLevel>();
        for (var k = 0; k < rated.Count; k++)
        {
            levels[rated[k].Rating.Id] = rated[k].Index == DemoDisciplineAndDues.DisciplinedMember ? EvaluationLevel.NotCompleted
                : k % 12 == 7 ? EvaluationLevel.Completed
                : EvaluationLevel.Good;
        }

        var good = rated.Where(r => levels[r.Rating.Id] == EvaluationLevel.Good).ToList();
        var excellent = good.Count * rules.ExcellentQuotaPercent / 100;
        foreach (var r in good.Where((_, k) => k % 5 == 2).Take(excellent))
        {
            levels[r.Rating.Id] = EvaluationLevel.Excellent;
        }

        campaign.Advance(RatingStep.SelfAssessment, plan[RatingStep.SelfAssessment], Today, calendar, 0, 0);
        foreach (var (rating, _) in rated)
        {
            rating.SelfAssess(campaign, new RatedLevel(levels[rating.Id], null), "Tự kiểm điểm, đánh giá năm 2020", new DateOnly(Year, 12, 7), Today);
        }

        campaign.Advance(RatingStep.CellReview, plan[RatingStep.CellReview], Today, calendar, 0, 0);
        var caps = new Dictionary<Guid, IReadOnlyList<RatingCap>>();
        foreach (var (rating, index) in rated)
        {
            var facts = new MemberYearFacts(index == DemoDisciplineAndDues.DisciplinedMember, false, false, false, null, 0);
            caps[rating.Id] = rating.Propose(campaign, rules, new RatedLevel(levels[rating.Id], null), "Chi bộ nhận xét, đề xuất", null, null, facts, 3, new DateOnly(Year, 12, 14), Today);
        }

        campaign.Advance(RatingStep.CommitteeAppraisal, plan[RatingStep.CommitteeAppraisal], Today, calendar, 0, 0);
        campaign.Advance(RatingStep.Decision, plan[RatingStep.Decision], Today, calendar, 0, 0);
        foreach (var (rating, _) in rated)
        {
            rating.Decide(campaign, new RatedLevel(levels[rating.Id], null), caps[rating.Id], plan[RatingStep.Decision], Today);
        }

        RatingRules.EnsureQuota(rules, [.. rated.Select(r => (r.Rating.DecidedLevel!.Value, (string?)null))]);
        foreach (var organizationId in Enumerable.Range(1, 7).Select(DemoData.Cell).Prepend(DemoData.CommitteeId))
        {
            var decided = rated.Where(r => organizationId == DemoData.CommitteeId || r.Rating.CellId == organizationId).Select(r => r.Rating.DecidedLevel!.Value).ToList();
            var conditions = RatingRules.ConditionsFor(rules, decided, disciplined: false);
            campaign.DecideOrganization(organizationId, conditions.MaxLevel, null, plan[RatingStep.Decision], Today, conditions);
        }

        campaign.Advance(RatingStep.Published, plan[RatingStep.Published], Today, calendar, 0, 0);
        db.Add(campaign);
        db.AddRange(ratings.Select(r => r.Rating));

    }
}
