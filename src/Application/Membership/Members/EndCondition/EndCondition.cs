using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.EndCondition;

/// <summary>The decision ending an exemption or a suspension.</summary>
/// <param name="LastDay">The last day of the condition (it may be planned).</param>
/// <param name="DecisionNumber">The decision.</param>
public sealed record ConditionEnd([property: Required] DateOnly? LastDay, string? DecisionNumber);

/// <param name="Id">The member.</param>
/// <param name="ConditionId">The condition.</param>
/// <param name="Kinds">The kinds the route may end (exemptions and reductions, or suspensions): another kind is not found.</param>
/// <param name="ExpectedVersion">If-Match.</param>
/// <param name="End">The body.</param>
public sealed record EndConditionCommand(Guid Id, Guid ConditionId, IReadOnlyList<MemberConditionKind> Kinds, long ExpectedVersion, ConditionEnd End) : ICommand<MemberDto>;

public sealed class EndConditionValidator : AbstractValidator<EndConditionCommand>
{
    public EndConditionValidator()
    {
        RuleFor(c => c.End.LastDay).NotNull().InclusiveBetween(EventDates.PartyFounded, EventDates.Latest).OverridePropertyName("lastDay");
        RuleFor(c => c.End.DecisionNumber).MaximumLength(64).OverridePropertyName("decisionNumber");
    }
}

public sealed class EndConditionHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time)
    : ICommandHandler<EndConditionCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(EndConditionCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        if (!member.Conditions.Any(c => c.Id == command.ConditionId && command.Kinds.Contains(c.Kind)))
        {
            throw new DomainRuleException("member.condition_not_found", "The member has no such condition.", RuleViolationKind.Unprocessable, command.ConditionId);
        }

        member.EndCondition(command.ConditionId, command.End.LastDay!.Value, command.End.DecisionNumber);
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), time.TodayInVietnam(), PersonalData.CanRead(user));
    }
}
