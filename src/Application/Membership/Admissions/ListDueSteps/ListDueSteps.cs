using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Admission;

namespace PartyCommittee.Application.Membership.Admissions.ListDueSteps;

/// <summary>
/// What is due or overdue in a subtree on a date: pending committee decisions, ceremonies, the cells' recognition resolutions and the committee's recognition decisions, each
/// with its statutory due date in working days, ordered by due date.
/// </summary>
public sealed record ListDueAdmissionStepsQuery(
    Guid? OrganizationId = null,
    DateOnly? AsOf = null,
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize) : IQuery<PagedList<AdmissionDueStepDto>>;

/// <summary>A step due on a case.</summary>
/// <param name="AdmissionId">The case.</param>
/// <param name="OrganizationId">The cell that prepares the candidate.</param>
/// <param name="FullName">Candidate's (or probationary member's) full name.</param>
/// <param name="Stage">Where the case stands.</param>
/// <param name="StageLabel">Display label of <paramref name="Stage"/>.</param>
/// <param name="Step">COMMITTEE_DECISION, CEREMONY, RECOGNITION_RESOLUTION (the cell's) or FULL_MEMBERSHIP (the committee's recognition decision).</param>
/// <param name="StepLabel">Display label of <paramref name="Step"/>.</param>
/// <param name="PeriodStartsOn">The day the period starts (not counted): the resolution, the decision, or the end of probation.</param>
/// <param name="AvailableFrom">First day the step may be taken (the end of probation for recognition).</param>
/// <param name="DueDate">Last day allowed.</param>
/// <param name="WorkingDaysLeft">Working days left on the as-of date; 0 on the due date, negative when overdue.</param>
/// <param name="Overdue">True when the due date has passed.</param>
/// <param name="WorkingDaysLate">Working days past the due date on the as-of date (0 when not overdue): lateness to report, not a bar to the step.</param>
/// <param name="RuleSet">The rule set that fixes the period: the one in force on the day of the step that started it.</param>
/// <param name="MemberId">The probationary member, for a recognition.</param>
public sealed record AdmissionDueStepDto(
    Guid AdmissionId,
    Guid OrganizationId,
    string FullName,
    AdmissionStage Stage,
    BilingualLabel StageLabel,
    AdmissionStep Step,
    BilingualLabel StepLabel,
    DateOnly PeriodStartsOn,
    DateOnly? AvailableFrom,
    DateOnly DueDate,
    int WorkingDaysLeft,
    bool Overdue,
    int WorkingDaysLate,
    AppliedRuleSetDto RuleSet,
    Guid? MemberId);

public sealed class ListDueAdmissionStepsValidator : AbstractValidator<ListDueAdmissionStepsQuery>
{
    public ListDueAdmissionStepsValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.AsOf).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
    }
}

public sealed class ListDueAdmissionStepsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<AdmissionRuleSet> rules)
    : IQueryHandler<ListDueAdmissionStepsQuery, PagedList<AdmissionDueStepDto>>
{
    public async ValueTask<PagedList<AdmissionDueStepDto>> Handle(ListDueAdmissionStepsQuery query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? time.TodayInVietnam();
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var cases = db.AdmissionCases.AsNoTracking()
            .Where(a => a.Stage == AdmissionStage.CellResolved || a.Stage == AdmissionStage.Decided || a.Stage == AdmissionStage.OnProbation);
        if (organizations is not null)
        {
            cases = cases.Where(a => organizations.Contains(a.OrganizationId));
        }

        var pending = (await cases.ToListAsync(cancellationToken))
            .Select(a => (Case: a, Period: a.PendingPeriod(rules)))
            .Where(p => p.Period is not null)
            .Select(p => (p.Case, Period: p.Period!))
            .ToList();
        if (pending.Count == 0)
        {
            return new PagedList<AdmissionDueStepDto>([], query.Page, query.PageSize, 0);
        }

        var from = pending.Min(p => p.Period.StartsOn);
        from = from < asOf ? from : asOf;
        var (calendar, _) = await db.LoadCoveringAsync(
            from, asOf, [.. pending.Select(p => (p.Period.StartsOn, p.Period.WorkingDays))], cancellationToken);

        var items = pending
            .Select(p =>
            {
                var due = p.Period.DueDate(calendar);
                return (p.Case.NameSortKey, Item: new AdmissionDueStepDto(
                    p.Case.Id,
                    p.Case.OrganizationId,
                    p.Case.FullName,
                    p.Case.Stage,
                    AdmissionLabels.Of(p.Case.Stage),
                    p.Period.Step,
                    AdmissionLabels.Of(p.Period.Step),
                    p.Period.StartsOn,
                    p.Period.AvailableFrom,
                    due,
                    calendar.WorkingDaysLeft(asOf, due),
                    asOf > due,
                    Math.Max(0, -calendar.WorkingDaysLeft(asOf, due)),
                    AppliedRuleSetDto.From(p.Period.RuleSet)!,
                    p.Case.MemberId));
            })
            .OrderBy(i => i.Item.DueDate)
            .ThenBy(i => i.NameSortKey, StringComparer.Ordinal)
            .Select(i => i.Item)
            .ToList();

        return new PagedList<AdmissionDueStepDto>(
            [.. items.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], query.Page, query.PageSize, items.Count);
    }
}
