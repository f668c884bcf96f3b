using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.ReadmitMember;

/// <summary>The competent committee's decision re-admitting a person whose name was removed or who was expelled.</summary>
/// <param name="DecisionDate">Date of the re-admission decision.</param>
/// <param name="DecisionNumber">Its number.</param>
/// <param name="OrganizationId">The cell the re-admitted member joins.</param>
/// <param name="CeremonyDate">The ceremony, when it has been held (the new probation runs from it).</param>
/// <param name="LeavingReason">Why the person left, when the record does not say it yet (coded: re-admission depends on it).</param>
/// <param name="RecordClearedOn">For a less serious crime: the day the criminal record was cleared.</param>
public sealed record MemberReadmission(
    [property: Required] DateOnly? DecisionDate,
    string? DecisionNumber,
    [property: Required] Guid? OrganizationId,
    DateOnly? CeremonyDate,
    LeavingReason? LeavingReason,
    DateOnly? RecordClearedOn);

public sealed record ReadmitMemberCommand(Guid Id, long ExpectedVersion, MemberReadmission Readmission) : ICommand<MemberDto>;

public sealed class ReadmitMemberValidator : AbstractValidator<ReadmitMemberCommand>
{
    public ReadmitMemberValidator(TimeProvider time)
    {
        RuleFor(c => c.Readmission.DecisionDate).NotNull().IsEventDate(time).OverridePropertyName("decisionDate");
        RuleFor(c => c.Readmission.DecisionNumber).MaximumLength(64).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Readmission.OrganizationId).NotNull().OverridePropertyName("organizationId");
        RuleFor(c => c.Readmission.CeremonyDate).IsEventDate(time).OverridePropertyName("ceremonyDate");
        RuleFor(c => c.Readmission.LeavingReason).IsDefinedEnum().OverridePropertyName("leavingReason");
        RuleFor(c => c.Readmission.RecordClearedOn).IsEventDate(time).OverridePropertyName("recordClearedOn");
    }
}

/// <summary>
/// Loads the member in scope (a removed or expelled member keeps his last cell, so the scope is the same), and the
/// cell of the re-admission in scope; the member decides by the re-admission rule set in force on the decision date (a setting version before
/// 25/7/2016, ADR 0039), which the response names (<c>readmissionRuleSet</c>).
/// </summary>
public sealed class ReadmitMemberHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<ReadmissionRuleSet> rules)
    : ICommandHandler<ReadmitMemberCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(ReadmitMemberCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        var r = command.Readmission;
        var cell = await db.LoadCellInScopeAsync(scope, r.OrganizationId!.Value, cancellationToken);
        var today = time.TodayInVietnam();
        member.Readmit(r.DecisionDate!.Value, r.DecisionNumber, cell, r.LeavingReason, r.RecordClearedOn, today, rules);
        if (r.CeremonyDate is { } ceremony)
        {
            member.RecordReadmissionCeremony(ceremony, today);
        }

        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, cell.Name, today, PersonalData.CanRead(user)).WithReadmissionRules(rules);
    }
}
