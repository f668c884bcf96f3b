using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Admission;

namespace PartyCommittee.Application.Membership.Admissions;

/// <summary>
/// The member's admission as timeline events (source <c>admission</c>): course, sponsors, cell resolution, committee
/// decision, ceremony, and recognition as a full member or name removal, each dated with its document number.
/// </summary>
public sealed class AdmissionTimelineSource(IAppDbContext db, RuleBook<AdmissionRuleSet> rules) : IMemberTimelineSource
{
    public const string SourceName = "admission";

    public async Task<IReadOnlyList<TimelineEvent>> GetEventsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var admission = await db.AdmissionCases.AsNoTracking()
            .Include(a => a.Sponsors)
            .Include(a => a.Votes)
            .FirstOrDefaultAsync(a => a.MemberId == memberId, cancellationToken);
        if (admission is null)
        {
            return [];
        }

        var sponsorIds = admission.Sponsors.Where(s => s.MemberId is not null).Select(s => s.MemberId!.Value).ToList();
        var sponsorNames = await db.MemberNamesAsync(sponsorIds, cancellationToken);
        string? removalNumber = null;
        if (admission.Stage == AdmissionStage.NameRemoved)
        {
            removalNumber = await db.MemberStatusPeriods.AsNoTracking()
                .Where(p => p.MemberId == memberId && p.Status == MemberStatus.NameRemoved)
                .Select(p => p.DecisionNumber)
                .FirstOrDefaultAsync(cancellationToken);
        }

        var events = new List<TimelineEvent>();
        foreach (var step in admission.RecordedSteps(rules))
        {
            var details = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["admissionId"] = admission.Id.ToString(),
                ["organizationId"] = admission.OrganizationId.ToString(),
                ["ruleSet"] = step.RuleSet?.Source.Code,
            };
            if (step.WorkingDaysLate is > 0 and var late)
            {
                details["workingDaysLate"] = late.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            string title;
            var number = step.DocumentNumber;
            switch (step.Step)
            {
                case AdmissionStep.Course:
                    title = Messages.Format("admission.timeline.course");
                    break;
                case AdmissionStep.Sponsor or AdmissionStep.SponsorReplacement:
                    var sponsor = admission.Sponsors.First(s => s.Id == step.SponsorId);
                    var name = sponsor.MemberId is { } id
                        ? sponsorNames.GetValueOrDefault(id) ?? id.ToString()
                        : AdmissionLabels.Of(sponsor.Kind).Vi;
                    title = Messages.Format("admission.timeline.sponsor", name);
                    details["sponsorKind"] = WireFormat.Code(sponsor.Kind);
                    details["sponsorMemberId"] = sponsor.MemberId?.ToString();
                    details["workedTogetherSince"] = sponsor.WorkedTogetherSince is { } since ? AdmissionErrors.Format(since) : null;
                    break;
                case AdmissionStep.CellResolution:
                    title = Messages.Format("admission.timeline.cell_resolution");
                    break;
                case AdmissionStep.CommitteeDecision:
                    title = Messages.Format("admission.timeline.committee_decision");
                    break;
                case AdmissionStep.Ceremony:
                    title = Messages.Format("admission.timeline.ceremony");
                    number = admission.CommitteeDecisionNumber;
                    break;
                case AdmissionStep.RecognitionResolution:
                    title = Messages.Format("admission.timeline.recognition_resolution");
                    break;
                case AdmissionStep.FullMembership:
                    title = Messages.Format("admission.timeline.full_membership");
                    details["fullMembershipOn"] = admission.FullMembershipOn is { } full ? WireFormat.Date(full) : null;
                    break;
                case AdmissionStep.NameRemoval:
                    title = Messages.Format("admission.timeline.name_removal");
                    number = removalNumber;
                    details["reason"] = admission.ClosedReason;
                    break;
                default:
                    continue;
            }

            events.Add(new TimelineEvent(step.Date, "admission." + Kind(step.Step), title, number, details, SourceName));
        }

        return events;
    }

    private static string Kind(AdmissionStep step) => AdmissionLabels.Code(step).ToLowerInvariant();
}
