using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Reorganization;

namespace PartyCommittee.Application.Organization.Reorganize;

/// <summary>
/// A reorganisation decision: the organisations (cells, sub-committees) move under another committee on a date, in one
/// operation, with their members, terms and bodies (which stay attached to them). The caller must see both sides
/// (its scope covers the organisations moved and the new parent).
/// </summary>
/// <param name="ToParentId">The committee (or sub-committee, for cells) the organisations move under.</param>
/// <param name="OrganizationIds">The organisations moved (their subtrees follow).</param>
/// <param name="EffectiveOn">First day under the new parent; figures before it are unchanged.</param>
/// <param name="DecisionNumber">Number of the decision.</param>
public sealed record Reorganization(
    [property: Required] Guid? ToParentId,
    [property: Required] IReadOnlyList<Guid>? OrganizationIds,
    [property: Required] DateOnly? EffectiveOn,
    string? DecisionNumber) : ICommand<ReorganizationResult>;

/// <summary>One organisation moved.</summary>
public sealed record ReorganizedOrganization(Guid OrganizationId, string Code, string Name, Guid FromParentId, Guid ToParentId);

/// <summary>The reorganisation as recorded.</summary>
public sealed record ReorganizationResult(Guid ReorganizationId, Guid ToParentId, DateOnly EffectiveOn, string? DecisionNumber, IReadOnlyList<ReorganizedOrganization> Moved);

public sealed class ReorganizationValidator : AbstractValidator<Reorganization>
{
    public const int MaxOrganizations = 200;

    public ReorganizationValidator(TimeProvider time)
    {
        RuleFor(r => r.ToParentId).NotNull();
        RuleFor(r => r.OrganizationIds).NotEmpty()
            .Must(ids => ids is null || ids.Count <= MaxOrganizations).WithMessage($"At most {MaxOrganizations} organisations.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("Each organisation once.");
        RuleFor(r => r.EffectiveOn).NotNull().IsEventDate(time);
        RuleFor(r => r.DecisionNumber).MaximumLength(OrganizationMove.DecisionNumberMaxLength);
    }
}

public sealed class ReorganizeHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time) : ICommandHandler<Reorganization, ReorganizationResult>
{
    /// <summary>Under the locks of every organisation involved (old parents, new parent, moved organisations), in one transaction.</summary>
    public async ValueTask<ReorganizationResult> Handle(Reorganization command, CancellationToken cancellationToken)
    {
        var ids = command.OrganizationIds!.ToList();
        var oldParents = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.ParentId != null).Select(o => o.ParentId!.Value).ToListAsync(cancellationToken);
        var locks = ids.Concat(oldParents).Append(command.ToParentId!.Value).Distinct().Order().Select(Locks.Organization).ToArray();
        return await db.ExclusiveAsync(locks, ct => ReorganizeAsync(command, ct), cancellationToken);
    }

    private async Task<ReorganizationResult> ReorganizeAsync(Reorganization command, CancellationToken cancellationToken)
    {
        var target = await db.Organizations.FirstOrDefaultAsync(o => o.Id == command.ToParentId, cancellationToken);
        if (target is null || !await scope.CoversAsync(target.Path, cancellationToken))
        {
            throw new DomainRuleException("reorganization.parent_not_found", "The new parent was not found.", RuleViolationKind.Unprocessable, command.ToParentId!.Value);
        }

        var moved = new List<PartyOrganization>();
        foreach (var id in command.OrganizationIds!)
        {
            var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (organization is null || !await scope.CoversAsync(organization.Path, cancellationToken))
            {
                throw new DomainRuleException("reorganization.organization_not_found", "The organisation was not found.", RuleViolationKind.Unprocessable, id);
            }

            moved.Add(organization);
        }

        if (moved.FirstOrDefault(o => moved.Any(other => other != o && o.Path.StartsWith(other.Path, StringComparison.Ordinal))) is { } nested)
        {
            throw new DomainRuleException("reorganization.nested_organizations", "An organisation lies under another one being moved.", RuleViolationKind.Unprocessable, nested.Code);
        }

        var on = command.EffectiveOn!.Value;
        var reorganizationId = Ids.NewVersion7(time.GetUtcNow());
        var result = new List<ReorganizedOrganization>();
        foreach (var organization in moved)
        {
            var lastMove = await db.Set<OrganizationMove>().Where(m => m.OrganizationId == organization.Id).Select(m => (DateOnly?)m.On).MaxAsync(cancellationToken);
            var oldPrefix = organization.Path;
            var descendants = await db.Organizations.Where(o => o.Path.StartsWith(oldPrefix) && o.Id != organization.Id).ToListAsync(cancellationToken);
            var (move, oldPath) = organization.ReorganizeUnder(
                target, on, lastMove, reorganizationId, Ids.NewVersion7(time.GetUtcNow()), string.IsNullOrWhiteSpace(command.DecisionNumber) ? null : command.DecisionNumber.Trim());
            foreach (var descendant in descendants)
            {
                descendant.RebasePath(oldPath, organization.Path);
            }

            db.Set<OrganizationMove>().Add(move);
            result.Add(new ReorganizedOrganization(organization.Id, organization.Code, organization.Name, move.FromParentId, move.ToParentId));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ReorganizationResult(reorganizationId, target.Id, on, command.DecisionNumber, result);
    }
}
