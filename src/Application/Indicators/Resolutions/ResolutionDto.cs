using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Application.Indicators.Resolutions;

/// <summary>A target of a resolution.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Indicator">Indicator code.</param>
/// <param name="OrgUnit">Administrative unit (reported indicators) or null (internal ones: the resolution's organisation).</param>
/// <param name="Disaggregation">total or category:option pairs (e.g. ethnicity:khmer, area:urban).</param>
/// <param name="Year">The year.</param>
/// <param name="Kind">AT_LEAST, AT_MOST, RANGE or DECREASE_BY_POINTS.</param>
/// <param name="Low">Lower bound (at least, range, decrease).</param>
/// <param name="High">Upper bound (at most, range, decrease).</param>
/// <param name="Exclusive">At most, bound excluded ("dưới").</param>
/// <param name="Text">The target as written.</param>
public sealed record TargetDto(Guid Id, string Indicator, string? OrgUnit, string Disaggregation, int Year, TargetKind Kind, decimal? Low, decimal? High, bool Exclusive, string Text)
{
    public static TargetDto From(ResolutionTarget t) => new(t.Id, t.IndicatorCode, t.UnitCode, t.Disaggregation, t.Year, t.Kind, t.Low, t.High, t.Exclusive, t.Text);
}

/// <summary>A dated report on a task.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="ReportedOn">Date.</param>
/// <param name="State">The state reported.</param>
/// <param name="Text">What was done.</param>
public sealed record TaskReportDto(Guid Id, DateOnly ReportedOn, TaskState State, string Text);

/// <summary>A task assigned to a committee member.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Title">The task.</param>
/// <param name="OwnerMemberId">The member in charge.</param>
/// <param name="OwnerName">The member's name.</param>
/// <param name="Deadline">Deadline.</param>
/// <param name="State">OPEN, IN_PROGRESS, DONE or CANCELLED.</param>
/// <param name="ClosedOn">When it was closed.</param>
/// <param name="Overdue">Open after its deadline (today).</param>
/// <param name="Reports">Reports, oldest first.</param>
public sealed record TaskDto(Guid Id, string Title, Guid OwnerMemberId, string? OwnerName, DateOnly Deadline, TaskState State, DateOnly? ClosedOn, bool Overdue, IReadOnlyList<TaskReportDto> Reports);

/// <summary>A resolution or action programme.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The issuing party organisation.</param>
/// <param name="Kind">RESOLUTION or ACTION_PROGRAMME.</param>
/// <param name="Number">Document number.</param>
/// <param name="IssuedOn">Date of issue.</param>
/// <param name="Issuer">Issuing body.</param>
/// <param name="Title">Title.</param>
/// <param name="FromYear">First year covered.</param>
/// <param name="ToYear">Last year covered.</param>
/// <param name="Targets">Targets.</param>
/// <param name="Tasks">Tasks.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record ResolutionDto(
    Guid Id, Guid OrganizationId, ResolutionKind Kind, string Number, DateOnly IssuedOn, string Issuer, string Title, int FromYear, int ToYear,
    IReadOnlyList<TargetDto> Targets, IReadOnlyList<TaskDto> Tasks, long Version) : IVersioned;

/// <summary>A line of the resolution list.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The issuing organisation.</param>
/// <param name="Kind">RESOLUTION or ACTION_PROGRAMME.</param>
/// <param name="Number">Document number.</param>
/// <param name="IssuedOn">Date of issue.</param>
/// <param name="Title">Title.</param>
/// <param name="FromYear">First year covered.</param>
/// <param name="ToYear">Last year covered.</param>
/// <param name="Version">Concurrency version.</param>
public sealed record ResolutionSummaryDto(Guid Id, Guid OrganizationId, ResolutionKind Kind, string Number, DateOnly IssuedOn, string Title, int FromYear, int ToYear, long Version);

internal static class ResolutionViews
{
    public static async Task<Resolution> LoadResolutionInScopeAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, CancellationToken cancellationToken)
    {
        var resolution = await db.Resolutions
            .Include(r => r.Targets)
            .Include(r => r.Tasks).ThenInclude(t => t.Reports)
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (resolution is null || !await scope.CoversAsync(resolution.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("resolution.not_found", "Resolution", id);
        }

        return resolution;
    }

    public static async Task<ResolutionDto> ViewAsync(this IAppDbContext db, Resolution r, DateOnly today, CancellationToken cancellationToken)
    {
        var owners = r.Tasks.Select(t => t.OwnerMemberId).Distinct().ToList();
        var names = await db.MemberNamesAsync(owners, cancellationToken);
        return new ResolutionDto(
            r.Id, r.OrganizationId, r.Kind, r.Number, r.IssuedOn, r.Issuer, r.Title, r.FromYear, r.ToYear,
            [.. r.Targets.OrderBy(t => t.Year).ThenBy(t => t.IndicatorCode).ThenBy(t => t.Disaggregation).Select(TargetDto.From)],
            [.. r.Tasks.OrderBy(t => t.Deadline).ThenBy(t => t.Title).Select(t => new TaskDto(
                t.Id, t.Title, t.OwnerMemberId, names.GetValueOrDefault(t.OwnerMemberId), t.Deadline, t.State, t.ClosedOn, t.IsOverdueOn(today),
                [.. t.Reports.OrderBy(x => x.ReportedOn).Select(x => new TaskReportDto(x.Id, x.ReportedOn, x.State, x.Text))]))],
            r.Version);
    }
}
