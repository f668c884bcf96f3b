using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Indicators;

/// <summary>What kind of document holds the targets and tasks.</summary>
public enum ResolutionKind
{
    /// <summary>Nghị quyết (of a congress or of the executive committee).</summary>
    Resolution,

    /// <summary>Chương trình hành động: tasks assigned to carry a resolution out.</summary>
    ActionProgramme,
}

/// <summary>How a target is met.</summary>
public enum TargetKind
{
    /// <summary>The value reaches <c>Low</c> (đạt, từ … trở lên).</summary>
    AtLeast,

    /// <summary>The value stays at or under <c>High</c> (or under it when the target is exclusive: "dưới").</summary>
    AtMost,

    /// <summary>The value reaches <c>Low</c>, aiming at <c>High</c> ("33–35%"): the lower end is the commitment.</summary>
    Range,

    /// <summary>A rate falls by <c>Low</c> to <c>High</c> percentage points from the previous year: <c>Low</c> is the commitment.</summary>
    DecreaseByPoints,
}

/// <summary>Where a task stands.</summary>
public enum TaskState
{
    Open,

    InProgress,

    Done,

    Cancelled,
}

/// <summary>
/// A resolution or an action programme of a party organisation: number, date, issuer, the years it covers, its targets
/// (indicator, unit, year, kind and bounds, and the text as written) and the tasks it assigns to committee members.
/// </summary>
public sealed class Resolution : AggregateRoot
{
    private readonly List<ResolutionTarget> targets = [];
    private readonly List<ResolutionTask> tasks = [];

    private Resolution(Guid id)
        : base(id)
    {
        Number = string.Empty;
        Issuer = string.Empty;
        Title = string.Empty;
    }

    public Resolution(Guid id, Guid organizationId, ResolutionKind kind, string number, DateOnly issuedOn, string issuer, string title, int fromYear, int toYear, DateOnly today)
        : base(id)
    {
        OrganizationId = organizationId;
        Kind = kind;
        Number = string.Empty;
        Issuer = string.Empty;
        Title = string.Empty;
        Change(number, issuedOn, issuer, title, fromYear, toYear, today);
    }

    /// <summary>The party organisation that issued it (its scope).</summary>
    public Guid OrganizationId { get; private set; }

    public ResolutionKind Kind { get; private set; }

