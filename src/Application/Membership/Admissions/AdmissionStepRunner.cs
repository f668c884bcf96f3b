using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions;

/// <summary>What a step of an admission case may use besides the case: the context, the rule book, the clock.</summary>
public sealed record AdmissionStepContext(IAppDbContext Db, RuleBook<AdmissionRuleSet> Rules, TimeProvider Time, IOrganizationScope Scope);

/// <summary>
/// The one skeleton of every step of an admission case (one request type per step, as Mediator has no generic
/// requests): load the case in the caller's scope (404 outside it), check the If-Match version, check that the step's
/// date is not in the future, take the step, save, and answer the case as the caller may see it.
/// </summary>
public sealed class AdmissionStepRunner(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
{
    public IAppDbContext Db => db;

    public RuleBook<AdmissionRuleSet> Rules => rules;

    /// <param name="id">The case.</param>
    /// <param name="expectedVersion">The If-Match version.</param>
    /// <param name="stepDate">The date of the step (checked against today), or null for a step without one.</param>
    /// <param name="step">The step, on the loaded case.</param>
    /// <param name="found">A check that answers 404 for a part of the case (before the version is compared), if any.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<AdmissionDto> RunAsync(
        Guid id,
        long expectedVersion,
        DateOnly? stepDate,
        Func<AdmissionCase, AdmissionStepContext, CancellationToken, Task> step,
        CancellationToken cancellationToken,
        Action<AdmissionCase>? found = null)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, id, cancellationToken);
        found?.Invoke(admission);
        admission.EnsureVersion(expectedVersion);
        if (stepDate is { } date)
        {
            AdmissionRules.EnsureNotInFuture(date, time);
        }

        await step(admission, new AdmissionStepContext(db, rules, time, scope), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), PersonalData.CanRead(user), rules, cancellationToken);
    }

    /// <summary>A step that needs nothing more than the case and the context.</summary>
    public Task<AdmissionDto> RunAsync(
        Guid id, long expectedVersion, DateOnly? stepDate, Action<AdmissionCase, AdmissionStepContext> step, CancellationToken cancellationToken, Action<AdmissionCase>? found = null) =>
        RunAsync(
            id,
            expectedVersion,
            stepDate,
            (admission, context, _) =>
            {
                step(admission, context);
                return Task.CompletedTask;
            },
            cancellationToken,
            found);
}
