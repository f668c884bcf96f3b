using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Application.Organization.ElectedBodies.AddBodyMembership;

/// <summary>A seat to add to an elected body.</summary>
/// <param name="MemberId">The party member; on the start date a member of the organisation (placed in its subtree, not having left the party).</param>
/// <param name="Role">A role of the body's kind: EXECUTIVE_COMMITTEE and CELL_COMMITTEE: SECRETARY, DEPUTY_SECRETARY, MEMBER; STANDING_COMMITTEE: SECRETARY, DEPUTY_SECRETARY, STANDING_MEMBER; INSPECTION_COMMISSION: INSPECTION_CHAIR, INSPECTION_VICE_CHAIR, MEMBER.</param>
/// <param name="StartsOn">First day the seat is held, within the term.</param>
/// <param name="EndsOn">Last day the seat is held, within the term; omitted while it is held.</param>
/// <param name="DecisionNumber">Number of the election result or appointment decision.</param>
public sealed record BodyMembershipInput(
    [property: Required] Guid? MemberId,
    [property: Required] BodyRole? Role,
    [property: Required] DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? DecisionNumber);

public sealed record AddBodyMembershipCommand(Guid BodyId, long ExpectedVersion, BodyMembershipInput Membership) : ICommand<ElectedBodyDto>;

public sealed class AddBodyMembershipValidator : AbstractValidator<AddBodyMembershipCommand>
{
    public AddBodyMembershipValidator(TimeProvider time)
    {
        RuleFor(c => c.Membership.MemberId).NotEmpty().OverridePropertyName("memberId");
        RuleFor(c => c.Membership.Role).NotNull().IsDefinedEnum().OverridePropertyName("role");
        RuleFor(c => c.Membership.StartsOn).NotNull().IsEventDate(time).OverridePropertyName("startsOn");
        RuleFor(c => c.Membership.DecisionNumber).MaximumLength(64).OverridePropertyName("decisionNumber");
    }
}

/// <summary>
/// Adds a seat under the rules of <see cref="ElectedBody.Appoint"/>: the composition rule set in force on the start date
/// and the deployment's <see cref="ElectedBodyOptions"/>.
/// </summary>
public sealed class AddBodyMembershipHandler(
    IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<BodyCompositionRuleSet> rules, ElectedBodyOptions options)
    : ICommandHandler<AddBodyMembershipCommand, ElectedBodyDto>
{
    public async ValueTask<ElectedBodyDto> Handle(AddBodyMembershipCommand command, CancellationToken cancellationToken)
    {
        var body = await db.LoadBodyInScopeAsync(scope, command.BodyId, tracking: true, cancellationToken);
        body.EnsureVersion(command.ExpectedVersion);
        var input = command.Membership;

        var context = await db.GatherAppointmentAsync(scope, body, input.MemberId!.Value, input.StartsOn!.Value, cancellationToken);
        body.Appoint(
            Ids.NewVersion7(time.GetUtcNow()), input.Role!.Value, input.StartsOn!.Value, input.EndsOn, input.DecisionNumber, context,
            rules, options.Limits, time.TodayInVietnam());

        db.ElectedBodies.MarkChanged(body);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(body, null, cancellationToken);
    }
}
