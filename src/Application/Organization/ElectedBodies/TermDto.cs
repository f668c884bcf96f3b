using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization.ElectedBodies;

/// <summary>A term of office (nhiệm kỳ) as the API returns it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The organisation whose congress opened it.</param>
/// <param name="Name">e.g. "2020–2025".</param>
/// <param name="CongressNumber">Ordinal of the congress (Đại hội lần thứ IX → 9), if known.</param>
/// <param name="StartsOn">First day of the term.</param>
/// <param name="EndsOn">Last day of the term.</param>
/// <param name="Current">Whether today lies within the term.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record TermDto(
    Guid Id,
    Guid OrganizationId,
    string Name,
    int? CongressNumber,
    DateOnly StartsOn,
    DateOnly EndsOn,
    bool Current,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned
{
    public static TermDto From(Term t, DateOnly today) =>
        new(t.Id, t.OrganizationId, t.Name, t.CongressNumber, t.StartsOn, t.EndsOn, t.Covers(today), t.Version, t.CreatedAt, t.UpdatedAt);
}
