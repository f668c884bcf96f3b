using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.ChangeMemberStatus;

/// <summary>A dated decision that changes a member's status.</summary>
/// <param name="Status">The new status (not FULL for a probationary member: use full-membership recognition; not TRANSFERRED_OUT: use a transfer).</param>
/// <param name="EffectiveOn">The date the decision takes effect.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="Reason">Why.</param>
/// <param name="LeavingReason">For NAME_REMOVED or EXPELLED: the coded reason (a re-admission depends on it).</param>
public sealed record MemberStatusChange(
    [property: Required] MemberStatus? Status,
    [property: Required] DateOnly? EffectiveOn,
    string? DecisionNumber,
    string? Reason,
    LeavingReason? LeavingReason = null);

public sealed record ChangeMemberStatusCommand(Guid Id, long ExpectedVersion, MemberStatusChange Change) : ICommand<MemberDto>;

public sealed class ChangeMemberStatusValidator : AbstractValidator<ChangeMemberStatusCommand>
{
    public ChangeMemberStatusValidator(TimeProvider time)
    {
        RuleFor(c => c.Change.Status).NotNull().IsDefinedEnum().NotEqual(MemberStatus.TransferredOut).OverridePropertyName("status");
        RuleFor(c => c.Change.EffectiveOn).NotNull().IsEventDate(time).OverridePropertyName("effectiveOn");
        RuleFor(c => c.Change.DecisionNumber).MaximumLength(64).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Change.Reason).MaximumLength(512).OverridePropertyName("reason");
        RuleFor(c => c.Change.LeavingReason).IsDefinedEnum().OverridePropertyName("leavingReason");
    }
}

public sealed class ChangeMemberStatusHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time)
    : ICommandHandler<ChangeMemberStatusCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(ChangeMemberStatusCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        member.ChangeStatus(command.Change.Status!.Value, command.Change.EffectiveOn!.Value, command.Change.DecisionNumber, command.Change.Reason, command.Change.LeavingReason);
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), time.TodayInVietnam(), PersonalData.CanRead(user));
    }
}
