using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.RecordCommitteeDecision;

/// <summary>The superior committee's admission decision (quyết định kết nạp đảng viên).</summary>
/// <param name="DecidedOn">Date of the decision; within the decision period (working days) after the cell's resolution.</param>
/// <param name="Number">Number of the decision.</param>
public sealed record CommitteeDecision(
    [property: Required] DateOnly? DecidedOn,
    [property: Required] string? Number);

public sealed record RecordCommitteeDecisionCommand(Guid Id, long ExpectedVersion, CommitteeDecision Decision) : ICommand<AdmissionDto>;

public sealed class RecordCommitteeDecisionValidator : AbstractValidator<RecordCommitteeDecisionCommand>
{
    public RecordCommitteeDecisionValidator()
    {
        RuleFor(c => c.Decision.DecidedOn).ValidStepDate().OverridePropertyName("decidedOn");
        RuleFor(c => c.Decision.Number).ValidDocumentNumber().OverridePropertyName("number");
    }
}

public sealed class RecordCommitteeDecisionHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
    : ICommandHandler<RecordCommitteeDecisionCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RecordCommitteeDecisionCommand command, CancellationToken cancellationToken)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, command.Id, cancellationToken);
        admission.EnsureVersion(command.ExpectedVersion);
        var date = command.Decision.DecidedOn!.Value;
        AdmissionRules.EnsureNotInFuture(date, time);

        // The deadline check needs the holidays from the resolution to the decision only: a period that ends later
        // is met whatever the holidays after the decision.
        var calendar = await db.LoadAsync(admission.CellResolutionOn ?? date, date, cancellationToken);
        admission.RecordCommitteeDecision(date, command.Decision.Number, calendar, rules);
        await db.SaveChangesAsync(cancellationToken);
        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), PersonalData.CanRead(user), rules, cancellationToken);
    }
}
