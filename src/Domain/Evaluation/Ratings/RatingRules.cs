using System.Globalization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Evaluation.Ratings;

/// <summary>What the campaign knows of a member's year, from the data and from the cell's review.</summary>
/// <param name="Disciplined">A disciplinary action against the member was decided in the year (inspection module).</param>
/// <param name="DisciplineSelfDetectedAndRemedied">Every such violation was self-detected and its consequences remedied.</param>
/// <param name="ConcludedDegraded">Concluded by the competent body to show signs of degradation (recorded by the cell).</param>
/// <param name="UnderHalfTargets">Reached under 50% of the year's targets (recorded by the cell).</param>
/// <param name="CivilServantLevel">The member's civil-servant rating of the year, if any.</param>
/// <param name="SickLeaveMonths">Months of sick leave in the year (recorded by the cell).</param>
public sealed record MemberYearFacts(
    bool Disciplined,
    bool DisciplineSelfDetectedAndRemedied,
    bool ConcludedDegraded,
    bool UnderHalfTargets,
    EvaluationLevel? CivilServantLevel,
    int SickLeaveMonths);

/// <summary>A cap applied to a member's level: its code, the best level it allows and the rule it comes from.</summary>
/// <param name="Code">Stable code, e.g. <c>rating.cap.disciplined</c>.</param>
/// <param name="MaxLevel">The best level allowed.</param>
/// <param name="Source">The rule set (or setting) that imposes it.</param>
public sealed record RatingCap(string Code, EvaluationLevel MaxLevel, string Source);

/// <summary>The caps, the quota and the organisation conditions of the annual rating.</summary>
public static class RatingRules
{
    public const string CapDisciplined = "rating.cap.disciplined";
    public const string CapDegraded = "rating.cap.degraded";
    public const string CapUnderHalfTargets = "rating.cap.under_half_targets";
    public const string CapCivilServant = "rating.cap.civil_servant_not_completed";
    public const string CapSickLeave = "rating.cap.sick_leave";

    /// <summary>
    /// The caps the facts impose under <paramref name="rules"/>: discipline of the year (not under a set that exempts
    /// self-detected and remedied violations when they all were), a conclusion of degradation, under 50% of targets and a
    /// civil-servant NOT_COMPLETED cap at NOT_COMPLETED; sick leave of <paramref name="sickLeaveCapMonths"/> months or more
    /// caps below GOOD (COMPLETED).
    /// </summary>
    public static IReadOnlyList<RatingCap> CapsFor(MemberRatingRuleSet rules, MemberYearFacts facts, int sickLeaveCapMonths)
    {
        var caps = new List<RatingCap>();
        var source = rules.Source.Code;
        if (facts.Disciplined && !(rules.SelfDetectedDisciplineExempt && facts.DisciplineSelfDetectedAndRemedied))
        {
            caps.Add(new(CapDisciplined, EvaluationLevel.NotCompleted, source));
        }

        if (facts.ConcludedDegraded)
        {
            caps.Add(new(CapDegraded, EvaluationLevel.NotCompleted, source));
        }

        if (facts.UnderHalfTargets)
        {
            caps.Add(new(CapUnderHalfTargets, EvaluationLevel.NotCompleted, source));
        }

        if (facts.CivilServantLevel == EvaluationLevel.NotCompleted)
        {
            caps.Add(new(CapCivilServant, EvaluationLevel.NotCompleted, source));
        }

        if (facts.SickLeaveMonths >= sickLeaveCapMonths)
        {
            caps.Add(new(CapSickLeave, EvaluationLevel.Completed, "setting Ratings:SickLeaveCapMonths"));
        }

        return caps;
    }

    /// <summary>The best level the caps allow (EXCELLENT when none).</summary>
    public static EvaluationLevel MaxLevel(IEnumerable<RatingCap> caps) =>
        caps.Select(c => c.MaxLevel).DefaultIfEmpty(EvaluationLevel.Excellent).Max();

    /// <summary>Refuses <paramref name="level"/> above a cap (<c>rating.above_cap</c>, naming the cap's code and source).</summary>
    public static void EnsureWithinCaps(EvaluationLevel level, IReadOnlyList<RatingCap> caps)
    {
        var binding = caps.Where(c => level < c.MaxLevel).OrderByDescending(c => c.MaxLevel).FirstOrDefault();
        if (binding is not null)
        {
            throw new DomainRuleException(
                "rating.above_cap",
                "The level is above the cap that applies to the member.",
                RuleViolationKind.Unprocessable,
                binding.Code,
                WireFormat.Code(binding.MaxLevel),
                binding.Source);
        }
    }

