using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation.Reviews;

/// <summary>One answered criterion.</summary>
/// <param name="CriterionCode">The criterion's code.</param>
/// <param name="CriterionText">Its wording in the template.</param>
/// <param name="Met">Whether the member meets it.</param>
/// <param name="Note">Remark, if any.</param>
public sealed record ReviewCheckDto(string CriterionCode, string CriterionText, bool Met, string? Note);

/// <summary>A member's monthly review.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The cell.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="MemberId">The member.</param>
/// <param name="FullName">The member's name.</param>
/// <param name="MeetingId">The meeting at which the member was reviewed.</param>
/// <param name="ReviewedOn">The meeting's date.</param>
/// <param name="Year">Year reviewed.</param>
/// <param name="Month">Month reviewed (1–12).</param>
/// <param name="Level">EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED.</param>
/// <param name="LevelLabel">Display label.</param>
/// <param name="Comments">The cell's comments.</param>
/// <param name="TemplateId">The template in force on the meeting's date.</param>
/// <param name="TemplateName">Its name.</param>
/// <param name="Checks">The answered criteria, in the template's order.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
public sealed record MonthlyReviewDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    Guid MemberId,
    string FullName,
    Guid MeetingId,
    DateOnly ReviewedOn,
    int Year,
    int Month,
    EvaluationLevel Level,
    BilingualLabel LevelLabel,
    string? Comments,
    Guid TemplateId,
    string TemplateName,
    IReadOnlyList<ReviewCheckDto> Checks,
    long Version) : IVersioned;

internal static class MonthlyReviewViews
{
    public static async Task<MonthlyReviewDto> ToDtoAsync(this IAppDbContext db, MonthlyReview r, CancellationToken cancellationToken)
    {
        var cell = await db.Organizations.AsNoTracking().Where(o => o.Id == r.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var name = await db.Members.AsNoTracking().Where(m => m.Id == r.MemberId).Select(m => m.FullName).FirstAsync(cancellationToken);
        var template = await db.ReviewTemplates.AsNoTracking().Include(t => t.Criteria).FirstAsync(t => t.Id == r.TemplateId, cancellationToken);
        var criteria = template.Criteria.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        return new MonthlyReviewDto(
            r.Id, r.OrganizationId, cell, r.MemberId, name, r.MeetingId, r.ReviewedOn, r.Year, r.Month, r.Level, EvaluationLabels.Of(r.Level), r.Comments,
            template.Id, template.Name,
            [.. r.Checks
                .OrderBy(c => criteria.TryGetValue(c.CriterionCode, out var k) ? k.Position : int.MaxValue)
                .Select(c => new ReviewCheckDto(c.CriterionCode, criteria.TryGetValue(c.CriterionCode, out var k) ? k.Text : string.Empty, c.Met, c.Note))],
            r.Version);
    }

    /// <summary>True when the caller acts as a member reading his own records only (role Member and no reader role).</summary>
    public static bool ActsAsMember(this ICurrentUser user) =>
        user.IsInRole(Roles.Member) && !new[] { Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary, Roles.Viewer }.Any(user.IsInRole);

    /// <summary>
    /// Loads a review the caller may read: a member only his own (claim <c>member_id</c>), other roles one of a cell
    /// in their scope; 404 <c>monthly_review.not_found</c> otherwise, as for a missing one.
    /// </summary>
    public static async Task<MonthlyReview> LoadReviewForCallerAsync(
        this IAppDbContext db, IOrganizationScope scope, ICurrentUser user, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var reviews = tracking ? db.MonthlyReviews : db.MonthlyReviews.AsNoTracking();
        var review = await reviews.Include(r => r.Checks).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var visible = review is not null && (user.ActsAsMember()
            ? user.MemberId == review.MemberId
            : await scope.CoversAsync(review.OrganizationId, cancellationToken));
        return visible ? review! : throw new NotFoundException("monthly_review.not_found", "Monthly review", id);
    }
}
