using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Application.Membership.Admissions.HoldCeremony;

/// <summary>The admission ceremony (lễ kết nạp), which makes the candidate a probationary member.</summary>
/// <param name="HeldOn">Date of the ceremony; a ceremony after its period (working days after the receipt of the decision) is recorded with the working days it is late. Probation runs from it.</param>
/// <param name="DecisionReceivedOn">The day the cell received the decision, when not recorded with the decision.</param>
public sealed record Ceremony([property: Required] DateOnly? HeldOn, DateOnly? DecisionReceivedOn = null);

public sealed record HoldCeremonyCommand(Guid Id, long ExpectedVersion, Ceremony Ceremony) : ICommand<AdmissionDto>;

public sealed class HoldCeremonyValidator : AbstractValidator<HoldCeremonyCommand>
{
    public HoldCeremonyValidator(TimeProvider time)
    {
        RuleFor(c => c.Ceremony.HeldOn).ValidStepDate(time).OverridePropertyName("heldOn");
        RuleFor(c => c.Ceremony.DecisionReceivedOn).ValidOptionalStepDate(time).OverridePropertyName("decisionReceivedOn");
    }
}

public sealed class HoldCeremonyHandler(IAppDbContext db, AdmissionStepRunner steps) : ICommandHandler<HoldCeremonyCommand, AdmissionDto>
{
    /// <summary>Under the lock of the case's cell, so that the cell cannot be dissolved while the new member is recorded in it.</summary>
    public async ValueTask<AdmissionDto> Handle(HoldCeremonyCommand command, CancellationToken cancellationToken)
    {
        var cellId = await db.AdmissionCases.Where(a => a.Id == command.Id).Select(a => (Guid?)a.OrganizationId).FirstOrDefaultAsync(cancellationToken);
        return await db.ExclusiveAsync([Locks.Organization(cellId ?? Guid.Empty)], ct => HoldAsync(command, ct), cancellationToken);
    }

    private Task<AdmissionDto> HoldAsync(HoldCeremonyCommand command, CancellationToken cancellationToken) =>
        steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            async (admission, step, ct) =>
            {
                var date = command.Ceremony.HeldOn!.Value;
                if (command.Ceremony.DecisionReceivedOn is { } received)
                {
                    admission.RecordDecisionReceipt(received);
                }

                var calendar = await step.Db.LoadAsync(admission.CommitteeDecisionOn ?? date, date, ct);
                var cell = await step.Db.Organizations.FirstAsync(o => o.Id == admission.OrganizationId, ct);
                var member = admission.HoldCeremony(Ids.NewVersion7(step.Time.GetUtcNow()), date, cell, calendar, step.Rules);
                step.Db.Members.Add(member);
            },
            cancellationToken);
}
