using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Diagnostics;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Inspection.Cases;
using PartyCommittee.Application.Inspection.Discipline.Figures;
using PartyCommittee.Application.Inspection.Dues.Arrears;
using PartyCommittee.Application.Inspection.Dues.Summary;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Application.Inspection.Statistics;

/// <summary>The inspection figures of a year for an organisation's subtree (the caller's scope when null; the current year when null).</summary>
public sealed record GetInspectionStatisticsQuery(Guid? OrganizationId = null, int? Year = null) : IQuery<InspectionStatistics>;

/// <summary>
/// The statistics of the inspection module for a year, one section per area: <see cref="Inspection"/> (programmes and
/// cases), <see cref="Discipline"/> (decided actions by form and subject type) and <see cref="Dues"/> (due, collected,
/// retained, remitted, exempted, arrears). The sections are the figure queries of their areas
/// (<see cref="DisciplineFigures"/>, <see cref="DuesFigures"/>), called over the same subtree: the same numbers as
/// <c>/disciplinary-actions/figures</c> and <c>/dues/summary</c>.
/// </summary>
/// <param name="OrganizationId">The subtree (null: every organisation of an unscoped caller).</param>
/// <param name="Year">The year: cases decided in it.</param>
/// <param name="AsOf">The day recommendations are counted on: the last day of the year, or today for the current year.</param>
/// <param name="Inspection">Cases, subjects, findings and recommendations.</param>
/// <param name="Discipline">Disciplinary actions decided in the year, by form and subject type (members, organisations).</param>
/// <param name="Dues">The year's dues sheets: due, collected, retained, remitted, exempted, arrears.</param>
public sealed record InspectionStatistics(
    Guid? OrganizationId, int Year, DateOnly AsOf, InspectionCaseStatistics Inspection, DisciplineFiguresDto Discipline, DuesSummaryDto Dues);

/// <summary>A count under a code with its label.</summary>
public sealed record CodeCount(string Code, BilingualLabel Label, int Count);

/// <summary>Recommendations of the year's cases on the as-of day.</summary>
public sealed record RecommendationCounts(int Total, int Done, int Open, int Overdue);

/// <summary>The cases of the year (decided in it, run in or with a subject in the subtree).</summary>
/// <param name="Programmes">Programmes of the year in the subtree.</param>
/// <param name="PlannedItems">Their planned items.</param>
/// <param name="Cases">Cases decided in the year.</param>
/// <param name="Concluded">Of them, concluded by the as-of day.</param>
/// <param name="ByKind">Cases by kind.</param>
/// <param name="ByTopic">Cases by topic.</param>
/// <param name="SubjectsByType">Subjects by type (cell, cell committee, member).</param>
/// <param name="Findings">Findings of the conclusions.</param>
/// <param name="ViolationsFound">Findings with a violation.</param>
/// <param name="FindingsBySeverity">Findings by severity.</param>
/// <param name="LateSteps">Steps recorded after their due date.</param>
/// <param name="Recommendations">Done, open and overdue.</param>
public sealed record InspectionCaseStatistics(
    int Programmes,
    int PlannedItems,
    int Cases,
    int Concluded,
    IReadOnlyList<CodeCount> ByKind,
    IReadOnlyList<CodeCount> ByTopic,
    IReadOnlyList<CodeCount> SubjectsByType,
    int Findings,
    int ViolationsFound,
    IReadOnlyList<CodeCount> FindingsBySeverity,
    int LateSteps,
    RecommendationCounts Recommendations);

public sealed class GetInspectionStatisticsValidator : AbstractValidator<GetInspectionStatisticsQuery>
{
    public GetInspectionStatisticsValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
    }
}

