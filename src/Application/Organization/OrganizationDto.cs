using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization;

/// <summary>A party organisation as the API returns it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Code">Unique, immutable code.</param>
/// <param name="Name">Full Vietnamese name.</param>
/// <param name="ShortName">Short name, if any.</param>
/// <param name="Type">Level in the tree.</param>
/// <param name="TypeLabel">Display label of <paramref name="Type"/> in Vietnamese and English.</param>
/// <param name="UnitKind">Administrative agency or public-service unit (cells, sub-committees).</param>
/// <param name="UnitKindLabel">Display label of <paramref name="UnitKind"/>.</param>
/// <param name="ParentId">Parent organisation; null for a root committee.</param>
/// <param name="Depth">0 for a root.</param>
/// <param name="EstablishedOn">Date of the establishment decision.</param>
/// <param name="DissolvedOn">Date of dissolution, if dissolved.</param>
/// <param name="Active">Whether the organisation exists today.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record OrganizationDto(
    Guid Id,
    string Code,
    string Name,
    string? ShortName,
    OrganizationType Type,
    BilingualLabel TypeLabel,
    UnitKind? UnitKind,
    BilingualLabel? UnitKindLabel,
    Guid? ParentId,
    int Depth,
    DateOnly EstablishedOn,
    DateOnly? DissolvedOn,
    bool Active,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned
{
    public static OrganizationDto From(PartyOrganization o, DateOnly today) => new(
        o.Id,
        o.Code,
        o.Name,
        o.ShortName,
        o.Type,
        OrganizationLabels.Of(o.Type),
        o.UnitKind,
        o.UnitKind is { } kind ? OrganizationLabels.Of(kind) : null,
        o.ParentId,
        o.Depth,
        o.EstablishedOn,
        o.DissolvedOn,
        o.IsActiveOn(today),
        o.Version,
        o.CreatedAt,
        o.UpdatedAt);
}

/// <summary>An organisation with the organisations under it.</summary>
/// <param name="Organization">The organisation.</param>
/// <param name="Children">Its direct children, ordered by code.</param>
public sealed record OrganizationTreeNode(OrganizationDto Organization, IReadOnlyList<OrganizationTreeNode> Children);
