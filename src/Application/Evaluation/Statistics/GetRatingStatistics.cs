using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Diagnostics;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Documents;
using PartyCommittee.Application.Evaluation.Meetings;
using PartyCommittee.Application.Evaluation.Ratings;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Application.Inspection.Discipline.Records;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.Statistics;

/// <summary>Cell meetings of the year.</summary>
/// <param name="Cells">Cells in the subtree that existed during the year.</param>
/// <param name="CellMonths">Months (begun by the as-of day) the cells existed: each owes a regular meeting (Điều lệ Đảng Điều 24 khoản 2).</param>
/// <param name="RegularHeld">Of them, months with a regular meeting.</param>
/// <param name="RegularMissing">Months without one.</param>
/// <param name="Extraordinary">Extraordinary meetings held.</param>
/// <param name="Thematic">Thematic meetings held.</param>
/// <param name="ExpectedAttendances">Attendances of probationary and full members expected at the year's meetings.</param>
/// <param name="Present">Of them, present.</param>
/// <param name="AttendanceRate">Present / expected × 100, rounded down to one decimal.</param>
public sealed record MeetingStatisticsDto(
    int Cells, int CellMonths, int RegularHeld, int RegularMissing, int Extraordinary, int Thematic, int ExpectedAttendances, int Present, decimal AttendanceRate);

/// <summary>A document disseminated in the year and how far it reached the subtree's members.</summary>
public sealed record DocumentCoverageRowDto(Guid DocumentId, string Number, string Title, DateOnly IssuedOn, int Expected, int Received, decimal Percent, bool Complete);

/// <summary>Dissemination of the documents of the year.</summary>
/// <param name="AsOf">The day coverage is counted (the year's last day, or today).</param>
/// <param name="Documents">Documents disseminated at the subtree's meetings during the year.</param>
/// <param name="FullyDisseminated">Of them, those every expected member received ("100% of members").</param>
/// <param name="Items">Each document's coverage.</param>
public sealed record DisseminationStatisticsDto(DateOnly AsOf, int Documents, int FullyDisseminated, IReadOnlyList<DocumentCoverageRowDto> Items);

/// <summary>Months of reviews at one level.</summary>
public sealed record ReviewLevelCountDto(EvaluationLevel Level, BilingualLabel LevelLabel, int Reviews);

/// <summary>Monthly reviews of the year.</summary>
/// <param name="Expected">Member-months owed (probationary and full members counted in a cell in each month begun).</param>
/// <param name="Done">Of them, reviewed.</param>
/// <param name="Missing">Not reviewed.</param>
/// <param name="Percent">Done / expected × 100, rounded down to one decimal.</param>
/// <param name="ByLevel">Reviews per level.</param>
public sealed record ReviewStatisticsDto(int Expected, int Done, int Missing, decimal Percent, IReadOnlyList<ReviewLevelCountDto> ByLevel);

/// <summary>Models of one kind.</summary>
public sealed record ModelKindCountDto(EmulationModelKind Kind, BilingualLabel KindLabel, int Registered, int Recognized);

/// <summary>Emulation models of the year.</summary>
public sealed record ModelStatisticsDto(int Registered, int Recognized, IReadOnlyList<ModelKindCountDto> ByKind);

/// <summary>Members at one level.</summary>
/// <param name="Level">The level.</param>
/// <param name="LevelLabel">Its label.</param>
/// <param name="Members">Members rated at it.</param>
/// <param name="Percent">Members / members rated × 100, two decimals; null when nobody is rated.</param>
public sealed record MemberLevelCountDto(EvaluationLevel Level, BilingualLabel LevelLabel, int Members, decimal? Percent);

/// <summary>Why a listed member is not rated, as counted in the statistics.</summary>
public enum NotRatedCause
{
    /// <summary>Exempt from party work and activities on the campaign's reference day.</summary>
    Exempt = 1,

    /// <summary>Suspended from party activities on the campaign's reference day.</summary>
    Suspended = 2,

    /// <summary>Admitted less than 6 months before the reference day: reviewed, not rated.</summary>
    AdmittedUnderSixMonths = 3,
}

