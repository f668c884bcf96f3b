using Mediator;
using PartyCommittee.Application.Common.Exceptions;

namespace PartyCommittee.Application.Membership.Admissions.RemoveSponsor;

/// <summary>Withdraws a sponsor while the candidate is being prepared.</summary>
public sealed record RemoveSponsorCommand(Guid Id, Guid SponsorId, long ExpectedVersion) : ICommand<AdmissionDto>;

public sealed class RemoveSponsorHandler(AdmissionStepRunner steps) : ICommandHandler<RemoveSponsorCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(RemoveSponsorCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            (admission, step) =>
            {
                admission.WithdrawSponsor(command.SponsorId);
                step.Db.MarkChanged(admission);
            },
            cancellationToken,
            found: admission =>
            {
                if (admission.Sponsors.All(s => s.Id != command.SponsorId))
                {
                    throw new NotFoundException("admission.sponsor_not_found", "Sponsor", command.SponsorId);
                }
            });
}
