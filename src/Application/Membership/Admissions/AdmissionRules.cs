using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Membership.Admissions;

/// <summary>Field rules and look-ups shared by the admission use cases.</summary>
internal static class AdmissionRules
{
    public const int DocumentNumberMaxLength = 64;
    public const int ReasonMaxLength = 512;

    public static readonly DateOnly LatestDate = EventDates.Latest;

    /// <summary>A step's date: required, an event (not after today in Viet Nam, not before the party's founding), through <see cref="EventDates"/>.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> ValidStepDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider time) =>
        rule.NotNull().IsEventDate(time, EventDates.PartyFounded);

    /// <summary>An optional step date: an event when given.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> ValidOptionalStepDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider time) =>
        rule.IsEventDate(time, EventDates.PartyFounded);

    public static IRuleBuilderOptions<T, string?> ValidDocumentNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(DocumentNumberMaxLength);

    public static IRuleBuilderOptions<T, string?> ValidReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(ReasonMaxLength);

    /// <summary>The candidate's fields (create and PUT).</summary>
    public static void AddCandidateRules<T>(
        this AbstractValidator<T> validator,
        TimeProvider time,
        System.Linq.Expressions.Expression<Func<T, string?>> fullName,
        System.Linq.Expressions.Expression<Func<T, Sex?>> sex,
        System.Linq.Expressions.Expression<Func<T, DateOnly?>> dateOfBirth,
        System.Linq.Expressions.Expression<Func<T, string?>> ethnicityCode,
        System.Linq.Expressions.Expression<Func<T, GeneralEducation?>> generalEducation,
        System.Linq.Expressions.Expression<Func<T, bool?>> isYouthUnionMember)
    {
        validator.RuleFor(fullName).NotEmpty().MaximumLength(PersonName.MaxLength).IsName(NameKind.Person).OverridePropertyName("fullName");
        validator.RuleFor(sex).NotNull().IsDefinedEnum().OverridePropertyName("sex");
        validator.RuleFor(dateOfBirth).NotNull().IsEventDate(time, EventDates.EarliestCivil).OverridePropertyName("dateOfBirth");
        validator.RuleFor(ethnicityCode).NotEmpty().Length(2).OverridePropertyName("ethnicityCode");
        validator.RuleFor(generalEducation).NotNull().IsDefinedEnum().OverridePropertyName("generalEducation");
        validator.RuleFor(isYouthUnionMember).NotNull().OverridePropertyName("isYouthUnionMember");
    }

    /// <summary>Loads a case for change, with its sponsors; 404 when it does not exist or is outside the caller's scope.</summary>
    public static async Task<AdmissionCase> LoadCaseInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken, bool tracking = true)
    {
        var cases = tracking ? db.AdmissionCases : db.AdmissionCases.AsNoTracking();
        var admission = await cases.Include(a => a.Sponsors).Include(a => a.Votes).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (admission is null || !await scope.CoversAsync(admission.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("admission.not_found", "Admission case", id);
        }

        return admission;
    }

    /// <summary>Loads the member admitted by a case, with its status history, for a status change.</summary>
    public static async Task<PartyMember> LoadAdmittedMemberAsync(this IAppDbContext db, AdmissionCase admission, CancellationToken cancellationToken)
    {
        if (admission.MemberId is not { } memberId)
        {
            throw new DomainRuleException("admission.member_not_found", "The case has no member yet.", RuleViolationKind.Unprocessable, "-");
        }

        return await db.Members.Include(m => m.StatusHistory).FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken)
            ?? throw new DomainRuleException("admission.member_not_found", "The member admitted by this case was not found.", RuleViolationKind.Unprocessable, memberId);
    }

    /// <summary>
    /// Whether a youth union organisation (chi đoàn) exists, on <paramref name="on"/>, where the candidate works: one led
    /// by the candidate's cell or by one of the party organisations above it.
    /// </summary>
    public static async Task<bool> YouthUnionExistsAsync(this IAppDbContext db, AdmissionCase admission, DateOnly on, CancellationToken cancellationToken)
    {
        var cell = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == admission.OrganizationId, cancellationToken);
        var leaders = new List<Guid> { cell.Id };
        var parentId = cell.ParentId;
        while (parentId is { } id && leaders.Count < 16)
        {
            leaders.Add(id);
            parentId = await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.ParentId).FirstOrDefaultAsync(cancellationToken);
        }

        return await db.MassOrganizations.AsNoTracking().AnyAsync(
            m => m.Kind == MassOrganizationKind.YouthUnionCell && leaders.Contains(m.LeadingOrganizationId)
                && (m.EstablishedOn == null || m.EstablishedOn <= on) && (m.DissolvedOn == null || m.DissolvedOn > on),
            cancellationToken);
    }

    /// <summary>
    /// Marks the case itself as changed when only its sponsors changed, so that its version (the ETag) moves on and
    /// the optimistic concurrency check guards the sponsor list too.
    /// </summary>
    public static void MarkChanged(this IAppDbContext db, AdmissionCase admission) =>
        db.AdmissionCases.Entry(admission).Property(a => a.Version).IsModified = true;
}
