using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Discipline.Figures;

/// <summary>Decided actions of one form in the year.</summary>
/// <param name="Form">The form.</param>
/// <param name="FormLabel">Its label.</param>
/// <param name="Members">Actions against members.</param>
/// <param name="Organizations">Actions against organisations.</param>
public sealed record DisciplineFormCountDto(DisciplineForm Form, BilingualLabel FormLabel, int Members, int Organizations);

/// <summary>Discipline in a year and an organisation subtree (decided actions, by the decision date).</summary>
/// <param name="OrganizationId">The subtree's root (null: the caller's whole scope).</param>
/// <param name="Year">The year.</param>
/// <param name="Decided">Actions decided in the year.</param>
/// <param name="MembersDisciplined">Distinct members disciplined.</param>
/// <param name="OrganizationsDisciplined">Distinct organisations disciplined.</param>
/// <param name="SelfDetectedAndRemedied">Decided actions whose violation the subject detected himself and remedied.</param>
/// <param name="Proposed">Actions proposed in the year and not yet decided.</param>
/// <param name="ByForm">Every form, with its counts (zeros included).</param>
public sealed record DisciplineFiguresDto(
    Guid? OrganizationId,
    int Year,
    int Decided,
    int MembersDisciplined,
    int OrganizationsDisciplined,
    int SelfDetectedAndRemedied,
    int Proposed,
    IReadOnlyList<DisciplineFormCountDto> ByForm);

/// <summary>Discipline figures for a year and subtree (also the discipline part of the inspection statistics).</summary>
public sealed record GetDisciplineFiguresQuery(Guid? OrganizationId, int Year) : IQuery<DisciplineFiguresDto>;

public sealed class GetDisciplineFiguresValidator : AbstractValidator<GetDisciplineFiguresQuery>
{
    public GetDisciplineFiguresValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(1930, 2100);
    }
}

public sealed class GetDisciplineFiguresHandler(IAppDbContext db, IOrganizationScope scope) : IQueryHandler<GetDisciplineFiguresQuery, DisciplineFiguresDto>
{
    public async ValueTask<DisciplineFiguresDto> Handle(GetDisciplineFiguresQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        return await DisciplineFigures.ComputeAsync(db, organizations, query.OrganizationId, query.Year, cancellationToken);
    }
}

/// <summary>The computation, reusable by any statistics endpoint that has already resolved the caller's subtree.</summary>
public static class DisciplineFigures
{
    /// <param name="db">The data seam.</param>
    /// <param name="organizations">The organisations covered (null: all), as <see cref="IOrganizationScope.SubtreeAsync"/> gives them.</param>
    /// <param name="organizationId">The subtree's root, echoed in the result.</param>
    /// <param name="year">The year.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public static async Task<DisciplineFiguresDto> ComputeAsync(
        IAppDbContext db, IReadOnlyCollection<Guid>? organizations, Guid? organizationId, int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var actions = db.DisciplinaryActions.AsNoTracking();
        if (organizations is not null)
        {
            actions = actions.Where(a => organizations.Contains(a.OrganizationId));
        }

        var rows = await actions
            .Where(a => (a.Status == DisciplineStatus.Decided && a.DecidedOn >= from && a.DecidedOn <= to)
                || (a.Status == DisciplineStatus.Proposed && a.ProposedOn >= from && a.ProposedOn <= to))
            .Select(a => new { a.Status, a.SubjectKind, a.MemberId, a.OrganizationId, a.Form, a.SelfDetected, a.Remedied })
            .ToListAsync(cancellationToken);
        var decided = rows.Where(r => r.Status == DisciplineStatus.Decided).ToList();
        return new DisciplineFiguresDto(
            organizationId,
            year,
            decided.Count,
            decided.Where(r => r.SubjectKind == DisciplineSubjectKind.Member).Select(r => r.MemberId).Distinct().Count(),
            decided.Where(r => r.SubjectKind == DisciplineSubjectKind.Organization).Select(r => r.OrganizationId).Distinct().Count(),
            decided.Count(r => r.SelfDetected && r.Remedied),
            rows.Count - decided.Count,
            [.. Enum.GetValues<DisciplineForm>().Select(f => new DisciplineFormCountDto(
                f,
                DisciplineLabels.Of(f),
                decided.Count(r => r.Form == f && r.SubjectKind == DisciplineSubjectKind.Member),
                decided.Count(r => r.Form == f && r.SubjectKind == DisciplineSubjectKind.Organization)))]);
    }
}
