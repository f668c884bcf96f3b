using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.RecordSeniorityGap;

/// <summary>A period not counted in party seniority that the status history does not show.</summary>
/// <param name="Reason">LOST_CONTACT, TRANSFER_INTERRUPTION or OUTSIDE_PARTY.</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day (included).</param>
/// <param name="DocumentNumber">The document establishing it (the cell's verification, the committee's conclusion).</param>
/// <param name="Note">Note.</param>
public sealed record SeniorityGap(
    [property: Required] SeniorityGapReason? Reason, [property: Required] DateOnly? StartsOn, [property: Required] DateOnly? EndsOn, string? DocumentNumber, string? Note);

public sealed record RecordSeniorityGapCommand(Guid Id, long ExpectedVersion, SeniorityGap Gap) : ICommand<MemberDto>;

public sealed class RecordSeniorityGapValidator : AbstractValidator<RecordSeniorityGapCommand>
{
    public RecordSeniorityGapValidator(TimeProvider time)
    {
        RuleFor(c => c.Gap.Reason).NotNull().IsDefinedEnum().OverridePropertyName("reason");
        RuleFor(c => c.Gap.StartsOn).NotNull().IsEventDate(time).OverridePropertyName("startsOn");
        RuleFor(c => c.Gap.EndsOn).NotNull().IsEventDate(time)
            .GreaterThanOrEqualTo(c => c.Gap.StartsOn).When(c => c.Gap.StartsOn is not null).OverridePropertyName("endsOn");
        RuleFor(c => c.Gap.DocumentNumber).MaximumLength(64).OverridePropertyName("documentNumber");
        RuleFor(c => c.Gap.Note).MaximumLength(512).OverridePropertyName("note");
    }
}

public sealed class RecordSeniorityGapHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time)
    : ICommandHandler<RecordSeniorityGapCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(RecordSeniorityGapCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        var g = command.Gap;
        var today = time.TodayInVietnam();
        member.RecordSeniorityGap(new DateRange(g.StartsOn!.Value, g.EndsOn!.Value), g.Reason!.Value, g.DocumentNumber, g.Note, today);
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), today, PersonalData.CanRead(user));
    }
}
