using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Evaluation.Documents.GetCoverage;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
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

/// <summary>
/// The evaluation figures of a year for an organisation's subtree. <see cref="Ratings"/> (members and organisations
/// by level, quota use, caps) comes from the annual rating campaigns, which are not built yet: it is null until then.
/// </summary>
/// <param name="OrganizationId">The subtree's root (null: every organisation, for an unscoped caller).</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Year">Year.</param>
/// <param name="Meetings">Cell meetings and attendance.</param>
/// <param name="Dissemination">Document coverage.</param>
/// <param name="MonthlyReviews">Monthly reviews done and missing.</param>
/// <param name="Models">Emulation models registered and recognised.</param>
/// <param name="Ratings">Annual ratings: null until the rating campaigns exist.</param>
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
    object? Ratings,
    MassOrganizationRatingStatisticsDto MassOrganizations,
    CivilServantRatingStatisticsDto CivilServants);

/// <summary>The evaluation statistics of <see cref="Year"/> for the subtree of <see cref="OrganizationId"/> (the caller's scope when null).</summary>
public sealed record GetRatingStatisticsQuery([property: Required] int? Year, Guid? OrganizationId = null) : IQuery<RatingStatisticsDto>;

public sealed class GetRatingStatisticsValidator : AbstractValidator<GetRatingStatisticsQuery>
{
    public GetRatingStatisticsValidator() => RuleFor(q => q.Year).NotNull().InclusiveBetween(1930, 2100);
}

public sealed class GetRatingStatisticsHandler(
    IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time, RuleBook<Domain.Evaluation.CivilServants.CivilServantRatingRuleSet> civilServantRules)
    : IQueryHandler<GetRatingStatisticsQuery, RatingStatisticsDto>
{
    public async ValueTask<RatingStatisticsDto> Handle(GetRatingStatisticsQuery query, CancellationToken cancellationToken)
    {
        var year = query.Year!.Value;
        var rootId = query.OrganizationId ?? (user.IsInRole(Roles.Admin) ? null : user.OrganizationId);
        var subtree = await scope.SubtreeAsync(rootId, cancellationToken);
        var rootName = rootId is { } id ? await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var today = time.TodayInVietnam();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var asOf = last < today ? last : today;

        var months = new List<CellMonthReviews>();
        for (var month = 1; month <= 12; month++)
        {
            months.AddRange(await db.ForMonthAsync(subtree, year, month, today, cancellationToken));
        }

        var meetings = await MeetingsAsync(subtree, first, last, months, cancellationToken);
        var dissemination = await DisseminationAsync(subtree, first, last, asOf, cancellationToken);

        var reviews = db.MonthlyReviews.AsNoTracking().Where(r => r.Year == year);
        if (subtree is not null)
        {
            reviews = reviews.Where(r => subtree.Contains(r.OrganizationId));
        }

        var levels = await reviews.GroupBy(r => r.Level).Select(g => new { Level = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var expected = months.Sum(m => m.Expected.Count);
        var missing = months.Sum(m => m.Missing.Count);
        var reviewStatistics = new ReviewStatisticsDto(
            expected,
            expected - missing,
            missing,
            DisseminationCoverage.PercentDown(expected - missing, expected),
            [.. Enum.GetValues<EvaluationLevel>().Select(l => new ReviewLevelCountDto(l, EvaluationLabels.Of(l), levels.FirstOrDefault(x => x.Level == l)?.Count ?? 0))]);

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

        return new RatingStatisticsDto(
            rootId, rootName, year, meetings, dissemination, reviewStatistics, modelStatistics, null,
            await db.MassOrganizationsAsync(subtree, year, cancellationToken), await db.CivilServantsAsync(subtree, year, civilServantRules, cancellationToken));
    }

    private async Task<MeetingStatisticsDto> MeetingsAsync(
        IReadOnlyCollection<Guid>? subtree, DateOnly first, DateOnly last, List<CellMonthReviews> months, CancellationToken cancellationToken)
    {
        var meetings = db.CellMeetings.AsNoTracking().Where(m => m.HeldOn >= first && m.HeldOn <= last);
        if (subtree is not null)
        {
            meetings = meetings.Where(m => subtree.Contains(m.OrganizationId));
        }

        var held = await meetings.Select(m => new { m.Id, m.Kind, m.HeldOn }).ToListAsync(cancellationToken);
        var meetingIds = held.Select(m => m.Id).ToList();
        var heldOn = held.ToDictionary(m => m.Id, m => m.HeldOn);
        var attendance = await db.MeetingAttendances.AsNoTracking().Where(a => meetingIds.Contains(a.MeetingId))
            .Select(a => new { a.MeetingId, a.MemberId, a.Status }).ToListAsync(cancellationToken);
        var memberIds = attendance.Select(a => a.MemberId).Distinct().ToList();
        var periods = (await db.MemberStatusPeriods.AsNoTracking().Where(p => memberIds.Contains(p.MemberId))
                .Select(p => new { p.MemberId, p.Status, p.StartsOn, p.EndsOn }).ToListAsync(cancellationToken))
            .ToLookup(p => p.MemberId);
        var expected = attendance.Where(a => periods[a.MemberId].Any(p =>
            p.StartsOn <= heldOn[a.MeetingId] && (p.EndsOn == null || p.EndsOn > heldOn[a.MeetingId])
            && p.Status is MemberStatus.Probationary or MemberStatus.Full)).ToList();
        var present = expected.Count(a => a.Status == AttendanceStatus.Present);

        var cellMonths = months.Count;
        var regularHeld = months.Count(m => m.RegularMeetingOn is not null);
        return new MeetingStatisticsDto(
            months.Select(m => m.CellId).Distinct().Count(),
            cellMonths,
            regularHeld,
            cellMonths - regularHeld,
            held.Count(m => m.Kind == MeetingKind.Extraordinary),
            held.Count(m => m.Kind == MeetingKind.Thematic),
            expected.Count,
            present,
            DisseminationCoverage.PercentDown(present, expected.Count));
    }

    private async Task<DisseminationStatisticsDto> DisseminationAsync(
        IReadOnlyCollection<Guid>? subtree, DateOnly first, DateOnly last, DateOnly asOf, CancellationToken cancellationToken)
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
        var cells = subtree ?? await db.Organizations.AsNoTracking().Where(o => o.Type == OrganizationType.PartyCell).Select(o => o.Id).ToListAsync(cancellationToken);
        var roster = (await db.RosterOnAsync(cells, asOf, cancellationToken)).Where(r => r.IsExpected).Select(r => r.MemberId).ToList();

        var items = new List<DocumentCoverageRowDto>();
        foreach (var document in documents)
        {
            var received = await GetDocumentCoverageHandler.ReceivedAsync(db, document.Id, asOf, cancellationToken);
            var coverage = DisseminationCoverage.Of(roster, received);
            items.Add(new DocumentCoverageRowDto(document.Id, document.Number, document.Title, document.IssuedOn, coverage.Expected, coverage.Received, coverage.Percent, coverage.Complete));
        }

        return new DisseminationStatisticsDto(asOf, items.Count, items.Count(i => i.Complete), items);
    }
}
