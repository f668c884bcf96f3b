using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.RecordExemption;

/// <summary>The cell's decision exempting a member from party work and activities, or reducing them.</summary>
/// <param name="Kind">EXEMPTION or REDUCTION.</param>
/// <param name="Ground">AGE, HEALTH (open-ended) or OTHER (temporary, with an end: see the rule set membership.exemption).</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day (included); empty for an open-ended exemption.</param>
/// <param name="DecisionNumber">The cell's resolution.</param>
/// <param name="Reason">Why.</param>
public sealed record MemberExemption(
    [property: Required] MemberConditionKind? Kind,
    [property: Required] ExemptionGround? Ground,
    [property: Required] DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? DecisionNumber,
    string? Reason);

public sealed record RecordExemptionCommand(Guid Id, long ExpectedVersion, MemberExemption Exemption) : ICommand<MemberDto>;

public sealed class RecordExemptionValidator : AbstractValidator<RecordExemptionCommand>
{
    public RecordExemptionValidator(TimeProvider time)
    {
        RuleFor(c => c.Exemption.Kind).NotNull().IsDefinedEnum().NotEqual(MemberConditionKind.Suspension).OverridePropertyName("kind");
        RuleFor(c => c.Exemption.Ground).NotNull().IsDefinedEnum().OverridePropertyName("ground");
        RuleFor(c => c.Exemption.StartsOn).NotNull().IsEventDate(time).OverridePropertyName("startsOn");
        RuleFor(c => c.Exemption.EndsOn).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest)
            .GreaterThanOrEqualTo(c => c.Exemption.StartsOn).When(c => c.Exemption.StartsOn is not null).OverridePropertyName("endsOn");
        RuleFor(c => c.Exemption.DecisionNumber).MaximumLength(64).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Exemption.Reason).MaximumLength(512).OverridePropertyName("reason");
    }
}

public sealed class RecordExemptionHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<MemberConditionRuleSet> rules)
    : ICommandHandler<RecordExemptionCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(RecordExemptionCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        var e = command.Exemption;
        var today = time.TodayInVietnam();
        member.Exempt(e.Kind!.Value, e.Ground!.Value, new DateRange(e.StartsOn!.Value, e.EndsOn), e.DecisionNumber, e.Reason, today, rules);
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), today, PersonalData.CanRead(user));
    }
}
