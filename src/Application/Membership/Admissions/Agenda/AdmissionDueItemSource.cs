using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Agenda;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Admissions.ListDueSteps;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Admissions.Agenda;

/// <summary>The agenda's first source: the admission steps due (the admissions' own due list, every page).</summary>
internal sealed class AdmissionDueItemSource(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<AdmissionRuleSet> rules) : IDueItemSource
{
    public async Task<IReadOnlyList<DueItemDto>> ListAsync(Guid? organizationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var handler = new ListDueAdmissionStepsHandler(db, scope, time, rules);
        var items = new List<DueItemDto>();
        for (var page = 1; ; page++)
        {
            var steps = await handler.Handle(
                new ListDueAdmissionStepsQuery(organizationId, asOf, page, PagedList<object>.MaxPageSize), cancellationToken);
            items.AddRange(steps.Items.Select(s => new DueItemDto(
                "Membership",
                "ADMISSION_STEPS",
                WireFormat.Code(s.Step),
                s.OrganizationId,
                new DueItemSubjectDto("ADMISSION_CASE", s.AdmissionId, s.FullName),
                s.DueDate,
                s.WorkingDaysLeft,
                s.Overdue,
                new DueItemRuleSetDto(s.RuleSet.Code, s.RuleSet.Source, s.RuleSet.EffectiveFrom))));
            if (page * steps.PageSize >= steps.TotalCount)
            {
                return items;
            }
        }
    }
}
