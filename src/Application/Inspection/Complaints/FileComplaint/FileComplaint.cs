using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Inspection.Denunciations;
using PartyCommittee.Application.Inspection.Discipline;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Complaints;

namespace PartyCommittee.Application.Inspection.Complaints.FileComplaint;

/// <summary>A complaint about a discipline decision, received.</summary>
/// <param name="DisciplinaryActionId">The decided action complained about (in scope).</param>
/// <param name="ComplainantName">Who signed it (the member, or the organisation's representative).</param>
/// <param name="DecisionReceivedOn">Day the complainant received the decision (the filing period runs from it); the decision date when not given.</param>
/// <param name="ReceivedOn">Day the complaint was received.</param>
/// <param name="Content">What is complained about.</param>
public sealed record FileComplaintCommand(
    [property: Required] Guid? DisciplinaryActionId,
    [property: Required] string? ComplainantName,
    DateOnly? DecisionReceivedOn,
    [property: Required] DateOnly? ReceivedOn,
    [property: Required] string? Content) : ICommand<ComplaintDto>;

public sealed class FileComplaintValidator : AbstractValidator<FileComplaintCommand>
{
    public FileComplaintValidator(TimeProvider time)
    {
        RuleFor(c => c.DisciplinaryActionId).NotEmpty();
        RuleFor(c => c.ComplainantName).NotEmpty().MaximumLength(Complaint.NameMaxLength);
        RuleFor(c => c.DecisionReceivedOn).IsEventDate(time);
        RuleFor(c => c.ReceivedOn).NotNull().IsEventDate(time);
        RuleFor(c => c.Content).NotEmpty().MaximumLength(Complaint.TextMaxLength);
    }
}

/// <summary>
/// Registers a complaint (inspection commission). The action must be decided and in scope (422
/// <c>complaint.action_not_found</c> otherwise). A complaint received after the filing period of the rule set in force
/// that day is registered as NOT_ACCEPTED (FILED_LATE), naming the rule set: the rules do not settle late complaints.
/// </summary>
public sealed class FileComplaintHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<InspectionRuleSet> rules)
    : ICommandHandler<FileComplaintCommand, ComplaintDto>
{
    public async ValueTask<ComplaintDto> Handle(FileComplaintCommand command, CancellationToken cancellationToken)
    {
        Domain.Inspection.Discipline.DisciplinaryAction action;
        try
        {
            action = await db.LoadActionInScopeAsync(scope, command.DisciplinaryActionId!.Value, tracking: false, cancellationToken);
        }
        catch (Common.Exceptions.NotFoundException)
        {
            throw new DomainRuleException("complaint.action_not_found", "The disciplinary action was not found in your scope.", RuleViolationKind.Unprocessable, command.DisciplinaryActionId!.Value);
        }

        var on = command.ReceivedOn!.Value;
        var decisionReceivedOn = command.DecisionReceivedOn ?? action.DecidedOn ?? on;
        var calendar = await db.LoadAsync(decisionReceivedOn, (on > decisionReceivedOn ? on : decisionReceivedOn).AddYears(1), cancellationToken);
        var complaint = Complaint.File(
            Ids.NewVersion7(time.GetUtcNow()), action, command.ComplainantName!, decisionReceivedOn, on, command.Content!, rules.InForceOn(on), calendar);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(complaint, rules, time.TodayInVietnam(), cancellationToken);
    }
}
