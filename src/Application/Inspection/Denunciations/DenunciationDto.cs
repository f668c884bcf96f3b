using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Privacy;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Denunciations;
using PartyCommittee.Domain.Inspection.Discipline;

namespace PartyCommittee.Application.Inspection.Denunciations;

/// <summary>A denunciation as the API returns it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The organisation that handles it.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="SubjectKind">MEMBER or ORGANIZATION.</param>
/// <param name="MemberId">The member denounced.</param>
/// <param name="MemberName">His full name.</param>
/// <param name="SubjectOrganizationId">The member's cell, or the organisation denounced.</param>
/// <param name="SubjectOrganizationName">Its name.</param>
/// <param name="ReceivedOn">Day the competent organisation received it; the time limit runs from it.</param>
/// <param name="DenouncerName">The denouncer's name (personal data; null when anonymous).</param>
/// <param name="DenouncerAddress">The denouncer's address (personal data).</param>
/// <param name="Content">What is denounced.</param>
/// <param name="Status">RECEIVED, ACCEPTED, ASSIGNED, VERIFIED, CONCLUDED or NOT_ACCEPTED.</param>
/// <param name="StatusLabel">Display label of <paramref name="Status"/>.</param>
/// <param name="AcceptedOn">Day accepted.</param>
/// <param name="Settler">CELL or INSPECTION_COMMISSION.</param>
/// <param name="NotAcceptedOn">Day recorded as not accepted.</param>
/// <param name="NotAcceptedReason">Why not accepted.</param>
/// <param name="NotAcceptedReasonLabel">Display label of the reason.</param>
/// <param name="Note">Notes (reason of an extension, of a refusal, of the conclusion).</param>
/// <param name="AssigneeId">The member in charge.</param>
/// <param name="AssigneeName">His name.</param>
/// <param name="AssignedOn">Day assigned.</param>
/// <param name="VerifiedOn">Day the verification ended.</param>
/// <param name="DueOn">Last day to conclude (with any extension).</param>
/// <param name="ExtensionWorkingDays">Working days of the extension (0: none).</param>
/// <param name="ExtendedOn">Day of the extension.</param>
/// <param name="ConcludedOn">Day of the conclusion.</param>
/// <param name="Result">WELL_FOUNDED, PARTLY_FOUNDED or UNFOUNDED.</param>
/// <param name="ResultLabel">Display label of <paramref name="Result"/>.</param>
/// <param name="ConclusionNumber">Number of the conclusion.</param>
/// <param name="Late">Concluded after <paramref name="DueOn"/>.</param>
/// <param name="WorkingDaysLate">Working days late.</param>
/// <param name="Overdue">Open and past <paramref name="DueOn"/> today.</param>
/// <param name="RuleSet">The rule set in force on the day of receipt.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record DenunciationDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    DisciplineSubjectKind SubjectKind,
    Guid? MemberId,
    string? MemberName,
    Guid SubjectOrganizationId,
    string SubjectOrganizationName,
    DateOnly ReceivedOn,
    [property: PersonalData] string? DenouncerName,
    [property: PersonalData] string? DenouncerAddress,
    string Content,
    DenunciationStatus Status,
    BilingualLabel StatusLabel,
    DateOnly? AcceptedOn,
    DenunciationSettler? Settler,
    DateOnly? NotAcceptedOn,
    DenunciationRefusal? NotAcceptedReason,
    BilingualLabel? NotAcceptedReasonLabel,
    string? Note,
    Guid? AssigneeId,
    string? AssigneeName,
    DateOnly? AssignedOn,
    DateOnly? VerifiedOn,
    DateOnly DueOn,
    int ExtensionWorkingDays,
    DateOnly? ExtendedOn,
    DateOnly? ConcludedOn,
    DenunciationResult? Result,
    BilingualLabel? ResultLabel,
    string? ConclusionNumber,
    bool Late,
    int WorkingDaysLate,
    bool Overdue,
    RuleSource RuleSet,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned;

/// <summary>Loading in scope and presentation of denunciations and complaints.</summary>
public static class DenunciationAccess
{
    /// <summary>A denunciation whose handling organisation is in the caller's scope; 404 otherwise.</summary>
    public static async Task<Denunciation> LoadDenunciationAsync(this IAppDbContext db, IOrganizationScope scope, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.Denunciations : db.Denunciations.AsNoTracking();
        var denunciation = await query.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (denunciation is null || !await scope.CoversAsync(denunciation.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("denunciation.not_found", "Denunciation", id);
        }

        return denunciation;
    }

    public static async Task<IReadOnlyList<DenunciationDto>> ToDtosAsync(
        this IAppDbContext db, IReadOnlyList<Denunciation> items, RuleBook<InspectionRuleSet> rules, DateOnly today, CancellationToken cancellationToken)
    {
        var organizationIds = items.SelectMany(d => new[] { d.OrganizationId, d.SubjectOrganizationId }).Distinct().ToList();
        var memberIds = items.SelectMany(d => new[] { d.MemberId, d.AssigneeId }).OfType<Guid>().Distinct().ToList();
        var organizations = await db.OrganizationNamesAsync(organizationIds, cancellationToken);
        var members = await db.MemberNamesAsync(memberIds, cancellationToken);
        string? Name(Guid? id) => id is { } m ? members.GetValueOrDefault(m) : null;
        return [.. items.Select(d => new DenunciationDto(
            d.Id,
            d.OrganizationId,
            organizations.GetValueOrDefault(d.OrganizationId) ?? string.Empty,
            d.SubjectKind,
            d.MemberId,
            Name(d.MemberId),
            d.SubjectOrganizationId,
            organizations.GetValueOrDefault(d.SubjectOrganizationId) ?? string.Empty,
            d.ReceivedOn,
            d.DenouncerName,
            d.DenouncerAddress,
            d.Content,
            d.Status,
            DenunciationLabels.Of(d.Status),
            d.AcceptedOn,
            d.Settler,
            d.NotAcceptedOn,
            d.NotAcceptedReason,
            d.NotAcceptedReason is { } reason ? DenunciationLabels.Of(reason) : null,
            d.Note,
            d.AssigneeId,
            Name(d.AssigneeId),
            d.AssignedOn,
            d.VerifiedOn,
            d.DueOn,
            d.ExtensionWorkingDays,
            d.ExtendedOn,
            d.ConcludedOn,
            d.Result,
            d.Result is { } result ? DenunciationLabels.Of(result) : null,
            d.ConclusionNumber,
            d.Late,
            d.WorkingDaysLate,
            d.IsOpen && today > d.DueOn,
            (rules.Find(d.RuleSetCode) ?? rules.InForceOn(d.ReceivedOn)).Source,
            d.Version,
            d.CreatedAt,
            d.UpdatedAt))];
    }

    public static async Task<DenunciationDto> ToDtoAsync(
        this IAppDbContext db, Denunciation denunciation, RuleBook<InspectionRuleSet> rules, DateOnly today, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync([denunciation], rules, today, cancellationToken))[0];

    /// <summary>The committee's inspection commission records denunciations and complaints (the administrator anything).</summary>
    public static bool IsCommission(this ICurrentUser user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.InspectionCommission);
}
