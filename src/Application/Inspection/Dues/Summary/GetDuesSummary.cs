using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;

namespace PartyCommittee.Application.Inspection.Dues.Summary;

/// <summary>Dues of a year in an organisation subtree (the figures a party-finance inspection reads).</summary>
/// <param name="OrganizationId">The subtree's root (null: the caller's whole scope).</param>
/// <param name="Year">The year.</param>
/// <param name="Sheets">Monthly sheets of the year.</param>
/// <param name="Due">Sum due.</param>
/// <param name="Collected">Sum collected.</param>
/// <param name="Retained">Kept by the cells.</param>
/// <param name="Remitted">Remitted to the committee.</param>
/// <param name="Exempted">Exempted (seniority exemptions, hardship reductions).</param>
/// <param name="Arrears">Still owed.</param>
/// <param name="MembersForRemovalReview">Members with the rule set's months without dues and without reason.</param>
public sealed record DuesSummaryDto(
    Guid? OrganizationId, int Year, int Sheets, long Due, long Collected, long Retained, long Remitted, long Exempted, long Arrears, int MembersForRemovalReview);

public sealed record GetDuesSummaryQuery(Guid? OrganizationId, int Year) : IQuery<DuesSummaryDto>;

public sealed class GetDuesSummaryValidator : AbstractValidator<GetDuesSummaryQuery>
{
    public GetDuesSummaryValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
    }
}

public sealed class GetDuesSummaryHandler(IAppDbContext db, IOrganizationScope scope, Domain.Common.RuleBook<Domain.Inspection.Dues.DuesRuleSet> rules)
    : IQueryHandler<GetDuesSummaryQuery, DuesSummaryDto>
{
    public async ValueTask<DuesSummaryDto> Handle(GetDuesSummaryQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        return await DuesFigures.ComputeAsync(db, organizations, query.OrganizationId, query.Year, Arrears.DuesYears.RemovalThreshold(rules, query.Year), cancellationToken);
    }
}

/// <summary>The computation, reusable by any statistics endpoint that has already resolved the caller's subtree.</summary>
public static class DuesFigures
{
    public static async Task<DuesSummaryDto> ComputeAsync(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, Guid? organizationId, int year, int removalThreshold, CancellationToken cancellationToken)
    {
        var totals = await Arrears.DuesYears.TotalsAsync(db, organizations, year, removalThreshold, cancellationToken);
        return new DuesSummaryDto(
            organizationId, year, totals.Sheets, totals.Due, totals.Collected, totals.Retained, totals.Collected - totals.Retained, totals.Exempted, totals.Arrears, totals.ForRemovalReview);
    }
}
