using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.ReplaceSponsor;

/// <summary>Another sponsor in place of one who was transferred or disciplined.</summary>
/// <param name="Reason">TRANSFERRED or DISCIPLINED.</param>
/// <param name="Kind">The new sponsor's kind (as for an assignment).</param>
/// <param name="MemberId">The new sponsoring full member (FULL_MEMBER only).</param>
/// <param name="WorkedTogetherSince">Since when the new sponsor has worked with the candidate (FULL_MEMBER only).</param>
/// <param name="ReplacedOn">Date of the replacement.</param>
public sealed record SponsorReplacement(
    [property: Required] SponsorReplacementReason? Reason,
    [property: Required] SponsorKind? Kind,
    Guid? MemberId,
    DateOnly? WorkedTogetherSince,
    [property: Required] DateOnly? ReplacedOn);

public sealed record ReplaceSponsorCommand(Guid Id, Guid SponsorId, long ExpectedVersion, SponsorReplacement Replacement) : ICommand<AdmissionDto>;

public sealed class ReplaceSponsorValidator : AbstractValidator<ReplaceSponsorCommand>
{
    public ReplaceSponsorValidator(TimeProvider time)
    {
        RuleFor(c => c.Replacement.Reason).NotNull().IsDefinedEnum().OverridePropertyName("reason");
        RuleFor(c => c.Replacement.Kind).NotNull().IsDefinedEnum().OverridePropertyName("kind");
        RuleFor(c => c.Replacement.ReplacedOn).ValidStepDate(time).OverridePropertyName("replacedOn");
        When(c => c.Replacement.Kind == SponsorKind.FullMember, () =>
        {
            RuleFor(c => c.Replacement.MemberId).NotNull().OverridePropertyName("memberId");
            RuleFor(c => c.Replacement.WorkedTogetherSince).NotNull().ValidStepDate(time).OverridePropertyName("workedTogetherSince");
        });
        When(c => c.Replacement.Kind is not null and not SponsorKind.FullMember, () =>
        {
            RuleFor(c => c.Replacement.MemberId).Null().OverridePropertyName("memberId");
            RuleFor(c => c.Replacement.WorkedTogetherSince).Null().OverridePropertyName("workedTogetherSince");
        });
    }
}

public sealed class ReplaceSponsorHandler(AdmissionStepRunner steps) : ICommandHandler<ReplaceSponsorCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(ReplaceSponsorCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            async (admission, step, ct) =>
            {
                var replacement = command.Replacement;
                var member = await step.LoadSponsorMemberAsync(replacement.MemberId, ct);
                var on = replacement.ReplacedOn!.Value;
                var youthUnion = await step.Db.YouthUnionExistsAsync(admission, on, ct);
                admission.ReplaceSponsor(
                    command.SponsorId,
                    Ids.NewVersion7(step.Time.GetUtcNow()),
                    replacement.Reason!.Value,
                    replacement.Kind!.Value,
                    member,
                    replacement.WorkedTogetherSince,
                    on,
                    youthUnion,
                    step.Rules);
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
