using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Denunciations;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Denunciations.RegisterDenunciation;

/// <summary>A denunciation received.</summary>
/// <param name="OrganizationId">The organisation that received it and handles it (the committee, or a cell).</param>
/// <param name="SubjectKind">MEMBER or ORGANIZATION.</param>
/// <param name="MemberId">The member denounced (MEMBER).</param>
/// <param name="SubjectOrganizationId">The organisation denounced (ORGANIZATION).</param>
/// <param name="ReceivedOn">Day received; the time limit runs from it.</param>
/// <param name="DenouncerName">The denouncer's name as written; empty when anonymous.</param>
/// <param name="DenouncerAddress">The denouncer's address; empty when none is given.</param>
/// <param name="Content">What is denounced.</param>
public sealed record RegisterDenunciationCommand(
    [property: Required] Guid? OrganizationId,
    [property: Required] DisciplineSubjectKind? SubjectKind,
    Guid? MemberId,
    Guid? SubjectOrganizationId,
    [property: Required] DateOnly? ReceivedOn,
    string? DenouncerName,
    string? DenouncerAddress,
    [property: Required] string? Content) : ICommand<DenunciationDto>;

public sealed class RegisterDenunciationValidator : AbstractValidator<RegisterDenunciationCommand>
{
    public RegisterDenunciationValidator(TimeProvider time)
    {
        RuleFor(c => c.OrganizationId).NotEmpty();
        RuleFor(c => c.SubjectKind).NotNull().IsDefinedEnum();
        RuleFor(c => c.MemberId).NotEmpty().When(c => c.SubjectKind == DisciplineSubjectKind.Member);
        RuleFor(c => c.MemberId).Null().When(c => c.SubjectKind == DisciplineSubjectKind.Organization);
        RuleFor(c => c.SubjectOrganizationId).NotEmpty().When(c => c.SubjectKind == DisciplineSubjectKind.Organization);
        RuleFor(c => c.SubjectOrganizationId).Null().When(c => c.SubjectKind == DisciplineSubjectKind.Member);
        RuleFor(c => c.ReceivedOn).NotNull().IsEventDate(time);
        RuleFor(c => c.DenouncerName).MaximumLength(Denunciation.NameMaxLength);
        RuleFor(c => c.DenouncerAddress).MaximumLength(Denunciation.NameMaxLength);
        RuleFor(c => c.Content).NotEmpty().MaximumLength(Denunciation.TextMaxLength);
    }
}

/// <summary>
/// Registers a denunciation (inspection commission). The handling organisation and the subject must be in the caller's
/// scope (422 <c>inspection.organization_not_found</c> / <c>inspection.member_not_found</c>), the subject under the
/// handling organisation (422 <c>denunciation.subject_outside_organization</c>).
/// </summary>
public sealed class RegisterDenunciationHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<InspectionRuleSet> rules)
    : ICommandHandler<RegisterDenunciationCommand, DenunciationDto>
{
    public async ValueTask<DenunciationDto> Handle(RegisterDenunciationCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsCommission())
        {
            throw new ForbiddenException("denunciation.not_for_role", "Denunciations are registered by the inspection commission.");
        }

        var organization = await db.OrganizationInScopeAsync(scope, command.OrganizationId!.Value, cancellationToken);
        Guid subjectOrganizationId;
        Guid? memberId = null;
        if (command.SubjectKind == DisciplineSubjectKind.Member)
        {
            var member = await db.MemberInScopeAsync(scope, command.MemberId!.Value, cancellationToken);
            memberId = member.Id;
            subjectOrganizationId = member.OrganizationId;
        }
        else
        {
            subjectOrganizationId = (await db.OrganizationInScopeAsync(scope, command.SubjectOrganizationId!.Value, cancellationToken)).Id;
        }

        var subject = await db.OrganizationInScopeAsync(scope, subjectOrganizationId, cancellationToken);
        if (!subject.Path.StartsWith(organization.Path, StringComparison.Ordinal))
        {
            throw new DomainRuleException(
                "denunciation.subject_outside_organization", "The subject is not under the organisation that handles the denunciation.", RuleViolationKind.Unprocessable, subject.Id);
        }

        var on = command.ReceivedOn!.Value;
        var ruleSet = rules.InForceOn(on);
        var calendar = await db.LoadAsync(on, on.AddYears(1), cancellationToken);
        var denunciation = Denunciation.Register(
            Ids.NewVersion7(time.GetUtcNow()), organization.Id, command.SubjectKind!.Value, memberId, subjectOrganizationId, on,
            command.DenouncerName, command.DenouncerAddress, command.Content!, ruleSet, calendar);
        db.Denunciations.Add(denunciation);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(denunciation, rules, time.TodayInVietnam(), cancellationToken);
    }
}
