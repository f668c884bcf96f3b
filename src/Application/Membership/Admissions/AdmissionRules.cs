using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Admission;

namespace PartyCommittee.Application.Membership.Admissions;

/// <summary>Field rules and look-ups shared by the admission use cases.</summary>
internal static class AdmissionRules
{
    public const int DocumentNumberMaxLength = 64;
    public const int ReasonMaxLength = 512;

    public static readonly DateOnly EarliestStepDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static IRuleBuilderOptions<T, DateOnly?> ValidStepDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.NotNull().InclusiveBetween(EarliestStepDate, LatestDate);

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
        validator.RuleFor(sex).NotNull().IsInEnum().OverridePropertyName("sex");
        validator.RuleFor(dateOfBirth).NotNull().IsEventDate(time, EventDates.EarliestCivil).OverridePropertyName("dateOfBirth");
        validator.RuleFor(ethnicityCode).NotEmpty().Length(2).OverridePropertyName("ethnicityCode");
        validator.RuleFor(generalEducation).NotNull().IsInEnum().OverridePropertyName("generalEducation");
        validator.RuleFor(isYouthUnionMember).NotNull().OverridePropertyName("isYouthUnionMember");
    }

    /// <summary>Loads a case for change, with its sponsors; 404 when it does not exist or is outside the caller's scope.</summary>
    public static async Task<AdmissionCase> LoadCaseInScopeAsync(
        this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken, bool tracking = true)
    {
        var cases = tracking ? db.AdmissionCases : db.AdmissionCases.AsNoTracking();
        var admission = await cases.Include(a => a.Sponsors).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
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

    /// <summary>Steps record what has happened: a date after today (in Viet Nam) is refused.</summary>
    public static void EnsureNotInFuture(DateOnly date, TimeProvider time)
    {
        if (date > time.TodayInVietnam())
        {
            throw new DomainRuleException(
                "admission.date_in_future",
                "Only steps already taken are recorded.",
                RuleViolationKind.Unprocessable,
                AdmissionErrors.Format(date));
        }
    }

    /// <summary>
    /// Marks the case itself as changed when only its sponsors changed, so that its version (the ETag) moves on and
    /// the optimistic concurrency check guards the sponsor list too.
    /// </summary>
    public static void MarkChanged(this IAppDbContext db, AdmissionCase admission) =>
        db.AdmissionCases.Entry(admission).Property(a => a.Version).IsModified = true;
}
