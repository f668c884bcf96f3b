using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Dues.Arrears;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Application.Inspection.Dues.Agenda;

/// <summary>
/// Members with the rule set's months (3) without dues in the as-of year and without reason: the cell is to consider
/// proposing the removal of the name (Điều lệ Đảng Điều 8 khoản 2). Due at the end of the month of the last unpaid month
/// counted; the agenda shows them as overdue after that.
/// </summary>
internal sealed class DuesDueItemSource(IAppDbContext db, IOrganizationScope scope, RuleBook<DuesRuleSet> rules) : IDueItemSource
{
    public async Task<IReadOnlyList<DueItemDto>> ListAsync(Guid? organizationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, organizationId, cancellationToken);
        var threshold = DuesYears.RemovalThreshold(rules, asOf.Year);
        var members = await DuesYears.ComputeAsync(db, organizations, asOf.Year, DuesYears.Members.ForRemovalReview, threshold, cancellationToken);
        if (members.Count == 0)
        {
            return [];
        }

        var dues = members.Select(m => m.UnpaidMonths[threshold - 1].AddMonths(1).AddDays(-1)).ToList();
        var calendar = await db.LoadAsync(dues.Min() < asOf ? dues.Min() : asOf, dues.Max() > asOf ? dues.Max() : asOf, cancellationToken);
        return [.. members.Select((m, i) =>
        {
            var ruleSet = rules.InForceOn(m.UnpaidMonths[threshold - 1]);
            return new DueItemDto(
                "Inspection",
                "DUES",
                "NAME_REMOVAL_REVIEW",
                m.OrganizationId,
                new DueItemSubjectDto("MEMBER", m.MemberId, m.MemberName),
                dues[i],
                calendar.WorkingDaysLeft(asOf, dues[i]),
                asOf > dues[i],
                new DueItemRuleSetDto(ruleSet.Source.Code, ruleSet.Source.Source, ruleSet.Source.EffectiveFrom));
        })];
    }
}
