using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
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

public sealed class AssignSponsorHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
    : ICommandHandler<AssignSponsorCommand, AdmissionDto>
{
    public async ValueTask<AdmissionDto> Handle(AssignSponsorCommand command, CancellationToken cancellationToken)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, command.Id, cancellationToken);
        admission.EnsureVersion(command.ExpectedVersion);
        var sponsor = command.Sponsor;
        var assignedOn = sponsor.AssignedOn!.Value;
        AdmissionRules.EnsureNotInFuture(assignedOn, time);

        PartyMember? member = null;
        if (sponsor.MemberId is { } memberId)
        {
            member = await db.Members.AsNoTracking().Include(m => m.StatusHistory).FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
            if (member is null || !await scope.CoversAsync(member.OrganizationId, cancellationToken))
            {
                throw new DomainRuleException("admission.sponsor_member_not_found", "The sponsoring member was not found.", RuleViolationKind.Unprocessable, memberId);
            }
        }

        admission.AssignSponsor(Guid.CreateVersion7(time.GetUtcNow()), sponsor.Kind!.Value, member, sponsor.WorkedTogetherSince, assignedOn, rules);
        db.MarkChanged(admission);
        await db.SaveChangesAsync(cancellationToken);
        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), PersonalData.CanRead(user), rules, cancellationToken);
    }
}
