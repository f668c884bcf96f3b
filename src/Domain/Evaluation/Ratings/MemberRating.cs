using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Evaluation.Ratings;

/// <summary>A level given on a step: the level and, on the 100-point scale, the score it comes from.</summary>
/// <param name="Level">The level (on the scale: the score's).</param>
/// <param name="Score">The score (0–100), on the 100-point scale only.</param>
public sealed record RatedLevel(EvaluationLevel Level, decimal? Score)
{
    /// <summary>The points per criteria group the score is the sum of, when given (in the rule set's group order).</summary>
    public IReadOnlyList<GroupPoints>? Points { get; init; }

    /// <summary>The points as stored: <c>GROUP=points</c> pairs joined by <c>;</c> (invariant culture); null without points.</summary>
    public static string? Encode(IReadOnlyList<GroupPoints>? points) =>
        points is null || points.Count == 0
            ? null
            : string.Join(';', points.Select(p => p.Group + "=" + p.Points.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The points read back from <see cref="Encode"/>'s form.</summary>
    public static IReadOnlyList<GroupPoints>? Decode(string? text) =>
        string.IsNullOrEmpty(text)
            ? null
            : [.. text.Split(';').Select(pair => pair.Split('=')).Select(p => new GroupPoints(p[0], decimal.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>
    /// The level to record: on the 100-point scale the score is required (<c>rating.score_required</c>) and gives the
    /// level (a level that differs is refused: <c>rating.level_differs_from_score</c>); without a scale a score is refused
    /// (<c>rating.score_not_used</c>) and the level is required.
    /// </summary>
    public static RatedLevel Of(MemberRatingRuleSet rules, EvaluationLevel? level, decimal? score)
    {
        return OfScore(rules, level, score);
    }

    /// <summary>
    /// The level to record from points per criteria group (<paramref name="points"/>; null or empty: as
    /// <see cref="Of(MemberRatingRuleSet, EvaluationLevel?, decimal?)"/>). Points are taken only by a version with groups
    /// (<c>rating.points_not_used</c>); every group once (<c>rating.points_group_unknown</c>, <c>rating.points_group_duplicate</c>,
    /// <c>rating.points_group_missing</c>), each within its maximum (<c>rating.points_above_group_max</c>); the score is their
    /// sum (a score that differs: <c>rating.score_differs_from_points</c>) and gives the level.
    /// </summary>
    public static RatedLevel Of(MemberRatingRuleSet rules, EvaluationLevel? level, decimal? score, IReadOnlyList<GroupPoints>? points)
    {
        if (points is null || points.Count == 0)
        {
            return OfScore(rules, level, score);
        }

        if (rules.PointGroups.Count == 0)
        {
            throw new DomainRuleException("rating.points_not_used", "The rule set takes no points per criteria group.", RuleViolationKind.Unprocessable, rules.Source.Code);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in points)
        {
            var group = rules.PointGroups.FirstOrDefault(g => string.Equals(g.Code, p.Group, StringComparison.OrdinalIgnoreCase))
                ?? throw new DomainRuleException("rating.points_group_unknown", "The criteria group is not one of the rule set.", RuleViolationKind.Unprocessable, p.Group, rules.Source.Code);
            if (!seen.Add(group.Code))
            {
                throw new DomainRuleException("rating.points_group_duplicate", "A criteria group is given twice.", RuleViolationKind.Unprocessable, group.Code);
            }

            if (p.Points < 0 || p.Points > group.MaxPoints)
            {
                throw new DomainRuleException(
                    "rating.points_above_group_max", "The points are above the group's maximum.", RuleViolationKind.Unprocessable,
                    group.Code, p.Points.ToString(System.Globalization.CultureInfo.InvariantCulture), group.MaxPoints.ToString(System.Globalization.CultureInfo.InvariantCulture), rules.Source.Code);
            }
        }

        if (rules.PointGroups.FirstOrDefault(g => !seen.Contains(g.Code)) is { } missing)
        {
            throw new DomainRuleException("rating.points_group_missing", "Every criteria group needs its points.", RuleViolationKind.Unprocessable, missing.Code);
        }

        var total = points.Sum(p => p.Points);
        if (score is not null && score.Value != total)
        {
            throw new DomainRuleException(
                "rating.score_differs_from_points", "The score is not the sum of the groups' points.", RuleViolationKind.Unprocessable,
                score.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var ordered = rules.PointGroups.Select(g => new GroupPoints(g.Code, points.First(p => string.Equals(p.Group, g.Code, StringComparison.OrdinalIgnoreCase)).Points)).ToList();
        return OfScore(rules, level, total) with { Points = ordered };
    }

    private static RatedLevel OfScore(MemberRatingRuleSet rules, EvaluationLevel? level, decimal? score)
    {
        if (rules.UsesPointScale)
        {
            if (score is null)
            {
                throw new DomainRuleException("rating.score_required", "The rule set rates on the 100-point scale: a score is required.", RuleViolationKind.Unprocessable, rules.Source.Code);
            }

            var fromScore = rules.LevelFromScore(score.Value);
            if (level is not null && level != fromScore)
            {
                throw new DomainRuleException(
                    "rating.level_differs_from_score", "The level is not the one the score gives.", RuleViolationKind.Unprocessable, WireFormat.Code(level.Value), WireFormat.Code(fromScore));
            }

            return new RatedLevel(fromScore, score);
        }

        if (score is not null)
        {
            throw new DomainRuleException("rating.score_not_used", "The rule set does not rate on a point scale.", RuleViolationKind.Unprocessable, rules.Source.Code);
        }

        return new RatedLevel(level ?? throw new DomainRuleException("rating.level_required", "A level is required.", RuleViolationKind.Unprocessable), null);
    }
}

/// <summary>Points given to one criteria group of the 100-point scale.</summary>
/// <param name="Group">The group's code (see <see cref="MemberRatingRuleSet.PointGroups"/>).</param>
/// <param name="Points">The points (0 to the group's maximum).</param>
public sealed record GroupPoints(string Group, decimal Points);

/// <summary>
/// A member's annual rating in a campaign: who rates him (his cell on the reference date, with the host's or the previous
/// cell's comments), his self-assessment, the cell's proposal with the caps applied, the committee's decision and the
/// dated corrections after publication.
/// </summary>
public sealed class MemberRating : AggregateRoot
{
    public const int CommentsMaxLength = 4000;
    public const int TaskGroupMaxLength = 100;

    private readonly List<RatingCorrection> corrections = [];

    private MemberRating(Guid id, Guid campaignId, Guid memberId, Guid cellId)
        : base(id)
    {
        CampaignId = campaignId;
        MemberId = memberId;
        CellId = cellId;
    }

    public Guid CampaignId { get; private set; }

    public Guid MemberId { get; private set; }

    /// <summary>The cell that rates him (counted there on the reference date).</summary>
    public Guid CellId { get; private set; }

    /// <summary>Rated (false: listed, not rated — <see cref="NotRatedReason"/>).</summary>
    public bool Rated { get; private set; }

    public NotRatedReason? NotRatedReason { get; private set; }

    public RatingArrangement Arrangement { get; private set; }

    /// <summary>The host (temporary transfer) or the previous cell (moved cells), as text.</summary>
    public string? OtherOrganization { get; private set; }

    /// <summary>The host's or the previous cell's comments.</summary>
    public string? OtherOrganizationComments { get; private set; }

    /// <summary>The group of comparable tasks (for the quota where the rule set counts per group).</summary>
    public string? TaskGroup { get; private set; }

    public EvaluationLevel? SelfLevel { get; private set; }

    public decimal? SelfScore { get; private set; }

    /// <summary>The self-assessment's points per criteria group (<see cref="RatedLevel.Encode"/>), when given.</summary>
    public string? SelfPoints { get; private set; }

    public string? SelfComments { get; private set; }

    public DateOnly? SelfAssessedOn { get; private set; }

    public EvaluationLevel? ProposedLevel { get; private set; }

    public decimal? ProposedScore { get; private set; }

    /// <summary>The proposal's points per criteria group (<see cref="RatedLevel.Encode"/>), when given.</summary>
    public string? ProposedPoints { get; private set; }

    public string? ProposalComments { get; private set; }

    public DateOnly? ProposedOn { get; private set; }

    /// <summary>Facts recorded by the cell with its proposal.</summary>
    public bool ConcludedDegraded { get; private set; }

    public bool UnderHalfTargets { get; private set; }

    public int SickLeaveMonths { get; private set; }

    /// <summary>The caps applied at the last proposal or decision (codes, comma-separated).</summary>
    public string? CapCodes { get; private set; }

    public EvaluationLevel? DecidedLevel { get; private set; }

    public decimal? DecidedScore { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public IReadOnlyList<RatingCorrection> Corrections => corrections;

    /// <summary>Lists a member in a campaign.</summary>
    public static MemberRating List(
        Guid id, Guid campaignId, Guid memberId, Guid cellId, NotRatedReason? notRated, RatingArrangement arrangement, string? otherOrganization) =>
        new(id, campaignId, memberId, cellId)
        {
            Rated = notRated is null,
            NotRatedReason = notRated,
            Arrangement = arrangement,
            OtherOrganization = otherOrganization,
        };

    /// <summary>The member's self-assessment, at the self-assessment step.</summary>
    public void SelfAssess(RatingCampaign campaign, RatedLevel level, string? comments, DateOnly on, DateOnly today)
    {
        campaign.EnsureStep(RatingStep.SelfAssessment);
        EnsureRated();
        EnsureDate(on, today, campaign.ReachedOn(RatingStep.SelfAssessment)!.Value);
        SelfLevel = level.Level;
        SelfScore = level.Score;
        SelfPoints = RatedLevel.Encode(level.Points);
        SelfComments = Clean(comments);
        SelfAssessedOn = on;
    }

    /// <summary>
    /// The cell's proposal at the cell-review step, with the facts it records; refused above a cap
    /// (<c>rating.above_cap</c> with the cap's code and source). Returns the caps applied.
    /// </summary>
    public IReadOnlyList<RatingCap> Propose(
        RatingCampaign campaign, MemberRatingRuleSet rules, RatedLevel level, string? comments, string? otherComments, string? taskGroup,
        MemberYearFacts facts, int sickLeaveCapMonths, DateOnly on, DateOnly today)
    {
        campaign.EnsureStep(RatingStep.CellReview);
        EnsureRated();
        EnsureDate(on, today, campaign.ReachedOn(RatingStep.CellReview)!.Value);
        var caps = RatingRules.CapsFor(rules, facts, sickLeaveCapMonths);
        RatingRules.EnsureWithinCaps(level.Level, caps);
        ProposedLevel = level.Level;
        ProposedScore = level.Score;
        ProposedPoints = RatedLevel.Encode(level.Points);
        ProposalComments = Clean(comments);
        OtherOrganizationComments = Clean(otherComments);
        TaskGroup = Clean(taskGroup);
        ConcludedDegraded = facts.ConcludedDegraded;
        UnderHalfTargets = facts.UnderHalfTargets;
        SickLeaveMonths = facts.SickLeaveMonths;
        CapCodes = Codes(caps);
        ProposedOn = on;
        return caps;
    }

    /// <summary>The committee's decision at the decision step, within the caps (the quota is checked over the campaign by the caller).</summary>
    public void Decide(RatingCampaign campaign, RatedLevel level, IReadOnlyList<RatingCap> caps, DateOnly on, DateOnly today)
    {
        campaign.EnsureStep(RatingStep.Decision);
        EnsureRated();
        EnsureDate(on, today, campaign.ReachedOn(RatingStep.Decision)!.Value);
        RatingRules.EnsureWithinCaps(level.Level, caps);
        DecidedLevel = level.Level;
        DecidedScore = level.Score;
        DecidedOn = on;
        CapCodes = Codes(caps);
    }

    /// <summary>A dated correction with a reason after publication: the only way to change a published result.</summary>
    public RatingCorrection Correct(RatingCampaign campaign, RatedLevel level, IReadOnlyList<RatingCap> caps, string reason, DateOnly on, DateOnly today)
    {
        campaign.EnsureStep(RatingStep.Published);
        EnsureRated();
        EnsureDate(on, today, campaign.PublishedOn!.Value);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("rating.correction_reason_required", "A correction needs a reason.", RuleViolationKind.Unprocessable);
        }

        if (level.Level == DecidedLevel && level.Score == DecidedScore)
        {
            throw new DomainRuleException("rating.correction_unchanged", "The correction does not change the result.", RuleViolationKind.Unprocessable);
        }

        RatingRules.EnsureWithinCaps(level.Level, caps);
        var correction = new RatingCorrection(Ids.NewVersion7(), Id, on, DecidedLevel!.Value, level.Level, level.Score, reason.Trim());
        corrections.Add(correction);
        DecidedLevel = level.Level;
        DecidedScore = level.Score;
        CapCodes = Codes(caps);
        return correction;
    }

    /// <summary>The facts recorded at the proposal, with the data-driven ones given.</summary>
    public MemberYearFacts Facts(bool disciplined, bool selfDetectedAndRemedied, EvaluationLevel? civilServantLevel) =>
        new(disciplined, selfDetectedAndRemedied, ConcludedDegraded, UnderHalfTargets, civilServantLevel, SickLeaveMonths);

    private void EnsureRated()
    {
        if (!Rated)
        {
            throw new DomainRuleException("rating.not_rated", "The member is listed but not rated in this campaign.", RuleViolationKind.Unprocessable, WireFormat.Code(NotRatedReason!.Value));
        }
    }

    private static void EnsureDate(DateOnly on, DateOnly today, DateOnly earliest)
    {
        if (EventDates.Problem(on, today, earliest) is { } problem)
        {
            throw new DomainRuleException(problem, "The date is within the step, not in the future.", RuleViolationKind.Unprocessable, WireFormat.Date(on));
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Codes(IReadOnlyList<RatingCap> caps) => caps.Count == 0 ? null : string.Join(",", caps.Select(c => c.Code));
}

/// <summary>A dated correction of a published result, with its reason.</summary>
public sealed class RatingCorrection : Entity, IAuditable
{
    public const int ReasonMaxLength = 2000;

    internal RatingCorrection(Guid id, Guid ratingId, DateOnly correctedOn, EvaluationLevel fromLevel, EvaluationLevel toLevel, decimal? toScore, string reason)
        : base(id)
    {
        RatingId = ratingId;
        CorrectedOn = correctedOn;
        FromLevel = fromLevel;
        ToLevel = toLevel;
        ToScore = toScore;
        Reason = reason;
    }

    public Guid RatingId { get; private set; }

    public DateOnly CorrectedOn { get; private set; }

    public EvaluationLevel FromLevel { get; private set; }

    public EvaluationLevel ToLevel { get; private set; }

    public decimal? ToScore { get; private set; }

    public string Reason { get; private set; }
}

/// <summary>Labels of the rating codes.</summary>
public static class RatingLabels
{
    public static BilingualLabel Of(RatingStep step) => step switch
    {
        RatingStep.Open => new("Mở đợt đánh giá", "Opened"),
        RatingStep.SelfAssessment => new("Đảng viên tự đánh giá", "Self-assessments"),
        RatingStep.CellReview => new("Chi bộ nhận xét, đề xuất", "Cell review and proposal"),
        RatingStep.CommitteeAppraisal => new("Đảng ủy thẩm định", "Committee appraisal"),
        RatingStep.Decision => new("Quyết định xếp loại", "Decision"),
        _ => new("Công bố kết quả", "Published"),
    };

    public static BilingualLabel Of(NotRatedReason reason) => reason switch
    {
        NotRatedReason.ExemptOrSuspended => new("Miễn sinh hoạt hoặc bị đình chỉ sinh hoạt", "Exempt or suspended"),
        _ => new("Kết nạp chưa đủ 6 tháng: kiểm điểm, không xếp loại", "Admitted under 6 months: reviewed, not rated"),
    };

    public static BilingualLabel Of(RatingArrangement arrangement) => arrangement switch
    {
        RatingArrangement.Regular => new("Chi bộ đang sinh hoạt đánh giá", "Rated by his cell"),
        RatingArrangement.TemporarilyTransferred => new("Chi bộ gốc đánh giá, có nhận xét của nơi sinh hoạt tạm thời", "Rated by the home cell with the host's comments"),
        _ => new("Chi bộ mới đánh giá, có nhận xét của chi bộ cũ", "Rated by the receiving cell with the previous cell's comments"),
    };
}
