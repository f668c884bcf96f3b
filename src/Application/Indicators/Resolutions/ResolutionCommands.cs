using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Indicators.DataValues;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Indicators.Resolutions;

/// <summary>The document's header.</summary>
/// <param name="Number">Document number, e.g. 20-CTr/ĐU.</param>
/// <param name="IssuedOn">Date of issue (not in the future).</param>
/// <param name="Issuer">Issuing body.</param>
/// <param name="Title">Title.</param>
/// <param name="FromYear">First year covered.</param>
/// <param name="ToYear">Last year covered (at most ten years later).</param>
public sealed record ResolutionHeader(
    [property: Required] string? Number,
    [property: Required] DateOnly? IssuedOn,
    [property: Required] string? Issuer,
    [property: Required] string? Title,
    [property: Required] int? FromYear,
    [property: Required] int? ToYear);

/// <summary>Records a resolution or action programme of a party organisation.</summary>
/// <param name="OrganizationId">The issuing organisation (in the caller's scope).</param>
/// <param name="Kind">RESOLUTION or ACTION_PROGRAMME.</param>
/// <param name="Header">Number, date, issuer, title, years.</param>
public sealed record CreateResolutionCommand([property: Required] Guid? OrganizationId, [property: Required] ResolutionKind? Kind, [property: Required] ResolutionHeader? Header) : ICommand<ResolutionDto>;

/// <summary>Changes the header (If-Match).</summary>
/// <param name="Id">The resolution.</param>
/// <param name="ExpectedVersion">If-Match version.</param>
/// <param name="Header">New header.</param>
public sealed record UpdateResolutionCommand(Guid Id, long ExpectedVersion, ResolutionHeader Header) : ICommand<ResolutionDto>;

/// <summary>A target to add.</summary>
/// <param name="Indicator">Indicator code.</param>
/// <param name="OrgUnit">Unit code (reported indicators); omitted for internal indicators.</param>
/// <param name="Disaggregation">total (default) or category:option pairs.</param>
/// <param name="Year">The year (within the years covered).</param>
/// <param name="Kind">AT_LEAST, AT_MOST, RANGE or DECREASE_BY_POINTS.</param>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
/// <param name="Exclusive">At most with the bound excluded ("dưới").</param>
/// <param name="Text">The target as written.</param>
public sealed record TargetInput(
    [property: Required] string? Indicator,
    string? OrgUnit,
    string? Disaggregation,
    [property: Required] int? Year,
    [property: Required] TargetKind? Kind,
    decimal? Low,
    decimal? High,
    bool? Exclusive,
    [property: Required] string? Text);

/// <summary>Adds a target (If-Match).</summary>
/// <param name="Id">The resolution.</param>
/// <param name="ExpectedVersion">If-Match version.</param>
/// <param name="Target">The target.</param>
public sealed record AddTargetCommand(Guid Id, long ExpectedVersion, TargetInput Target) : ICommand<ResolutionDto>;

/// <summary>Removes a target (If-Match).</summary>
/// <param name="Id">The resolution.</param>
/// <param name="TargetId">The target.</param>
/// <param name="ExpectedVersion">If-Match version.</param>
public sealed record RemoveTargetCommand(Guid Id, Guid TargetId, long ExpectedVersion) : ICommand<ResolutionDto>;

/// <summary>A task to assign.</summary>
/// <param name="Title">The task.</param>
/// <param name="OwnerMemberId">The committee member in charge (a member of the organisation's subtree).</param>
/// <param name="Deadline">Deadline.</param>
public sealed record TaskInput([property: Required] string? Title, [property: Required] Guid? OwnerMemberId, [property: Required] DateOnly? Deadline);

/// <summary>Assigns a task (If-Match).</summary>
/// <param name="Id">The resolution.</param>
/// <param name="ExpectedVersion">If-Match version.</param>
/// <param name="Task">The task.</param>
public sealed record AddTaskCommand(Guid Id, long ExpectedVersion, TaskInput Task) : ICommand<ResolutionDto>;

/// <summary>A report on a task.</summary>
/// <param name="ReportedOn">Date (not in the future, not before the previous report).</param>
/// <param name="State">IN_PROGRESS, DONE or CANCELLED (or OPEN).</param>
/// <param name="Text">What was done.</param>
public sealed record TaskReportInput([property: Required] DateOnly? ReportedOn, [property: Required] TaskState? State, [property: Required] string? Text);

