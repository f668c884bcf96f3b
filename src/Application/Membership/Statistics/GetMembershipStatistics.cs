using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Membership.Statistics;

/// <summary>Membership statistics of an organisation's subtree as of a date (default: today, in the caller's scope).</summary>
public sealed record GetMembershipStatisticsQuery(Guid? OrganizationId, DateOnly? AsOf) : IQuery<MembershipStatistics>;

/// <summary>One line of a breakdown.</summary>
/// <param name="Code">The value (enum code, ethnic group code or band).</param>
/// <param name="Label">Its label in Vietnamese and English.</param>
/// <param name="Count">How many.</param>
public sealed record CountBy(string Code, BilingualLabel Label, int Count);

/// <summary>Organisations existing on the date, by type and unit kind.</summary>
public sealed record OrganizationCounts(int Total, IReadOnlyList<CountBy> ByType, IReadOnlyList<CountBy> ByUnitKind);

/// <summary>
/// Members counted on the date (probationary and full; a temporarily transferred member counts at home). Exempt and
/// suspended members are counted in their class (full or probationary) and also shown in <c>byCondition</c>.
/// Seniority bands count full members by their corrected seniority (time outside the party not counted);
/// probationary members have no seniority and are the band <c>PROBATIONARY</c>. Education, professional level,
/// political theory are the values in force on the date.
/// </summary>
public sealed record MemberCounts(
    int Total,
    int Women,
    int ProvincialCommitteeMembers,
    IReadOnlyList<CountBy> BySex,
    IReadOnlyList<CountBy> ByEthnicity,
    IReadOnlyList<CountBy> ByStatus,
    IReadOnlyList<CountBy> ByCondition,
    IReadOnlyList<CountBy> ByAgeBand,
    IReadOnlyList<CountBy> BySeniorityBand,
    IReadOnlyList<CountBy> ByGeneralEducation,
    IReadOnlyList<CountBy> ByProfessionalLevel,
    IReadOnlyList<CountBy> ByPoliticalTheoryLevel);

/// <summary>An elected body's composition on the date.</summary>
public sealed record BodyComposition(Guid BodyId, Guid OrganizationId, BodyKind Kind, string Term, int Total, IReadOnlyList<CountBy> ByRole);

/// <summary>Mass organisations led in the subtree and their latest member counts on or before the date.</summary>
public sealed record MassOrganizationTotals(int Organizations, long Members, IReadOnlyList<MassOrganizationKindTotal> ByKind);

public sealed record MassOrganizationKindTotal(MassOrganizationKind Kind, BilingualLabel Label, int Organizations, long Members);

public sealed record MembershipStatistics(
    Guid? OrganizationId,
    DateOnly AsOf,
    OrganizationCounts Organizations,
    MemberCounts Members,
    IReadOnlyList<BodyComposition> Bodies,
    MassOrganizationTotals MassOrganizations);

public sealed class GetMembershipStatisticsValidator : AbstractValidator<GetMembershipStatisticsQuery>
{
    public GetMembershipStatisticsValidator() =>
        RuleFor(q => q.AsOf).InclusiveBetween(new DateOnly(1930, 2, 3), new DateOnly(2100, 12, 31));
}

/// <summary>Where today's member figures come from (section <c>Statistics</c>).</summary>
public sealed class MembershipStatisticsOptions
{
    public const string SectionName = "Statistics";

    /// <summary>
    /// Today's member figures from the pre-aggregated counts (ADR 0030; default). False recounts the register, the
    /// path the equality tests compare against and a fallback should the counts ever be in doubt.
    /// </summary>
    public bool PreAggregated { get; init; } = true;

    /// <summary>
    /// The member list (ADR 0059): a subtree or status with at most this many members is read through the organisation
    /// index and sorted; a larger one is read in the order's index when the counts say that visits fewer rows.
    /// </summary>
    public int SortedListRowsAtMost { get; init; } = 1000;

