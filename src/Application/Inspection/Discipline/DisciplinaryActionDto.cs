using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Discipline;

/// <summary>A disciplinary action as the API returns it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="SubjectKind">MEMBER or ORGANIZATION.</param>
/// <param name="SubjectKindLabel">Display label of <paramref name="SubjectKind"/>.</param>
/// <param name="MemberId">The member disciplined (member actions).</param>
/// <param name="MemberName">His full name.</param>
/// <param name="OrganizationId">The member's cell, or the organisation disciplined.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="SubjectCategory">FULL_MEMBER, PROBATIONARY_MEMBER or ORGANIZATION, on the decision date once decided.</param>
/// <param name="Form">REPRIMAND, WARNING, DISMISSAL_FROM_POST, EXPULSION or DISSOLUTION.</param>
/// <param name="FormLabel">Display label of <paramref name="Form"/>.</param>
/// <param name="Body">The deciding body: CELL, COMMITTEE or SUPERIOR_COMMITTEE.</param>
/// <param name="BodyLabel">Display label of <paramref name="Body"/>.</param>
/// <param name="Status">PROPOSED, DECIDED or WITHDRAWN.</param>
/// <param name="StatusLabel">Display label of <paramref name="Status"/>.</param>
/// <param name="Violation">The violation.</param>
/// <param name="ViolationOn">Day of the violation.</param>
/// <param name="NewViolationOn">A new violation within the period, which restarted it.</param>
/// <param name="LimitationLastDay">The last day the form may be decided (null: no limitation).</param>
/// <param name="SelfDetected">The subject detected the violation himself.</param>
/// <param name="Remedied">The subject remedied it.</param>
/// <param name="ProposedOn">Day of the proposal.</param>
/// <param name="DecidedOn">Day of the decision.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
/// <param name="AppealDueOn">Last day to complain about the decision.</param>
/// <param name="RuleSet">The rule set applied.</param>
/// <param name="PreviousForm">The form first decided, when a competent decision changed it.</param>
/// <param name="AmendedOn">Day a competent decision changed the form or withdrew the action (status WITHDRAWN).</param>
/// <param name="AmendmentNumber">Number of that decision.</param>
/// <param name="AmendmentReason">Why (a complaint settled, a review).</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record DisciplinaryActionDto(
    Guid Id,
    DisciplineSubjectKind SubjectKind,
    BilingualLabel SubjectKindLabel,
    Guid? MemberId,
    string? MemberName,
    Guid OrganizationId,
    string OrganizationName,
    DisciplineSubjectCategory SubjectCategory,
    DisciplineForm Form,
    BilingualLabel FormLabel,
    DecidingBody Body,
    BilingualLabel BodyLabel,
    DisciplineStatus Status,
    BilingualLabel StatusLabel,
    string Violation,
    DateOnly ViolationOn,
    DateOnly? NewViolationOn,
    DateOnly? LimitationLastDay,
    bool SelfDetected,
    bool Remedied,
    DateOnly ProposedOn,
    DateOnly? DecidedOn,
    string? DecisionNumber,
    DateOnly? AppealDueOn,
    RuleSource RuleSet,
    DisciplineForm? PreviousForm,
    DateOnly? AmendedOn,
    string? AmendmentNumber,
    string? AmendmentReason,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned;

public static class DisciplineMapping
{
    /// <summary>Loads an action; 404 when it does not exist or its organisation is outside the caller's scope.</summary>
    public static async Task<DisciplinaryAction> LoadActionInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.DisciplinaryActions : db.DisciplinaryActions.AsNoTracking();
        var action = await query.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null || !await scope.CoversAsync(action.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("discipline.not_found", "Disciplinary action", id);
        }

        return action;
    }

    public static async Task<IReadOnlyList<DisciplinaryActionDto>> ToDtosAsync(
        this IAppDbContext db, IReadOnlyList<DisciplinaryAction> actions, RuleBook<DisciplineRuleSet> rules, CancellationToken cancellationToken)
    {
        var memberIds = actions.Where(a => a.MemberId.HasValue).Select(a => a.MemberId!.Value).Distinct().ToList();
        var organizationIds = actions.Select(a => a.OrganizationId).Distinct().ToList();
        var members = await db.MemberNamesAsync(memberIds, cancellationToken);
        var organizations = await db.OrganizationNamesAsync(organizationIds, cancellationToken);
        return [.. actions.Select(a => From(a, a.MemberId is { } m ? members.GetValueOrDefault(m) : null, organizations.GetValueOrDefault(a.OrganizationId) ?? string.Empty, rules))];
    }

    public static async Task<DisciplinaryActionDto> ToDtoAsync(
        this IAppDbContext db, DisciplinaryAction action, RuleBook<DisciplineRuleSet> rules, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync([action], rules, cancellationToken))[0];

    public static DisciplinaryActionDto From(DisciplinaryAction a, string? memberName, string organizationName, RuleBook<DisciplineRuleSet> rules)
    {
        var ruleSet = rules.Find(a.RuleSetCode) ?? rules.InForceOn(a.DecidedOn ?? a.ProposedOn);
        return new DisciplinaryActionDto(
            a.Id,
            a.SubjectKind,
            DisciplineLabels.Of(a.SubjectKind),
            a.MemberId,
            memberName,
            a.OrganizationId,
            organizationName,
            a.SubjectCategory,
            a.Form,
            DisciplineLabels.Of(a.Form),
            a.Body,
            DisciplineLabels.Of(a.Body),
            a.Status,
            DisciplineLabels.Of(a.Status),
            a.Violation,
            a.ViolationOn,
            a.NewViolationOn,
            ruleSet.LimitationEndsOn(a.Form, a.ViolationOn, a.NewViolationOn)?.AddDays(-1),
            a.SelfDetected,
            a.Remedied,
            a.ProposedOn,
            a.DecidedOn,
            a.DecisionNumber,
            a.AppealDueOn,
            ruleSet.Source,
            a.PreviousForm,
            a.AmendedOn,
            a.AmendmentNumber,
            a.AmendmentReason,
            a.Version,
            a.CreatedAt,
            a.UpdatedAt);
    }
}
