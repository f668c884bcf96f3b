using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Organization;

/// <summary>The level of a party organisation in the tree (Điều lệ Đảng, chapter on grassroots organisations).</summary>
public enum OrganizationType
{
    /// <summary>Đảng bộ — a grassroots party committee with cells (and possibly sub-committees) under it.</summary>
    PartyCommittee = 1,

    /// <summary>Đảng bộ bộ phận — a sub-committee between the committee and some of its cells.</summary>
    PartySubCommittee = 2,

    /// <summary>Chi bộ — the basic party cell.</summary>
    PartyCell = 3,
}

/// <summary>What the unit behind a cell (or sub-committee) is.</summary>
public enum UnitKind
{
    /// <summary>Cơ quan hành chính — an administrative agency (a division or office of the department).</summary>
    AdministrativeAgency = 1,

    /// <summary>Đơn vị sự nghiệp — a public-service unit (centre, facility).</summary>
    PublicServiceUnit = 2,
}

public static class OrganizationLabels
{
    public static BilingualLabel Of(OrganizationType type) => type switch
    {
        OrganizationType.PartyCommittee => new("Đảng bộ", "Party committee"),
        OrganizationType.PartySubCommittee => new("Đảng bộ bộ phận", "Party sub-committee"),
        OrganizationType.PartyCell => new("Chi bộ", "Party cell"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static BilingualLabel Of(UnitKind kind) => kind switch
    {
        UnitKind.AdministrativeAgency => new("Cơ quan hành chính", "Administrative agency"),
        UnitKind.PublicServiceUnit => new("Đơn vị sự nghiệp", "Public-service unit"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
