using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership.Cards;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Badges;

namespace PartyCommittee.Application.Membership.Badges.AwardBadge;

/// <summary>A badge award decision.</summary>
/// <param name="Years">The badge: 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85 or 90 years of seniority.</param>
/// <param name="RoundDate">The round: 3 February, 19 May, 2 September or 7 November of a year.</param>
/// <param name="Basis">REGULAR (default), SERIOUS_ILLNESS (early), POSTHUMOUS, or RECORDED (an award made before the record was kept here).</param>
/// <param name="DecisionDate">Date of the decision (on or before the round).</param>
/// <param name="DecisionNumber">Number of the decision.</param>
public sealed record BadgeAwarding([property: Required] int? Years, [property: Required] DateOnly? RoundDate, BadgeBasis? Basis, DateOnly? DecisionDate, string? DecisionNumber);

public sealed record AwardBadgeCommand(Guid MemberId, BadgeAwarding Awarding) : ICommand<BadgeAwardDto>;

public sealed class AwardBadgeValidator : AbstractValidator<AwardBadgeCommand>
{
    public AwardBadgeValidator(TimeProvider time)
    {
        RuleFor(c => c.Awarding.Years).NotNull().InclusiveBetween(1, 100).OverridePropertyName("years");
        RuleFor(c => c.Awarding.RoundDate).NotNull().IsEventDate(time).OverridePropertyName("roundDate");
        RuleFor(c => c.Awarding.Basis).IsDefinedEnum().OverridePropertyName("basis");
        RuleFor(c => c.Awarding.DecisionDate).IsEventDate(time).OverridePropertyName("decisionDate");
        RuleFor(c => c.Awarding.DecisionNumber).MaximumLength(BadgeAward.DecisionNumberMaxLength).OverridePropertyName("decisionNumber");
    }
}

public sealed class AwardBadgeHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<BadgeRuleSet> badgeRules)
    : ICommandHandler<AwardBadgeCommand, BadgeAwardDto>
{
    public async ValueTask<BadgeAwardDto> Handle(AwardBadgeCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.MemberId, cancellationToken, tracking: false);
        var awarding = command.Awarding;
        var round = awarding.RoundDate!.Value;
        var basis = awarding.Basis ?? BadgeBasis.Regular;
        var rules = basis == BadgeBasis.Recorded ? badgeRules.TryInForceOn(round) ?? badgeRules.Versions[0] : badgeRules.InForceOn(round);
        var awarded = await db.BadgeAwards.AsNoTracking().Where(a => a.MemberId == member.Id).Select(a => a.Years).ToListAsync(cancellationToken);
        DateOnly? died = member.Status == MemberStatus.Deceased ? member.StatusHistory.Max(p => p.StartsOn) : null;
        var award = BadgeAward.Grant(
            Ids.NewVersion7(time.GetUtcNow()), member, awarding.Years!.Value, round, basis, awarding.DecisionDate, awarding.DecisionNumber, rules, awarded, died);
        db.BadgeAwards.Add(award);
        await db.SaveChangesAsync(cancellationToken);
        return BadgeAwardDto.From(award, badgeRules);
    }
}
