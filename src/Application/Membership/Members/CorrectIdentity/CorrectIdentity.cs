using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.CorrectIdentity;

/// <summary>A change of the name and/or the date of birth, with the decision that allows it.</summary>
/// <param name="FullName">The new full name, if it changes.</param>
/// <param name="DateOfBirth">The new date of birth, if it changes.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="DecisionDate">Its date.</param>
/// <param name="DecisionIssuer">Who issued it (e.g. "Ban Tổ chức Tỉnh ủy").</param>
/// <param name="Note">Note.</param>
public sealed record IdentityCorrection(
    string? FullName,
    DateOnly? DateOfBirth,
    [property: Required] string? DecisionNumber,
    [property: Required] DateOnly? DecisionDate,
    [property: Required] string? DecisionIssuer,
    string? Note);

public sealed record CorrectIdentityCommand(Guid Id, long ExpectedVersion, IdentityCorrection Correction) : ICommand<MemberDto>;

public sealed class CorrectIdentityValidator : AbstractValidator<CorrectIdentityCommand>
{
    public CorrectIdentityValidator(TimeProvider time)
    {
        RuleFor(c => c.Correction.FullName).MaximumLength(PersonName.MaxLength).IsName(NameKind.Person).When(c => c.Correction.FullName is not null).OverridePropertyName("fullName");
        RuleFor(c => c.Correction.DateOfBirth).IsEventDate(time, EventDates.EarliestCivil).OverridePropertyName("dateOfBirth");
        RuleFor(c => c.Correction.DecisionNumber).NotEmpty().MaximumLength(64).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Correction.DecisionDate).NotNull().IsEventDate(time).OverridePropertyName("decisionDate");
        RuleFor(c => c.Correction.DecisionIssuer).NotEmpty().MaximumLength(256).OverridePropertyName("decisionIssuer");
        RuleFor(c => c.Correction.Note).MaximumLength(512).OverridePropertyName("note");
    }
}

public sealed class CorrectIdentityHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time)
    : ICommandHandler<CorrectIdentityCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(CorrectIdentityCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        var c = command.Correction;
        var today = time.TodayInVietnam();
        member.CorrectIdentity(c.FullName, c.DateOfBirth, new RecordDecision(c.DecisionNumber!.Trim(), c.DecisionDate!.Value, c.DecisionIssuer!.Trim()), c.Note, today);
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), today, PersonalData.CanRead(user));
    }
}