/// <summary>Members listed, not rated, for one reason.</summary>
/// <param name="Reason">EXEMPT, SUSPENDED or ADMITTED_UNDER_SIX_MONTHS.</param>
/// <param name="Label">Its label.</param>
/// <param name="Members">Members.</param>
public sealed record NotRatedCountDto(NotRatedCause Reason, BilingualLabel Label, int Members);

/// <summary>The quota's use in one group of comparable tasks.</summary>
/// <param name="TaskGroup">The group.</param>
/// <param name="Excellent">Members EXCELLENT.</param>
/// <param name="GoodOrBetter">Members GOOD or better.</param>
/// <param name="Limit">The most that may be EXCELLENT.</param>
public sealed record TaskGroupQuotaDto(string TaskGroup, int Excellent, int GoodOrBetter, int Limit);

/// <summary>
/// The quota's use in a grassroots organisation's campaign (over all its members, wherever the subtree asked for: the
/// quota belongs to the grassroots organisation).
/// </summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="OrganizationId">The grassroots organisation.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Step">The step reached.</param>
/// <param name="PublishedOn">The day it was published, if it was.</param>
/// <param name="Counted">Published on or before the as-of day: its results are in the figures. Otherwise the levels are the decisions so far, else the proposals.</param>
/// <param name="RuleSetCode">The rule set that sets the quota.</param>
/// <param name="RuleSetSource">Its document.</param>
/// <param name="QuotaPercent">EXCELLENT at most this percentage of those GOOD or better.</param>
/// <param name="Excellent">Members EXCELLENT.</param>
/// <param name="GoodOrBetter">Members GOOD or better.</param>
/// <param name="Limit">The most that may be EXCELLENT.</param>
/// <param name="TaskGroups">Per group of comparable tasks, where the rule set counts per group.</param>
public sealed record CampaignQuotaDto(
    Guid CampaignId, Guid OrganizationId, string OrganizationName, RatingStep Step, DateOnly? PublishedOn, bool Counted, string RuleSetCode, string RuleSetSource,
    int QuotaPercent, int Excellent, int GoodOrBetter, int Limit, IReadOnlyList<TaskGroupQuotaDto> TaskGroups);

/// <summary>A cap applied, and to how many members.</summary>
/// <param name="Code">The cap's code (rating.cap.*).</param>
/// <param name="MaxLevel">The best level it allows.</param>
/// <param name="Source">The rule set or setting it comes from.</param>
/// <param name="Members">Members whose result it capped.</param>
public sealed record CapCountDto(string Code, EvaluationLevel MaxLevel, string Source, int Members);

/// <summary>An organisation's decided level beside the level its members' results allow.</summary>
/// <param name="OrganizationId">The committee or a cell.</param>
/// <param name="Name">Its name.</param>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Rated">Members rated.</param>
/// <param name="GoodOrBetter">Of them GOOD or better.</param>
/// <param name="ComputedLevel">The best level the rule set's conditions allow.</param>
/// <param name="ComputedLevelLabel">Its label.</param>
/// <param name="DecidedLevel">The committee's decision, if any.</param>
/// <param name="DecidedLevelLabel">Its label.</param>
public sealed record OrganizationLevelRowDto(
    Guid OrganizationId, string Name, Guid CampaignId, int Rated, int GoodOrBetter, EvaluationLevel ComputedLevel, BilingualLabel ComputedLevelLabel,
    EvaluationLevel? DecidedLevel, BilingualLabel? DecidedLevelLabel);

/// <summary>Organisations at one level.</summary>
/// <param name="Level">The level.</param>
/// <param name="LevelLabel">Its label.</param>
/// <param name="Decided">Organisations decided at it.</param>
/// <param name="Computed">Organisations whose conditions allow it as their best level.</param>
public sealed record OrganizationLevelCountDto(EvaluationLevel Level, BilingualLabel LevelLabel, int Decided, int Computed);

