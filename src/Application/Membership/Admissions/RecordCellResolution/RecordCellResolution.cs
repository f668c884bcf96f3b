using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.RecordCellResolution;

/// <summary>The cell's resolution proposing admission (nghị quyết chi bộ đề nghị kết nạp).</summary>
/// <param name="ResolvedOn">Date of the resolution; eligibility is checked under the rule set in force that day.</param>
/// <param name="Number">Number of the resolution.</param>
public sealed record CellResolution(
    [property: Required] DateOnly? ResolvedOn,
    [property: Required] string? Number);

public sealed record RecordCellResolutionCommand(Guid Id, long ExpectedVersion, CellResolution Resolution) : ICommand<AdmissionDto>;

public sealed class RecordCellResolutionValidator : AbstractValidator<RecordCellResolutionCommand>
{
    public RecordCellResolutionValidator()
    {
        RuleFor(c => c.Resolution.ResolvedOn).ValidStepDate().OverridePropertyName("resolvedOn");
        RuleFor(c => c.Resolution.Number).ValidDocumentNumber().OverridePropertyName("number");
    }
}

public sealed class RecordCellResolutionHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
    : ICommandHandler<RecordCellResolutionCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RecordCellResolutionCommand command, CancellationToken cancellationToken)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, command.Id, cancellationToken);
        admission.EnsureVersion(command.ExpectedVersion);
        var date = command.Resolution.ResolvedOn!.Value;
        AdmissionRules.EnsureNotInFuture(date, time);
        admission.RecordCellResolution(date, command.Resolution.Number, rules);
        await db.SaveChangesAsync(cancellationToken);
        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), PersonalData.CanRead(user), rules, cancellationToken);
    }
}
