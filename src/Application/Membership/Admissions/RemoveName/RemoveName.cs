using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.RemoveName;

/// <summary>Removal of an unfit probationary member's name (xóa tên đảng viên dự bị); a probationary member is never expelled.</summary>
/// <param name="RemovedOn">Date of the decision.</param>
/// <param name="Number">Number of the decision.</param>
/// <param name="Reason">Why the member was found unfit.</param>
public sealed record NameRemoval(
    [property: Required] DateOnly? RemovedOn,
    [property: Required] string? Number,
    [property: Required] string? Reason);

public sealed record RemoveNameCommand(Guid Id, long ExpectedVersion, NameRemoval Removal) : ICommand<AdmissionDto>;

public sealed class RemoveNameValidator : AbstractValidator<RemoveNameCommand>
{
    public RemoveNameValidator()
    {
        RuleFor(c => c.Removal.RemovedOn).ValidStepDate().OverridePropertyName("removedOn");
        RuleFor(c => c.Removal.Number).ValidDocumentNumber().OverridePropertyName("number");
        RuleFor(c => c.Removal.Reason).ValidReason().OverridePropertyName("reason");
    }
}

public sealed class RemoveNameHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
    : ICommandHandler<RemoveNameCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RemoveNameCommand command, CancellationToken cancellationToken)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, command.Id, cancellationToken);
        admission.EnsureVersion(command.ExpectedVersion);
        var date = command.Removal.RemovedOn!.Value;
        AdmissionRules.EnsureNotInFuture(date, time);

        var member = await db.LoadAdmittedMemberAsync(admission, cancellationToken);
        admission.RemoveName(member, date, command.Removal.Number, command.Removal.Reason!);
        await db.SaveChangesAsync(cancellationToken);
        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), PersonalData.CanRead(user), rules, cancellationToken);
    }
}