/// <summary>Reports on a task (If-Match).</summary>
/// <param name="Id">The resolution.</param>
/// <param name="TaskId">The task.</param>
/// <param name="ExpectedVersion">If-Match version.</param>
/// <param name="Report">The report.</param>
public sealed record ReportOnTaskCommand(Guid Id, Guid TaskId, long ExpectedVersion, TaskReportInput Report) : ICommand<ResolutionDto>;

/// <summary>One resolution.</summary>
/// <param name="Id">The resolution.</param>
public sealed record GetResolutionQuery(Guid Id) : IQuery<ResolutionDto>;

/// <summary>Resolutions of the caller's scope (or of one organisation's subtree), newest first.</summary>
/// <param name="OrganizationId">Only this organisation's subtree.</param>
/// <param name="Year">Only those covering this year.</param>
/// <param name="Page">Page.</param>
/// <param name="PageSize">Page size.</param>
public sealed record ListResolutionsQuery(Guid? OrganizationId, int? Year, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize) : IQuery<PagedList<ResolutionSummaryDto>>;

internal static class ResolutionRules
{
    public static void AddHeaderRules<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, ResolutionHeader?>> header) =>
        validator.RuleFor(header).NotNull().ChildRules(h =>
        {
            h.RuleFor(x => x!.Number).NotEmpty().MaximumLength(64);
            h.RuleFor(x => x!.IssuedOn).NotNull();
            h.RuleFor(x => x!.Issuer).NotEmpty().MaximumLength(200);
            h.RuleFor(x => x!.Title).NotEmpty().MaximumLength(500);
            h.RuleFor(x => x!.FromYear).NotNull().InclusiveBetween(ReportingPeriod.MinYear, ReportingPeriod.MaxYear);
            h.RuleFor(x => x!.ToYear).NotNull().InclusiveBetween(ReportingPeriod.MinYear, ReportingPeriod.MaxYear);
        });
}

public sealed class CreateResolutionValidator : AbstractValidator<CreateResolutionCommand>
{
    public CreateResolutionValidator()
    {
        RuleFor(c => c.OrganizationId).NotNull();
        RuleFor(c => c.Kind).NotNull().IsDefinedEnum();
        this.AddHeaderRules(c => c.Header);
    }
}

public sealed class UpdateResolutionValidator : AbstractValidator<UpdateResolutionCommand>
{
    public UpdateResolutionValidator() => this.AddHeaderRules(c => c.Header);
}

public sealed class AddTargetValidator : AbstractValidator<AddTargetCommand>
{
    public AddTargetValidator()
    {
        RuleFor(c => c.Target.Indicator).NotEmpty().Must(i => IndicatorCatalogue.Indicator(i!) is not null)
            .WithErrorCode("indicator.unknown").WithMessage(_ => Messages.Format("indicator.unknown"));
        RuleFor(c => c.Target.OrgUnit).MaximumLength(16);
        RuleFor(c => c.Target.Disaggregation).MaximumLength(100);
        RuleFor(c => c.Target.Year).NotNull().InclusiveBetween(ReportingPeriod.MinYear, ReportingPeriod.MaxYear);
        RuleFor(c => c.Target.Kind).NotNull().IsDefinedEnum();
        RuleFor(c => c.Target.Low).InclusiveBetween(0m, 1_000_000_000m);
        RuleFor(c => c.Target.High).InclusiveBetween(0m, 1_000_000_000m);
        RuleFor(c => c.Target.Text).NotEmpty().MaximumLength(500);
    }
}

public sealed class AddTaskValidator : AbstractValidator<AddTaskCommand>
{
    public AddTaskValidator()
    {
        RuleFor(c => c.Task.Title).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Task.OwnerMemberId).NotNull();
        RuleFor(c => c.Task.Deadline).NotNull().InclusiveBetween(new DateOnly(ReportingPeriod.MinYear, 1, 1), new DateOnly(ReportingPeriod.MaxYear, 12, 31));
    }
}

