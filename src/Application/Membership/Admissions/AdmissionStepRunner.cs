using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions;

/// <summary>What a step of an admission case may use besides the case: the context, the rule book, the clock.</summary>
public sealed record AdmissionStepContext(IAppDbContext Db, RuleBook<AdmissionRuleSet> Rules, TimeProvider Time, IOrganizationScope Scope)
{
    /// <summary>The sponsoring member named by a request (with its status history), in the caller's scope; null when none is named.</summary>
    public async Task<PartyMember?> LoadSponsorMemberAsync(Guid? memberId, CancellationToken cancellationToken)
    {
        if (memberId is not { } id)
        {
            return null;
        }

        var member = await Db.Members.AsNoTracking().Include(m => m.StatusHistory).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null || !await Scope.CoversAsync(member.OrganizationId, cancellationToken))
        {
            throw new DomainRuleException("admission.sponsor_member_not_found", "The sponsoring member was not found.", RuleViolationKind.Unprocessable, id);
        }

        return member;
    }
}

/// <summary>
/// The one skeleton of every step of an admission case (one request type per step, as Mediator has no generic
/// requests): load the case in the caller's scope (404 outside it), check the If-Match version, take the step, save,
/// and answer the case as the caller may see it. A step's date is an event date, checked by the step's validator
/// (<see cref="PartyCommittee.Domain.Common.EventDates"/>).
/// </summary>
public sealed class AdmissionStepRunner(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
{
    public IAppDbContext Db => db;

    public RuleBook<AdmissionRuleSet> Rules => rules;

    /// <param name="id">The case.</param>
    /// <param name="expectedVersion">The If-Match version.</param>
    /// <param name="step">The step, on the loaded case.</param>
    /// <param name="found">A check that answers 404 for a part of the case (before the version is compared), if any.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<AdmissionDto> RunAsync(
        Guid id,
        long expectedVersion,
        Func<AdmissionCase, AdmissionStepContext, CancellationToken, Task> step,
        CancellationToken cancellationToken,
        Action<AdmissionCase>? found = null)
    {
        var admission = await db.LoadCaseInScopeAsync(scope, id, cancellationToken);
        found?.Invoke(admission);
        admission.EnsureVersion(expectedVersion);

        await step(admission, new AdmissionStepContext(db, rules, time, scope), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await AdmissionViews.DetailAsync(db, admission, time.TodayInVietnam(), PersonalData.CanRead(user), rules, cancellationToken);
    }

    /// <summary>A step that needs nothing more than the case and the context.</summary>
    public Task<AdmissionDto> RunAsync(
        Guid id, long expectedVersion, Action<AdmissionCase, AdmissionStepContext> step, CancellationToken cancellationToken, Action<AdmissionCase>? found = null) =>
        RunAsync(
            id,
            expectedVersion,
            (admission, context, _) =>
            {
                step(admission, context);
                return Task.CompletedTask;
            },
            cancellationToken,
            found);
}
