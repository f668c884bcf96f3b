using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Application.Inspection.Dues.Arrears;

/// <summary>A member's dues over a year.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="MemberName">His full name.</param>
/// <param name="OrganizationId">The cell of his latest sheet of the year.</param>
/// <param name="Months">Months he is on a sheet.</param>
/// <param name="Due">Sum due.</param>
/// <param name="Paid">Sum paid.</param>
/// <param name="Arrears">Sum of what each month still owes.</param>
/// <param name="MonthsUnpaidWithoutReason">Months with something due, nothing paid and no legitimate reason.</param>
/// <param name="UnpaidMonths">Those months (first days).</param>
public sealed record MemberDuesYearDto(
    Guid MemberId, string MemberName, Guid OrganizationId, int Months, long Due, long Paid, long Arrears, int MonthsUnpaidWithoutReason, IReadOnlyList<DateOnly> UnpaidMonths);

/// <summary>
/// Members of the subtree with arrears in <see cref="Year"/> (every member on a sheet when <see cref="OnlyInArrears"/> is
/// false), or, with <see cref="OnlyForRemovalReview"/>, those with at least the rule set's number of months without dues
/// and without reason (3: Điều lệ Đảng Điều 8 khoản 2), whom the cell considers for removal of the name.
/// </summary>
public sealed record ListDuesArrearsQuery(Guid? OrganizationId, int Year, bool OnlyInArrears = true, bool OnlyForRemovalReview = false)
    : IQuery<IReadOnlyList<MemberDuesYearDto>>;

public sealed class ListDuesArrearsValidator : AbstractValidator<ListDuesArrearsQuery>
{
    public ListDuesArrearsValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
    }
}

public sealed class ListDuesArrearsHandler(IAppDbContext db, IOrganizationScope scope, RuleBook<DuesRuleSet> rules)
    : IQueryHandler<ListDuesArrearsQuery, IReadOnlyList<MemberDuesYearDto>>
{
    public async ValueTask<IReadOnlyList<MemberDuesYearDto>> Handle(ListDuesArrearsQuery query, CancellationToken cancellationToken)
    {
        var organizations = await scope.SubtreeAsync(query.OrganizationId, cancellationToken);
        var all = await DuesYears.ComputeAsync(db, organizations, query.Year, null, cancellationToken);
        var threshold = DuesYears.RemovalThreshold(rules, query.Year);
        return [.. all.Where(m => query.OnlyForRemovalReview ? m.MonthsUnpaidWithoutReason >= threshold : !query.OnlyInArrears || m.Arrears > 0)];
    }
}

/// <summary>A member's own dues of a year (the Member role; the member the token names in <c>member_id</c>, none: nothing).</summary>
public sealed record GetOwnDuesQuery(Guid? MemberId, int Year) : IQuery<OwnDuesDto>;

/// <summary>A member's months of a year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Months">One entry per sheet the member is on.</param>
/// <param name="Due">Sum due.</param>
/// <param name="Paid">Sum paid.</param>
/// <param name="Arrears">What is still owed.</param>
public sealed record OwnDuesDto(int Year, IReadOnlyList<OwnDuesMonthDto> Months, long Due, long Paid, long Arrears);

/// <summary>One month of a member's dues.</summary>
/// <param name="Month">First day of the month.</param>
/// <param name="Due">Due.</param>
/// <param name="Exempted">Exempted.</param>
/// <param name="Paid">Paid.</param>
/// <param name="PaidOn">Day paid.</param>
/// <param name="Excused">Excused.</param>
public sealed record OwnDuesMonthDto(DateOnly Month, long Due, long Exempted, long Paid, DateOnly? PaidOn, bool Excused);

public sealed class GetOwnDuesValidator : AbstractValidator<GetOwnDuesQuery>
{
    public GetOwnDuesValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
    }
}

public sealed class GetOwnDuesHandler(IAppDbContext db) : IQueryHandler<GetOwnDuesQuery, OwnDuesDto>
{
    public async ValueTask<OwnDuesDto> Handle(GetOwnDuesQuery query, CancellationToken cancellationToken)
    {
        if (query.MemberId is not { } memberId)
        {
            return new OwnDuesDto(query.Year, [], 0, 0, 0);
        }

        var first = new DateOnly(query.Year, 1, 1);
        var last = new DateOnly(query.Year, 12, 1);
        var months = await (from l in db.DuesLines.AsNoTracking()
                            join s in db.DuesSheets.AsNoTracking() on l.SheetId equals s.Id
                            where l.MemberId == memberId && s.Month >= first && s.Month <= last
                            orderby s.Month
                            select new OwnDuesMonthDto(s.Month, l.Due, l.Exempted, l.Paid, l.PaidOn, l.Excused)).ToListAsync(cancellationToken);
        return new OwnDuesDto(query.Year, months, months.Sum(m => m.Due), months.Sum(m => m.Paid), months.Sum(m => Math.Max(m.Due - m.Paid, 0)));
    }
}

/// <summary>Members' dues over a year, reusable by the agenda and statistics.</summary>
public static class DuesYears
{
    /// <summary>The rule set's months without dues that lead to a removal review, for <paramref name="year"/> (the rules in force at its end).</summary>
    public static int RemovalThreshold(RuleBook<DuesRuleSet> rules, int year) =>
        (rules.TryInForceOn(new DateOnly(year, 12, 1)) ?? rules.Versions[0]).UnpaidMonthsForRemoval;

    public static async Task<IReadOnlyList<MemberDuesYearDto>> ComputeAsync(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, Guid? memberId, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 1);
        var rows = from l in db.DuesLines.AsNoTracking()
                   join s in db.DuesSheets.AsNoTracking() on l.SheetId equals s.Id
                   where s.Month >= first && s.Month <= last
                   select new { l.MemberId, s.OrganizationId, s.Month, l.Due, l.Paid, l.Excused };
        if (organizations is not null)
        {
            rows = rows.Where(r => organizations.Contains(r.OrganizationId));
        }

        if (memberId is { } id)
        {
            rows = rows.Where(r => r.MemberId == id);
        }

        var lines = await rows.ToListAsync(cancellationToken);
        var ids = lines.Select(l => l.MemberId).Distinct().ToList();
        var members = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.FullName, m.NameSortKey }).ToDictionaryAsync(m => m.Id, cancellationToken);
        return [.. lines.GroupBy(l => l.MemberId)
            .Select(g =>
            {
                var unpaid = g.Where(l => l.Due > 0 && l.Paid == 0 && !l.Excused).Select(l => l.Month).Order().ToList();
                return new MemberDuesYearDto(
                    g.Key,
                    members.GetValueOrDefault(g.Key)?.FullName ?? string.Empty,
                    g.MaxBy(l => l.Month)!.OrganizationId,
                    g.Count(),
                    g.Sum(l => l.Due),
                    g.Sum(l => l.Paid),
                    g.Sum(l => Math.Max(l.Due - l.Paid, 0)),
                    unpaid.Count,
                    unpaid);
            })
            .OrderBy(m => members.GetValueOrDefault(m.MemberId)?.NameSortKey ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(m => m.MemberId)];
    }
}
