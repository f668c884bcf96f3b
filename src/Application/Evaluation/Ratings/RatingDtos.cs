using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.Ratings;

/// <summary>One step of a campaign.</summary>
/// <param name="Step">OPEN, SELF_ASSESSMENT, CELL_REVIEW, COMMITTEE_APPRAISAL, DECISION or PUBLISHED.</param>
/// <param name="Label">Display label.</param>
/// <param name="DueOn">Planned date, if any.</param>
/// <param name="ReachedOn">The day the step was reached, if it was.</param>
/// <param name="WorkingDaysLate">Working days after the planned date (0: on time, not planned or not reached).</param>
public sealed record RatingStepDto(RatingStep Step, BilingualLabel Label, DateOnly? DueOn, DateOnly? ReachedOn, int WorkingDaysLate);

/// <summary>The quota's figures: EXCELLENT among GOOD or better, and the most allowed.</summary>
/// <param name="Excellent">Members EXCELLENT (decided, else proposed).</param>
/// <param name="GoodOrBetter">Members GOOD or better.</param>
/// <param name="Allowed">The most that may be EXCELLENT.</param>
/// <param name="Percent">The rule set's percentage.</param>
public sealed record RatingQuotaDto(int Excellent, int GoodOrBetter, int Allowed, int Percent);

/// <summary>An organisation of the campaign: the conditions computed from its members' results beside the decided level.</summary>
/// <param name="OrganizationId">The committee or a cell.</param>
/// <param name="Name">Its name.</param>
/// <param name="Rated">Members rated.</param>
/// <param name="GoodOrBetter">Of them GOOD or better (decided, else proposed).</param>
/// <param name="CompletedOrBetter">Of them COMPLETED or better.</param>
/// <param name="NotCompleted">Of them NOT_COMPLETED.</param>
/// <param name="Disciplined">The organisation was disciplined in the year.</param>
/// <param name="MaxLevel">The best level the conditions allow.</param>
/// <param name="Conditions">Each condition and whether it holds.</param>
/// <param name="Level">The decided level, if decided.</param>
/// <param name="LevelLabel">Its label.</param>
/// <param name="DecidedOn">The day it was decided.</param>
/// <param name="Comments">The committee's comments.</param>
public sealed record OrganizationRatingDto(
    Guid OrganizationId,
    string Name,
    int Rated,
    int GoodOrBetter,
    int CompletedOrBetter,
    int NotCompleted,
    bool Disciplined,
    EvaluationLevel MaxLevel,
    IReadOnlyList<OrganizationCondition> Conditions,
    EvaluationLevel? Level,
    BilingualLabel? LevelLabel,
    DateOnly? DecidedOn,
    string? Comments);

/// <summary>A rating campaign.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The grassroots organisation.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Year">The year rated.</param>
/// <param name="RuleSetCode">The rule set applied (see /api/v1/rule-sets, kind evaluation.annual_ratings).</param>
/// <param name="RuleSetSource">Its document.</param>
/// <param name="PointScale">True when members are rated on the 100-point scale (a score is required).</param>
/// <param name="Step">The step reached.</param>
/// <param name="StepLabel">Its label.</param>
/// <param name="Steps">Every step with its plan, day reached and lateness.</param>
/// <param name="Listed">Members listed.</param>
/// <param name="Rated">Of them rated.</param>
/// <param name="SelfAssessed">Rated members who submitted a self-assessment.</param>
/// <param name="Proposed">Rated members with the cell's proposal.</param>
/// <param name="Decided">Rated members with the committee's decision.</param>
/// <param name="Quota">The quota's figures.</param>
/// <param name="Committee">The committee's own row: the conditions over every rated member of the campaign and its decided level.</param>
/// <param name="Cells">Cells with rated members: each has a row in <c>GET /rating-campaigns/{id}/organizations</c>, after the committee's (ADR 0077).</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record RatingCampaignDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    int Year,
    string RuleSetCode,
    string RuleSetSource,
    bool PointScale,
    RatingStep Step,
    BilingualLabel StepLabel,
    IReadOnlyList<RatingStepDto> Steps,
    int Listed,
    int Rated,
    int SelfAssessed,
    int Proposed,
    int Decided,
    RatingQuotaDto Quota,
    OrganizationRatingDto Committee,
    int Cells,
    long Version) : IVersioned;

