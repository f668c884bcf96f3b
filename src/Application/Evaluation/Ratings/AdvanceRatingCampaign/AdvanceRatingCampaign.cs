using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.Ratings;

namespace PartyCommittee.Application.Evaluation.Ratings.AdvanceRatingCampaign;

/// <summary>Moves the campaign to its next step.</summary>
/// <param name="Step">The next step: SELF_ASSESSMENT, CELL_REVIEW, COMMITTEE_APPRAISAL, DECISION or PUBLISHED.</param>
/// <param name="On">The day (not before the previous step's, not in the future).</param>
public sealed record RatingStepInput([property: Required] RatingStep? Step, [property: Required] DateOnly? On);

public sealed record AdvanceRatingCampaignCommand(Guid Id, long ExpectedVersion, RatingStepInput Input) : ICommand<RatingCampaignDto>;

public sealed class AdvanceRatingCampaignValidator : AbstractValidator<AdvanceRatingCampaignCommand>
{
    public AdvanceRatingCampaignValidator()
    {
        RuleFor(c => c.Input.Step).NotNull().IsDefinedEnum().OverridePropertyName("step");
        RuleFor(c => c.Input.On).NotNull().OverridePropertyName("on");
    }
}

public sealed class AdvanceRatingCampaignHandler(
    IAppDbContext db, IOrganizationScope scope, TimeProvider time, IWorkingDayCalendarSource calendars, RuleBook<MemberRatingRuleSet> rules, IDisciplineRecords discipline)
    : ICommandHandler<AdvanceRatingCampaignCommand, RatingCampaignDto>
{
    public async ValueTask<RatingCampaignDto> Handle(AdvanceRatingCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.LoadCampaignAsync(scope, command.Id, tracking: true, manage: true, cancellationToken);
        campaign.EnsureVersion(command.ExpectedVersion);
        var rated = db.MemberRatings.AsNoTracking().Where(r => r.CampaignId == campaign.Id && r.Rated);
        var unproposed = await rated.CountAsync(r => r.ProposedOn == null, cancellationToken);
        var undecided = await rated.CountAsync(r => r.DecidedOn == null, cancellationToken);
        campaign.Advance(command.Input.Step!.Value, command.Input.On!.Value, time.TodayInVietnam(), await calendars.GetAsync(cancellationToken), unproposed, undecided);
        db.RatingCampaigns.Entry(campaign).Property(c => c.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(campaign, rules, discipline, cancellationToken);
    }
}