    /// <summary>Document number, e.g. <c>20-CTr/ĐU</c>.</summary>
    public string Number { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    /// <summary>The body that issued it, e.g. "Ban Chấp hành Đảng bộ Sở".</summary>
    public string Issuer { get; private set; }

    public string Title { get; private set; }

    public int FromYear { get; private set; }

    public int ToYear { get; private set; }

    public IReadOnlyList<ResolutionTarget> Targets => targets;

    public IReadOnlyList<ResolutionTask> Tasks => tasks;

    public void Change(string number, DateOnly issuedOn, string issuer, string title, int fromYear, int toYear, DateOnly today)
    {
        if (EventDates.Problem(issuedOn, today, EventDates.PartyFounded) is { } problem)
        {
            throw new DomainRuleException(problem, "The date of issue is not valid.", RuleViolationKind.Unprocessable, "issuedOn");
        }

        if (fromYear > toYear || fromYear < ReportingPeriod.MinYear || toYear > ReportingPeriod.MaxYear || toYear - fromYear > 10)
        {
            throw new DomainRuleException("resolution.years_invalid", "The years covered run from one year to a later one, ten years at most.", RuleViolationKind.Unprocessable);
        }

        if (targets.Any(t => t.Year < fromYear || t.Year > toYear) || tasks.Any(t => t.Deadline.Year > toYear + 1))
        {
            throw new DomainRuleException("resolution.years_exclude_targets", "A target or task falls outside the years covered.", RuleViolationKind.Unprocessable);
        }

        Number = Names.Normalize(number, NameKind.Label);
        IssuedOn = issuedOn;
        Issuer = Names.Normalize(issuer, NameKind.Organization);
        Title = Names.Normalize(title, NameKind.Label);
        FromYear = fromYear;
        ToYear = toYear;
    }

    public ResolutionTarget AddTarget(Guid id, IndicatorDefinition indicator, string? unitCode, string disaggregation, int year, TargetKind kind, decimal? low, decimal? high, bool exclusive, string text)
    {
        if (year < FromYear || year > ToYear)
        {
            throw new DomainRuleException("resolution.target_year_outside", "The target's year is outside the years the resolution covers.", RuleViolationKind.Unprocessable, year);
        }

        var target = new ResolutionTarget(id, Id, indicator, unitCode, disaggregation, year, kind, low, high, exclusive, text);
        if (targets.Any(t => t.IndicatorCode == target.IndicatorCode && t.UnitCode == target.UnitCode && t.Disaggregation == target.Disaggregation && t.Year == year))
        {
            throw new DomainRuleException("resolution.target_duplicate", "The resolution already has a target for this indicator, unit, breakdown and year.", RuleViolationKind.Conflict);
        }

        targets.Add(target);
        return target;
    }

    public void RemoveTarget(Guid targetId)
    {
        var target = targets.FirstOrDefault(t => t.Id == targetId)
            ?? throw new DomainRuleException("resolution.target_not_found", "The resolution has no such target.", RuleViolationKind.Unprocessable);
        targets.Remove(target);
    }

    public ResolutionTask AddTask(Guid id, string title, Guid ownerMemberId, DateOnly deadline)
    {
        if (deadline < IssuedOn || deadline.Year > ToYear + 1)
        {
            throw new DomainRuleException("resolution.task_deadline_invalid", "A task's deadline falls after the date of issue and within the years covered.", RuleViolationKind.Unprocessable);
        }

        var task = new ResolutionTask(id, Id, Names.Normalize(title, NameKind.Label), ownerMemberId, deadline);
        tasks.Add(task);
        return task;
    }

    /// <summary>Records a report on a task: its date, the state it reports, what was done.</summary>
    public void ReportOnTask(Guid taskId, Guid reportId, DateOnly reportedOn, TaskState state, string text, DateOnly today)
    {
        var task = tasks.FirstOrDefault(t => t.Id == taskId)
            ?? throw new DomainRuleException("resolution.task_not_found", "The resolution has no such task.", RuleViolationKind.Unprocessable);
        if (EventDates.Problem(reportedOn, today, IssuedOn) is { } problem)
        {
            throw new DomainRuleException(problem, "The report's date is not valid.", RuleViolationKind.Unprocessable, "reportedOn");
        }

        task.Report(reportId, reportedOn, state, Names.Normalize(text, NameKind.Label));
    }
}

/// <summary>One target of a resolution.</summary>
public sealed class ResolutionTarget : Entity
{
    private ResolutionTarget(Guid id)
        : base(id)
    {
        IndicatorCode = string.Empty;
        Disaggregation = Categories.Total;
        Text = string.Empty;
    }

    internal ResolutionTarget(Guid id, Guid resolutionId, IndicatorDefinition indicator, string? unitCode, string disaggregation, int year, TargetKind kind, decimal? low, decimal? high, bool exclusive, string text)
        : base(id)
    {
        var needsUnit = indicator.Kind != IndicatorKind.Internal;
        if (needsUnit != unitCode is not null)
        {
            throw new DomainRuleException(
                "resolution.target_unit_invalid",
                needsUnit ? "A target on a reported indicator names the administrative unit." : "A target on an internal indicator is measured on the resolution's organisation, not on a unit.",
                RuleViolationKind.Unprocessable);
        }

        var bounds = kind switch
        {
            TargetKind.AtLeast => low is not null && high is null,
            TargetKind.AtMost => low is null && high is not null,
            TargetKind.Range or TargetKind.DecreaseByPoints => low is not null && high is not null && low <= high,
            _ => false,
        };
        if (!bounds || low < 0 || high < 0)
        {
            throw new DomainRuleException("resolution.target_bounds_invalid", "At least needs low, at most needs high, a range or a decrease needs low ≤ high; none negative.", RuleViolationKind.Unprocessable);
        }

        if (kind == TargetKind.DecreaseByPoints && indicator.Kind != IndicatorKind.Ratio)
        {
            throw new DomainRuleException("resolution.target_decrease_needs_rate", "A decrease in percentage points is set on a rate.", RuleViolationKind.Unprocessable);
        }

        if (exclusive && kind != TargetKind.AtMost)
        {
            throw new DomainRuleException("resolution.target_bounds_invalid", "Only an at-most target can exclude its bound (\"dưới\").", RuleViolationKind.Unprocessable);
        }

        ResolutionId = resolutionId;
        IndicatorCode = indicator.Code;
        UnitCode = unitCode;
        Disaggregation = Categories.Normalize(disaggregation, IndicatorCatalogue.CategoriesOf(indicator));
        Year = year;
        Kind = kind;
        Low = low;
        High = high;
        Exclusive = exclusive;
        Text = Names.Normalize(text, NameKind.Label);
    }

