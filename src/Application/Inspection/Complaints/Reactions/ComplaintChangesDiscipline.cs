using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Events;
using PartyCommittee.Application.Inspection.Discipline;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Complaints;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Complaints.Reactions;

/// <summary>
/// A complaint settled CHANGED or WITHDRAWN changes the disciplinary action through its own rules (the new form allowed
/// for the subject by the rule set in force on the settlement day; the settling level's power over the form comes from
/// the complaint rules), in the same
/// transaction; the action's reactions then undo or apply the effects (an expulsion annulled restores the membership).
/// The settling level decides as the committee (standing committee, inspection commission) or the superior committee.
/// </summary>
public sealed class ComplaintChangesDiscipline(IAppDbContext db, RuleBook<DisciplineRuleSet> rules) : IDomainEventHandler<ComplaintSettled>
{
    public async ValueTask HandleAsync(ComplaintSettled domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent.Outcome == ComplaintOutcome.Upheld)
        {
            return;
        }

        var action = await db.DisciplinaryActions.FirstAsync(a => a.Id == domainEvent.DisciplinaryActionId, cancellationToken);
        var body = domainEvent.Settler == ComplaintSettler.SuperiorLevel ? DecidingBody.SuperiorCommittee : DecidingBody.Committee;
        var reason = $"Giải quyết khiếu nại kỷ luật / Discipline complaint settled ({WireFormat.Code(domainEvent.Outcome)})";
        if (domainEvent.Outcome == ComplaintOutcome.Withdrawn)
        {
            action.Withdraw(body, domainEvent.SettledOn, domainEvent.DecisionNumber ?? string.Empty, reason);
        }
        else
        {
            action.Amend(domainEvent.NewForm!.Value, body, domainEvent.SettledOn, domainEvent.DecisionNumber ?? string.Empty, reason, rules.InForceOn(domainEvent.SettledOn), settlingComplaint: true);
        }
    }
}
