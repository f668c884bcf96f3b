using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Inspection.Cases;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Timeline;

/// <summary>
/// Cases where the member is a subject, on his timeline (source <c>inspection</c>): the decision and, once concluded,
/// the conclusion with the finding on him.
/// </summary>
public sealed class InspectionTimelineSource(IAppDbContext db) : IMemberTimelineSource
{
    public const string SourceName = "inspection";

    public async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var cases = await db.InspectionCases.AsNoTracking()
            .WithSubjectMember(db, memberId)
            .Include(c => c.Subjects)
            .Include(c => c.Steps)
            .Include(c => c.Findings)
            .ToListAsync(cancellationToken);
        var english = Messages.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var events = new List<TimelineEvent>();
        foreach (var c in cases)
        {
            var kind = InspectionLabels.Of(c.Kind);
            var topic = TopicDto.Of(c.TopicCode);
            var details = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["inspectionId"] = c.Id.ToString(),
                ["organizationId"] = c.OrganizationId.ToString(),
                ["kind"] = WireFormat.Code(c.Kind),
                ["topic"] = c.TopicCode,
            };
            var decision = c.Steps.First(s => s.Step == InspectionStep.Decision);
            events.Add(new TimelineEvent(
                decision.On, "inspection.decision", Messages.Format("inspection.timeline.decision", english ? kind.En : kind.Vi, english ? topic.Label.En : topic.Label.Vi),
                decision.DocumentNumber, details, SourceName));

            var conclusion = c.Steps.FirstOrDefault(s => s.Step == InspectionStep.Conclusion);
            var subject = c.Subjects.First(s => s.MemberId == memberId);
            var finding = c.Findings.FirstOrDefault(f => f.SubjectId == subject.Id);
            if (conclusion is not null && finding is not null)
            {
                var severity = InspectionLabels.Of(finding.Severity);
                events.Add(new TimelineEvent(
                    conclusion.On, "inspection.conclusion", Messages.Format("inspection.timeline.conclusion", english ? severity.En : severity.Vi),
                    conclusion.DocumentNumber,
                    new Dictionary<string, string?>(details) { ["violation"] = finding.Violation ? "true" : "false", ["severity"] = WireFormat.Code(finding.Severity) },
                    SourceName));
            }
        }

        return events;
    }
}
