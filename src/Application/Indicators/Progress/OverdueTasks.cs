using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.Progress;

/// <summary>Tasks of resolutions and action programmes that are open, due within 30 days or overdue, on the agenda.</summary>
public sealed class ResolutionTaskDueItems(IAppDbContext db, IOrganizationScope scope) : IDueItemSource
{
    private const int DaysAhead = 30;

    public async Task<IReadOnlyList<DueItemDto>> ListAsync(Guid? organizationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var subtree = await db.SubtreeOrEveryOrganizationAsync(scope, organizationId, cancellationToken);
        var horizon = asOf.AddDays(DaysAhead);
        var query = db.Set<ResolutionTask>().AsNoTracking()
            .Where(t => (t.State == TaskState.Open || t.State == TaskState.InProgress) && t.Deadline <= horizon)
            .Join(db.Set<Resolution>(), t => t.ResolutionId, r => r.Id, (t, r) => new { Task = t, r.OrganizationId, r.Number });
        if (subtree is not null)
        {
            query = query.Where(x => subtree.Contains(x.OrganizationId));
        }

        var rows = await query.ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var owners = rows.Select(r => r.Task.OwnerMemberId).Distinct().ToList();
        var names = await db.MemberNamesAsync(owners, cancellationToken);
        var calendar = await db.LoadAsync(rows.Min(r => r.Task.Deadline < asOf ? r.Task.Deadline : asOf), rows.Max(r => r.Task.Deadline > asOf ? r.Task.Deadline : asOf), cancellationToken);
        return [.. rows.Select(r => new DueItemDto(
            "Indicators",
            "resolution-task",
            "task",
            r.OrganizationId,
            new DueItemSubjectDto("resolution-task", r.Task.Id, $"{r.Number}: {r.Task.Title} ({names.GetValueOrDefault(r.Task.OwnerMemberId) ?? "?"})"),
            r.Task.Deadline,
            calendar.WorkingDaysLeft(asOf, r.Task.Deadline),
            r.Task.IsOverdueOn(asOf),
            null))];
    }
}
