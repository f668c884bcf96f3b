using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Application.Organization.ElectedBodies;

/// <summary>An elected body in a list.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The organisation that elected it.</param>
/// <param name="OrganizationName">Name of that organisation.</param>
/// <param name="TermId">The term it was elected for.</param>
/// <param name="TermName">Name of the term, e.g. "2020–2025".</param>
/// <param name="TermStartsOn">First day of the term.</param>
/// <param name="TermEndsOn">Last day of the term.</param>
/// <param name="Kind">EXECUTIVE_COMMITTEE, STANDING_COMMITTEE, INSPECTION_COMMISSION or CELL_COMMITTEE.</param>
/// <param name="KindLabel">Display label of <paramref name="Kind"/>.</param>
/// <param name="CurrentMemberCount">Seats held today (0 outside the term).</param>
/// <param name="Version">Concurrency version.</param>
public sealed record ElectedBodySummaryDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    Guid TermId,
    string TermName,
    DateOnly TermStartsOn,
    DateOnly TermEndsOn,
    BodyKind Kind,
    BilingualLabel KindLabel,
    int CurrentMemberCount,
    long Version) : IVersioned;

/// <summary>An elected body with its memberships.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The organisation that elected it.</param>
/// <param name="OrganizationName">Name of that organisation.</param>
/// <param name="TermId">The term it was elected for.</param>
/// <param name="TermName">Name of the term, e.g. "2020–2025".</param>
/// <param name="TermStartsOn">First day of the term.</param>
/// <param name="TermEndsOn">Last day of the term.</param>
/// <param name="Kind">EXECUTIVE_COMMITTEE, STANDING_COMMITTEE, INSPECTION_COMMISSION or CELL_COMMITTEE.</param>
/// <param name="KindLabel">Display label of <paramref name="Kind"/>.</param>
/// <param name="AsOf">When set, <paramref name="Memberships"/> holds only the seats current that day (none outside the term).</param>
/// <param name="Memberships">Seats, by role (secretary first) then start date and name.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record ElectedBodyDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    Guid TermId,
    string TermName,
    DateOnly TermStartsOn,
    DateOnly TermEndsOn,
    BodyKind Kind,
    BilingualLabel KindLabel,
    DateOnly? AsOf,
    IReadOnlyList<BodyMembershipDto> Memberships,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned;

/// <summary>A member's seat in an elected body.</summary>
/// <param name="Id">Identifier of the membership.</param>
/// <param name="MemberId">The party member.</param>
/// <param name="MemberFullName">The member's full name.</param>
/// <param name="ProvincialCommitteeMember">Whether the member sits on the provincial party committee (Ủy viên BCH Tỉnh ủy).</param>
/// <param name="Role">SECRETARY, DEPUTY_SECRETARY, STANDING_MEMBER, INSPECTION_CHAIR, INSPECTION_VICE_CHAIR or MEMBER.</param>
/// <param name="RoleLabel">Display label of <paramref name="Role"/>.</param>
/// <param name="StartsOn">First day the seat is held.</param>
/// <param name="EndsOn">Last day the seat is held; null while it is held.</param>
/// <param name="DecisionNumber">Number of the election result or appointment decision.</param>
/// <param name="ElectionId">The election record the seat was taken from (POST /elections/{id}/seats); null when added by hand.</param>
public sealed record BodyMembershipDto(
    Guid Id,
    Guid MemberId,
    string MemberFullName,
    bool ProvincialCommitteeMember,
    BodyRole Role,
    BilingualLabel RoleLabel,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    string? DecisionNumber,
    Guid? ElectionId = null);

internal static class ElectedBodyViews
{
    /// <summary>Builds the full view of a body: its term, organisation and the members' names.</summary>
    public static async Task<ElectedBodyDto> ViewAsync(
        this IAppDbContext db, ElectedBody body, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var term = await db.Terms.AsNoTracking().FirstAsync(t => t.Id == body.TermId, cancellationToken);
        var organizationName = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == body.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);

        // A seat left open ends with the term: outside the term nobody sits on the body.
        var seats = asOf is { } date
            ? term.Covers(date) ? body.MembersOn(date).ToList() : []
            : [.. body.Memberships];
        var memberIds = seats.Select(m => m.MemberId).Distinct().ToList();
        var members = await db.Members.AsNoTracking()
            .Where(m => memberIds.Contains(m.Id))
            .Select(m => new { m.Id, m.FullName, m.NameSortKey, m.IsProvincialCommitteeMember })
            .ToDictionaryAsync(m => m.Id, cancellationToken);

        var memberships = seats
            .OrderBy(m => m.Role)
            .ThenBy(m => m.StartsOn)
            .ThenBy(m => members.TryGetValue(m.MemberId, out var member) ? member.NameSortKey : string.Empty, StringComparer.Ordinal)
            .Select(m =>
            {
                var member = members.GetValueOrDefault(m.MemberId);
                return new BodyMembershipDto(
                    m.Id,
                    m.MemberId,
                    member?.FullName ?? string.Empty,
                    member?.IsProvincialCommitteeMember ?? false,
                    m.Role,
                    BodyLabels.Of(m.Role),
                    m.StartsOn,
                    m.EndsOn,
                    m.DecisionNumber,
                    m.ElectionId);
            })
            .ToList();

        return new ElectedBodyDto(
            body.Id,
            body.OrganizationId,
            organizationName,
            body.TermId,
            term.Name,
            term.StartsOn,
            term.EndsOn,
            body.Kind,
            BodyLabels.Of(body.Kind),
            asOf,
            memberships,
            body.Version,
            body.CreatedAt,
            body.UpdatedAt);
    }
}