/// <summary>A cap applied to a member's level.</summary>
/// <param name="Code">e.g. rating.cap.disciplined.</param>
/// <param name="MaxLevel">The best level it allows.</param>
/// <param name="Source">The rule set or setting it comes from.</param>
public sealed record RatingCapDto(string Code, EvaluationLevel MaxLevel, string Source);

/// <summary>A dated correction of a published result.</summary>
/// <param name="CorrectedOn">Its date.</param>
/// <param name="FromLevel">The level before.</param>
/// <param name="ToLevel">The level after.</param>
/// <param name="ToScore">The score after (100-point scale).</param>
/// <param name="Reason">Why.</param>
public sealed record RatingCorrectionDto(DateOnly CorrectedOn, EvaluationLevel FromLevel, EvaluationLevel ToLevel, decimal? ToScore, string Reason);

/// <summary>A member's rating in a campaign.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Year">The year rated.</param>
/// <param name="RuleSetCode">The rule set applied.</param>
/// <param name="CampaignStep">The campaign's step.</param>
/// <param name="MemberId">The member.</param>
/// <param name="FullName">His name.</param>
/// <param name="CellId">The cell that rates him.</param>
/// <param name="CellName">Its name.</param>
/// <param name="Rated">Rated (false: listed only).</param>
/// <param name="NotRatedReason">EXEMPT_OR_SUSPENDED or ADMITTED_UNDER_SIX_MONTHS.</param>
/// <param name="NotRatedLabel">Its label.</param>
/// <param name="Arrangement">REGULAR, TEMPORARILY_TRANSFERRED (home cell rates with the host's comments) or MOVED_CELLS (receiving cell with the previous cell's comments).</param>
/// <param name="ArrangementLabel">Its label.</param>
/// <param name="OtherOrganization">The host or the previous cell.</param>
/// <param name="OtherOrganizationComments">Its comments.</param>
/// <param name="TaskGroup">Group of comparable tasks (quota per group where the rule set says so).</param>
/// <param name="SelfLevel">The member's self-assessed level.</param>
/// <param name="SelfScore">His score (100-point scale).</param>
/// <param name="SelfPoints">His points per criteria group, when given (their sum is the score).</param>
/// <param name="SelfComments">His self-assessment.</param>
/// <param name="SelfAssessedOn">When submitted.</param>
/// <param name="ProposedLevel">The cell's proposal.</param>
/// <param name="ProposedScore">Its score.</param>
/// <param name="ProposedPoints">Its points per criteria group, when given.</param>
/// <param name="ProposalComments">The cell's comments.</param>
/// <param name="ProposedOn">When proposed.</param>
/// <param name="ConcludedDegraded">Recorded: concluded degraded.</param>
/// <param name="UnderHalfTargets">Recorded: under 50% of targets.</param>
/// <param name="SickLeaveMonths">Recorded: months of sick leave.</param>
/// <param name="Caps">The caps that apply now, from the data and the recorded facts.</param>
/// <param name="MaxLevel">The best level they allow.</param>
/// <param name="DecidedLevel">The committee's decision (after corrections).</param>
/// <param name="DecidedLevelLabel">Its label.</param>
/// <param name="DecidedScore">Its score.</param>
/// <param name="DecidedOn">When decided.</param>
/// <param name="Corrections">Dated corrections after publication.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record MemberRatingDto(
    Guid Id,
    Guid CampaignId,
    int Year,
    string RuleSetCode,
    RatingStep CampaignStep,
    Guid MemberId,
    string FullName,
    Guid CellId,
    string CellName,
    bool Rated,
    NotRatedReason? NotRatedReason,
    BilingualLabel? NotRatedLabel,
    RatingArrangement Arrangement,
    BilingualLabel ArrangementLabel,
    string? OtherOrganization,
    string? OtherOrganizationComments,
    string? TaskGroup,
    EvaluationLevel? SelfLevel,
    decimal? SelfScore,
    IReadOnlyList<GroupPoints>? SelfPoints,
    string? SelfComments,
    DateOnly? SelfAssessedOn,
    EvaluationLevel? ProposedLevel,
    decimal? ProposedScore,
    IReadOnlyList<GroupPoints>? ProposedPoints,
    string? ProposalComments,
    DateOnly? ProposedOn,
    bool ConcludedDegraded,
    bool UnderHalfTargets,
    int SickLeaveMonths,
    IReadOnlyList<RatingCapDto> Caps,
    EvaluationLevel MaxLevel,
    EvaluationLevel? DecidedLevel,
    BilingualLabel? DecidedLevelLabel,
    decimal? DecidedScore,
    DateOnly? DecidedOn,
    IReadOnlyList<RatingCorrectionDto> Corrections,
    long Version) : IVersioned;

