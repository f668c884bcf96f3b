using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Indicators.Progress;

/// <summary>
/// New members admitted in a year: members of the organisation's subtree whose admission was decided in the year (the
/// committee's decision is the admission; the seniority counts from it). Months covered: the whole year once it is
/// over, else the months elapsed.
/// </summary>
public sealed class NewMembersAdmittedSource(IAppDbContext db) : IInternalIndicatorSource
{
    public IReadOnlyCollection<string> Indicators { get; } = [InternalIndicators.NewMembersAdmitted];

    public async Task<YearFigure?> ComputeAsync(string indicator, Guid organizationId, int year, DateOnly asOf, CancellationToken cancellationToken)
    {
        var root = await db.Set<PartyOrganization>().AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken);
        if (root is null || asOf < new DateOnly(year, 1, 1))
        {
            return null;
        }

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var subtree = db.Set<PartyOrganization>().Where(o => o.Path.StartsWith(root)).Select(o => o.Id);
        var count = await db.Set<PartyMember>().AsNoTracking()
            .CountAsync(m => m.AdmissionDecisionDate >= from && m.AdmissionDecisionDate <= to && m.AdmissionDecisionDate <= asOf && subtree.Contains(m.OrganizationId), cancellationToken);
        return new YearFigure(count, asOf > to ? 12 : asOf.Month);
    }
}
