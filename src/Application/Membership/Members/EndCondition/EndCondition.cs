using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.EndCondition;

/// <summary>The decision ending an exemption (or reduction) or a suspension.</summary>
/// <param name="LastDay">The last day of the condition (it may be planned).</param>
/// <param name="DecisionNumber">The decision.</param>
/// <param name="ConditionId">Which one (see the record's conditions); by default the one in force on the last day, else the open one.</param>
public sealed record ConditionEnd([property: Required] DateOnly? LastDay, string? DecisionNumber, Guid? ConditionId = null);

/// <param name="Id">The member.</param>
/// <param name="Kinds">The kinds the route may end (exemptions and reductions, or suspensions): another kind is not found.</param>
/// <param name="ExpectedVersion">If-Match.</param>
/// <param name="End">The body.</param>
public sealed record EndConditionCommand(Guid Id, IReadOnlyList<MemberConditionKind> Kinds, long ExpectedVersion, ConditionEnd End) : ICommand<MemberDto>;

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
        var lastDay = command.End.LastDay!.Value;
        var candidates = member.Conditions.Where(c => command.Kinds.Contains(c.Kind)).ToList();
        var condition = command.End.ConditionId is { } id
            ? candidates.FirstOrDefault(c => c.Id == id)
            : candidates.FirstOrDefault(c => c.Period.Contains(lastDay)) ?? candidates.Where(c => c.EndsOn is null).MaxBy(c => c.StartsOn);
        if (condition is null)
        {
            throw new DomainRuleException(
                "member.condition_not_found", "The member has no such condition.", RuleViolationKind.Unprocessable, command.End.ConditionId?.ToString() ?? lastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        member.EndCondition(condition.Id, lastDay, command.End.DecisionNumber);
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), time.TodayInVietnam(), PersonalData.CanRead(user));
    }
}