/// <summary>
/// The organisations (the committee and the cells) of the counted campaigns in the subtree, counted; each one's row is
/// <c>GET /statistics/ratings/organizations</c>, a page at a time (ADR 0078).
/// </summary>
/// <param name="Organizations">Organisations with rated members or a decision.</param>
/// <param name="Decided">Of them, decided.</param>
/// <param name="ByLevel">Per level, decided and computed.</param>
public sealed record OrganizationRatingStatisticsDto(int Organizations, int Decided, IReadOnlyList<OrganizationLevelCountDto> ByLevel);

/// <summary>
/// The annual ratings of the members of the subtree, from the campaigns published on or before <see cref="AsOf"/>
/// (levels after the corrections dated on or before it). The percentages are those of the indicators
/// MEMBERS_GOOD_OR_BETTER_RATE and MEMBERS_EXCELLENT_RATE (one computation: <see cref="MemberRatingFigures"/>).
/// </summary>
/// <param name="AsOf">The day the results are read on (today).</param>
/// <param name="Campaigns">Campaigns of the year concerning the subtree (its grassroots organisations or the one above it).</param>
/// <param name="CampaignsCounted">Of them, published on or before the as-of day.</param>
/// <param name="Listed">Members listed in the counted campaigns, in the subtree.</param>
/// <param name="Rated">Of them, rated.</param>
/// <param name="GoodOrBetter">Rated GOOD or EXCELLENT.</param>
/// <param name="GoodOrBetterPercent">GoodOrBetter / rated × 100, two decimals; null when nobody is rated.</param>
/// <param name="Excellent">Rated EXCELLENT.</param>
/// <param name="ExcellentPercent">Excellent / GoodOrBetter × 100, two decimals (the target's "of which 20%"); null when nobody is GOOD or better.</param>
/// <param name="ByLevel">Members per level, with the percentage of those rated.</param>
/// <param name="NotRated">Members listed, not rated.</param>
/// <param name="NotRatedByReason">Per reason.</param>
/// <param name="Quota">The quota's use per campaign.</param>
/// <param name="Caps">Caps applied, by code, with their source.</param>
/// <param name="Organizations">Organisations by decided level beside the computed level.</param>
public sealed record MemberRatingStatisticsDto(
    DateOnly AsOf,
    int Campaigns,
    int CampaignsCounted,
    int Listed,
    int Rated,
    int GoodOrBetter,
    decimal? GoodOrBetterPercent,
    int Excellent,
    decimal? ExcellentPercent,
    IReadOnlyList<MemberLevelCountDto> ByLevel,
    int NotRated,
    IReadOnlyList<NotRatedCountDto> NotRatedByReason,
    IReadOnlyList<CampaignQuotaDto> Quota,
    IReadOnlyList<CapCountDto> Caps,
    OrganizationRatingStatisticsDto Organizations);

/// <summary>The evaluation figures of a year for an organisation's subtree.</summary>
/// <param name="OrganizationId">The subtree's root (null: every organisation, for an unscoped caller).</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Year">Year.</param>
/// <param name="Meetings">Cell meetings and attendance.</param>
/// <param name="Dissemination">Document coverage.</param>
/// <param name="MonthlyReviews">Monthly reviews done and missing.</param>
/// <param name="Models">Emulation models registered and recognised.</param>
/// <param name="Ratings">Annual ratings of the members and organisations: levels, not rated, quota, caps.</param>
/// <param name="MassOrganizations">Mass organisations rated, and rated strong (target 100%).</param>
/// <param name="CivilServants">Civil servants rated, and rated GOOD or better (target at least 80%).</param>
public sealed record RatingStatisticsDto(
    Guid? OrganizationId,
    string? OrganizationName,
    int Year,
    MeetingStatisticsDto Meetings,
    DisseminationStatisticsDto Dissemination,
    ReviewStatisticsDto MonthlyReviews,
    ModelStatisticsDto Models,
    MemberRatingStatisticsDto Ratings,
    MassOrganizationRatingStatisticsDto MassOrganizations,
    CivilServantRatingStatisticsDto CivilServants);

/// <summary>The evaluation statistics of <see cref="Year"/> for the subtree of <see cref="OrganizationId"/> (the caller's scope when null).</summary>
public sealed record GetRatingStatisticsQuery([property: Required] int? Year, Guid? OrganizationId = null) : IQuery<RatingStatisticsDto>;

