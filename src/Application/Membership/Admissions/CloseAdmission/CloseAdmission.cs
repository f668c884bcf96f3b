using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.CloseAdmission;

/// <summary>Closes a case before the ceremony: the candidate withdrew, or the cell or the committee did not admit.</summary>
/// <param name="ClosedOn">Date of closure; not before the last recorded step.</param>
/// <param name="Reason">Why.</param>
public sealed record AdmissionClosure(
    [property: Required] DateOnly? ClosedOn,
    [property: Required] string? Reason);

public sealed record CloseAdmissionCommand(Guid Id, long ExpectedVersion, AdmissionClosure Closure) : ICommand<AdmissionDto>;

public sealed class CloseAdmissionValidator : AbstractValidator<CloseAdmissionCommand>
{
    public CloseAdmissionValidator()
    {
        RuleFor(c => c.Closure.ClosedOn).ValidStepDate().OverridePropertyName("closedOn");
        RuleFor(c => c.Closure.Reason).ValidReason().OverridePropertyName("reason");
    }
}

public sealed class CloseAdmissionHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
    : ICommandHandler<CloseAdmissionCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(CloseAdmissionCommand command, CancellationToken cancellationToken)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, command.Id, cancellationToken);
        admission.EnsureVersion(command.ExpectedVersion);
        var date = command.Closure.ClosedOn!.Value;
        AdmissionRules.EnsureNotInFuture(date, time);
        admission.Close(date, command.Closure.Reason!);
        await db.SaveChangesAsync(cancellationToken);
        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), PersonalData.CanRead(user), rules, cancellationToken);
    }
}
