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

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [OrganizationsRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary, Roles.Viewer],
        [OrganizationsWrite] = [Roles.Admin, Roles.CommitteeOffice],
        [AuditRead] = [Roles.Admin],
        [ReferenceRead] = [.. Roles.All],
    };
}