public sealed class ReportOnTaskValidator : AbstractValidator<ReportOnTaskCommand>
{
    public ReportOnTaskValidator()
    {
        RuleFor(c => c.Report.ReportedOn).NotNull();
        RuleFor(c => c.Report.State).NotNull().IsDefinedEnum();
        RuleFor(c => c.Report.Text).NotEmpty().MaximumLength(2000);
    }
}

public sealed class ListResolutionsValidator : AbstractValidator<ListResolutionsQuery>
{
    public ListResolutionsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Year).InclusiveBetween(ReportingPeriod.MinYear, ReportingPeriod.MaxYear);
    }
}

public sealed class CreateResolutionHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time) : ICommandHandler<CreateResolutionCommand, ResolutionDto>
{
    public async ValueTask<ResolutionDto> Handle(CreateResolutionCommand command, CancellationToken cancellationToken)
    {
        var organizationId = command.OrganizationId!.Value;
        if (!await scope.CoversAsync(organizationId, cancellationToken))
        {
            throw new NotFoundException("organization.not_found", "Organisation", organizationId);
        }

        var h = command.Header!;
        var today = time.TodayInVietnam();
        var resolution = new Resolution(Ids.NewVersion7(time.GetUtcNow()), organizationId, command.Kind!.Value, h.Number!, h.IssuedOn!.Value, h.Issuer!, h.Title!, h.FromYear!.Value, h.ToYear!.Value, today);
        db.Resolutions.Add(resolution);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(resolution, today, cancellationToken);
    }
}

/// <summary>The skeleton of every change of a resolution: load in scope (404 outside), check If-Match, change, save, answer.</summary>
public sealed class ResolutionChanges(IAppDbContext db, IOrganizationScope scope, TimeProvider time)
{
    public IAppDbContext Db => db;

    public async Task<ResolutionDto> RunAsync(Guid id, long expectedVersion, Func<Resolution, DateOnly, Task> change, CancellationToken cancellationToken)
    {
        var resolution = await db.LoadResolutionInScopeAsync(scope, id, cancellationToken);
        resolution.EnsureVersion(expectedVersion);
        var today = time.TodayInVietnam();
        await change(resolution, today);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(resolution, today, cancellationToken);
    }

    public Guid NewId() => Ids.NewVersion7(time.GetUtcNow());
}

public sealed class UpdateResolutionHandler(ResolutionChanges changes) : ICommandHandler<UpdateResolutionCommand, ResolutionDto>
{
    public async ValueTask<ResolutionDto> Handle(UpdateResolutionCommand command, CancellationToken cancellationToken)
    {
        var h = command.Header;
        return await changes.RunAsync(command.Id, command.ExpectedVersion, (r, today) =>
        {
            r.Change(h.Number!, h.IssuedOn!.Value, h.Issuer!, h.Title!, h.FromYear!.Value, h.ToYear!.Value, today);
            return Task.CompletedTask;
        }, cancellationToken);
    }
}

public sealed class AddTargetHandler(ResolutionChanges changes) : ICommandHandler<AddTargetCommand, ResolutionDto>
{
    public async ValueTask<ResolutionDto> Handle(AddTargetCommand command, CancellationToken cancellationToken)
    {
        var t = command.Target;
        var indicator = IndicatorCatalogue.Indicator(t.Indicator!)!;
        var unit = string.IsNullOrWhiteSpace(t.OrgUnit) ? null : t.OrgUnit.Trim();
        return await changes.RunAsync(command.Id, command.ExpectedVersion, async (r, _) =>
        {
            if (unit is not null && !(await UnitTree.LoadAsync(changes.Db, cancellationToken)).IsValid(unit, ReportingPeriod.ForYear(t.Year!.Value)))
            {
                throw new DomainRuleException(DataValueCodes.UnitNotValid, "The unit does not exist for the period.", RuleViolationKind.Unprocessable, unit, t.Year!.Value);
            }

            var target = r.AddTarget(changes.NewId(), indicator, unit, t.Disaggregation ?? Categories.Total, t.Year!.Value, t.Kind!.Value, t.Low, t.High, t.Exclusive ?? false, t.Text!);
            changes.Db.Set<ResolutionTarget>().Add(target);
        }, cancellationToken);
    }
}

