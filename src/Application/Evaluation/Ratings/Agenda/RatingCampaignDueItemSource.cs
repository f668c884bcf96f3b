using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings.Agenda;

/// <summary>
/// The steps due of every open (not yet published) rating campaign, source <c>RATING_CAMPAIGNS</c>:
/// <list type="bullet">
/// <item>the campaign's next step (kind = the step's code: SELF_ASSESSMENT, CELL_REVIEW, COMMITTEE_APPRAISAL, DECISION,
/// PUBLISHED), for the committee, due on the step's planned date;</item>
/// <item>at the self-assessment step, each cell with rated members who have not submitted theirs
/// (MISSING_SELF_ASSESSMENTS, "missing/rated"), due when the cell review is planned;</item>
/// <item>at the cell-review step, each cell with rated members not yet proposed (MISSING_PROPOSALS), due when the
/// committee appraisal is planned;</item>
/// <item>at the decision step, the committee's rated members not yet decided (MISSING_DECISIONS), due when publication is planned.</item>
/// </list>
/// No regulation fixes the dates of the steps: the campaign's plan does; a step without a planned date is due
/// <see cref="RatingOptions.UnplannedStepWorkingDays"/> working days after the current step was reached (a setting).
/// A step past its due date is listed overdue with the working days late (negative days left); nothing is refused.
/// </summary>
internal sealed class RatingCampaignDueItemSource(
    IAppDbContext db, IOrganizationScope scope, RuleBook<MemberRatingRuleSet> rules, RatingOptions options) : IDueItemSource
{
    public const string Source = "RATING_CAMPAIGNS";

    public async Task<IReadOnlyList<DueItemDto>> ListAsync(Guid? organizationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var subtree = await db.SubtreeOrEveryOrganizationAsync(scope, organizationId, cancellationToken);
        var campaigns = await db.RatingCampaigns.AsNoTracking().Include(c => c.Steps)
            .Where(c => c.Step != RatingStep.Published)
            .ToListAsync(cancellationToken);
        campaigns = [.. campaigns.Where(c => c.OpenedOn <= asOf)];
        if (campaigns.Count == 0)
        {
            return [];
        }

        var ids = campaigns.Select(c => c.Id).ToList();
        // The rated lines counted per campaign and cell in SQL (issue 12): how many, and how many still miss each step.
        var ratings = await db.MemberRatings.AsNoTracking()
            .Where(r => ids.Contains(r.CampaignId) && r.Rated)
            .GroupBy(r => new { r.CampaignId, r.CellId })
            .Select(g => new
            {
                g.Key.CampaignId,
                g.Key.CellId,
                Total = g.Count(),
                NotSelfAssessed = g.Count(r => r.SelfAssessedOn == null),
                NotProposed = g.Count(r => r.ProposedOn == null),
                NotDecided = g.Count(r => r.DecidedOn == null),
            })
            .ToListAsync(cancellationToken);
        var organizationIds = campaigns.Select(c => c.OrganizationId).Concat(ratings.Select(r => r.CellId)).Distinct().ToList();
        var names = await db.OrganizationNamesAsync(organizationIds, cancellationToken);
        var calendar = await db.LoadAsync(asOf, asOf, cancellationToken);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        bool InScope(Guid id) => subtree is null || subtree.Contains(id);

        var items = new List<DueItemDto>();
        foreach (var campaign in campaigns)
        {
            var set = rules.RulesOf(campaign);
            var ruleSet = new DueItemRuleSetDto(set.Source.Code, set.Source.Source, set.Source.EffectiveFrom);
            var next = campaign.Steps.First(s => s.Step == campaign.Step + 1);
            var due = next.DueOn ?? calendar.AddWorkingDays(campaign.ReachedOn(campaign.Step)!.Value, options.UnplannedStepWorkingDays);
            var left = calendar.WorkingDaysLeft(asOf, due);
            var year = campaign.Year.ToString(CultureInfo.InvariantCulture);
            var rated = ratings.Where(r => r.CampaignId == campaign.Id).ToList();

            DueItemDto Item(string kind, Guid organization, DueItemSubjectDto subject) =>
                new("Evaluation", Source, kind, organization, subject, due, left, due < asOf, ruleSet);

            if (InScope(campaign.OrganizationId))
            {
                var label = Messages.Format("rating.agenda_next_step", year, RatingLabels.Of(next.Step).For(language));
                items.Add(Item(WireFormat.Code(next.Step), campaign.OrganizationId, new DueItemSubjectDto("RATING_CAMPAIGN", campaign.Id, $"{names.GetValueOrDefault(campaign.OrganizationId)}: {label}")));
                if (campaign.Step == RatingStep.Decision && rated.Sum(r => r.NotDecided) is var undecided and > 0)
                {
                    items.Add(Item("MISSING_DECISIONS", campaign.OrganizationId, new DueItemSubjectDto(
                        "RATING_CAMPAIGN", campaign.Id, $"{names.GetValueOrDefault(campaign.OrganizationId)} ({year}): {undecided}/{rated.Sum(r => r.Total)}")));
                }
            }

            var kind = campaign.Step switch
            {
                RatingStep.SelfAssessment => "MISSING_SELF_ASSESSMENTS",
                RatingStep.CellReview => "MISSING_PROPOSALS",
                _ => null,
            };
            foreach (var cell in rated.Where(r => InScope(r.CellId)))
            {
                var missing = kind switch
                {
                    "MISSING_SELF_ASSESSMENTS" => cell.NotSelfAssessed,
                    "MISSING_PROPOSALS" => cell.NotProposed,
                    _ => 0,
                };
                if (missing > 0)
                {
                    items.Add(Item(kind!, cell.CellId, new DueItemSubjectDto("PARTY_CELL", cell.CellId, $"{names.GetValueOrDefault(cell.CellId)} ({year}): {missing}/{cell.Total}")));
                }
            }
        }

        return items;
    }
}
