using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Cards;
using PartyCommittee.Application.Organization;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Badges;

namespace PartyCommittee.Application.Membership.Badges.ListEligible;

/// <summary>
/// Who is due a badge in a round (by default the next round from today) in an organisation's subtree, one page of them
/// (ADR 0073). <paramref name="Years"/> and <paramref name="NewlyEligible"/> narrow the items, not the counts by level.
/// </summary>
/// <param name="OrganizationId">The subtree (the caller's scope when null).</param>
/// <param name="RoundDate">A round date (3/2, 19/5, 2/9 or 7/11 under the rule set in force).</param>
/// <param name="Years">Only the members due this level.</param>
/// <param name="NewlyEligible">Only the members who reached their level since the previous round (true) or earlier (false).</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1 to 100.</param>
/// <param name="Sort">years, admissionDecisionDate or fullName, '-' for descending; by default the highest level first, then the earliest admission.</param>
public sealed record ListBadgeEligibilityQuery(
    Guid? OrganizationId = null,
    DateOnly? RoundDate = null,
    int? Years = null,
    bool? NewlyEligible = null,
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    string? Sort = null) : IQuery<BadgeEligibilityList>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortFields = ["years", "admissionDecisionDate", "fullName"];
}

/// <summary>One member due a badge.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="FullName">The member's name.</param>
/// <param name="OrganizationId">The member's cell.</param>
/// <param name="OrganizationName">The cell's name.</param>
/// <param name="AdmissionDecisionDate">Seniority counts from it.</param>
/// <param name="Years">The badge due (the highest level reached on the round date, not yet awarded).</param>
/// <param name="SeniorityYears">The member's seniority on the round date.</param>
/// <param name="NewlyEligible">True when the level is reached since the previous round; false when an earlier round was missed.</param>
public sealed record BadgeEligibilityItem(
    Guid MemberId, string FullName, Guid OrganizationId, string OrganizationName, DateOnly AdmissionDecisionDate, int Years, int SeniorityYears, bool NewlyEligible);

/// <summary>The round, the rule set applied, counts by badge of every member due in the subtree, and one page of the members due.</summary>
/// <param name="RoundDate">The round.</param>
/// <param name="PreviousRoundDate">The round before it (newlyEligible compares with it).</param>
/// <param name="RuleSet">The rule set in force on the round date.</param>
/// <param name="CountsByYears">Members due each level in the subtree, whatever the filters.</param>
/// <param name="Items">The page.</param>
/// <param name="Page">Page number.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="TotalCount">Members due that match the filters.</param>
public sealed record BadgeEligibilityList(
    DateOnly RoundDate,
    DateOnly PreviousRoundDate,
    RuleSource RuleSet,
    IReadOnlyDictionary<string, int> CountsByYears,
    IReadOnlyList<BadgeEligibilityItem> Items,
    int Page,
    int PageSize,
    int TotalCount);

public sealed class ListBadgeEligibilityValidator : AbstractValidator<ListBadgeEligibilityQuery>
{
    public ListBadgeEligibilityValidator()
    {
        this.AddPagingRules(ListBadgeEligibilityQuery.SortFields);
        RuleFor(q => q.RoundDate).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        RuleFor(q => q.Years).InclusiveBetween(1, 200);
    }
}