    public Guid ResolutionId { get; private set; }

    public string IndicatorCode { get; private set; }

    /// <summary>The administrative unit (reported indicators), or null (internal ones: the resolution's organisation).</summary>
    public string? UnitCode { get; private set; }

    public string Disaggregation { get; private set; }

    public int Year { get; private set; }

    public TargetKind Kind { get; private set; }

    public decimal? Low { get; private set; }

    public decimal? High { get; private set; }

    /// <summary>For at-most targets written "dưới": the bound itself does not meet the target.</summary>
    public bool Exclusive { get; private set; }

    /// <summary>The target as the resolution writes it.</summary>
    public string Text { get; private set; }

    /// <summary>True when <paramref name="measured"/> (for a decrease: the points fallen) meets the target.</summary>
    public bool IsMetBy(decimal measured) => Kind switch
    {
        TargetKind.AtLeast or TargetKind.Range or TargetKind.DecreaseByPoints => measured >= Low,
        TargetKind.AtMost => Exclusive ? measured < High : measured <= High,
        _ => false,
    };
}

/// <summary>A task an action programme assigns to a committee member.</summary>
public sealed class ResolutionTask : Entity
{
    private readonly List<TaskReport> reports = [];

    private ResolutionTask(Guid id)
        : base(id)
    {
        Title = string.Empty;
    }

    internal ResolutionTask(Guid id, Guid resolutionId, string title, Guid ownerMemberId, DateOnly deadline)
        : base(id)
    {
        ResolutionId = resolutionId;
        Title = title;
        OwnerMemberId = ownerMemberId;
        Deadline = deadline;
        State = TaskState.Open;
    }

    public Guid ResolutionId { get; private set; }

    public string Title { get; private set; }

    /// <summary>The member of the standing or executive committee in charge.</summary>
    public Guid OwnerMemberId { get; private set; }

    public DateOnly Deadline { get; private set; }

    public TaskState State { get; private set; }

    /// <summary>The date of the report that closed it (done or cancelled).</summary>
    public DateOnly? ClosedOn { get; private set; }

    public IReadOnlyList<TaskReport> Reports => reports;

    /// <summary>Open or in progress after its deadline.</summary>
    public bool IsOverdueOn(DateOnly date) => State is TaskState.Open or TaskState.InProgress && date > Deadline;

    internal void Report(Guid reportId, DateOnly reportedOn, TaskState state, string text)
    {
        if (State is TaskState.Done or TaskState.Cancelled)
        {
            throw new DomainRuleException("resolution.task_closed", "The task is closed; nothing more can be reported on it.", RuleViolationKind.Conflict);
        }

        if (reports.Count > 0 && reportedOn < reports.Max(r => r.ReportedOn))
        {
            throw new DomainRuleException("resolution.task_report_out_of_order", "A report cannot be dated before the previous one.", RuleViolationKind.Unprocessable);
        }

        reports.Add(new TaskReport(reportId, Id, reportedOn, state, text));
        State = state;
        ClosedOn = state is TaskState.Done or TaskState.Cancelled ? reportedOn : null;
    }
}

/// <summary>A dated report on a task.</summary>
public sealed class TaskReport : Entity
{
    private TaskReport(Guid id)
        : base(id)
    {
        Text = string.Empty;
    }

    internal TaskReport(Guid id, Guid taskId, DateOnly reportedOn, TaskState state, string text)
        : base(id)
    {
        TaskId = taskId;
        ReportedOn = reportedOn;
        State = state;
        Text = text;
    }

    public Guid TaskId { get; private set; }

    public DateOnly ReportedOn { get; private set; }

    public TaskState State { get; private set; }

    public string Text { get; private set; }
}
