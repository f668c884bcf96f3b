using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Organization.Bodies;

/// <summary>
/// Which bodies an organisation elects and which roles each body has (Điều lệ Đảng, chapters on grassroots
/// organisations and on inspection commissions; Quy định 24-QĐ/TW 2021, 294-QĐ/TW 2025).
/// </summary>
public static class BodyRules
{
    private static readonly Dictionary<OrganizationType, BodyKind[]> KindsByOrganization = new()
    {
        // A grassroots committee: its executive committee, the standing committee elected from it, the inspection commission.
        [OrganizationType.PartyCommittee] = [BodyKind.ExecutiveCommittee, BodyKind.StandingCommittee, BodyKind.InspectionCommission],

        // A sub-committee (đảng bộ bộ phận) elects an executive committee with a secretary and deputies only.
        [OrganizationType.PartySubCommittee] = [BodyKind.ExecutiveCommittee],

        // A cell elects a cell committee (chi ủy) with a secretary and a deputy.
        [OrganizationType.PartyCell] = [BodyKind.CellCommittee],
    };

    private static readonly Dictionary<BodyKind, BodyRole[]> RolesByKind = new()
    {
        [BodyKind.ExecutiveCommittee] = [BodyRole.Secretary, BodyRole.DeputySecretary, BodyRole.Member],
        [BodyKind.StandingCommittee] = [BodyRole.Secretary, BodyRole.DeputySecretary, BodyRole.StandingMember],
        [BodyKind.InspectionCommission] = [BodyRole.InspectionChair, BodyRole.InspectionViceChair, BodyRole.Member],
        [BodyKind.CellCommittee] = [BodyRole.Secretary, BodyRole.DeputySecretary, BodyRole.Member],
    };

    /// <summary>The kinds of body an organisation of <paramref name="type"/> elects.</summary>
    public static IReadOnlyList<BodyKind> KindsFor(OrganizationType type) => KindsByOrganization.TryGetValue(type, out var kinds) ? kinds : [];

    /// <summary>The roles a member can hold in a body of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<BodyRole> RolesFor(BodyKind kind) => RolesByKind.TryGetValue(kind, out var roles) ? roles : [];

    /// <summary>Roles only one member of a body may hold at a time.</summary>
    public static bool IsSingleHolder(BodyRole role) => role is BodyRole.Secretary or BodyRole.InspectionChair;

    /// <summary>The wire code of an enum value (<c>EXECUTIVE_COMMITTEE</c>), used in rule messages.</summary>
    public static string Code<T>(T value)
        where T : struct, Enum => WireFormat.Code(value);

    public static string Codes<T>(IEnumerable<T> values)
        where T : struct, Enum => string.Join(", ", values.Select(Code));

    public static string Format(DateOnly date) => WireFormat.Date(date);
}
