using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.AssignSponsor;

/// <summary>A sponsor (người giới thiệu) assigned to the candidate.</summary>
/// <param name="Kind">FULL_MEMBER; YOUTH_UNION_EXECUTIVE or YOUTH_CELL_COLLECTIVE (the youth union's collective, for a youth-union member of youth age where a youth union exists); TRADE_UNION_EXECUTIVE (where no youth union exists).</param>
/// <param name="MemberId">The sponsoring full member (required for FULL_MEMBER, omitted for a collective).</param>
/// <param name="WorkedTogetherSince">Since when the member has worked with the candidate (required for FULL_MEMBER).</param>
/// <param name="AssignedOn">Date of the assignment.</param>
public sealed record SponsorAssignment(
    [property: Required] SponsorKind? Kind,
    Guid? MemberId,
    DateOnly? WorkedTogetherSince,
    [property: Required] DateOnly? AssignedOn);

public sealed record AssignSponsorCommand(Guid Id, long ExpectedVersion, SponsorAssignment Sponsor) : ICommand<AdmissionDto>;

public sealed class AssignSponsorValidator : AbstractValidator<AssignSponsorCommand>
{
    public AssignSponsorValidator(TimeProvider time)
    {
        RuleFor(c => c.Sponsor.Kind).NotNull().IsDefinedEnum().OverridePropertyName("kind");
        RuleFor(c => c.Sponsor.AssignedOn).ValidStepDate(time).OverridePropertyName("assignedOn");
        When(c => c.Sponsor.Kind == SponsorKind.FullMember, () =>
        {
            RuleFor(c => c.Sponsor.MemberId).NotNull().OverridePropertyName("memberId");
            RuleFor(c => c.Sponsor.WorkedTogetherSince).NotNull().InclusiveBetween(new DateOnly(1950, 1, 1), AdmissionRules.LatestDate)
                .OverridePropertyName("workedTogetherSince");
        });
        When(c => c.Sponsor.Kind is not null and not SponsorKind.FullMember, () =>
        {
            RuleFor(c => c.Sponsor.MemberId).Null().OverridePropertyName("memberId");
            RuleFor(c => c.Sponsor.WorkedTogetherSince).Null().OverridePropertyName("workedTogetherSince");
        });
    }
}

public sealed class AssignSponsorHandler(AdmissionStepRunner steps) : ICommandHandler<AssignSponsorCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(AssignSponsorCommand command, CancellationToken cancellationToken) =>
        await steps.RunAsync(
            command.Id,
            command.ExpectedVersion,
            async (admission, step, ct) =>
            {
                var sponsor = command.Sponsor;
                var member = await step.LoadSponsorMemberAsync(sponsor.MemberId, ct);

                var youthUnion = await step.Db.YouthUnionExistsAsync(admission, sponsor.AssignedOn!.Value, ct);
                admission.AssignSponsor(
                    Ids.NewVersion7(step.Time.GetUtcNow()), sponsor.Kind!.Value, member, sponsor.WorkedTogetherSince, sponsor.AssignedOn!.Value, youthUnion, step.Rules);
                step.Db.MarkChanged(admission);
            },
            cancellationToken);
}
