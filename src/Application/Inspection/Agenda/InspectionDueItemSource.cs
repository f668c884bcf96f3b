using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Cases.ListDueInspectionItems;

namespace PartyCommittee.Application.Inspection.Agenda;

/// <summary>
/// The inspection cases' due items on the agenda: the next step of each open case that has a due date, and the
/// recommendations not done. Only for the roles that read cases (a viewer sees the inspection statistics only).
/// </summary>
internal sealed class InspectionDueItemSource(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, Inspection.InspectionDeadlineOptions options) : IDueItemSource
{
    public static readonly IReadOnlyList<string> CaseReaders = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary];

    public async Task<IReadOnlyList<DueItemDto>> ListAsync(Guid? organizationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (!CaseReaders.Any(user.IsInRole))
        {
            return [];
        }

        var items = await new ListDueInspectionItemsHandler(db, scope, time, options).AllAsync(organizationId, asOf, overdueOnly: false, cancellationToken);
        return [.. items.Select(i => new DueItemDto(
            "Inspection",
            i.Kind == "RECOMMENDATION" ? "INSPECTION_RECOMMENDATIONS" : "INSPECTION_STEPS",
            i.Kind,
            i.OrganizationId,
            new DueItemSubjectDto(i.Kind == "RECOMMENDATION" ? "INSPECTION_RECOMMENDATION" : "INSPECTION_CASE", i.RecommendationId ?? i.InspectionId, i.Kind == "RECOMMENDATION" ? i.Text : i.Title),
            i.DueDate,
            i.WorkingDaysLeft,
            i.Overdue,
            null))];
    }
}
