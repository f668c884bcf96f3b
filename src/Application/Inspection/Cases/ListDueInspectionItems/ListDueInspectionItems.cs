using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Cases.ListDueInspectionItems;

/// <summary>
/// What is due or overdue on the open cases of a subtree: the next step of each case that has a due date, and every
/// recommendation not done; a page of them by due date (ADR 0076).
/// </summary>
public sealed record ListDueInspectionItemsQuery(
    Guid? OrganizationId = null, DateOnly? AsOf = null, bool OverdueOnly = false, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize)
    : IQuery<PagedList<InspectionDueItemDto>>;

/// <summary>One item due.</summary>
/// <param name="InspectionId">The case.</param>
/// <param name="OrganizationId">The organisation that runs it.</param>
/// <param name="Title">The case's kind and topic.</param>
/// <param name="Kind">The step due (NOTICE … CONCLUSION) or RECOMMENDATION.</param>
/// <param name="RecommendationId">The recommendation, for RECOMMENDATION.</param>
/// <param name="Text">The recommendation's text or the step's label.</param>
/// <param name="Owner">Who carries out the recommendation.</param>
/// <param name="DueDate">Last day allowed.</param>
/// <param name="WorkingDaysLeft">Working days left on the as-of date; 0 on the due date, negative when overdue.</param>
/// <param name="Overdue">True when the due date has passed.</param>
public sealed record InspectionDueItemDto(
    Guid InspectionId, Guid OrganizationId, string Title, string Kind, Guid? RecommendationId, string Text, string? Owner, DateOnly DueDate, int WorkingDaysLeft, bool Overdue);

public sealed class ListDueInspectionItemsValidator : AbstractValidator<ListDueInspectionItemsQuery>
{
    public ListDueInspectionItemsValidator()
    {
        RuleFor(q => q.AsOf).InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2199, 12, 31));
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}

public sealed class ListDueInspectionItemsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, InspectionDeadlineOptions options)
    : IQueryHandler<ListDueInspectionItemsQuery, PagedList<InspectionDueItemDto>>
{
    public async ValueTask<PagedList<InspectionDueItemDto>> Handle(ListDueInspectionItemsQuery query, CancellationToken cancellationToken)
    {
        var items = await AllAsync(query.OrganizationId, query.AsOf ?? time.TodayInVietnam(), query.OverdueOnly, cancellationToken);
        return PagedList<InspectionDueItemDto>.Of(items, query.Page, query.PageSize);
    }

    /// <summary>
    /// Every item of the subtree on <paramref name="asOf"/>, by due date, case and recommendation (the step before its
    /// case's recommendations on the same day). Each step's due date is counted in working days from the case's own
    /// dates, so the list is built whole and the page cut from it: the cost is the open cases', the body a page's.
    /// The agenda reads the whole list (<see cref="Agenda.InspectionDueItemSource"/>).
    /// </summary>
    public async Task<IReadOnlyList<InspectionDueItemDto>> AllAsync(Guid? organizationId, DateOnly asOf, bool overdueOnly, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, organizationId, cancellationToken);

        // The open cases' columns and the two step dates the deadlines count from, then their recommendations not done, in
        // two flat statements (ADR 0067): loading the cases with all their parts made one row per combination of their
        // subjects, team, steps, findings, recommendations and progress, and an entity of each.
        var open = db.InspectionCases.AsNoTracking().Touching(organizations)
            .Where(c => c.DecidedOn <= asOf && (c.ClosedOn == null || c.ClosedOn > asOf));
        var cases = await open
            .Select(c => new OpenCase(
                c.Id,
                c.OrganizationId,
                c.Kind,
                c.TopicCode,
                InspectionCase.NextStepAfter(c.Stage, c.ClosedOn),
                new InspectionCase.StepDates(
                    c.DecidedOn,
                    c.ScheduleTo,
                    c.Steps.Where(s => s.Step == InspectionStep.Notice).Min(s => (DateOnly?)s.On),
                    c.Steps.Where(s => s.Step == InspectionStep.Meeting).Min(s => (DateOnly?)s.On))))
            .ToListAsync(cancellationToken);
        if (cases.Count == 0)
        {
            return [];
        }

        var recommendations = (await open
            .SelectMany(c => c.Recommendations)
            .Where(r => r.DoneOn == null || r.DoneOn > asOf)
            .Select(r => new OpenRecommendation(r.CaseId, r.Id, r.Text, r.Owner, r.DueOn))
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.CaseId);

        var deadlines = options.ToDeadlines();
        var lastScheduled = cases.Max(c => c.Dates.ScheduleTo);
        var calendar = await db.InspectionCalendarAsync(cases.Min(c => c.Dates.DecidedOn), asOf > lastScheduled ? asOf : lastScheduled, cancellationToken);
        var english = Common.Localization.Messages.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var items = new List<InspectionDueItemDto>();
        foreach (var c in cases)
        {
            var kindLabel = InspectionLabels.Of(c.Kind);
            var topic = TopicDto.Of(c.TopicCode);
            var title = english ? $"{kindLabel.En}: {topic.Label.En}" : $"{kindLabel.Vi}: {topic.Label.Vi}";
            if (c.NextStep is { } next && next != InspectionStep.FollowUp && InspectionCase.DueOn(next, c.Dates, calendar, deadlines) is { } due)
            {
                var label = InspectionLabels.Of(next);
                items.Add(new(c.Id, c.OrganizationId, title, WireFormat.Code(next), null, english ? label.En : label.Vi, null, due, calendar.WorkingDaysLeft(asOf, due), asOf > due));
            }

            foreach (var r in recommendations[c.Id])
            {
                items.Add(new(c.Id, c.OrganizationId, title, "RECOMMENDATION", r.Id, r.Text, r.Owner, r.DueOn, calendar.WorkingDaysLeft(asOf, r.DueOn), asOf > r.DueOn));
            }
        }

        return [.. items.Where(i => !overdueOnly || i.Overdue).OrderBy(i => i.DueDate).ThenBy(i => i.InspectionId).ThenBy(i => i.RecommendationId)];
    }

    private sealed record OpenCase(Guid Id, Guid OrganizationId, InspectionKind Kind, string TopicCode, InspectionStep? NextStep, InspectionCase.StepDates Dates);

    private sealed record OpenRecommendation(Guid CaseId, Guid Id, string Text, string Owner, DateOnly DueOn);
}
