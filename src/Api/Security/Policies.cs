using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Api.Security;

/// <summary>
/// Authorisation policies by role. Everything not named here is denied by the fallback policy (authenticated
/// callers only), and object-level scope (the caller's organisation subtree) is enforced by the handlers.
/// </summary>
public static class Policies
{
    public const string OrganizationsRead = "organizations:read";
    public const string OrganizationsWrite = "organizations:write";
    public const string AuditRead = "audit:read";
    public const string ReferenceRead = "reference:read";
    public const string MembersRead = "members:read";
    public const string MembersWrite = "members:write";
    public const string StatisticsRead = "statistics:read";
    public const string AdmissionsRead = "admissions:read";
    public const string AdmissionsWrite = "admissions:write";
    public const string TransfersWrite = "transfers:write";
    public const string CalendarWrite = "calendar:write";

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [OrganizationsRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary, Roles.Viewer],
        [OrganizationsWrite] = [Roles.Admin, Roles.CommitteeOffice],
        [AuditRead] = [Roles.Admin],
        [ReferenceRead] = [.. Roles.All],
        [MembersRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary, Roles.Viewer],
        [MembersWrite] = [Roles.Admin, Roles.CommitteeOffice],
        [StatisticsRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary, Roles.Viewer],
        [AdmissionsRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary, Roles.Viewer],
        [AdmissionsWrite] = [Roles.Admin, Roles.CommitteeOffice, Roles.CellSecretary],
        [TransfersWrite] = [Roles.Admin, Roles.CommitteeOffice],
        [CalendarWrite] = [Roles.Admin],
    };
}
