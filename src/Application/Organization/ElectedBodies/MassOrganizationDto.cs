using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Application.Organization.ElectedBodies;

/// <summary>A mass organisation in a list, with its latest member count.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Full Vietnamese name, e.g. "Công đoàn cơ sở Văn phòng Sở".</param>
/// <param name="Kind">TRADE_UNION, YOUTH_UNION_CELL, VETERANS_ASSOCIATION or WOMEN_UNION.</param>
/// <param name="KindLabel">Display label of <paramref name="Kind"/>.</param>
/// <param name="LeadingOrganizationId">The party organisation that leads it.</param>
/// <param name="LeadingOrganizationName">Name of that organisation.</param>
/// <param name="EstablishedOn">Date of establishment, if known.</param>
/// <param name="DissolvedOn">Date of dissolution, if dissolved.</param>
/// <param name="Active">Whether it exists today.</param>
/// <param name="LatestMemberCount">The most recent count of its members (đoàn viên, hội viên; not party members), if any.</param>
/// <param name="LatestMemberCountAsOf">The date of that count.</param>
/// <param name="Version">Concurrency version.</param>
public sealed record MassOrganizationSummaryDto(
    Guid Id,
    string Name,
    MassOrganizationKind Kind,
    BilingualLabel KindLabel,
    Guid LeadingOrganizationId,
    string LeadingOrganizationName,
    DateOnly? EstablishedOn,
    DateOnly? DissolvedOn,
    bool Active,
    int? LatestMemberCount,
    DateOnly? LatestMemberCountAsOf,
    long Version) : IVersioned;

/// <summary>A mass organisation with the history of its member counts.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Full Vietnamese name.</param>
/// <param name="Kind">TRADE_UNION, YOUTH_UNION_CELL, VETERANS_ASSOCIATION or WOMEN_UNION.</param>
/// <param name="KindLabel">Display label of <paramref name="Kind"/>.</param>
/// <param name="LeadingOrganizationId">The party organisation that leads it.</param>
/// <param name="LeadingOrganizationName">Name of that organisation.</param>
/// <param name="EstablishedOn">Date of establishment, if known.</param>
/// <param name="DissolvedOn">Date of dissolution, if dissolved.</param>
/// <param name="Active">Whether it exists today.</param>
/// <param name="LatestMemberCount">The most recent count, if any.</param>
/// <param name="LatestMemberCountAsOf">The date of that count.</param>
/// <param name="MemberCounts">Every recorded count, oldest first.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record MassOrganizationDto(
    Guid Id,
    string Name,
    MassOrganizationKind Kind,
    BilingualLabel KindLabel,
    Guid LeadingOrganizationId,
    string LeadingOrganizationName,
    DateOnly? EstablishedOn,
    DateOnly? DissolvedOn,
    bool Active,
    int? LatestMemberCount,
    DateOnly? LatestMemberCountAsOf,
    IReadOnlyList<MemberCountDto> MemberCounts,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned
{
    public static MassOrganizationDto From(MassOrganization m, string leadingOrganizationName, DateOnly today)
    {
        var latest = m.LatestCount;
        return new(
            m.Id,
            m.Name,
            m.Kind,
            BodyLabels.Of(m.Kind),
            m.LeadingOrganizationId,
            leadingOrganizationName,
            m.EstablishedOn,
            m.DissolvedOn,
            m.IsActiveOn(today),
            latest?.Count,
            latest?.AsOf,
            [.. m.MemberCounts.OrderBy(c => c.AsOf).Select(c => new MemberCountDto(c.AsOf, c.Count))],
            m.Version,
            m.CreatedAt,
            m.UpdatedAt);
    }
}

/// <summary>The number of members of a mass organisation on a date.</summary>
/// <param name="AsOf">The date of the count.</param>
/// <param name="Count">Members (đoàn viên, hội viên) on that date.</param>
public sealed record MemberCountDto(DateOnly AsOf, int Count);
