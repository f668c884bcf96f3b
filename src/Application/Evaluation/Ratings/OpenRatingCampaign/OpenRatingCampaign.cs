using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.Ratings.OpenRatingCampaign;

/// <summary>The planned dates of the steps after opening (each optional, in the steps' order).</summary>
/// <param name="SelfAssessment">Self-assessments start.</param>
/// <param name="CellReview">Cells review and propose.</param>
/// <param name="CommitteeAppraisal">The committee appraises.</param>
/// <param name="Decision">The committee decides.</param>
/// <param name="Published">The results are published.</param>
public sealed record RatingPlanInput(DateOnly? SelfAssessment, DateOnly? CellReview, DateOnly? CommitteeAppraisal, DateOnly? Decision, DateOnly? Published);

/// <summary>Opens the annual rating of a grassroots organisation.</summary>
/// <param name="OrganizationId">The grassroots committee (đảng bộ cơ sở).</param>
/// <param name="Year">The year rated.</param>
/// <param name="OpenedOn">The day it opens (in the year or later); the members are listed from the membership data on this day (at the latest the year's last day).</param>
/// <param name="Plan">Planned dates of the later steps (lateness is recorded against them).</param>
public sealed record RatingCampaignInput([property: Required] Guid? OrganizationId, [property: Required] int? Year, [property: Required] DateOnly? OpenedOn, RatingPlanInput? Plan);

public sealed record OpenRatingCampaignCommand(RatingCampaignInput Campaign) : ICommand<RatingCampaignDto>;

public sealed class OpenRatingCampaignValidator : AbstractValidator<OpenRatingCampaignCommand>
{
    public OpenRatingCampaignValidator()
    {
        RuleFor(c => c.Campaign.OrganizationId).NotEmpty().OverridePropertyName("organizationId");
        RuleFor(c => c.Campaign.Year).NotNull().InclusiveBetween(1930, 2100).OverridePropertyName("year");
        RuleFor(c => c.Campaign.OpenedOn).NotNull().OverridePropertyName("openedOn");
    }
}

