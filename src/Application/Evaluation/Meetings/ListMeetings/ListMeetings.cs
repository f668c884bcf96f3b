using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Meetings.ListMeetings;

/// <summary>Meetings of the cells in the subtree of <see cref="OrganizationId"/> (the caller's scope when null).</summary>
public sealed record ListMeetingsQuery(
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null,
    Guid? OrganizationId = null,
    int? Year = null,
    int? Month = null,
    MeetingKind? Kind = null) : IQuery<PagedList<MeetingSummaryDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["heldOn"];
}

public sealed class ListMeetingsValidator : AbstractValidator<ListMeetingsQuery>
{
    public ListMeetingsValidator()
    {
        this.AddPagingRules(ListMeetingsQuery.SortFields);
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
        RuleFor(q => q.Month).InclusiveBetween(1, 12);
        RuleFor(q => q.Month).Null().When(q => q.Year is null).WithMessage("'month' needs 'year'.");
        RuleFor(q => q.Kind).IsDefinedEnum();
    }
}

public sealed class ListMeetingsHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<ListMeetingsQuery, PagedList<MeetingSummaryDto>>
{
    public async ValueTask<PagedList<MeetingSummaryDto>> Handle(ListMeetingsQuery query, CancellationToken cancellationToken)
    {
        var subtree = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var meetings = db.CellMeetings.AsNoTracking();
        if (subtree is not null)
        {
            meetings = meetings.Where(m => subtree.Contains(m.OrganizationId));
        }

        if (query.Year is { } year)
        {
            var (from, to) = query.Month is { } month
                ? (new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1))
                : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            meetings = meetings.Where(m => m.HeldOn >= from && m.HeldOn <= to);
        }

        if (query.Kind is { } kind)
        {
            meetings = meetings.Where(m => m.Kind == kind);
        }

        var sort = SortOrder.Parse(query.Sort ?? "-heldOn", "heldOn");
        var rows = from m in meetings
                   join o in db.Organizations on m.OrganizationId equals o.Id
                   select new { Meeting = m, o.Name };
        var ordered = sort.Descending
            ? rows.OrderByDescending(r => r.Meeting.HeldOn).ThenBy(r => r.Name).ThenBy(r => r.Meeting.Id)
            : rows.OrderBy(r => r.Meeting.HeldOn).ThenBy(r => r.Name).ThenBy(r => r.Meeting.Id);

        // The attendance and documents are counted for the page's meetings only.
        var page = await PagedList<Row>.CreateAsync(ordered, r => r.Meeting.Id, r => new Row(
            r.Meeting.Id,
            r.Meeting.OrganizationId,
            r.Name,
            r.Meeting.HeldOn,
            r.Meeting.Kind,
            r.Meeting.Attendance.Count(a => a.Status == AttendanceStatus.Present),
            r.Meeting.Attendance.Count(),
            r.Meeting.Documents.Count(),
            r.Meeting.Version), query.Page, query.PageSize, cancellationToken);
        return page.Map(r => new MeetingSummaryDto(
            r.Id, r.OrganizationId, r.Name, r.HeldOn, r.Kind, EvaluationLabels.Of(r.Kind), r.Present, r.Counted, r.DocumentCount, r.Version));
    }

    private sealed record Row(Guid Id, Guid OrganizationId, string Name, DateOnly HeldOn, MeetingKind Kind, int Present, int Counted, int DocumentCount, long Version);
}
