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
        var which = query.OnlyForRemovalReview ? DuesYears.Members.ForRemovalReview : query.OnlyInArrears ? DuesYears.Members.InArrears : DuesYears.Members.All;
        return await DuesYears.ComputeAsync(db, organizations, query.Year, which, DuesYears.RemovalThreshold(rules, query.Year), cancellationToken);
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

/// <summary>
/// Members' dues over a year, reusable by the lists, the agenda and the statistics (ADR 0064): the lines of the year are
/// grouped per member in SQL (sums, months, the months unpaid without reason counted with <c>COUNT(CASE …)</c>) and only
/// the members a caller asks for come back, with the few lines their entries show (the latest sheet's cell, the unpaid
/// months). The former code read every line of the subtree's year (twelve per member) and grouped them in memory.
/// </summary>
public static class DuesYears
{
    /// <summary>The rule set's months without dues that lead to a removal review, for <paramref name="year"/> (the rules in force at its end).</summary>
    public static int RemovalThreshold(RuleBook<DuesRuleSet> rules, int year) =>
        (rules.TryInForceOn(new DateOnly(year, 12, 1)) ?? rules.Versions[0]).UnpaidMonthsForRemoval;

    /// <summary>Which members a list keeps.</summary>
    public enum Members
    {
        /// <summary>Every member on a sheet of the year.</summary>
        All,

        /// <summary>Members who still owe something over the year.</summary>
        InArrears,

        /// <summary>Members with at least the threshold's months unpaid without reason.</summary>
        ForRemovalReview,
    }

    /// <summary>The members of the subtree's year that <paramref name="which"/> keeps, in name order (sort key, then id).</summary>
    public static async Task<IReadOnlyList<MemberDuesYearDto>> ComputeAsync(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, Members which, int removalThreshold, CancellationToken cancellationToken)
    {
        var (kept, shownLines) = Queries(db, organizations, year, which, removalThreshold);
        var rows = await kept.ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var shown = await shownLines.ToListAsync(cancellationToken);
        var byMember = shown.ToLookup(l => l.MemberId);
        return [.. rows
            .OrderBy(r => r.NameSortKey, StringComparer.Ordinal)
            .ThenBy(r => r.MemberId)
            .Select(r =>
            {
                var own = byMember[r.MemberId];
                var unpaid = own.Where(l => l.Unpaid).Select(l => l.Month).Order().ToList();
                return new MemberDuesYearDto(
                    r.MemberId,
                    r.FullName,
                    own.First(l => l.Month == r.LastMonth).OrganizationId,
                    r.Months,
                    r.Due,
                    r.Paid,
                    r.Arrears,
                    unpaid.Count,
                    unpaid);
            })];
    }

    /// <summary>
    /// The two statements of a list: the kept members grouped in SQL with their names, and the lines their entries show
    /// (the months unpaid without reason and the latest month's, whose sheet names the cell), of the kept members only —
    /// a subquery, no list of ids sent as a parameter.
    /// </summary>
    internal static (IQueryable<KeptMember> Members, IQueryable<ShownLine> Lines) Queries(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, Members which, int removalThreshold)
    {
        var lines = Lines(db, organizations, year);
        var kept = PerMember(lines);
        kept = which switch
        {
            Members.InArrears => kept.Where(m => m.Arrears > 0),
            Members.ForRemovalReview => kept.Where(m => m.UnpaidWithoutReason >= removalThreshold),
            _ => kept,
        };

        var members = from m in kept
                      join p in db.Members.AsNoTracking() on m.MemberId equals p.Id
                      select new KeptMember(m.MemberId, p.FullName, p.NameSortKey, m.Months, m.Due, m.Paid, m.Arrears, m.LastMonth);
        var shown = from l in lines
                    join m in kept on l.MemberId equals m.MemberId
                    where (l.Due > 0 && l.Paid == 0 && !l.Excused) || l.Month == m.LastMonth
                    select new ShownLine(l.MemberId, l.Month, l.OrganizationId, l.Due > 0 && l.Paid == 0 && !l.Excused);
        return (members, shown);
    }

    /// <summary>
    /// The figures of the subtree's year that do not need the members listed: the sum still owed and how many members
    /// reach the removal review's threshold (both counted in SQL).
    /// </summary>
    public static async Task<(long Arrears, int ForRemovalReview)> TotalsAsync(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year, int removalThreshold, CancellationToken cancellationToken)
    {
        var lines = Lines(db, organizations, year);
        var arrears = await lines.SumAsync(l => l.Due > l.Paid ? l.Due - l.Paid : 0L, cancellationToken);
        var forReview = await PerMember(lines).CountAsync(m => m.UnpaidWithoutReason >= removalThreshold, cancellationToken);
        return (arrears, forReview);
    }

    /// <summary>The lines of the sheets of <paramref name="year"/> in the subtree (every organisation when null).</summary>
    private static IQueryable<YearLine> Lines(IAppDbContext db, IReadOnlyCollection<Guid>? organizations, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 1);
        var sheets = db.DuesSheets.AsNoTracking().Where(s => s.Month >= first && s.Month <= last);
        if (organizations is not null)
        {
            sheets = sheets.Where(s => organizations.Contains(s.OrganizationId));
        }

        return from l in db.DuesLines.AsNoTracking()
               join s in sheets on l.SheetId equals s.Id
               select new YearLine { MemberId = l.MemberId, OrganizationId = s.OrganizationId, Month = s.Month, Due = l.Due, Paid = l.Paid, Excused = l.Excused };
    }

    /// <summary>The lines grouped per member (one row each, computed by the database).</summary>
    private static IQueryable<MemberYear> PerMember(IQueryable<YearLine> lines) =>
        lines.GroupBy(l => l.MemberId).Select(g => new MemberYear
        {
            MemberId = g.Key,
            Months = g.Count(),
            Due = g.Sum(l => l.Due),
            Paid = g.Sum(l => l.Paid),
            Arrears = g.Sum(l => l.Due > l.Paid ? l.Due - l.Paid : 0L),
            UnpaidWithoutReason = g.Count(l => l.Due > 0 && l.Paid == 0 && !l.Excused),
            LastMonth = g.Max(l => l.Month),
        });

    /// <summary>A kept member's sums, name and latest month.</summary>
    internal sealed record KeptMember(Guid MemberId, string FullName, string NameSortKey, int Months, long Due, long Paid, long Arrears, DateOnly LastMonth);

    /// <summary>A line a kept member's entry shows.</summary>
    internal sealed record ShownLine(Guid MemberId, DateOnly Month, Guid OrganizationId, bool Unpaid);

    // Member-initialised (not positional) so that the database can compose over them.
    private sealed class YearLine
    {
        public Guid MemberId { get; init; }

        public Guid OrganizationId { get; init; }

        public DateOnly Month { get; init; }

        public long Due { get; init; }

        public long Paid { get; init; }

        public bool Excused { get; init; }
    }

    private sealed class MemberYear
    {
        public Guid MemberId { get; init; }

        public int Months { get; init; }

        public long Due { get; init; }

        public long Paid { get; init; }

        public long Arrears { get; init; }

        public int UnpaidWithoutReason { get; init; }

        public DateOnly LastMonth { get; init; }
    }
}