/// <remarks>
/// The register is read as rows, not as members (ADR 0073): the candidates (full members admitted at least the first
/// level's years before the round) and their seniority gaps, suspensions and awards; each candidate is judged by the
/// domain's own rule, as the award itself is. A candidate who began no status period after the previous round and has
/// no recorded gap is one row judged from the seniority start his record keeps
/// (<see cref="BadgeEligibility.DueInWithoutChangeSincePreviousRound"/>, ADR 0090); the others are read with their
/// status periods in one statement streamed in member order and judged by <see cref="BadgeEligibility.DueIn"/> over
/// <see cref="ISeniorityRecord"/>. What is kept is one small entry per member due (his name's sort key, not his name);
/// the names and the cells' names are read for the page only.
/// </remarks>
public sealed class ListBadgeEligibilityHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<BadgeRuleSet> badgeRules)
    : IQueryHandler<ListBadgeEligibilityQuery, BadgeEligibilityList>
{
    public async ValueTask<BadgeEligibilityList> Handle(ListBadgeEligibilityQuery query, CancellationToken cancellationToken)
    {
        // The root committee's office reads the register as an administrator does (ADR 0071): its 4,001 organisations as a
        // list made the statement look every member up by cell (1M: 16-18 s against 7 s).
        var subtree = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var today = time.TodayInVietnam();
        var round = query.RoundDate ?? (badgeRules.TryInForceOn(today) ?? badgeRules.Versions[0]).NextRoundOnOrAfter(today);
        var rules = badgeRules.InForceOn(round);
        rules.EnsureRound(round);
        if (query.Years is { } years)
        {
            rules.EnsureLevel(years);
        }

        var due = await DueAsync(subtree, round, rules, cancellationToken);
        var byLevel = due.CountBy(d => d.Years).ToDictionary();
        var counts = rules.Levels.ToDictionary(
            l => l.ToString(System.Globalization.CultureInfo.InvariantCulture), l => byLevel.GetValueOrDefault(l), StringComparer.Ordinal);
        var matching = due.Where(d => (query.Years is null || d.Years == query.Years) && (query.NewlyEligible is null || d.NewlyEligible == query.NewlyEligible)).ToList();
        matching.Sort(Order(query.Sort));

        var page = matching.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        var ids = page.Select(d => d.MemberId).ToList();
        var fullNames = await db.MemberNamesAsync(ids, cancellationToken);
        var cells = page.Select(d => d.OrganizationId).Distinct().ToList();
        var names = await db.OrganizationNamesAsync(cells, cancellationToken);
        var items = page.Select(d => new BadgeEligibilityItem(
            d.MemberId, fullNames.GetValueOrDefault(d.MemberId, string.Empty), d.OrganizationId, names.GetValueOrDefault(d.OrganizationId, string.Empty), d.AdmissionDecisionDate, d.Years, d.SeniorityYears, d.NewlyEligible)).ToList();
        return new BadgeEligibilityList(round, rules.PreviousRoundBefore(round), rules.Source, counts, items, query.Page, query.PageSize, matching.Count);
    }

    /// <summary>Every member of the subtree due a badge in the round, judged by <see cref="BadgeEligibility.DueIn"/>.</summary>
    private async Task<List<DueMember>> DueAsync(IReadOnlyCollection<Guid>? subtree, DateOnly round, BadgeRuleSet rules, CancellationToken cancellationToken)
    {
        // A necessary condition whatever the seniority correction: admitted at least the first level's years before.
        var statements = new BadgeCandidateQueries(db, subtree, round.AddYears(-rules.Levels.Min()), rules.PreviousRoundBefore(round));
        var candidates = statements.Candidates;

        // Few rows (gaps, suspensions), or what a member's awards are: read whole for the candidates.
        var gaps = (await db.Set<MemberSeniorityGap>().AsNoTracking().Where(g => candidates.Any(m => m.Id == g.MemberId)).ToListAsync(cancellationToken))
            .ToLookup(g => g.MemberId);
        var suspensions = (await db.Set<MemberCondition>().AsNoTracking()
                .Where(c => c.Kind == MemberConditionKind.Suspension && candidates.Any(m => m.Id == c.MemberId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.MemberId);
        var awarded = (await db.BadgeAwards.AsNoTracking().Where(a => candidates.Any(m => m.Id == a.MemberId)).Select(a => new { a.MemberId, a.Years }).ToListAsync(cancellationToken))
            .ToLookup(a => a.MemberId, a => a.Years);

        var due = new List<DueMember>();
        var judgeUnchanged = await statements.UnchangedAreWorthReadingAsync(cancellationToken);
        if (judgeUnchanged)
        {
            await foreach (var m in statements.Unchanged().AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                var candidate = new Candidate(m.Id, m.NameSortKey, m.OrganizationId, m.AdmissionDecisionDate, m.Status, [], [.. suspensions[m.Id]]);
                if (BadgeEligibility.MayReceive(candidate, round)
                    && BadgeEligibility.DueInWithoutChangeSincePreviousRound(m.SeniorityCountedFrom, round, rules, [.. awarded[m.Id]]) is { } badge)
                {
                    Add(candidate, badge);
                }
            }
        }

        // The others (every candidate when the unchanged were not read apart) with their status periods, in member order.
        var rows = statements.WithPeriods(changedOnly: judgeUnchanged).AsAsyncEnumerable();
        Candidate? current = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (current?.Id != row.Id)
            {
                Judge(current);
                current = new Candidate(row.Id, row.NameSortKey, row.OrganizationId, row.AdmissionDecisionDate, row.Status, [.. gaps[row.Id]], [.. suspensions[row.Id]]);
            }

            current.Periods.Add(new StatusPeriodRow(row.PeriodStatus, row.StartsOn, row.EndsOn));
        }

        Judge(current);
        return due;

        void Judge(Candidate? candidate)
        {
            if (candidate is not null && BadgeEligibility.DueIn(candidate, round, rules, [.. awarded[candidate.Id]]) is { } badge)
            {
                Add(candidate, badge);
            }
        }

        void Add(Candidate candidate, BadgeDue badge) => due.Add(new DueMember(
            candidate.Id, candidate.NameSortKey, candidate.OrganizationId, candidate.AdmissionDecisionDate, badge.Years, badge.SeniorityYears, badge.NewlyEligible));
    }

    /// <summary>
    /// The page order: the field asked for (by default the highest level first), then the other keys in their default
    /// direction (highest level, earliest admission, name), and the member's id last, so that pages never overlap.
    /// </summary>
    private static Comparison<DueMember> Order(string? sort)
    {
        var order = string.IsNullOrWhiteSpace(sort) ? new SortOrder("years", Descending: true) : SortOrder.Parse(sort, "years");
        Comparison<DueMember> level = (a, b) => b.Years.CompareTo(a.Years);
        Comparison<DueMember> admission = (a, b) => a.AdmissionDecisionDate.CompareTo(b.AdmissionDecisionDate);
        Comparison<DueMember> name = (a, b) => string.CompareOrdinal(a.NameSortKey, b.NameSortKey);
        // Each comparison runs in its default direction (the level's is highest first); reversed when the sort asks the other.
        var (first, reversed, rest) = order.Field switch
        {
            "admissionDecisionDate" => (admission, order.Descending, new[] { level, name }),
            "fullName" => (name, order.Descending, new[] { level, admission }),
            _ => (level, !order.Descending, new[] { admission, name }),
        };

        return (a, b) =>
        {
            var c = first(a, b);
            if (c != 0)
            {
                return reversed ? -c : c;
            }

            foreach (var next in rest)
            {
                if ((c = next(a, b)) != 0)
                {
                    return c;
                }
            }

            return a.MemberId.CompareTo(b.MemberId);
        };
    }

    private sealed record DueMember(
        Guid MemberId, string NameSortKey, Guid OrganizationId, DateOnly AdmissionDecisionDate, int Years, int SeniorityYears, bool NewlyEligible);

    private sealed record StatusPeriodRow(MemberStatus Status, DateOnly StartsOn, DateOnly? EndsOn) : IStatusPeriodFacts;

    /// <summary>A candidate as the badge rules read him: his status periods, gaps and suspensions, not his whole record.</summary>
    private sealed class Candidate(
        Guid id, string nameSortKey, Guid organizationId, DateOnly admissionDecisionDate, MemberStatus status,
        IReadOnlyList<ISeniorityGapFacts> gaps, IReadOnlyList<IMemberConditionFacts> suspensions) : ISeniorityRecord
    {
        public Guid Id { get; } = id;

        public string NameSortKey { get; } = nameSortKey;

        public Guid OrganizationId { get; } = organizationId;

        public DateOnly AdmissionDecisionDate { get; } = admissionDecisionDate;

        public MemberStatus Status { get; } = status;

        public List<IStatusPeriodFacts> Periods { get; } = [];

        IReadOnlyList<IStatusPeriodFacts> ISeniorityRecord.StatusPeriods => Periods;

        public IReadOnlyList<ISeniorityGapFacts> Gaps { get; } = gaps;

        public IReadOnlyList<IMemberConditionFacts> ConditionPeriods { get; } = suspensions;
    }
}

/// <summary>A badge candidate judged from one row: no status period begun after the previous round, no recorded gap.</summary>
public sealed record UnchangedCandidate(Guid Id, string NameSortKey, Guid OrganizationId, DateOnly AdmissionDecisionDate, MemberStatus Status, DateOnly SeniorityCountedFrom);

/// <summary>One status period of a badge candidate, with the candidate's columns.</summary>
public sealed record CandidatePeriodRow(
    Guid Id, string NameSortKey, Guid OrganizationId, DateOnly AdmissionDecisionDate, MemberStatus Status, MemberStatus PeriodStatus, DateOnly StartsOn, DateOnly? EndsOn);

/// <summary>
/// The statements of the badge eligibility list (ADR 0073, 0090): the candidates (full members of the subtree, the
/// register when null, admitted by <paramref name="admittedBy"/>); the members whose status periods the rule must read
/// (a status period begun after <paramref name="previousRound"/>: an index range of the periods by their start; or a
/// recorded seniority gap); the other candidates as one row each; the candidates with their status periods in member order.
/// </summary>
public sealed class BadgeCandidateQueries(IAppDbContext db, IReadOnlyCollection<Guid>? subtree, DateOnly admittedBy, DateOnly previousRound)
{
    private readonly IQueryable<MemberStatusPeriod> periodsSince = db.Set<MemberStatusPeriod>().Where(p => p.StartsOn > previousRound);

    public IQueryable<PartyMember> Candidates { get; } = subtree is null
        ? db.Set<PartyMember>().Where(m => m.Status == MemberStatus.Full && m.AdmissionDecisionDate <= admittedBy)
        : db.Set<PartyMember>().Where(m => m.Status == MemberStatus.Full && m.AdmissionDecisionDate <= admittedBy && subtree.Contains(m.OrganizationId));

    /// <summary>
    /// The members who began a status period after the previous round or have a recorded gap, as UNION ALL (with UNION,
    /// SQLite merged the two in member order and read every status period: 0.4 s at 1M for none).
    /// </summary>
    public IQueryable<Guid> Changed => periodsSince.Select(p => p.MemberId).Concat(db.Set<MemberSeniorityGap>().Select(g => g.MemberId));

    /// <summary>
    /// Whether to read the unchanged candidates apart: when the rows of <see cref="Changed"/> are fewer than the members
    /// admitted by then (the candidates' upper bound; index ranges, the periods counted up to that number). Not for a round
    /// decades back, when most of the register has changed since and few are candidates.
    /// </summary>
    public async Task<bool> UnchangedAreWorthReadingAsync(CancellationToken cancellationToken)
    {
        var admitted = await db.Set<PartyMember>().CountAsync(m => m.AdmissionDecisionDate <= admittedBy, cancellationToken);
        return await periodsSince.OrderBy(p => p.StartsOn).Take(admitted).CountAsync(cancellationToken)
            + await db.Set<MemberSeniorityGap>().CountAsync(cancellationToken) < admitted;
    }

    /// <summary>The candidates not in <see cref="Changed"/>, one row each.</summary>
    public IQueryable<UnchangedCandidate> Unchanged() =>
        Candidates.Where(m => !Changed.Contains(m.Id))
            .Select(m => new UnchangedCandidate(m.Id, m.NameSortKey, m.OrganizationId, m.AdmissionDecisionDate, m.Status, m.SeniorityCountedFrom));

    /// <summary>The candidates (those in <see cref="Changed"/> only, when <paramref name="changedOnly"/>) with their status periods, in member order.</summary>
    public IQueryable<CandidatePeriodRow> WithPeriods(bool changedOnly) =>
        from m in changedOnly ? Candidates.Where(m => Changed.Contains(m.Id)) : Candidates
        join p in db.Set<MemberStatusPeriod>() on m.Id equals p.MemberId
        orderby m.Id
        select new CandidatePeriodRow(m.Id, m.NameSortKey, m.OrganizationId, m.AdmissionDecisionDate, m.Status, p.Status, p.StartsOn, p.EndsOn);
}