/// <summary>A line of a campaign's list of members.</summary>
/// <param name="Id">The rating.</param>
/// <param name="MemberId">The member.</param>
/// <param name="FullName">His name.</param>
/// <param name="CellId">The cell that rates him.</param>
/// <param name="CellName">Its name.</param>
/// <param name="Rated">Rated or listed only.</param>
/// <param name="NotRatedReason">Why not rated.</param>
/// <param name="Arrangement">Who rates him.</param>
/// <param name="SelfLevel">Self-assessed level.</param>
/// <param name="ProposedLevel">The cell's proposal.</param>
/// <param name="DecidedLevel">The decision.</param>
/// <param name="CapCodes">Caps applied at the last proposal or decision.</param>
public sealed record MemberRatingSummaryDto(
    Guid Id, Guid MemberId, string FullName, Guid CellId, string CellName, bool Rated, NotRatedReason? NotRatedReason, RatingArrangement Arrangement,
    EvaluationLevel? SelfLevel, EvaluationLevel? ProposedLevel, EvaluationLevel? DecidedLevel, IReadOnlyList<string> CapCodes);

internal static class RatingViews
{
    /// <summary>
    /// Rated lines counted per cell and in all, in one pass, each at the level given (for a campaign's own figures the
    /// level that counts for the quota and the organisation conditions: decided, else proposed). A line without a level
    /// still puts its cell in <c>ByCell</c>, with nothing counted.
    /// </summary>
    public static (Dictionary<Guid, LevelCounts> ByCell, LevelCounts All) CountByCell(IEnumerable<(Guid CellId, EvaluationLevel? Level, int Count)> lines)
    {
        var byCell = new Dictionary<Guid, LevelCounts>();
        var all = default(LevelCounts);
        foreach (var (cell, level, count) in lines)
        {
            var counts = byCell.GetValueOrDefault(cell);
            if (level is { } counted)
            {
                counts = counts.Add(counted, count);
                all = all.Add(counted, count);
            }

            byCell[cell] = counts;
        }

        return (byCell, all);
    }

    /// <summary>The campaign's decision on each organisation (the first recorded, should one repeat), by organisation.</summary>
    public static Dictionary<Guid, OrganizationRating> DecisionsByOrganization(RatingCampaign campaign)
    {
        var decisions = new Dictionary<Guid, OrganizationRating>();
        foreach (var decision in campaign.OrganizationRatings)
        {
            decisions.TryAdd(decision.OrganizationId, decision);
        }

        return decisions;
    }

