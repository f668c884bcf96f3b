using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Cases.ListDueInspectionItems;

/// <summary>What is due or overdue on the open cases of a subtree: the next step of each case that has a due date, and every recommendation not done.</summary>
public sealed record ListDueInspectionItemsQuery(Guid? OrganizationId = null, DateOnly? AsOf = null, bool OverdueOnly = false) : IQuery<IReadOnlyList<InspectionDueItemDto>>;

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
    }
}

public sealed class ListDueInspectionItemsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, InspectionDeadlineOptions options)
    : IQueryHandler<ListDueInspectionItemsQuery, IReadOnlyList<InspectionDueItemDto>>
{
    public async ValueTask<IReadOnlyList<InspectionDueItemDto>> Handle(ListDueInspectionItemsQuery query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? time.TodayInVietnam();
        var organizations = await scope.SubtreeAsync(query.OrganizationId, cancellationToken);
        var cases = await db.InspectionCases.AsNoTracking().Touching(organizations)
            .Where(c => c.DecidedOn <= asOf && (c.ClosedOn == null || c.ClosedOn > asOf))
            .WithParts()
            .ToListAsync(cancellationToken);
        if (cases.Count == 0)
        {
            return [];
        }

        var deadlines = options.ToDeadlines();
        var calendar = await db.InspectionCalendarAsync(cases.Min(c => c.DecidedOn), asOf > cases.Max(c => c.ScheduleTo) ? asOf : cases.Max(c => c.ScheduleTo), cancellationToken);
        var english = Common.Localization.Messages.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var items = new List<InspectionDueItemDto>();
        foreach (var c in cases)
        {
            var kindLabel = InspectionLabels.Of(c.Kind);
            var topic = TopicDto.Of(c.TopicCode);
            var title = english ? $"{kindLabel.En}: {topic.Label.En}" : $"{kindLabel.Vi}: {topic.Label.Vi}";
            if (c.NextStep is { } next && next != InspectionStep.FollowUp && c.DueOn(next, calendar, deadlines) is { } due)
            {
                var label = InspectionLabels.Of(next);
                items.Add(new(c.Id, c.OrganizationId, title, WireFormat.Code(next), null, english ? label.En : label.Vi, null, due, calendar.WorkingDaysLeft(asOf, due), asOf > due));
            }

            foreach (var r in c.Recommendations.Where(r => r.DoneOn is null || r.DoneOn > asOf))
            {
                items.Add(new(c.Id, c.OrganizationId, title, "RECOMMENDATION", r.Id, r.Text, r.Owner, r.DueOn, calendar.WorkingDaysLeft(asOf, r.DueOn), asOf > r.DueOn));
            }
        }

        return [.. items.Where(i => !query.OverdueOnly || i.Overdue).OrderBy(i => i.DueDate).ThenBy(i => i.InspectionId).ThenBy(i => i.RecommendationId)];
    }
}
