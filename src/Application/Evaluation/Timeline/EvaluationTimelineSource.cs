using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Timeline;

/// <summary>
/// A member's monthly reviews (<c>evaluation.monthly_review</c>, on the meeting's date, with the level) and the cell
/// meetings the member attended (<c>evaluation.meeting_attended</c>) as timeline events.
/// </summary>
public sealed class EvaluationTimelineSource(IAppDbContext db) : IMemberTimelineSource
{
    public const string SourceName = "evaluation";

    public async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var reviews = await (from r in db.MonthlyReviews.AsNoTracking()
                             join o in db.Organizations on r.OrganizationId equals o.Id
                             where r.MemberId == memberId
                             select new { r.Id, r.ReviewedOn, r.Year, r.Month, r.Level, r.MeetingId, r.OrganizationId, o.Name }).ToListAsync(cancellationToken);
        var meetings = await (from a in db.MeetingAttendances.AsNoTracking()
                              join m in db.CellMeetings on a.MeetingId equals m.Id
                              join o in db.Organizations on m.OrganizationId equals o.Id
                              where a.MemberId == memberId && a.Status == AttendanceStatus.Present
                              select new { m.Id, m.HeldOn, m.Kind, m.OrganizationId, o.Name }).ToListAsync(cancellationToken);

        var events = new List<TimelineEvent>();
        foreach (var r in reviews)
        {
            var period = $"{r.Year:0000}-{r.Month:00}";
            events.Add(new TimelineEvent(
                r.ReviewedOn,
                "evaluation.monthly_review",
                Messages.Format("evaluation.timeline_monthly_review", period, EvaluationLabels.Of(r.Level).For(language)),
                null,
                new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["reviewId"] = r.Id.ToString(),
                    ["meetingId"] = r.MeetingId.ToString(),
                    ["organizationId"] = r.OrganizationId.ToString(),
                    ["organizationName"] = r.Name,
                    ["level"] = WireFormat.Code(r.Level),
                    ["month"] = period,
                },
                SourceName));
        }

        foreach (var m in meetings)
        {
            events.Add(new TimelineEvent(
                m.HeldOn,
                "evaluation.meeting_attended",
                Messages.Format("evaluation.timeline_meeting_attended", EvaluationLabels.Of(m.Kind).For(language), m.Name),
                null,
                new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["meetingId"] = m.Id.ToString(),
                    ["kind"] = WireFormat.Code(m.Kind),
                    ["organizationId"] = m.OrganizationId.ToString(),
                    ["organizationName"] = m.Name,
                },
                SourceName));
        }

        return [.. events.OrderBy(e => e.Date).ThenBy(e => e.Kind, StringComparer.Ordinal)];
    }
}
