using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.SuspendMember;

/// <summary>A decision suspending a member from party activities (đình chỉ sinh hoạt đảng).</summary>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day (included); empty until a decision ends it.</param>
/// <param name="DecisionNumber">The decision.</param>
/// <param name="Reason">Why.</param>
public sealed record MemberSuspension([property: Required] DateOnly? StartsOn, DateOnly? EndsOn, string? DecisionNumber, string? Reason);

public sealed record SuspendMemberCommand(Guid Id, long ExpectedVersion, MemberSuspension Suspension) : ICommand<MemberDto>;

public sealed class SuspendMemberValidator : AbstractValidator<SuspendMemberCommand>
{
    public SuspendMemberValidator(TimeProvider time)
    {
        RuleFor(c => c.Suspension.StartsOn).NotNull().IsEventDate(time).OverridePropertyName("startsOn");
        RuleFor(c => c.Suspension.EndsOn).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest)
            .GreaterThanOrEqualTo(c => c.Suspension.StartsOn).When(c => c.Suspension.StartsOn is not null).OverridePropertyName("endsOn");
        RuleFor(c => c.Suspension.DecisionNumber).MaximumLength(64).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Suspension.Reason).MaximumLength(512).OverridePropertyName("reason");
    }
}

/// <summary>Records the suspension (the member checks its last day against the longest term of the rule set in force on its first day).</summary>
public sealed class SuspendMemberHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<SuspensionRuleSet> rules)
    : ICommandHandler<SuspendMemberCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(SuspendMemberCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        var s = command.Suspension;
        var today = time.TodayInVietnam();
        var period = new DateRange(s.StartsOn!.Value, s.EndsOn);
        member.Suspend(period, s.DecisionNumber, s.Reason, today, await db.WorkingDayCalendarAsync(null, cancellationToken), rules);
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), today, PersonalData.CanRead(user));
    }
}