    public static async Task<RatingCampaignDto> ToDtoAsync(
        this IAppDbContext db, RatingCampaign c, RuleBook<MemberRatingRuleSet> book, IDisciplineRecords discipline, CancellationToken cancellationToken)
    {
        var rules = book.RulesOf(c);
        var lines = await CampaignLinesAsync(db, c, cancellationToken);
        var committee = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == c.OrganizationId, cancellationToken);
        var organizations = await OrganizationRowsAsync(db, c, rules, discipline, lines, committee, organizationId: null, page: 1, pageSize: 1, cancellationToken);
        var rated = lines.Groups.Where(g => g.Rated).ToList();
        return new RatingCampaignDto(
            c.Id, c.OrganizationId, committee.Name, c.Year, rules.Source.Code, rules.Source.Source, rules.UsesPointScale, c.Step, RatingLabels.Of(c.Step),
            [.. c.Steps.OrderBy(s => s.Step).Select(s => new RatingStepDto(s.Step, RatingLabels.Of(s.Step), s.DueOn, s.ReachedOn, s.WorkingDaysLate))],
            lines.Groups.Sum(g => g.Count), rated.Sum(g => g.Count), rated.Sum(g => g.SelfAssessed), rated.Sum(g => g.Proposed), rated.Sum(g => g.Decided),
            new RatingQuotaDto(lines.All.Excellent, lines.All.GoodOrBetter, RatingRules.QuotaFor(rules, lines.All.GoodOrBetter), rules.ExcellentQuotaPercent),
            organizations.Items[0],
            organizations.TotalCount - 1,
            c.Version);
    }

    /// <summary>
    /// A page of the campaign's organisations (<c>GET /rating-campaigns/{id}/organizations</c>): the committee, then its
    /// cells with rated members in folded name order ("Chi bộ Đ…" with the D names, ADR 0074), each with the conditions
    /// its members' levels give beside the decided level; <paramref name="organizationId"/>: that organisation's row only.
    /// </summary>
    public static async Task<Common.Paging.PagedList<OrganizationRatingDto>> OrganizationsAsync(
        this IAppDbContext db, RatingCampaign c, RuleBook<MemberRatingRuleSet> book, IDisciplineRecords discipline, Guid? organizationId, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var lines = await CampaignLinesAsync(db, c, cancellationToken);
        var committee = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == c.OrganizationId, cancellationToken);
        return await OrganizationRowsAsync(db, c, book.RulesOf(c), discipline, lines, committee, organizationId, page, pageSize, cancellationToken);
    }

    /// <summary>
    /// The campaign's lines counted in SQL (issue 12): per cell, rated or not and the two levels, with how many have
    /// reached each step; never one row per member. The levels that count (decided, else proposed) per cell and in all.
    /// </summary>
    private static async Task<CampaignLines> CampaignLinesAsync(IAppDbContext db, RatingCampaign c, CancellationToken cancellationToken)
    {
        var groups = await db.MemberRatings.AsNoTracking().Where(r => r.CampaignId == c.Id)
            .GroupBy(r => new { r.CellId, r.Rated, r.DecidedLevel, r.ProposedLevel })
            .Select(g => new LineGroup(
                g.Key.CellId,
                g.Key.Rated,
                g.Key.DecidedLevel ?? g.Key.ProposedLevel,
                g.Count(),
                g.Count(r => r.SelfAssessedOn != null),
                g.Count(r => r.ProposedOn != null),
                g.Count(r => r.DecidedOn != null)))
            .ToListAsync(cancellationToken);
        var (byCell, all) = CountByCell(groups.Where(g => g.Rated).Select(g => (g.CellId, g.Level, g.Count)));
        return new CampaignLines(groups, byCell, all);
    }

    /// <summary>
    /// The committee and its cells with rated members, in that order (the cells as the member lines list them); one page
    /// of rows computed, the total counting them all. The cells are the committee's as the campaign's view always listed them.
    /// </summary>
    private static async Task<Common.Paging.PagedList<OrganizationRatingDto>> OrganizationRowsAsync(
        IAppDbContext db, RatingCampaign c, MemberRatingRuleSet rules, IDisciplineRecords discipline, CampaignLines lines, PartyOrganization committee,
        Guid? organizationId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var cells = (await db.Organizations.AsNoTracking()
            .Where(o => o.Path.StartsWith(committee.Path) && o.Type == OrganizationType.PartyCell)
            .Select(o => new { o.Id, o.Name, o.NameFolded })
            .ToListAsync(cancellationToken))
            .Where(o => lines.ByCell.ContainsKey(o.Id))
            .InNameOrder(o => o.NameFolded, o => o.Name, o => o.Id);
        List<(Guid Id, string Name)> ordered = [(committee.Id, committee.Name), .. cells.Select(o => (o.Id, o.Name))];
        if (organizationId is { } only)
        {
            ordered = [.. ordered.Where(o => o.Id == only)];
        }

        var slice = Common.Paging.PagedList<(Guid Id, string Name)>.Of(ordered, page, pageSize);
        var disciplinedOrganizations = await discipline.OrganizationsDisciplinedAsync(c.Year, cancellationToken);
        var decisions = DecisionsByOrganization(c);
        return slice.Map(organization =>
        {
            var disciplined = disciplinedOrganizations.Contains(organization.Id);
            var conditions = RatingRules.ConditionsFor(rules, organization.Id == committee.Id ? lines.All : lines.ByCell[organization.Id], disciplined);
            var decided = decisions.GetValueOrDefault(organization.Id);
            return new OrganizationRatingDto(
                organization.Id, organization.Name, conditions.Rated, conditions.GoodOrBetter, conditions.CompletedOrBetter, conditions.NotCompleted, disciplined,
                conditions.MaxLevel, conditions.Conditions, decided?.Level, decided is null ? null : EvaluationLabels.Of(decided.Level), decided?.DecidedOn, decided?.Comments);
        });
    }

    private sealed record LineGroup(Guid CellId, bool Rated, EvaluationLevel? Level, int Count, int SelfAssessed, int Proposed, int Decided);

    private sealed record CampaignLines(List<LineGroup> Groups, Dictionary<Guid, LevelCounts> ByCell, LevelCounts All);

    public static async Task<MemberRatingDto> ToDtoAsync(
        this IAppDbContext db, MemberRating r, RuleBook<MemberRatingRuleSet> book, IDisciplineRecords discipline, IEnumerable<ICivilServantRatingLookup> civilServants,
        RatingOptions options, CancellationToken cancellationToken)
    {
        var campaign = await db.RatingCampaigns.AsNoTracking().FirstAsync(c => c.Id == r.CampaignId, cancellationToken);
        var rules = book.RulesOf(campaign);
        var name = await db.Members.AsNoTracking().Where(m => m.Id == r.MemberId).Select(m => m.FullName).FirstAsync(cancellationToken);
        var cell = await db.Organizations.AsNoTracking().Where(o => o.Id == r.CellId).Select(o => o.Name).FirstAsync(cancellationToken);
        var caps = r.Rated ? RatingRules.CapsFor(rules, await r.FactsAsync(campaign.Year, discipline, civilServants, cancellationToken), options.SickLeaveCapMonths) : [];
        return new MemberRatingDto(
            r.Id, r.CampaignId, campaign.Year, rules.Source.Code, campaign.Step, r.MemberId, name, r.CellId, cell, r.Rated, r.NotRatedReason,
            r.NotRatedReason is { } reason ? RatingLabels.Of(reason) : null, r.Arrangement, RatingLabels.Of(r.Arrangement), r.OtherOrganization, r.OtherOrganizationComments,
            r.TaskGroup, r.SelfLevel, r.SelfScore, RatedLevel.Decode(r.SelfPoints), r.SelfComments, r.SelfAssessedOn,
            r.ProposedLevel, r.ProposedScore, RatedLevel.Decode(r.ProposedPoints), r.ProposalComments, r.ProposedOn,
            r.ConcludedDegraded, r.UnderHalfTargets, r.SickLeaveMonths,
            [.. caps.Select(c => new RatingCapDto(c.Code, c.MaxLevel, c.Source))], RatingRules.MaxLevel(caps),
            r.DecidedLevel, r.DecidedLevel is { } level ? EvaluationLabels.Of(level) : null, r.DecidedScore, r.DecidedOn,
            [.. r.Corrections.OrderBy(c => c.CorrectedOn).Select(c => new RatingCorrectionDto(c.CorrectedOn, c.FromLevel, c.ToLevel, c.ToScore, c.Reason))],
            r.Version);
    }
}