    /// <summary>
    /// The member search over the whole register (ADR 0103): a text whose name-index ranges hold at least
    /// <c>max(SearchScanTokensAtLeast, register / SearchScanMembersPerToken)</c> tokens is answered by testing each
    /// member's name (the scan) instead of gathering the ranges' members one by one. Measured on the 1M bench register:
    /// ~12 µs per gathered token against 0.2-0.4 µs per scanned member. Settings, not rules.
    /// </summary>
    public int SearchScanMembersPerToken { get; init; } = 25;

    /// <summary>Below this many tokens the ranges are cheap whatever the register's size: see <see cref="SearchScanMembersPerToken"/>.</summary>
    public int SearchScanTokensAtLeast { get; init; } = 1000;
}

/// <summary>
/// Today's member breakdowns are read from the pre-aggregated counts (<see cref="MembershipCount"/>) when no change
/// has been recorded with a future date; any other date from the dated counts (<see cref="MembershipCountChange"/>).
/// With <c>Statistics:PreAggregated=false</c> (or while the dated counts' backfill is pending), one grouped query
/// over the dated status and placement periods computes every member breakdown (bands are
/// compared against threshold dates, so the database does the arithmetic); organisations, bodies and mass
/// organisations are small and are computed from their rows.
/// </summary>
public sealed class GetMembershipStatisticsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, MembershipStatisticsOptions options)
    : IQueryHandler<GetMembershipStatisticsQuery, MembershipStatistics>
{

    public async ValueTask<MembershipStatistics> Handle(GetMembershipStatisticsQuery query, CancellationToken cancellationToken)
    {
        var asOf = query.AsOf ?? time.TodayInVietnam();
        // The subtree as it was on the date (reorganisations after it undone: ADR 0020); the whole register when it holds
        // every organisation (ADR 0071: the register-wide rows of the counts then answer, not a sum over every cell).
        var subtree = await db.EveryOrganizationAsNullAsync(
            await db.SubtreeOnAsync(scope, await scope.SubtreeAsync(query.OrganizationId, cancellationToken), query.OrganizationId, asOf, cancellationToken),
            cancellationToken);

        return new MembershipStatistics(
            query.OrganizationId,
            asOf,
            await OrganizationsAsync(subtree, asOf, cancellationToken),
            await MembersAsync(subtree, asOf, cancellationToken),
            await BodiesAsync(subtree, asOf, cancellationToken),
            await MassOrganizationsAsync(subtree, asOf, cancellationToken));
    }

    private async Task<OrganizationCounts> OrganizationsAsync(IReadOnlyCollection<Guid>? subtree, DateOnly asOf, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsNoTracking().Where(o => o.EstablishedOn <= asOf && (o.DissolvedOn == null || o.DissolvedOn > asOf));
        if (subtree is not null)
        {
            organizations = organizations.Where(o => subtree.Contains(o.Id));
        }

        var rows = await organizations.GroupBy(o => new { o.Type, o.UnitKind }).Select(g => new { g.Key.Type, g.Key.UnitKind, Count = g.Count() }).ToListAsync(cancellationToken);
        return new OrganizationCounts(
            rows.Sum(r => r.Count),
            Breakdown(rows.GroupBy(r => r.Type).Select(g => (g.Key, g.Sum(r => r.Count))), OrganizationLabels.Of),
            Breakdown(rows.Where(r => r.UnitKind is not null).GroupBy(r => r.UnitKind!.Value).Select(g => (g.Key, g.Sum(r => r.Count))), OrganizationLabels.Of));
    }

    private async Task<MemberCounts> MembersAsync(IReadOnlyCollection<Guid>? subtree, DateOnly asOf, CancellationToken cancellationToken)
    {
        var current = await IsCurrentStateAsync(asOf, cancellationToken);
        if (current && options.PreAggregated)
        {
            return await MembersFromCountsAsync(subtree, asOf, cancellationToken);
        }

        if (await db.ReadyAsync(options, cancellationToken))
        {
            return await MembersFromDatedCountsAsync(subtree, asOf, cancellationToken);
        }

        DateOnly YearsBefore(int years) => asOf.AddYears(-years);
        var (age31, age41, age51, age61) = (YearsBefore(31), YearsBefore(41), YearsBefore(51), YearsBefore(61));
        var (sen10, sen20, sen30, sen40) = (YearsBefore(10), YearsBefore(20), YearsBefore(30), YearsBefore(40));

        // Grouped by the plain dimensions only (in the covering index's order, so the database groups while it scans);
        // the age and seniority bands are conditional counts within each group: the report needs their totals, not
        // their cross-tabulation with the other dimensions.
        var facts = current ? CurrentFacts(subtree) : HistoricalFacts(subtree, asOf);
        var rows = await facts
            .GroupBy(f => new { f.Status, f.Sex, f.EthnicityCode, f.GeneralEducation, f.ProfessionalLevel, f.PoliticalTheoryLevel, f.IsProvincialCommitteeMember })
            .Select(g => new
            {
                g.Key,
                Count = g.Count(),
                Age0 = g.Count(f => f.DateOfBirth > age31),
                Age1 = g.Count(f => f.DateOfBirth <= age31 && f.DateOfBirth > age41),
                Age2 = g.Count(f => f.DateOfBirth <= age41 && f.DateOfBirth > age51),
                Age3 = g.Count(f => f.DateOfBirth <= age51 && f.DateOfBirth > age61),
                Seniority0 = g.Count(f => f.SeniorityCountedFrom > sen10),
                Seniority1 = g.Count(f => f.SeniorityCountedFrom <= sen10 && f.SeniorityCountedFrom > sen20),
                Seniority2 = g.Count(f => f.SeniorityCountedFrom <= sen20 && f.SeniorityCountedFrom > sen30),
                Seniority3 = g.Count(f => f.SeniorityCountedFrom <= sen30 && f.SeniorityCountedFrom > sen40),
            })
            .ToListAsync(cancellationToken);
        // Probationary members have no seniority (Quy định 24-QĐ/TW point 4.5: it counts for members recognised as full).
        var full = rows.Where(r => r.Key.Status != MemberStatus.Probationary).ToList();
        var tallies = new Tallies(
            Sum(rows.GroupBy(r => r.Key.Status), r => r.Count),
            Sum(rows.GroupBy(r => r.Key.Sex), r => r.Count),
            Sum(rows.GroupBy(r => r.Key.EthnicityCode), r => r.Count),
            Sum(rows.GroupBy(r => r.Key.GeneralEducation), r => r.Count),
            Sum(rows.GroupBy(r => r.Key.ProfessionalLevel), r => r.Count),
            Sum(rows.GroupBy(r => r.Key.PoliticalTheoryLevel), r => r.Count),
            rows.Where(r => r.Key.IsProvincialCommitteeMember).Sum(r => r.Count),
            [rows.Sum(r => r.Age0), rows.Sum(r => r.Age1), rows.Sum(r => r.Age2), rows.Sum(r => r.Age3)],
            [full.Sum(r => r.Seniority0), full.Sum(r => r.Seniority1), full.Sum(r => r.Seniority2), full.Sum(r => r.Seniority3)]);
        return Assemble(tallies, await ConditionsAsync(facts, asOf, cancellationToken, wholeRegister: current && subtree is null));
    }

    private static Dictionary<TKey, int> Sum<TKey, TRow>(IEnumerable<IGrouping<TKey, TRow>> groups, Func<TRow, int> count)
        where TKey : notnull => groups.ToDictionary(g => g.Key, g => g.Sum(count));

    /// <summary>
    /// Today's member breakdowns from the pre-aggregated counts (ADR 0030): one grouped sum over the subtree's
    /// <see cref="MembershipCount"/> rows. The age and seniority bands of the date are whole years from the counts by
    /// year plus, for each band limit, the members of the limit's own year beyond it (an index range on the date).
    /// Equal to the recount by construction and by the equality tests (<c>EngineScenarios</c>).
    /// </summary>
    private async Task<MemberCounts> MembersFromCountsAsync(IReadOnlyCollection<Guid>? subtree, DateOnly asOf, CancellationToken cancellationToken)
    {
        var counts = db.Set<MembershipCount>().AsNoTracking();
        if (subtree is not null)
        {
            counts = counts.Where(c => subtree.Contains(c.OrganizationId));
        }

        var rows = (await counts.GroupBy(c => new { c.Dimension, c.Value })
                .Select(g => new { g.Key.Dimension, g.Key.Value, Count = g.Sum(c => c.Count) })
                .ToListAsync(cancellationToken))
            .Where(r => r.Count != 0)
            .ToLookup(r => r.Dimension, r => (r.Value, r.Count), StringComparer.Ordinal);

        Dictionary<int, int> Years(string dimension) =>
            rows[dimension].ToDictionary(r => int.Parse(r.Value, System.Globalization.CultureInfo.InvariantCulture), r => r.Count);

        var members = db.Members.AsNoTracking().Where(m => MembershipLabels.CountedStatuses.Contains(m.Status));
        if (subtree is not null)
        {
            members = members.Where(m => subtree.Contains(m.OrganizationId));
        }

        var full = members.Where(m => m.Status != MemberStatus.Probationary);
        var birthYears = Years(MembershipCounts.BirthYear);
        var seniorityYears = Years(MembershipCounts.SeniorityYear);

        // Members with the date after the limit: the later years whole, and the limit's own year from the table.
        async Task<int> AfterAsync(Dictionary<int, int> years, DateOnly limit, IQueryable<PartyMember> query, bool birth)
        {
            var yearEnd = new DateOnly(limit.Year, 12, 31);
            var partial = birth
                ? await query.CountAsync(m => m.DateOfBirth > limit && m.DateOfBirth <= yearEnd, cancellationToken)
                : await query.CountAsync(m => m.SeniorityCountedFrom > limit && m.SeniorityCountedFrom <= yearEnd, cancellationToken);
            return years.Where(y => y.Key > limit.Year).Sum(y => y.Value) + partial;
        }

        var ages = new int[5];
        var seniority = new int[5];
        for (var i = 0; i < 4; i++)
        {
            ages[i + 1] = await AfterAsync(birthYears, asOf.AddYears(-(31 + (10 * i))), members, birth: true);
            seniority[i + 1] = await AfterAsync(seniorityYears, asOf.AddYears(-(10 + (10 * i))), full, birth: false);
        }

        var tallies = TalliesOf(
            rows,
            [.. Enumerable.Range(0, 4).Select(i => ages[i + 1] - ages[i])],
            [.. Enumerable.Range(0, 4).Select(i => seniority[i + 1] - seniority[i])]);
        return Assemble(tallies, await ConditionsAsync(CurrentFacts(subtree), asOf, cancellationToken, wholeRegister: subtree is null));
    }

    /// <summary>
    /// The member breakdowns of any date from the dated counts (ADR 0030, "Built: dated counts"): one grouped sum of the
    /// changes on or before the date, over the register-wide rows (no subtree) or the subtree's cells (the subtree
    /// as it was on the date). Age and seniority bands are dimensions of their own there (members change band on
    /// a date, not by an event). Conditions are read as the recount reads them (few rows). Byte-identical to the
    /// recount by construction and by the equality tests (<c>EngineScenarios</c>).
    /// </summary>
    private async Task<MemberCounts> MembersFromDatedCountsAsync(IReadOnlyCollection<Guid>? subtree, DateOnly asOf, CancellationToken cancellationToken)
    {
        // Grouped in each table (merged and staged, ADR 0082) by organisation too, in the key's order: no sort (ADR 0102; a
        // grouping by dimension and value alone sorted a 200-cell subtree's ~900k changes of the 1M register first); the
        // organisations' sums and the two tables' are added here.
        var rows = (await db.DatedCountChanges(changes =>
                {
                    changes = changes.Where(c => c.Day <= asOf).Of(subtree);
                    return changes.GroupBy(c => new { c.OrganizationId, c.Dimension, c.Value }).Select(g => new { g.Key.Dimension, g.Key.Value, Count = g.Sum(c => c.Delta) });
                })
                .ToListAsync(cancellationToken))
            .GroupBy(r => (r.Dimension, r.Value)).Select(g => new { g.Key.Dimension, g.Key.Value, Count = g.Sum(r => r.Count) })
            .Where(r => r.Count != 0)
            .ToLookup(r => r.Dimension, r => (r.Value, r.Count), StringComparer.Ordinal);

        int[] Bands(string dimension) =>
            [.. Enumerable.Range(0, 4).Select(i => rows[dimension].Where(r => r.Value == i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Sum(r => r.Count))];

        var tallies = TalliesOf(rows, Bands(MembershipCountChanges.AgeBand), Bands(MembershipCountChanges.SeniorityBand));
        return Assemble(tallies, await ConditionsAsync(HistoricalFacts(subtree, asOf), asOf, cancellationToken));
    }

    /// <summary>The plain dimensions from summed rows (value as stored: enum name, ethnic group code).</summary>
    private static Tallies TalliesOf(ILookup<string, (string Value, int Count)> rows, int[] ages, int[] seniority)
    {
        Dictionary<T, int> Of<T>(string dimension)
            where T : struct, Enum => rows[dimension].ToDictionary(r => Enum.Parse<T>(r.Value), r => r.Count);

        return new Tallies(
            Of<MemberStatus>(MembershipCounts.Status),
            Of<Sex>(MembershipCounts.Sex),
            rows[MembershipCounts.Ethnicity].ToDictionary(r => r.Value, r => r.Count, StringComparer.Ordinal),
            Of<GeneralEducation>(MembershipCounts.GeneralEducation),
            Of<ProfessionalLevel>(MembershipCounts.ProfessionalLevel),
            Of<PoliticalTheoryLevel>(MembershipCounts.PoliticalTheoryLevel),
            rows[MembershipCounts.ProvincialCommittee].Sum(r => r.Count),
            ages,
            seniority);
    }

    /// <summary>
    /// The members counted by each plain dimension, and by the first four age and seniority bands (the last band is
    /// the rest). Seniority counts only full members.
    /// </summary>
    private sealed record Tallies(
        Dictionary<MemberStatus, int> Status,
        Dictionary<Sex, int> Sex,
        Dictionary<string, int> Ethnicity,
        Dictionary<GeneralEducation, int> GeneralEducation,
        Dictionary<ProfessionalLevel, int> ProfessionalLevel,
        Dictionary<PoliticalTheoryLevel, int> PoliticalTheoryLevel,
        int ProvincialCommitteeMembers,
        int[] Ages,
        int[] Seniority);

    private static MemberCounts Assemble(Tallies tallies, IReadOnlyList<CountBy> conditions)
    {
        var total = tallies.Status.Values.Sum();
        var probationary = tallies.Status.GetValueOrDefault(MemberStatus.Probationary);
        var ages = tallies.Ages;
        var seniority = tallies.Seniority;
        var ageBands = new Dictionary<int, int> { [0] = ages[0], [1] = ages[1], [2] = ages[2], [3] = ages[3], [4] = total - ages.Sum() };
        var seniorityBands = new Dictionary<int, int>
        {
            [0] = seniority[0], [1] = seniority[1], [2] = seniority[2], [3] = seniority[3], [4] = total - probationary - seniority.Sum(), [5] = probationary,
        };

        var ethnicity = tallies.Ethnicity.Select(g =>
        {
            var e = Ethnicities.Find(g.Key);
            return new CountBy(g.Key, new BilingualLabel(e?.NameVi ?? g.Key, e?.NameEn ?? g.Key), g.Value);
        }).OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();

        return new MemberCounts(
            total,
            tallies.Sex.GetValueOrDefault(Sex.Female),
            tallies.ProvincialCommitteeMembers,
            Breakdown(tallies.Sex.Select(g => (g.Key, g.Value)), MembershipLabels.Of),
            ethnicity,
            Breakdown(tallies.Status.Select(g => (g.Key, g.Value)), MembershipLabels.Of),
            conditions,
            Bands(ageBands, AgeBands),
            Bands(seniorityBands, SeniorityBands),
            Breakdown(tallies.GeneralEducation.Select(g => (g.Key, g.Value)), MembershipLabels.Of),
            Breakdown(tallies.ProfessionalLevel.Select(g => (g.Key, g.Value)), MembershipLabels.Of),
            Breakdown(tallies.PoliticalTheoryLevel.Select(g => (g.Key, g.Value)), MembershipLabels.Of));
    }

    /// <summary>
    /// Today's statistics can be read from the members' current status and cell (one scan of a covering index),
    /// unless a change has been recorded with a future effective date. Any other date reads the dated periods.
    /// </summary>
    private async Task<bool> IsCurrentStateAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        asOf == time.TodayInVietnam()
        && !await db.MemberStatusPeriods.AnyAsync(p => p.StartsOn > asOf, cancellationToken)
        && !await db.MemberPlacements.AnyAsync(p => p.StartsOn > asOf, cancellationToken)
        && !await db.Set<MemberQualificationPeriod>().AnyAsync(p => p.StartsOn > asOf, cancellationToken);

    /// <summary>
    /// Exemptions, reductions and suspensions in force on the date, among the members counted. A subtree's are found
    /// from its members (a join: the subtree's members drive it). The whole register's are found from the conditions
    /// in force, each checked against its member (<paramref name="wholeRegister"/>: a correlated <c>EXISTS</c> on
    /// <paramref name="facts"/>, which must hold one row per member, as <see cref="CurrentFacts"/> does): the join
    /// form let SQLite drive the join from every counted member when its estimates said so (one index probe per member,
    /// even with no condition: the largest share of today's statistics on the 100k bench database; ADR 0049). Same
    /// counts either way: a member appears once in the current facts.
    /// </summary>
    private async Task<IReadOnlyList<CountBy>> ConditionsAsync(IQueryable<MemberFact> facts, DateOnly asOf, CancellationToken cancellationToken, bool wholeRegister = false)
    {
        var inForce = db.Set<MemberCondition>().AsNoTracking().Where(c => c.StartsOn <= asOf && (c.EndsOn == null || c.EndsOn >= asOf));
        var rows = wholeRegister
            ? await (from c in inForce
                     where facts.Any(f => f.MemberId == c.MemberId)
                     group c by c.Kind into g
                     select new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)
            : await (from c in inForce
                     join f in facts on c.MemberId equals f.MemberId
                     group c by c.Kind into g
                     select new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Breakdown(Enum.GetValues<MemberConditionKind>().Select(k => (k, rows.Where(r => r.Key == k).Sum(r => r.Count))), MembershipLabels.Of);
    }

    private IQueryable<MemberFact> CurrentFacts(IReadOnlyCollection<Guid>? subtree)
    {
        var members = db.Members.AsNoTracking().Where(m => MembershipLabels.CountedStatuses.Contains(m.Status));
        if (subtree is not null)
        {
            members = members.Where(m => subtree.Contains(m.OrganizationId));
        }

        return members.Select(m => new MemberFact
        {
            MemberId = m.Id,
            SeniorityCountedFrom = m.SeniorityCountedFrom,
            Sex = m.Sex,
            EthnicityCode = m.EthnicityCode,
            Status = m.Status,
            DateOfBirth = m.DateOfBirth,
            AdmissionDecisionDate = m.AdmissionDecisionDate,
            GeneralEducation = m.GeneralEducation,
            ProfessionalLevel = m.ProfessionalLevel,
            PoliticalTheoryLevel = m.PoliticalTheoryLevel,
            IsProvincialCommitteeMember = m.IsProvincialCommitteeMember,
        });
    }

    private IQueryable<MemberFact> HistoricalFacts(IReadOnlyCollection<Guid>? subtree, DateOnly asOf)
    {
        var placements = db.MemberPlacements.AsNoTracking().Where(p => p.StartsOn <= asOf && (p.EndsOn == null || p.EndsOn > asOf));
        if (subtree is not null)
        {
            placements = placements.Where(p => subtree.Contains(p.OrganizationId));
        }

        var statuses = db.MemberStatusPeriods.AsNoTracking()
            .Where(s => s.StartsOn <= asOf && (s.EndsOn == null || s.EndsOn > asOf) && MembershipLabels.CountedStatuses.Contains(s.Status));

        // The education, professional level and political theory in force on the date, not today's.
        var qualifications = db.Set<MemberQualificationPeriod>().AsNoTracking().Where(q => q.StartsOn <= asOf && (q.EndsOn == null || q.EndsOn > asOf));

        return from p in placements
               join s in statuses on p.MemberId equals s.MemberId
               join m in db.Members.AsNoTracking() on p.MemberId equals m.Id
               join q in qualifications on p.MemberId equals q.MemberId
               select new MemberFact
               {
                   MemberId = m.Id,
                   SeniorityCountedFrom = m.SeniorityCountedFrom,
                   Sex = m.Sex,
                   EthnicityCode = m.EthnicityCode,
                   Status = s.Status,
                   DateOfBirth = m.DateOfBirth,
                   AdmissionDecisionDate = m.AdmissionDecisionDate,
                   GeneralEducation = q.GeneralEducation,
                   ProfessionalLevel = q.ProfessionalLevel,
                   PoliticalTheoryLevel = q.PoliticalTheoryLevel,
                   IsProvincialCommitteeMember = m.IsProvincialCommitteeMember,
               };
    }

    private sealed class MemberFact
    {
        public Guid MemberId { get; init; }

        public DateOnly SeniorityCountedFrom { get; init; }

        public Sex Sex { get; init; }

        public string EthnicityCode { get; init; } = string.Empty;

        public MemberStatus Status { get; init; }

        public DateOnly DateOfBirth { get; init; }

        public DateOnly AdmissionDecisionDate { get; init; }

        public GeneralEducation GeneralEducation { get; init; }

        public ProfessionalLevel ProfessionalLevel { get; init; }

        public PoliticalTheoryLevel PoliticalTheoryLevel { get; init; }

        public bool IsProvincialCommitteeMember { get; init; }
    }

    private async Task<IReadOnlyList<BodyComposition>> BodiesAsync(IReadOnlyCollection<Guid>? subtree, DateOnly asOf, CancellationToken cancellationToken)
    {
        var terms = db.Terms.AsNoTracking().Where(t => t.StartsOn <= asOf && t.EndsOn >= asOf);
        if (subtree is not null)
        {
            terms = terms.Where(t => subtree.Contains(t.OrganizationId));
        }

        var termNames = await terms.ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var termIds = termNames.Keys.ToList();
        var bodies = await db.ElectedBodies.AsNoTracking().Include(b => b.Memberships)
            .Where(b => termIds.Contains(b.TermId))
            .ToListAsync(cancellationToken);

        return [.. bodies
            .OrderBy(b => b.OrganizationId).ThenBy(b => b.Kind)
            .Select(b =>
            {
                var current = b.MembersOn(asOf).ToList();
                return new BodyComposition(
                    b.Id,
                    b.OrganizationId,
                    b.Kind,
                    termNames[b.TermId],
                    current.Count,
                    Breakdown(current.GroupBy(m => m.Role).Select(g => (g.Key, g.Count())), RoleLabel));
            })];
    }

    private async Task<MassOrganizationTotals> MassOrganizationsAsync(IReadOnlyCollection<Guid>? subtree, DateOnly asOf, CancellationToken cancellationToken)
    {
        var query = db.MassOrganizations.AsNoTracking().Include(m => m.MemberCounts)
            .Where(m => (m.EstablishedOn == null || m.EstablishedOn <= asOf) && (m.DissolvedOn == null || m.DissolvedOn > asOf));
        if (subtree is not null)
        {
            query = query.Where(m => subtree.Contains(m.LeadingOrganizationId));
        }

        var organizations = await query.ToListAsync(cancellationToken);
        var byKind = organizations.GroupBy(m => m.Kind).OrderBy(g => g.Key)
            .Select(g => new MassOrganizationKindTotal(g.Key, KindLabel(g.Key), g.Count(), g.Sum(m => (long)(m.MembersOn(asOf) ?? 0))))
            .ToList();
        return new MassOrganizationTotals(organizations.Count, byKind.Sum(k => k.Members), byKind);
    }

    private static readonly BilingualLabel[] AgeBands =
    [
        new("Đến 30 tuổi", "Up to 30"), new("31–40 tuổi", "31–40"), new("41–50 tuổi", "41–50"), new("51–60 tuổi", "51–60"), new("Trên 60 tuổi", "Over 60"),
    ];

    private static readonly BilingualLabel[] SeniorityBands =
    [
        new("Dưới 10 năm", "Under 10 years"), new("10–19 năm", "10–19 years"), new("20–29 năm", "20–29 years"), new("30–39 năm", "30–39 years"), new("Từ 40 năm", "40 years or more"),
        new("Đảng viên dự bị (chưa tính tuổi đảng)", "Probationary (no seniority yet)"),
    ];

    private static readonly string[] BandCodes = ["BAND_1", "BAND_2", "BAND_3", "BAND_4", "BAND_5", "PROBATIONARY"];

    private static List<CountBy> Bands(Dictionary<int, int> counts, BilingualLabel[] labels) =>
        [.. labels.Select((label, i) => new CountBy(BandCodes[i], label, counts.GetValueOrDefault(i)))];

    private static List<CountBy> Breakdown<T>(IEnumerable<(T Key, int Count)> rows, Func<T, BilingualLabel> label)
        where T : struct, Enum =>
        [.. rows.OrderBy(r => r.Key).Select(r => new CountBy(EnumCode(r.Key), label(r.Key), r.Count))];

    private static string EnumCode<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    private static BilingualLabel RoleLabel(BodyRole role) => role switch
    {
        BodyRole.Secretary => new("Bí thư", "Secretary"),
        BodyRole.DeputySecretary => new("Phó Bí thư", "Deputy secretary"),
        BodyRole.StandingMember => new("Ủy viên Thường vụ", "Standing member"),
        BodyRole.InspectionChair => new("Chủ nhiệm Ủy ban Kiểm tra", "Inspection commission chair"),
        BodyRole.InspectionViceChair => new("Phó Chủ nhiệm Ủy ban Kiểm tra", "Inspection commission vice chair"),
        _ => new("Ủy viên", "Member"),
    };

    private static BilingualLabel KindLabel(MassOrganizationKind kind) => kind switch
    {
        MassOrganizationKind.TradeUnion => new("Công đoàn cơ sở", "Grassroots trade union"),
        MassOrganizationKind.YouthUnionCell => new("Chi đoàn", "Youth union cell"),
        MassOrganizationKind.VeteransAssociation => new("Hội Cựu chiến binh", "Veterans association"),
        _ => new("Hội Phụ nữ", "Women's union"),
    };
}
