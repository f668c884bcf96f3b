using System.Globalization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Evaluation.Ratings;

/// <summary>The steps of an annual rating campaign, in their order.</summary>
public enum RatingStep
{
    /// <summary>Opened: the members to rate are listed.</summary>
    Open = 1,

    /// <summary>Members submit their self-assessments.</summary>
    SelfAssessment = 2,

    /// <summary>Cells review their members and propose levels.</summary>
    CellReview = 3,

    /// <summary>The committee appraises the proposals.</summary>
    CommitteeAppraisal = 4,

    /// <summary>The committee decides the levels.</summary>
    Decision = 5,

    /// <summary>The results are published; only dated corrections change them.</summary>
    Published = 6,
}

/// <summary>Why a listed member is not rated.</summary>
public enum NotRatedReason
{
    /// <summary>Exempt from party activities or suspended on the campaign's reference date.</summary>
    ExemptOrSuspended = 1,

    /// <summary>Admitted less than 6 months before the reference date: reviewed, not rated.</summary>
    AdmittedUnderSixMonths = 2,
}

/// <summary>How the member's cell comes to rate him.</summary>
public enum RatingArrangement
{
    /// <summary>Rated by his cell.</summary>
    Regular = 1,

    /// <summary>Temporarily transferred out: rated by the home cell with the host's comments.</summary>
    TemporarilyTransferred = 2,

    /// <summary>Moved cells during the year: rated by the receiving cell with the previous cell's comments.</summary>
    MovedCells = 3,
}

/// <summary>
/// A grassroots organisation's annual rating campaign for a year: open → self-assessments → cell review and proposal →
/// committee appraisal → decision → published. Steps are taken in order (<c>rating_campaign.step_out_of_order</c>); a
/// step reached after its planned date is recorded late (working days), not refused. The rule set is the one in force
/// on the year's last day.
/// </summary>
public sealed class RatingCampaign : AggregateRoot
{
    private readonly List<RatingCampaignStep> steps = [];
    private readonly List<OrganizationRating> organizationRatings = [];

    private RatingCampaign(Guid id, Guid organizationId, int year, string ruleSetCode)
        : base(id)
    {
        OrganizationId = organizationId;
        Year = year;
        RuleSetCode = ruleSetCode;
    }