public sealed class GetRatingStatisticsValidator : AbstractValidator<GetRatingStatisticsQuery>
{
    public GetRatingStatisticsValidator() => RuleFor(q => q.Year).NotNull().InclusiveBetween(1930, 2100);
}

public sealed class GetRatingStatisticsHandler(
    IAppDbContext db,
    IOrganizationScope scope,
    ICurrentUser user,
    TimeProvider time,
    RuleBook<Domain.Evaluation.CivilServants.CivilServantRatingRuleSet> civilServantRules,
    RuleBook<MemberRatingRuleSet> ratingRules,
    RatingOptions ratingOptions,
    MembershipStatisticsOptions countOptions,
    IDisciplineRecords discipline,
    ILogger<SectionTimer> logger)
    : IQueryHandler<GetRatingStatisticsQuery, RatingStatisticsDto>
{
    public async ValueTask<RatingStatisticsDto> Handle(GetRatingStatisticsQuery query, CancellationToken cancellationToken)
    {
        var timer = new SectionTimer(logger, "statistics/ratings");
        var year = query.Year!.Value;
        var rootId = RatingOrganizationRows.RootOf(user, query.OrganizationId);
        var subtree = await scope.SubtreeAsync(rootId, cancellationToken);
        var rootName = rootId is { } id ? await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var today = time.TodayInVietnam();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var asOf = last < today ? last : today;
        timer.Lap("scope");

        var fromDatedCounts = await db.ReadyAsync(countOptions, cancellationToken);
        var months = await db.CountForYearAsync(subtree, year, today, cancellationToken, fromDatedCounts);

        timer.Lap("review months");

        var meetings = await MeetingsAsync(subtree, first, last, months, cancellationToken);
        timer.Lap("meetings");
        var dissemination = await DisseminationAsync(subtree, first, last, asOf, fromDatedCounts, cancellationToken);
        timer.Lap("dissemination");

        var reviews = db.MonthlyReviews.AsNoTracking().Where(r => r.Year == year);
        if (subtree is not null)
        {
            reviews = reviews.Where(r => subtree.Contains(r.OrganizationId));
        }

        var levels = await reviews.GroupBy(r => r.Level).Select(g => new { Level = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var expected = months.Sum(m => m.Expected);
        var missing = months.Sum(m => m.Missing);
        var reviewStatistics = new ReviewStatisticsDto(
            expected,
            expected - missing,
            missing,
            DisseminationCoverage.PercentDown(expected - missing, expected),
            [.. Enum.GetValues<EvaluationLevel>().Select(l => new ReviewLevelCountDto(l, EvaluationLabels.Of(l), levels.FirstOrDefault(x => x.Level == l)?.Count ?? 0))]);
        timer.Lap("reviews");

        var models = db.EmulationModels.AsNoTracking().Where(m => m.Year == year);
        if (subtree is not null)
        {
            models = models.Where(m => subtree.Contains(m.OrganizationId));
        }

        var modelRows = await models.Select(m => new { m.Kind, Recognized = m.RecognizedOn != null }).ToListAsync(cancellationToken);
        var modelStatistics = new ModelStatisticsDto(
            modelRows.Count,
            modelRows.Count(m => m.Recognized),
            [.. Enum.GetValues<EmulationModelKind>().Select(k => new ModelKindCountDto(
                k, EvaluationLabels.Of(k), modelRows.Count(m => m.Kind == k), modelRows.Count(m => m.Kind == k && m.Recognized)))]);
        timer.Lap("models");
        var ratings = await RatingsAsync(rootId, year, today, timer, cancellationToken);
        var massOrganizations = await db.MassOrganizationsAsync(subtree, year, cancellationToken);
        timer.Lap("mass organisations");
        var civilServants = await db.CivilServantsAsync(subtree, year, civilServantRules, cancellationToken);
        timer.Lap("civil servants");

        return new RatingStatisticsDto(rootId, rootName, year, meetings, dissemination, reviewStatistics, modelStatistics, ratings, massOrganizations, civilServants);
    }

    /// <summary>
    /// The annual ratings' section, from <see cref="MemberRatingFigures.LoadRatingYearGroupsAsync"/> as of today: members
    /// by level and not rated by reason, the quota per campaign, the caps applied and the organisations' levels, all
    /// counted over the lines grouped in SQL (issue 12, ratingstats); the figures are those the former line-by-line
    /// reading gave (kept in the test project as the reference of the equality tests).
    /// </summary>
    private async Task<MemberRatingStatisticsDto> RatingsAsync(Guid? rootId, int year, DateOnly asOf, SectionTimer timer, CancellationToken cancellationToken)
    {
        var ratingYear = await db.LoadRatingYearGroupsAsync(rootId, year, asOf, ratingRules, cancellationToken);
        timer.Lap("ratings: load");
        var shares = ratingYear.Shares;
        var counted = ratingYear.CountedGroups.ToList();
        var rated = counted.Where(x => x.Group.HasLevel).ToList();
        var byLevel = Enum.GetValues<EvaluationLevel>()
            .Select(l =>
            {
                var members = rated.Where(x => x.Group.Level == l).Sum(x => x.Group.Count);
                return new MemberLevelCountDto(l, EvaluationLabels.Of(l), members, MemberRatingFigures.Percent(members, shares.Rated));
            })
            .ToList();

        var notRated = counted.Where(x => !x.Group.Rated).ToList();
        var suspended = await db.SuspendedCountAsync(ratingYear, cancellationToken);
        timer.Lap("ratings: levels, suspended");
        var notRatedByReason = new List<NotRatedCountDto>
        {
            new(NotRatedCause.Exempt, new("Miễn công tác và sinh hoạt đảng", "Exempt"),
                notRated.Where(x => x.Group.NotRatedReason == NotRatedReason.ExemptOrSuspended).Sum(x => x.Group.Count) - suspended),
            new(NotRatedCause.Suspended, new("Bị đình chỉ sinh hoạt đảng", "Suspended"), suspended),
            new(NotRatedCause.AdmittedUnderSixMonths, RatingLabels.Of(NotRatedReason.AdmittedUnderSixMonths),
                notRated.Where(x => x.Group.NotRatedReason == NotRatedReason.AdmittedUnderSixMonths).Sum(x => x.Group.Count)),
        };

        var quota = ratingYear.Campaigns.Select(c =>
        {
            var levels = c.Groups.Where(g => g.HasLevel).ToList();
            var goodOrBetter = levels.Where(g => g.Level <= EvaluationLevel.Good).Sum(g => g.Count);
            // A task group is its trimmed name, compared without case; its name shown is the ordinal first of its spellings.
            var groups = c.Rules.QuotaPerTaskGroup
                ? levels.Where(g => !string.IsNullOrWhiteSpace(g.TaskGroup)).GroupBy(g => g.TaskGroup!.Trim(), StringComparer.OrdinalIgnoreCase)
                    .Select(g =>
                    {
                        var good = g.Where(l => l.Level <= EvaluationLevel.Good).Sum(l => l.Count);
                        var name = g.Select(l => l.TaskGroup!.Trim()).Order(StringComparer.Ordinal).First();
                        return new TaskGroupQuotaDto(name, g.Where(l => l.Level == EvaluationLevel.Excellent).Sum(l => l.Count), good, RatingRules.QuotaFor(c.Rules, good));
                    })
                    .OrderBy(g => g.TaskGroup, StringComparer.Ordinal)
                    .ToList()
                : [];
            return new CampaignQuotaDto(
                c.Campaign.Id, c.Campaign.OrganizationId, c.OrganizationName, c.Campaign.Step, c.Campaign.PublishedOn, c.Counted, c.Rules.Source.Code, c.Rules.Source.Source,
                c.Rules.ExcellentQuotaPercent, levels.Where(l => l.Level == EvaluationLevel.Excellent).Sum(l => l.Count), goodOrBetter, RatingRules.QuotaFor(c.Rules, goodOrBetter), groups);
        }).ToList();

        // Each cap code with the source its campaign's rule set (or the setting) gives it.
        var everyFact = new MemberYearFacts(true, false, true, true, EvaluationLevel.NotCompleted, int.MaxValue);
        var caps = rated
            .SelectMany(x => x.Group.Caps.Select(code => (Code: code, Cap: RatingRules.CapsFor(x.Campaign.Rules, everyFact, ratingOptions.SickLeaveCapMonths).FirstOrDefault(c => c.Code == code), x.Group.Count)))
            .GroupBy(x => (x.Code, x.Cap?.MaxLevel, x.Cap?.Source))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => new CapCountDto(g.Key.Code, g.Key.MaxLevel ?? EvaluationLevel.NotCompleted, g.Key.Source ?? string.Empty, g.Sum(x => x.Count)))
            .ToList();

        timer.Lap("ratings: quota, caps");
        var organizations = await OrganizationsAsync(ratingYear, cancellationToken);
        timer.Lap("ratings: organisations");
        return new MemberRatingStatisticsDto(
            asOf, ratingYear.Campaigns.Count, ratingYear.Campaigns.Count(c => c.Counted), shares.Listed, shares.Rated, shares.GoodOrBetter, shares.GoodOrBetterPercent,
            shares.Excellent, shares.ExcellentPercent, byLevel, notRated.Sum(x => x.Group.Count), notRatedByReason, quota, caps, organizations);
    }

    private async Task<OrganizationRatingStatisticsDto> OrganizationsAsync(RatingYearGroups ratingYear, CancellationToken cancellationToken)
    {
        var rows = await RatingOrganizationRows.RowsAsync(db, discipline, ratingYear, cancellationToken);
        return new OrganizationRatingStatisticsDto(
            rows.Count,
            rows.Count(r => r.DecidedLevel is not null),
            [.. Enum.GetValues<EvaluationLevel>().Select(l => new OrganizationLevelCountDto(l, EvaluationLabels.Of(l), rows.Count(r => r.DecidedLevel == l), rows.Count(r => r.ComputedLevel == l)))]);
    }

    private async Task<MeetingStatisticsDto> MeetingsAsync(
        IReadOnlyCollection<Guid>? subtree, DateOnly first, DateOnly last, List<CellMonthReviewCount> months, CancellationToken cancellationToken)
    {
        var meetings = db.CellMeetings.AsNoTracking().Where(m => m.HeldOn >= first && m.HeldOn <= last);
        if (subtree is not null)
        {
            meetings = meetings.Where(m => subtree.Contains(m.OrganizationId));
        }

        // Counted in the database: meetings by kind, and the attendances of members probationary or full on the meeting's
        // day by whether present, summed from the counts kept with each meeting (ADR 0092: one row per meeting, where
        // testing every attendance against the status periods took 2.1 s at 100k members with a meeting in every cell
        // every month). A meeting without them (recorded before they existed, until the backfill job has passed, or by raw
        // SQL) has its attendances tested one by one.
        var held = await meetings.GroupBy(m => m.Kind).Select(g => new
        {
            Kind = g.Key,
            Count = g.Count(),
            Expected = g.Sum(m => EF.Property<int?>(m, MeetingAttendanceCounts.Expected)) ?? 0,
            Present = g.Sum(m => EF.Property<int?>(m, MeetingAttendanceCounts.Present)) ?? 0,
            Uncounted = g.Count(m => EF.Property<int?>(m, MeetingAttendanceCounts.Expected) == null),
        }).ToListAsync(cancellationToken);
        var expected = held.Sum(m => m.Expected);
        var present = held.Sum(m => m.Present);
        if (held.Any(m => m.Uncounted > 0))
        {
            var uncounted = meetings.Where(m => EF.Property<int?>(m, MeetingAttendanceCounts.Expected) == null);
            var attendance = await (from a in db.MeetingAttendances
                                    join m in uncounted on a.MeetingId equals m.Id
                                    where db.Set<MemberStatusPeriod>().Any(p => p.MemberId == a.MemberId && p.StartsOn <= m.HeldOn && (p.EndsOn == null || p.EndsOn > m.HeldOn)
                                        && (p.Status == MemberStatus.Probationary || p.Status == MemberStatus.Full))
                                    group a by a.Status == AttendanceStatus.Present into g
                                    select new { Present = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            expected += attendance.Sum(a => a.Count);
            present += attendance.Where(a => a.Present).Sum(a => a.Count);
        }

        var cellMonths = months.Count;
        var regularHeld = months.Count(m => m.RegularMeetingOn is not null);
        return new MeetingStatisticsDto(
            months.Select(m => m.CellId).Distinct().Count(),
            cellMonths,
            regularHeld,
            cellMonths - regularHeld,
            held.Where(m => m.Kind == MeetingKind.Extraordinary).Sum(m => m.Count),
            held.Where(m => m.Kind == MeetingKind.Thematic).Sum(m => m.Count),
            expected,
            present,
            DisseminationCoverage.PercentDown(present, expected));
    }

    private async Task<DisseminationStatisticsDto> DisseminationAsync(
        IReadOnlyCollection<Guid>? subtree, DateOnly first, DateOnly last, DateOnly asOf, bool fromDatedCounts, CancellationToken cancellationToken)
    {
        var meetings = db.CellMeetings.AsNoTracking().Where(m => m.HeldOn >= first && m.HeldOn <= last);
        if (subtree is not null)
        {
            meetings = meetings.Where(m => subtree.Contains(m.OrganizationId));
        }

        var documentIds = await (from md in db.MeetingDocuments
                                 join m in meetings on md.MeetingId equals m.Id
                                 select md.DocumentId).Distinct().ToListAsync(cancellationToken);
        var documents = await db.PartyDocuments.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .OrderBy(d => d.IssuedOn).ThenBy(d => d.Number).ToListAsync(cancellationToken);
        if (documents.Count == 0)
        {
            // Nothing to count: no roster is read (issue 12, ratingstats).
            return new DisseminationStatisticsDto(asOf, 0, 0, []);
        }

        var cells = subtree ?? await db.Organizations.AsNoTracking().Where(o => o.Type == OrganizationType.PartyCell).Select(o => o.Id).ToListAsync(cancellationToken);

        // Counted in the database (issue 12, ratingstats): the members expected in the subtree's cells on the as-of day
        // (the roster's rule, <see cref="EvaluationAccess.ExpectedPlacementsOn"/>), and per document those of them who
        // received it (present at a meeting of the year or before that disseminated it, or caught up, on or before the
        // as-of day); no roster or receiver is read into memory. The expected from the dated counts' roster rows when
        // ready (ADR 0091: a member has one placement in force on a day, so the placements counted are the members);
        // the received driven from the receipts, each receiver tested as expected by his own placements (at 1M, testing
        // the receipts against the list of every member expected took 55 s, counting that list 13 s).
        var expected = db.ExpectedPlacementsOn(cells, asOf);
        var expectedCount = fromDatedCounts
            ? (await db.RosterCountsOnAsync(cells, asOf, cancellationToken)).Values.Sum()
            : await expected.Select(p => p.MemberId).Distinct().CountAsync(cancellationToken);
        // Per document, from the dated counts' received rows when ready (ADR 0093: a range of the key per cell; testing every
        // receipt as expected took 2.7-5 s per document received by the register at 100k members); else one query per
        // document (DocumentReceipts.Of: its identifier compared for equality, ADR 0091).
        var received = new Dictionary<Guid, int>();
        foreach (var document in documents)
        {
            received[document.Id] = fromDatedCounts
                ? (await db.ReceivedCountsOnAsync(cells, document.Id, asOf, cancellationToken)).Values.Sum()
                : await DocumentReceipts.Of(db, document.Id, asOf).Select(r => r.MemberId).Where(m => expected.Any(p => p.MemberId == m)).Distinct()
                    .CountAsync(cancellationToken);
        }

        var items = new List<DocumentCoverageRowDto>();
        foreach (var document in documents)
        {
            var got = received.GetValueOrDefault(document.Id);
            items.Add(new DocumentCoverageRowDto(
                document.Id, document.Number, document.Title, document.IssuedOn, expectedCount, got, DisseminationCoverage.PercentDown(got, expectedCount), got == expectedCount));
        }

        return new DisseminationStatisticsDto(asOf, items.Count, items.Count(i => i.Complete), items);
    }
}
