using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Inspection.Discipline.ProposeDisciplinaryAction;

/// <summary>A proposal to discipline a member or an organisation (made by the inspection commission).</summary>
/// <param name="SubjectKind">MEMBER or ORGANIZATION.</param>
/// <param name="MemberId">MEMBER: the member.</param>
/// <param name="OrganizationId">ORGANIZATION: the organisation.</param>
/// <param name="Form">The form proposed.</param>
/// <param name="Body">The body that is to decide (CELL, COMMITTEE, SUPERIOR_COMMITTEE); see /api/v1/rule-sets (inspection.discipline).</param>
/// <param name="Violation">The violation: content, topic, the article breached.</param>
/// <param name="ViolationOn">Day of the violation (its end when it lasted); the limitation period runs from it.</param>
/// <param name="NewViolationOn">A new violation within the period, which restarts it.</param>
/// <param name="SelfDetected">The subject detected the violation himself.</param>
/// <param name="Remedied">The subject remedied it.</param>
/// <param name="ProposedOn">Day of the proposal.</param>
public sealed record ProposeDisciplinaryActionCommand(
    [property: Required] DisciplineSubjectKind? SubjectKind,
    Guid? MemberId,
    Guid? OrganizationId,
    [property: Required] DisciplineForm? Form,
    [property: Required] DecidingBody? Body,
    [property: Required] string? Violation,
    [property: Required] DateOnly? ViolationOn,
    DateOnly? NewViolationOn,
    bool SelfDetected,
    bool Remedied,
    [property: Required] DateOnly? ProposedOn) : ICommand<DisciplinaryActionDto>;

public sealed class ProposeDisciplinaryActionValidator : AbstractValidator<ProposeDisciplinaryActionCommand>
{
    public ProposeDisciplinaryActionValidator(TimeProvider time)
    {
        RuleFor(c => c.SubjectKind).NotNull().IsDefinedEnum();
        RuleFor(c => c.MemberId).NotNull().NotEqual(Guid.Empty).When(c => c.SubjectKind == DisciplineSubjectKind.Member);
        RuleFor(c => c.MemberId).Null().When(c => c.SubjectKind == DisciplineSubjectKind.Organization);
        RuleFor(c => c.OrganizationId).NotNull().NotEqual(Guid.Empty).When(c => c.SubjectKind == DisciplineSubjectKind.Organization);
        RuleFor(c => c.OrganizationId).Null().When(c => c.SubjectKind == DisciplineSubjectKind.Member);
        RuleFor(c => c.Form).NotNull().IsDefinedEnum();
        RuleFor(c => c.Body).NotNull().IsDefinedEnum();
        RuleFor(c => c.Violation).NotEmpty().MaximumLength(DisciplinaryAction.TextMaxLength);
        RuleFor(c => c.ViolationOn).NotNull().IsEventDate(time);
        RuleFor(c => c.NewViolationOn).IsEventDate(time);
        RuleFor(c => c.ProposedOn).NotNull().IsEventDate(time);
    }
}

public sealed class ProposeDisciplinaryActionHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<DisciplineRuleSet> rules)
    : ICommandHandler<ProposeDisciplinaryActionCommand, DisciplinaryActionDto>
{
    public async ValueTask<DisciplinaryActionDto> Handle(ProposeDisciplinaryActionCommand command, CancellationToken cancellationToken)
    {
        var on = command.ProposedOn!.Value;
        var ruleSet = rules.InForceOn(on);
        Guid organizationId;
        DisciplineSubjectCategory category;
        if (command.SubjectKind == DisciplineSubjectKind.Member)
        {
            var member = await DisciplineSubjects.LoadMemberAsync(db, scope, command.MemberId!.Value, cancellationToken);
            category = DisciplineSubjects.CategoryOn(member, on);
            organizationId = member.OrganizationId;
        }
        else
        {
            var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == command.OrganizationId, cancellationToken);
            if (organization is null || !await scope.CoversAsync(organization.Path, cancellationToken))
            {
                throw new DomainRuleException("discipline.organization_not_found", "The organisation was not found.", RuleViolationKind.Unprocessable, command.OrganizationId!.Value);
            }

            if (!organization.IsActiveOn(on))
            {
                throw new DomainRuleException("discipline.organization_inactive", "The organisation did not exist then.", RuleViolationKind.Unprocessable, WireFormat.Date(on));
            }

            category = DisciplineSubjectCategory.Organization;
            organizationId = organization.Id;
        }

        var action = DisciplinaryAction.Propose(
            Ids.NewVersion7(), command.SubjectKind!.Value, command.MemberId, organizationId, category, command.Form!.Value, command.Body!.Value,
            command.Violation!, command.ViolationOn!.Value, command.NewViolationOn, command.SelfDetected, command.Remedied, on, ruleSet);
        db.DisciplinaryActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(action, rules, cancellationToken);
    }
}

/// <summary>How discipline sees its subjects.</summary>
public static class DisciplineSubjects
{
    /// <summary>Loads a member named in a body; a 422 "not found" rule when missing or outside the caller's scope.</summary>
    public static async Task<PartyMember> LoadMemberAsync(IAppDbContext db, IOrganizationScope scope, Guid memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Include(m => m.StatusHistory).FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null || !await scope.CoversAsync(member.OrganizationId, cancellationToken))
        {
            throw new DomainRuleException("discipline.member_not_found", "The member was not found.", RuleViolationKind.Unprocessable, memberId);
        }

        return member;
    }

    /// <summary>The statute's category of a member on <paramref name="on"/>; refused when he was not a member then.</summary>
    public static DisciplineSubjectCategory CategoryOn(PartyMember member, DateOnly on) => member.StatusOn(on) switch
    {
        MemberStatus.Probationary => DisciplineSubjectCategory.ProbationaryMember,
        MemberStatus.Full => DisciplineSubjectCategory.FullMember,
        _ => throw new DomainRuleException("discipline.member_not_active", "The member was not in the party organisation then.", RuleViolationKind.Unprocessable, WireFormat.Date(on)),
    };
}