    /// <summary>
    /// The quota: EXCELLENT at most <see cref="MemberRatingRuleSet.ExcellentQuotaPercent"/> of those rated GOOD or better,
    /// in the grassroots organisation and, where the set says so, in each group of comparable tasks. Refused
    /// (<c>rating.quota_exceeded</c>) with the group, EXCELLENT count, GOOD-or-better count and the most allowed.
    /// </summary>
    public static void EnsureQuota(MemberRatingRuleSet rules, IReadOnlyCollection<(EvaluationLevel Level, string? TaskGroup)> decided) =>
        EnsureQuota(rules, decided.Select(d => (d.Level, d.TaskGroup, 1)));

    /// <summary>
    /// <see cref="EnsureQuota(MemberRatingRuleSet, IReadOnlyCollection{ValueTuple{EvaluationLevel, string}})"/> over
    /// decisions counted in groups (level, task group, members): the same checks, without one entry per member.
    /// </summary>
    public static void EnsureQuota(MemberRatingRuleSet rules, IEnumerable<(EvaluationLevel Level, string? TaskGroup, int Count)> decided)
    {
        var groups = decided.ToList();
        Check(rules, null, LevelCounts.Of(groups.Select(d => (d.Level, d.Count))));
        if (rules.QuotaPerTaskGroup)
        {
            foreach (var group in groups.Where(d => !string.IsNullOrWhiteSpace(d.TaskGroup)).GroupBy(d => d.TaskGroup!.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                Check(rules, group.Key, LevelCounts.Of(group.Select(d => (d.Level, d.Count))));
            }
        }
    }

    /// <summary>The most members that may be EXCELLENT when <paramref name="goodOrBetter"/> are GOOD or better.</summary>
    public static int QuotaFor(MemberRatingRuleSet rules, int goodOrBetter) => goodOrBetter * rules.ExcellentQuotaPercent / 100;

    private static void Check(MemberRatingRuleSet rules, string? group, LevelCounts levels)
    {
        var excellent = levels.Excellent;
        var goodOrBetter = levels.GoodOrBetter;
        if (excellent * 100 > goodOrBetter * rules.ExcellentQuotaPercent)
        {
            throw new DomainRuleException(
                "rating.quota_exceeded",
                "The decision would rate more members EXCELLENT than the quota allows.",
                RuleViolationKind.Conflict,
                group ?? "(organisation)",
                excellent.ToString(CultureInfo.InvariantCulture),
                goodOrBetter.ToString(CultureInfo.InvariantCulture),
                QuotaFor(rules, goodOrBetter).ToString(CultureInfo.InvariantCulture),
                rules.Source.Code);
        }
    }

    /// <summary>
    /// The organisation conditions computed from its members' decided levels (and whether it was disciplined in the
    /// year): the best level they allow and each condition checked.
    /// </summary>
    public static OrganizationConditions ConditionsFor(MemberRatingRuleSet rules, IReadOnlyCollection<EvaluationLevel> memberLevels, bool disciplined) =>
        ConditionsFor(rules, LevelCounts.Of(memberLevels.Select(l => (l, 1))), disciplined);

    /// <summary>The organisation conditions from its members' levels counted (<see cref="LevelCounts"/>): the same as from the levels one by one.</summary>
    public static OrganizationConditions ConditionsFor(MemberRatingRuleSet rules, LevelCounts memberLevels, bool disciplined)
    {
        var rated = memberLevels.Rated;
        var goodOrBetter = memberLevels.GoodOrBetter;
        var completedOrBetter = memberLevels.CompletedOrBetter;
        var notCompleted = rated - completedOrBetter;
        var tooManyNotCompleted = notCompleted * 100 > rated * rules.OrganizationNotCompletedAbovePercent;
        var allCompleted = completedOrBetter == rated;
        var excellentShare = goodOrBetter * 100 >= rated * rules.OrganizationExcellentMinGoodPercent;
        var goodShare = goodOrBetter * 100 >= rated * rules.OrganizationGoodMinGoodPercent;
        var max = disciplined || tooManyNotCompleted ? EvaluationLevel.NotCompleted
            : allCompleted && excellentShare ? EvaluationLevel.Excellent
            : goodShare ? EvaluationLevel.Good
            : EvaluationLevel.Completed;
        return new OrganizationConditions(
            max, rated, goodOrBetter, completedOrBetter, notCompleted, disciplined,
            [
                new("rating.org.all_completed", allCompleted),
                new("rating.org.excellent_share_good", excellentShare),
                new("rating.org.good_share_good", goodShare),
                new("rating.org.not_completed_share", !tooManyNotCompleted),
                new("rating.org.not_disciplined", !disciplined),
            ],
            rules.Source.Code);
    }

    /// <summary>Refuses an organisation level better than its conditions allow (<c>rating.organization_condition</c>).</summary>
    public static void EnsureOrganizationLevel(EvaluationLevel level, OrganizationConditions conditions)
    {
        if (level < conditions.MaxLevel)
        {
            throw new DomainRuleException(
                "rating.organization_condition",
                "The organisation's level contradicts the conditions computed from its members' results.",
                RuleViolationKind.Unprocessable,
                WireFormat.Code(level),
                WireFormat.Code(conditions.MaxLevel),
                conditions.RuleSetCode);
        }
    }

    /// <summary>
    /// A member admitted less than 6 months before <paramref name="referenceDate"/> is reviewed, not rated: rated when
    /// the admission decision is 6 months or more before it (the same day of the month six months later counts).
    /// </summary>
    public static bool RatedByTenure(DateOnly admittedOn, DateOnly referenceDate) => admittedOn.AddMonths(6) <= referenceDate;
}

/// <summary>One organisation condition and whether it holds.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Met">Whether it holds.</param>
public sealed record OrganizationCondition(string Code, bool Met);

/// <summary>The organisation conditions computed from the members' results.</summary>
/// <param name="MaxLevel">The best level they allow.</param>
/// <param name="Rated">Members rated.</param>
/// <param name="GoodOrBetter">Of them GOOD or better.</param>
/// <param name="CompletedOrBetter">Of them COMPLETED or better.</param>
/// <param name="NotCompleted">Of them NOT_COMPLETED.</param>
/// <param name="Disciplined">The organisation was disciplined in the year.</param>
/// <param name="Conditions">Each condition checked.</param>
/// <param name="RuleSetCode">The rule set applied.</param>
public sealed record OrganizationConditions(
    EvaluationLevel MaxLevel,
    int Rated,
    int GoodOrBetter,
    int CompletedOrBetter,
    int NotCompleted,
    bool Disciplined,
    IReadOnlyList<OrganizationCondition> Conditions,
    string RuleSetCode);

/// <summary>
/// Members counted per level: all the quota and the organisation conditions read of their levels, so that a large
/// campaign's levels are counted in SQL (grouped) rather than listed one per member (issue 12).
/// </summary>
/// <param name="Excellent">Members EXCELLENT.</param>
/// <param name="Good">Members GOOD.</param>
/// <param name="Completed">Members COMPLETED.</param>
/// <param name="NotCompleted">Members NOT_COMPLETED.</param>
public readonly record struct LevelCounts(int Excellent, int Good, int Completed, int NotCompleted)
{
    /// <summary>Members with a level.</summary>
    public int Rated => Excellent + Good + Completed + NotCompleted;

    /// <summary>EXCELLENT or GOOD.</summary>
    public int GoodOrBetter => Excellent + Good;

    /// <summary>COMPLETED or better.</summary>
    public int CompletedOrBetter => Excellent + Good + Completed;

    /// <summary>These counts with <paramref name="count"/> more members at <paramref name="level"/>.</summary>
    public LevelCounts Add(EvaluationLevel level, int count) => level switch
    {
        EvaluationLevel.Excellent => this with { Excellent = Excellent + count },
        EvaluationLevel.Good => this with { Good = Good + count },
        EvaluationLevel.Completed => this with { Completed = Completed + count },
        EvaluationLevel.NotCompleted => this with { NotCompleted = NotCompleted + count },
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a level."),
    };

    /// <summary>The counts of levels given with how many members have each (a level may repeat).</summary>
    public static LevelCounts Of(IEnumerable<(EvaluationLevel Level, int Count)> levels)
    {
        var counts = default(LevelCounts);
        foreach (var (level, count) in levels)
        {
            counts = counts.Add(level, count);
        }

        return counts;
    }
}