public sealed class GetInspectionStatisticsHandler(IAppDbContext db, IOrganizationScope scope, TimeProvider time, RuleBook<DuesRuleSet> duesRules, ILogger<SectionTimer> logger)
    : IQueryHandler<GetInspectionStatisticsQuery, InspectionStatistics>
{
    public async ValueTask<InspectionStatistics> Handle(GetInspectionStatisticsQuery query, CancellationToken cancellationToken)
    {
        var timer = new SectionTimer(logger, "statistics/inspection");
        var today = time.TodayInVietnam();
        var year = query.Year ?? today.Year;
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var asOf = today < to ? today : to;
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);

        var programmes = db.InspectionProgrammes.AsNoTracking().Where(p => p.Year == year);
        if (organizations is not null)
        {
            var ids = organizations.ToList();
            programmes = programmes.Where(p => ids.Contains(p.OrganizationId));
        }

        var programmeFigures = await programmes.Select(p => p.Items.Count).ToListAsync(cancellationToken);
        timer.Lap("programmes");
        var section = await CasesAsync(db, organizations, from, to, asOf, programmeFigures.Count, programmeFigures.Sum(), cancellationToken);
        timer.Lap("cases");
        var discipline = await DisciplineFigures.ComputeAsync(db, organizations, query.OrganizationId, year, cancellationToken);
        timer.Lap("discipline");
        var dues = await DuesFigures.ComputeAsync(db, organizations, query.OrganizationId, year, DuesYears.RemovalThreshold(duesRules, year), cancellationToken);
        timer.Lap("dues");
        return new InspectionStatistics(query.OrganizationId, year, asOf, section, discipline, dues);
    }

    /// <summary>
    /// The cases' section, counted in the database: one projection of a few scalars per case (kind, topic,
    /// concluded) and one grouped count each for the subjects, the findings, the late steps and the recommendations of
    /// the cases decided in the year; no case is loaded with its parts.
    /// </summary>
    internal static async Task<InspectionCaseStatistics> CasesAsync(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, DateOnly from, DateOnly to, DateOnly asOf, int programmes, int plannedItems, CancellationToken cancellationToken)
    {
        var cases = db.InspectionCases.AsNoTracking().Touching(organizations).Where(c => c.DecidedOn >= from && c.DecidedOn <= to);
        var caseIds = cases.Select(c => c.Id);
        var concludedIds = cases.Where(c => c.Steps.Any(s => s.Step == InspectionStep.Conclusion && s.On <= asOf)).Select(c => c.Id);

        var perCase = await cases
            .GroupBy(c => new { c.Kind, c.TopicCode, Concluded = c.Steps.Any(s => s.Step == InspectionStep.Conclusion && s.On <= asOf) })
            .Select(g => new { g.Key.Kind, g.Key.TopicCode, g.Key.Concluded, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var subjects = await db.Set<InspectionSubject>().AsNoTracking().Where(s => caseIds.Contains(s.CaseId))
            .GroupBy(s => s.Type).Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var findings = await db.Set<InspectionFinding>().AsNoTracking().Where(f => concludedIds.Contains(f.CaseId))
            .GroupBy(f => new { f.Violation, f.Severity }).Select(g => new { g.Key.Violation, g.Key.Severity, Count = g.Count() }).ToListAsync(cancellationToken);
        var lateSteps = await db.Set<InspectionStepRecord>().AsNoTracking().CountAsync(s => caseIds.Contains(s.CaseId) && s.WorkingDaysLate > 0 && s.On <= asOf, cancellationToken);
        var recommendations = await db.Set<InspectionRecommendation>().AsNoTracking().Where(r => concludedIds.Contains(r.CaseId))
            .GroupBy(r => new { Done = r.DoneOn != null && r.DoneOn <= asOf, Overdue = r.DueOn < asOf })
            .Select(g => new { g.Key.Done, g.Key.Overdue, Count = g.Count() }).ToListAsync(cancellationToken);

        var done = recommendations.Where(r => r.Done).Sum(r => r.Count);
        var overdue = recommendations.Where(r => !r.Done && r.Overdue).Sum(r => r.Count);
        var total = recommendations.Sum(r => r.Count);
        return new InspectionCaseStatistics(
            programmes,
            plannedItems,
            perCase.Sum(c => c.Count),
            perCase.Where(c => c.Concluded).Sum(c => c.Count),
            [.. Enum.GetValues<InspectionKind>().Select(k => new CodeCount(WireFormat.Code(k), InspectionLabels.Of(k), perCase.Where(c => c.Kind == k).Sum(c => c.Count)))],
            [.. perCase.GroupBy(c => c.TopicCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CodeCount(g.Key, TopicDto.Of(g.Key).Label, g.Sum(c => c.Count)))],
            [.. Enum.GetValues<InspectionSubjectType>().Select(t => new CodeCount(WireFormat.Code(t), InspectionLabels.Of(t), subjects.Where(s => s.Type == t).Sum(s => s.Count)))],
            findings.Sum(f => f.Count),
            findings.Where(f => f.Violation).Sum(f => f.Count),
            [.. Enum.GetValues<FindingSeverity>().Select(v => new CodeCount(WireFormat.Code(v), InspectionLabels.Of(v), findings.Where(f => f.Severity == v).Sum(f => f.Count)))],
            lateSteps,
            new RecommendationCounts(total, done, total - done - overdue, overdue));
    }

}