    /// <summary>The grassroots organisation (the committee) rating its members and cells.</summary>
    public Guid OrganizationId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The rule set applied (in force on the year's last day).</summary>
    public string RuleSetCode { get; private set; }

    /// <summary>The step reached.</summary>
    public RatingStep Step { get; private set; }

    public IReadOnlyList<RatingCampaignStep> Steps => steps;

    public IReadOnlyList<OrganizationRating> OrganizationRatings => organizationRatings;

    /// <summary>The day the campaign was opened.</summary>
    public DateOnly OpenedOn => steps.First(s => s.Step == RatingStep.Open).ReachedOn!.Value;

    /// <summary>The day the results were published, if they were.</summary>
    public DateOnly? PublishedOn => steps.FirstOrDefault(s => s.Step == RatingStep.Published)?.ReachedOn;

    /// <summary>
    /// Opens a campaign of <paramref name="year"/> on <paramref name="openedOn"/> (in the year or later, not in the
    /// future) with the planned date of each later step (optional, in order).
    /// </summary>
    public static RatingCampaign Open(
        Guid id, Guid organizationId, int year, DateOnly openedOn, DateOnly today, IReadOnlyDictionary<RatingStep, DateOnly> plannedDates, RuleBook<MemberRatingRuleSet> rules)
    {
        if (EventDates.Problem(openedOn, today, new DateOnly(year, 1, 1)) is { } problem)
        {
            throw new DomainRuleException(problem, "The campaign is opened in its year or later, and not in the future.", RuleViolationKind.Unprocessable, WireFormat.Date(openedOn));
        }

        var set = rules.InForceOn(MemberRatingRuleSet.ReferenceDate(year));
        var campaign = new RatingCampaign(id, organizationId, year, set.Source.Code) { Step = RatingStep.Open };
        var previous = openedOn;
        foreach (var step in Enum.GetValues<RatingStep>())
        {
            DateOnly? due = step == RatingStep.Open ? openedOn : plannedDates.TryGetValue(step, out var d) ? d : null;
            if (due is { } planned && step != RatingStep.Open)
            {
                if (planned < previous)
                {
                    throw new DomainRuleException(
                        "rating_campaign.plan_out_of_order", "The planned dates follow the order of the steps.", RuleViolationKind.Unprocessable, WireFormat.Code(step), WireFormat.Date(planned));
                }

                previous = planned;
            }

            campaign.steps.Add(new RatingCampaignStep(Ids.NewVersion7(), id, step, due, step == RatingStep.Open ? openedOn : null, 0));
        }

        return campaign;
    }

    /// <summary>
    /// Moves to <paramref name="to"/> on <paramref name="on"/>: the next step only, not before the previous step's day,
    /// not in the future. Moving to appraisal needs every rated member proposed (<paramref name="unproposed"/>), to
    /// publication every one decided (<paramref name="undecided"/>). Lateness against the planned date is recorded.
    /// </summary>
    public RatingCampaignStep Advance(RatingStep to, DateOnly on, DateOnly today, WorkingDayCalendar calendar, int unproposed, int undecided)
    {
        if (to != Step + 1)
        {
            throw new DomainRuleException(
                "rating_campaign.step_out_of_order", "Campaign steps are taken in order, one at a time.", RuleViolationKind.Conflict, WireFormat.Code(Step), WireFormat.Code(to));
        }

        var previousOn = steps.Where(s => s.ReachedOn is not null).Max(s => s.ReachedOn!.Value);
        if (EventDates.Problem(on, today, previousOn) is { } problem)
        {
            throw new DomainRuleException(problem, "A step is dated on or after the previous one, and not in the future.", RuleViolationKind.Unprocessable, WireFormat.Date(on));
        }

        if (to == RatingStep.CommitteeAppraisal && unproposed > 0)
        {
            throw new DomainRuleException(
                "rating_campaign.proposals_missing", "Every rated member needs the cell's proposal first.", RuleViolationKind.Conflict, unproposed.ToString(CultureInfo.InvariantCulture));
        }

        if (to == RatingStep.Published && undecided > 0)
        {
            throw new DomainRuleException(
                "rating_campaign.decisions_missing", "Every rated member needs the committee's decision first.", RuleViolationKind.Conflict, undecided.ToString(CultureInfo.InvariantCulture));
        }

        var step = steps.First(s => s.Step == to);
        step.Reach(on, step.DueOn is { } due && on > due ? calendar.WorkingDaysBetween(due, on) : 0);
        Step = to;
        return step;
    }

    /// <summary>Refuses an action outside its step (<c>rating_campaign.step_closed</c>).</summary>
    public void EnsureStep(RatingStep step)
    {
        if (Step != step)
        {
            throw new DomainRuleException(
                "rating_campaign.step_closed", "The campaign is not at the step this action belongs to.", RuleViolationKind.Conflict, WireFormat.Code(Step), WireFormat.Code(step));
        }
    }

    /// <summary>The day <paramref name="step"/> was reached, if it was.</summary>
    public DateOnly? ReachedOn(RatingStep step) => steps.First(s => s.Step == step).ReachedOn;

    /// <summary>
    /// Decides the level of <paramref name="organizationId"/> (the committee itself or one of its cells) at the decision
    /// step, within the conditions computed from its members' results.
    /// </summary>
    public OrganizationRating DecideOrganization(Guid organizationId, EvaluationLevel level, string? comments, DateOnly on, DateOnly today, OrganizationConditions conditions)
    {
        EnsureStep(RatingStep.Decision);
        var decidedFrom = ReachedOn(RatingStep.Decision)!.Value;
        if (EventDates.Problem(on, today, decidedFrom) is { } problem)
        {
            throw new DomainRuleException(problem, "The decision is dated within the decision step, not in the future.", RuleViolationKind.Unprocessable, WireFormat.Date(on));
        }

        RatingRules.EnsureOrganizationLevel(level, conditions);
        var rating = organizationRatings.FirstOrDefault(r => r.OrganizationId == organizationId);
        if (rating is null)
        {
            rating = new OrganizationRating(Ids.NewVersion7(), Id, organizationId);
            organizationRatings.Add(rating);
        }

        rating.Decide(level, string.IsNullOrWhiteSpace(comments) ? null : comments.Trim(), on);
        return rating;
    }
}

/// <summary>One step of a campaign: its planned date, the day it was reached and how late.</summary>
public sealed class RatingCampaignStep : Entity, IAuditable
{
    internal RatingCampaignStep(Guid id, Guid campaignId, RatingStep step, DateOnly? dueOn, DateOnly? reachedOn, int workingDaysLate)
        : base(id)
    {
        CampaignId = campaignId;
        Step = step;
        DueOn = dueOn;
        ReachedOn = reachedOn;
        WorkingDaysLate = workingDaysLate;
    }

    public Guid CampaignId { get; private set; }

    public RatingStep Step { get; private set; }

    /// <summary>The planned date, if any.</summary>
    public DateOnly? DueOn { get; private set; }

    public DateOnly? ReachedOn { get; private set; }

    /// <summary>Working days after the planned date the step was reached (0: on time or no plan).</summary>
    public int WorkingDaysLate { get; private set; }

    internal void Reach(DateOnly on, int late)
    {
        ReachedOn = on;
        WorkingDaysLate = late;
    }
}

/// <summary>The decided level of an organisation (a cell or the committee) in a campaign.</summary>
public sealed class OrganizationRating : Entity, IAuditable
{
    public const int CommentsMaxLength = 4000;

    internal OrganizationRating(Guid id, Guid campaignId, Guid organizationId)
        : base(id)
    {
        CampaignId = campaignId;
        OrganizationId = organizationId;
    }

    public Guid CampaignId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public EvaluationLevel Level { get; private set; }

    public string? Comments { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    internal void Decide(EvaluationLevel level, string? comments, DateOnly on)
    {
        Level = level;
        Comments = comments;
        DecidedOn = on;
    }
}