public sealed class RemoveTargetHandler(ResolutionChanges changes) : ICommandHandler<RemoveTargetCommand, ResolutionDto>
{
    public async ValueTask<ResolutionDto> Handle(RemoveTargetCommand command, CancellationToken cancellationToken) =>
        await changes.RunAsync(command.Id, command.ExpectedVersion, (r, _) =>
        {
            if (r.Targets.All(t => t.Id != command.TargetId))
            {
                throw new NotFoundException("resolution.target_not_found", "Target", command.TargetId);
            }

            r.RemoveTarget(command.TargetId);
            return Task.CompletedTask;
        }, cancellationToken);
}

public sealed class AddTaskHandler(ResolutionChanges changes, IOrganizationScope scope) : ICommandHandler<AddTaskCommand, ResolutionDto>
{
    public async ValueTask<ResolutionDto> Handle(AddTaskCommand command, CancellationToken cancellationToken) =>
        await changes.RunAsync(command.Id, command.ExpectedVersion, async (r, _) =>
        {
            var ownerId = command.Task.OwnerMemberId!.Value;
            var subtree = await scope.SubtreeAsync(r.OrganizationId, cancellationToken);
            var owner = await changes.Db.Set<PartyMember>().AsNoTracking().Where(m => m.Id == ownerId).Select(m => new { m.OrganizationId }).FirstOrDefaultAsync(cancellationToken);
            if (owner is null || (subtree is not null && !subtree.Contains(owner.OrganizationId)))
            {
                throw new NotFoundException("resolution.owner_not_found", "Party member", ownerId);
            }

            var task = r.AddTask(changes.NewId(), command.Task.Title!, ownerId, command.Task.Deadline!.Value);
            changes.Db.Set<ResolutionTask>().Add(task);
        }, cancellationToken);
}

public sealed class ReportOnTaskHandler(ResolutionChanges changes) : ICommandHandler<ReportOnTaskCommand, ResolutionDto>
{
    public async ValueTask<ResolutionDto> Handle(ReportOnTaskCommand command, CancellationToken cancellationToken) =>
        await changes.RunAsync(command.Id, command.ExpectedVersion, (r, today) =>
        {
            if (r.Tasks.All(t => t.Id != command.TaskId))
            {
                throw new NotFoundException("resolution.task_not_found", "Task", command.TaskId);
            }

            var reportId = changes.NewId();
            r.ReportOnTask(command.TaskId, reportId, command.Report.ReportedOn!.Value, command.Report.State!.Value, command.Report.Text!, today);
            changes.Db.Set<TaskReport>().Add(r.Tasks.First(t => t.Id == command.TaskId).Reports.First(x => x.Id == reportId));
            return Task.CompletedTask;
        }, cancellationToken);
}

public sealed class GetResolutionHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time) : IQueryHandler<GetResolutionQuery, ResolutionDto>
{
    public async ValueTask<ResolutionDto> Handle(GetResolutionQuery query, CancellationToken cancellationToken)
    {
        var resolution = await db.LoadResolutionInScopeAsync(scope, query.Id, cancellationToken);
        return await db.ViewAsync(resolution, time.TodayInVietnam(), cancellationToken);
    }
}

public sealed class ListResolutionsHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<ListResolutionsQuery, PagedList<ResolutionSummaryDto>>
{
    public async ValueTask<PagedList<ResolutionSummaryDto>> Handle(ListResolutionsQuery query, CancellationToken cancellationToken)
    {
        var subtree = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var resolutions = db.Resolutions.AsNoTracking();
        if (subtree is not null)
        {
            resolutions = resolutions.Where(r => subtree.Contains(r.OrganizationId));
        }

        if (query.Year is { } year)
        {
            resolutions = resolutions.Where(r => r.FromYear <= year && r.ToYear >= year);
        }

        return await PagedList<ResolutionSummaryDto>.CreateAsync(
            resolutions.OrderByDescending(r => r.IssuedOn).ThenBy(r => r.Number)
                .Select(r => new ResolutionSummaryDto(r.Id, r.OrganizationId, r.Kind, r.Number, r.IssuedOn, r.Title, r.FromYear, r.ToYear, r.Version)),
            query.Page, query.PageSize, cancellationToken);
    }
}
