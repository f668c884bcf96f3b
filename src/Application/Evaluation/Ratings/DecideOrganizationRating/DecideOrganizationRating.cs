using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.Ratings.DecideOrganizationRating;

/// <summary>The committee's decision on an organisation's level.</summary>
/// <param name="OrganizationId">The committee itself or one of its cells.</param>
/// <param name="Level">EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED (not better than its computed conditions allow).</param>
/// <param name="DecidedOn">The day (within the decision step).</param>
/// <param name="Comments">Comments (optional).</param>
public sealed record OrganizationRatingInput([property: Required] Guid? OrganizationId, [property: Required] EvaluationLevel? Level, [property: Required] DateOnly? DecidedOn, string? Comments);

public sealed record DecideOrganizationRatingCommand(Guid Id, long ExpectedVersion, OrganizationRatingInput Input) : ICommand<RatingCampaignDto>;

public sealed class DecideOrganizationRatingValidator : AbstractValidator<DecideOrganizationRatingCommand>
{
    public DecideOrganizationRatingValidator()
    {
        RuleFor(c => c.Input.OrganizationId).NotEmpty().OverridePropertyName("organizationId");
        RuleFor(c => c.Input.Level).NotNull().IsDefinedEnum().OverridePropertyName("level");
        RuleFor(c => c.Input.DecidedOn).NotNull().OverridePropertyName("decidedOn");
        RuleFor(c => c.Input.Comments).MaximumLength(OrganizationRating.CommentsMaxLength).OverridePropertyName("comments");
    }
}

public sealed class DecideOrganizationRatingHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<MemberRatingRuleSet> rules, IDisciplineRecords discipline)
    : ICommandHandler<DecideOrganizationRatingCommand, RatingCampaignDto>
{
    public async ValueTask<RatingCampaignDto> Handle(DecideOrganizationRatingCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.LoadCampaignAsync(scope, command.Id, tracking: true, manage: true, cancellationToken);
        campaign.EnsureVersion(command.ExpectedVersion);
        var organizationId = command.Input.OrganizationId!.Value;
        var committee = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == campaign.OrganizationId, cancellationToken);
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null || !organization.Path.StartsWith(committee.Path, StringComparison.Ordinal)
            || (organization.Id != committee.Id && organization.Type != OrganizationType.PartyCell))
        {
            throw new DomainRuleException("rating_campaign.organization_not_rated_here", "The organisation is not rated in this campaign.", RuleViolationKind.Unprocessable, organizationId);
        }

        // The organisation's members' levels from the lines' counts (ADR 0110: kept by the database as the lines are
        // written; the committee: the whole campaign's), not read one by one nor grouped.
        var isCommittee = organization.Id == committee.Id;
        var levels = (await db.Set<RatingLineCount>().AsNoTracking()
                .Where(c => c.CampaignId == campaign.Id && c.Rated && c.Count != 0 && (isCommittee || c.CellId == organization.Id))
                .GroupBy(c => new { c.DecidedLevel, c.ProposedLevel })
                .Select(g => new { g.Key.DecidedLevel, g.Key.ProposedLevel, Count = g.Sum(c => c.Count) })
                .ToListAsync(cancellationToken))
            .Select(l => (Level: RatingLineCount.Parse<EvaluationLevel>(l.DecidedLevel) ?? RatingLineCount.Parse<EvaluationLevel>(l.ProposedLevel), l.Count));
        var disciplined = (await discipline.ForYearAsync(DisciplineSubject.Organization(organization.Id), campaign.Year, cancellationToken)).Disciplined;
        var counted = LevelCounts.Of(levels.Where(l => l.Level is not null).Select(l => (l.Level!.Value, l.Count)));
        var conditions = RatingRules.ConditionsFor(rules.RulesOf(campaign), counted, disciplined);
        campaign.DecideOrganization(organization.Id, command.Input.Level!.Value, command.Input.Comments, command.Input.DecidedOn!.Value, time.TodayInVietnam(), conditions);
        db.RatingCampaigns.Entry(campaign).Property(c => c.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(campaign, rules, discipline, cancellationToken);
    }
}
