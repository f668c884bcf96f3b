using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;

namespace PartyCommittee.Application.Inspection.Denunciations.Agenda;

/// <summary>
/// Open denunciations and discipline complaints on the agenda (sources DENUNCIATIONS and DISCIPLINE_COMPLAINTS), due on
/// their time limit; only for the roles that read them (the committee office and the inspection commission).
/// </summary>
internal sealed class DenunciationDueItemSource(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, RuleBook<InspectionRuleSet> rules) : IDueItemSource
{
    public static readonly IReadOnlyList<string> Readers = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission];

    public async Task<IReadOnlyList<DueItemDto>> ListAsync(Guid? organizationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (!Readers.Any(user.IsInRole))
        {
            return [];
        }

        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, organizationId, cancellationToken);
        var ids = organizations?.ToList();
        var denunciations = await db.Denunciations.AsNoTracking()
            .Where(d => d.Status == Domain.Inspection.Denunciations.DenunciationStatus.Accepted
                || d.Status == Domain.Inspection.Denunciations.DenunciationStatus.Assigned
                || d.Status == Domain.Inspection.Denunciations.DenunciationStatus.Verified)
            .Where(d => ids == null || ids.Contains(d.OrganizationId))
            .ToListAsync(cancellationToken);
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.Status == Domain.Inspection.Complaints.ComplaintStatus.Accepted
                || c.Status == Domain.Inspection.Complaints.ComplaintStatus.Assigned
                || c.Status == Domain.Inspection.Complaints.ComplaintStatus.Verified)
            .Where(c => ids == null || ids.Contains(c.OrganizationId))
            .ToListAsync(cancellationToken);
        if (denunciations.Count == 0 && complaints.Count == 0)
        {
            return [];
        }

        var dues = denunciations.Select(d => d.DueOn).Concat(complaints.Select(c => c.DueOn!.Value)).ToList();
        var first = dues.Append(asOf).Min();
        var last = dues.Append(asOf).Max();
        var calendar = await db.LoadAsync(first, last, cancellationToken);
        DueItemRuleSetDto RuleSet(string code, DateOnly receivedOn)
        {
            var source = (rules.Find(code) ?? rules.InForceOn(receivedOn)).Source;
            return new DueItemRuleSetDto(source.Code, source.Source, source.EffectiveFrom);
        }

        return
        [
            .. denunciations.Select(d => new DueItemDto(
                "Inspection", "DENUNCIATIONS", "DENUNCIATION_CONCLUSION", d.OrganizationId,
                new DueItemSubjectDto("DENUNCIATION", d.Id, $"Tố cáo nhận ngày {WireFormat.Date(d.ReceivedOn)} / Denunciation received {WireFormat.Date(d.ReceivedOn)}"),
                d.DueOn, calendar.WorkingDaysLeft(asOf, d.DueOn), asOf > d.DueOn, RuleSet(d.RuleSetCode, d.ReceivedOn))),
            .. complaints.Select(c => new DueItemDto(
                "Inspection", "DISCIPLINE_COMPLAINTS", "COMPLAINT_SETTLEMENT", c.OrganizationId,
                new DueItemSubjectDto("DISCIPLINE_COMPLAINT", c.Id, $"Khiếu nại kỷ luật nhận ngày {WireFormat.Date(c.ReceivedOn)} / Discipline complaint received {WireFormat.Date(c.ReceivedOn)}"),
                c.DueOn!.Value, calendar.WorkingDaysLeft(asOf, c.DueOn.Value), asOf > c.DueOn.Value, null)),
        ];
    }
}
