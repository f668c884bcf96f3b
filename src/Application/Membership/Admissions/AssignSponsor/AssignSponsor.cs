using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.AssignSponsor;

/// <summary>A sponsor (người giới thiệu) assigned to the candidate.</summary>
/// <param name="Kind">FULL_MEMBER, or YOUTH_UNION_EXECUTIVE (the youth union's executive committee, for a youth-union member of youth age).</param>
/// <param name="MemberId">The sponsoring full member (required for FULL_MEMBER, omitted for YOUTH_UNION_EXECUTIVE).</param>
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
    public AssignSponsorValidator()
    {
        RuleFor(c => c.Sponsor.Kind).NotNull().IsInEnum().OverridePropertyName("kind");
        RuleFor(c => c.Sponsor.AssignedOn).ValidStepDate().OverridePropertyName("assignedOn");
        When(c => c.Sponsor.Kind == SponsorKind.FullMember, () =>
        {
            RuleFor(c => c.Sponsor.MemberId).NotNull().OverridePropertyName("memberId");
            RuleFor(c => c.Sponsor.WorkedTogetherSince).NotNull().InclusiveBetween(new DateOnly(1950, 1, 1), AdmissionRules.LatestDate)
                .OverridePropertyName("workedTogetherSince");
        });
        When(c => c.Sponsor.Kind == SponsorKind.YouthUnionExecutive, () =>
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
            command.Sponsor.AssignedOn,
            async (admission, step, ct) =>
            {
                var sponsor = command.Sponsor;
                PartyMember? member = null;
                if (sponsor.MemberId is { } memberId)
                {
                    member = await step.Db.Members.AsNoTracking().Include(m => m.StatusHistory).FirstOrDefaultAsync(m => m.Id == memberId, ct);
                    if (member is null || !await step.Scope.CoversAsync(member.OrganizationId, ct))
                    {
                        throw new DomainRuleException("admission.sponsor_member_not_found", "The sponsoring member was not found.", RuleViolationKind.Unprocessable, memberId);
                    }
                }

                admission.AssignSponsor(Guid.CreateVersion7(step.Time.GetUtcNow()), sponsor.Kind!.Value, member, sponsor.WorkedTogetherSince, sponsor.AssignedOn!.Value, step.Rules);
                step.Db.MarkChanged(admission);
            },
            cancellationToken);
}
