using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Reviews;

/// <summary>A criterion of a template.</summary>
/// <param name="Code">Code within the template.</param>
/// <param name="Group">Group, if any.</param>
/// <param name="Text">Vietnamese wording.</param>
/// <param name="TextEn">English wording, if kept.</param>
public sealed record CriterionDto(string Code, string? Group, string Text, string? TextEn);

/// <summary>A monthly review template of a committee.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The committee that owns it.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="Name">Name of the template.</param>
/// <param name="EffectiveFrom">First day it applies.</param>
/// <param name="EffectiveUntil">Last day it applies (the day before the owner's next template), if superseded.</param>
/// <param name="InUse">True once a review used it: it can no longer change.</param>
/// <param name="Criteria">The checklist, in order.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record ReviewTemplateDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    string Name,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveUntil,
    bool InUse,
    IReadOnlyList<CriterionDto> Criteria,
    long Version) : IVersioned;

internal static class ReviewTemplateViews
{
    public static async Task<ReviewTemplateDto> ToDtoAsync(this IAppDbContext db, ReviewTemplate t, CancellationToken cancellationToken)
    {
        var owner = await db.Organizations.AsNoTracking().Where(o => o.Id == t.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var next = await db.ReviewTemplates.AsNoTracking()
            .Where(o => o.OrganizationId == t.OrganizationId && o.EffectiveFrom > t.EffectiveFrom)
            .OrderBy(o => o.EffectiveFrom).Select(o => (DateOnly?)o.EffectiveFrom).FirstOrDefaultAsync(cancellationToken);
        var inUse = await db.MonthlyReviews.AnyAsync(r => r.TemplateId == t.Id, cancellationToken);
        return new ReviewTemplateDto(
            t.Id, t.OrganizationId, owner, t.Name, t.EffectiveFrom, next?.AddDays(-1), inUse,
            [.. t.Criteria.OrderBy(c => c.Position).Select(c => new CriterionDto(c.Code, c.Group, c.Text, c.TextEn))], t.Version);
    }
}
