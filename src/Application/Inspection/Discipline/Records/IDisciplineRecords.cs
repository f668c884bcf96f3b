using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Discipline.Records;

/// <summary>Whom the evaluation asks about: a member or an organisation.</summary>
public sealed record DisciplineSubject(DisciplineSubjectKind Kind, Guid Id)
{
    public static DisciplineSubject Member(Guid memberId) => new(DisciplineSubjectKind.Member, memberId);

    public static DisciplineSubject Organization(Guid organizationId) => new(DisciplineSubjectKind.Organization, organizationId);
}

/// <summary>One decided action of the year.</summary>
public sealed record DisciplineRecordItem(Guid ActionId, DisciplineForm Form, DateOnly DecidedOn, string? DecisionNumber, bool SelfDetected, bool Remedied, string RuleSetCode);

/// <summary>
/// What the evaluation needs of a subject's year: was it disciplined (an action decided in the year), and was every such
/// violation self-detected and remedied (Quy định 124-QĐ/TW 2023 does not cap the rating in that case).
/// </summary>
/// <param name="Subject">The member or organisation.</param>
/// <param name="Year">The year.</param>
/// <param name="Disciplined">At least one action was decided against it in the year.</param>
/// <param name="SelfDetectedAndRemedied">Disciplined, and every action of the year was self-detected and remedied.</param>
/// <param name="Actions">The actions decided in the year.</param>
public sealed record DisciplineYearRecord(DisciplineSubject Subject, int Year, bool Disciplined, bool SelfDetectedAndRemedied, IReadOnlyList<DisciplineRecordItem> Actions);

/// <summary>The one question the evaluation module asks the discipline records (no caller scope: the caller has checked it).</summary>
public interface IDisciplineRecords
{
    Task<DisciplineYearRecord> ForYearAsync(DisciplineSubject subject, int year, CancellationToken cancellationToken);

    /// <summary>
    /// The organisations disciplined in <paramref name="year"/> (those whose <see cref="ForYearAsync"/> says
    /// <see cref="DisciplineYearRecord.Disciplined"/>), in one query: for the views that check every cell of a campaign.
    /// </summary>
    Task<IReadOnlySet<Guid>> OrganizationsDisciplinedAsync(int year, CancellationToken cancellationToken);
}

public sealed class DisciplineRecords(IAppDbContext db) : IDisciplineRecords
{
    public async Task<DisciplineYearRecord> ForYearAsync(DisciplineSubject subject, int year, CancellationToken cancellationToken)
    {
        var actions = DecidedIn(year, subject.Kind);
        actions = subject.Kind == DisciplineSubjectKind.Member
            ? actions.Where(a => a.MemberId == subject.Id)
            : actions.Where(a => a.OrganizationId == subject.Id);
        var items = await actions
            .OrderBy(a => a.DecidedOn)
            .Select(a => new DisciplineRecordItem(a.Id, a.Form, a.DecidedOn!.Value, a.DecisionNumber, a.SelfDetected, a.Remedied, a.RuleSetCode))
            .ToListAsync(cancellationToken);
        return new DisciplineYearRecord(subject, year, items.Count > 0, items.Count > 0 && items.All(i => i.SelfDetected && i.Remedied), items);
    }

    public async Task<IReadOnlySet<Guid>> OrganizationsDisciplinedAsync(int year, CancellationToken cancellationToken) =>
        (await DecidedIn(year, DisciplineSubjectKind.Organization).Select(a => a.OrganizationId).Distinct().ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>The actions against subjects of <paramref name="kind"/> decided in <paramref name="year"/>.</summary>
    private IQueryable<DisciplinaryAction> DecidedIn(int year, DisciplineSubjectKind kind)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return db.DisciplinaryActions.AsNoTracking()
            .Where(a => a.Status == DisciplineStatus.Decided && a.DecidedOn >= from && a.DecidedOn <= to && a.SubjectKind == kind);
    }
}