public sealed class OpenRatingCampaignHandler(
    IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<MemberRatingRuleSet> rules, IDisciplineRecords discipline, IAddedAggregatesWriter lines)
    : ICommandHandler<OpenRatingCampaignCommand, RatingCampaignDto>
{
    public async ValueTask<RatingCampaignDto> Handle(OpenRatingCampaignCommand command, CancellationToken cancellationToken)
    {
        var input = command.Campaign;
        var today = time.TodayInVietnam();
        var committee = await db.LoadNamedOrganizationAsync(scope, input.OrganizationId!.Value, "rating_campaign.organization_not_found", cancellationToken);
        if (committee.Type != OrganizationType.PartyCommittee)
        {
            throw new DomainRuleException("rating_campaign.not_grassroots", "Campaigns are opened by a grassroots committee.", RuleViolationKind.Unprocessable, committee.Name);
        }

        var year = input.Year!.Value;
        if (year > today.Year)
        {
            throw new DomainRuleException("rating_campaign.year_in_future", "The year has not come yet.", RuleViolationKind.Unprocessable, year);
        }

        if (await db.RatingCampaigns.AnyAsync(c => c.OrganizationId == committee.Id && c.Year == year, cancellationToken))
        {
            throw new DomainRuleException("rating_campaign.exists", "The organisation already has a campaign for the year.", RuleViolationKind.Conflict, year);
        }

        var plan = new Dictionary<RatingStep, DateOnly>();
        void Plan(RatingStep step, DateOnly? date)
        {
            if (date is { } d)
            {
                plan[step] = d;
            }
        }

        Plan(RatingStep.SelfAssessment, input.Plan?.SelfAssessment);
        Plan(RatingStep.CellReview, input.Plan?.CellReview);
        Plan(RatingStep.CommitteeAppraisal, input.Plan?.CommitteeAppraisal);
        Plan(RatingStep.Decision, input.Plan?.Decision);
        Plan(RatingStep.Published, input.Plan?.Published);
        var campaign = RatingCampaign.Open(Ids.NewVersion7(), committee.Id, year, input.OpenedOn!.Value, today, plan, rules);

        var roster = await RosterAsync(campaign, committee, cancellationToken);

        // The campaign, then its lines set-based (ADR 0085: through the change tracker, a committee of 100,000 members
        // took 35 s and 1.3 GB), in one transaction: a campaign is never seen without its lines. A second campaign of the
        // year opened meanwhile is refused by the unique index (organisation, year) with the check's code (UniqueIndexRules).
        await db.ExclusiveAsync(
            [],
            async ct =>
            {
                db.RatingCampaigns.Add(campaign);
                await db.SaveChangesAsync(ct);
                await lines.WriteAsync(roster, ct);
                return roster.Count;
            },
            cancellationToken);
        return await db.ToDtoAsync(campaign, rules, discipline, cancellationToken);
    }

    /// <summary>
    /// Who is rated, from the membership data on the reference day (the opening day, at the latest the year's last day):
    /// every member counted in a cell of the committee; exempt or suspended: listed, not rated; admitted under 6 months:
    /// listed (reviewed), not rated; temporarily transferred out: rated by the home cell with the host named; moved cells
    /// during the year: rated by the receiving cell with the previous cell named.
    /// </summary>
    private async Task<List<MemberRating>> RosterAsync(RatingCampaign campaign, PartyOrganization committee, CancellationToken cancellationToken)
    {
        var reference = campaign.OpenedOn < MemberRatingRuleSet.ReferenceDate(campaign.Year) ? campaign.OpenedOn : MemberRatingRuleSet.ReferenceDate(campaign.Year);
        var yearStart = new DateOnly(campaign.Year, 1, 1);
        var cells = await db.Organizations.AsNoTracking()
            .Where(o => o.Path.StartsWith(committee.Path) && o.Type == OrganizationType.PartyCell)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(cancellationToken);
        var cellNames = cells.ToDictionary(c => c.Id, c => c.Name);
        var cellIds = cellNames.Keys.ToList();
        // One statement: the roster of the day with each member's admission date, his latest placement in another cell
        // during the year and his latest temporary transfer out over the year, each probed by member. Read as the
        // roster, then four lists of ~100k member ids (members, placements, transfers, conditions), the roster took ~7
        // of a 100k committee's 12-14 s (session 57).
        // A temporary transfer out of the committee, sent by the reference day and not returned before the year.
        Expression<Func<Transfer, bool>> temporarilyOut = t => t.Kind == TransferKind.Temporary && t.Direction == TransferDirection.Outgoing
            && t.SentOn != null && t.SentOn <= reference && (t.ReturnedOn == null || t.ReturnedOn >= yearStart);
        var rows = (await (from r in db.RosterQuery(cellIds, reference)
                           join m in db.Set<PartyMember>() on r.MemberId equals m.Id
                           select new
                           {
                               r.MemberId,
                               r.OrganizationId,
                               r.Excused,
                               m.AdmissionDecisionDate,
                               Previous = db.Set<MemberPlacement>()
                                   .Where(p => p.MemberId == r.MemberId && p.OrganizationId != r.OrganizationId && p.StartsOn <= reference && (p.EndsOn == null || p.EndsOn > yearStart))
                                   .OrderByDescending(p => p.StartsOn).Select(p => (Guid?)p.OrganizationId).FirstOrDefault(),
                               HostSentOn = db.Set<Transfer>().Where(temporarilyOut).Where(t => t.MemberId == r.MemberId)
                                   .OrderByDescending(t => t.SentOn).ThenByDescending(t => t.Id).Select(t => t.SentOn).FirstOrDefault(),
                               Host = db.Set<Transfer>().Where(temporarilyOut).Where(t => t.MemberId == r.MemberId)
                                   .OrderByDescending(t => t.SentOn).ThenByDescending(t => t.Id).Select(t => t.ExternalOrganization).FirstOrDefault(),
                           })
                .ToListAsync(cancellationToken)).DistinctBy(r => r.MemberId);

        var ratings = new List<MemberRating>();
        foreach (var row in rows)
        {
            NotRatedReason? notRated = row.Excused ? NotRatedReason.ExemptOrSuspended
                : !RatingRules.RatedByTenure(row.AdmissionDecisionDate, reference) ? NotRatedReason.AdmittedUnderSixMonths
                : null;
            var (arrangement, other) = row.HostSentOn is not null ? (RatingArrangement.TemporarilyTransferred, row.Host)
                : row.Previous is { } previous ? (RatingArrangement.MovedCells, cellNames.GetValueOrDefault(previous) ?? await NameAsync(previous, cancellationToken))
                : (RatingArrangement.Regular, null);
            ratings.Add(MemberRating.List(Ids.NewVersion7(), campaign.Id, row.MemberId, row.OrganizationId, notRated, arrangement, other));
        }

        return ratings;
    }

    private async Task<string?> NameAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
}
