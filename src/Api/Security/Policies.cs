using PartyCommittee.Application.Common.Security;

namespace PartyCommittee.Api.Security;

/// <summary>
/// Authorisation policies: one per decision, named after it, each naming the roles that take (or record) that
/// decision under the statute. Every /api endpoint names one (a test walks the endpoint data source); the fallback
/// policy (authenticated callers only) is a safety net, never the rule of an endpoint. Object-level scope (the
/// caller's organisation subtree) is enforced by the handlers: outside it an object answers exactly as a missing one.
/// </summary>
/// <remarks>
/// Who records what follows who decides it: the cell (its secretary) opens an admission case and records the
/// party-awareness course, the sponsors, its resolution and the ceremony it holds; the superior committee (its office)
/// records its decisions — admission, recognition as a full member, name removal, closing a case — and keeps the
/// organisation, the member records and their statuses, terms, elected bodies, mass organisations and transfers.
/// The administrator may do everything; the inspection commission and viewers read; members and province systems
/// read the reference lists only.
/// </remarks>
public static class Policies
{
    // Reads
    public const string OrganizationsRead = "organizations:read";
    public const string MembersRead = "members:read";
    public const string MembersExport = "members:export";
    public const string StatisticsRead = "statistics:read";
    public const string AdmissionsRead = "admissions:read";
    public const string TransfersRead = "transfers:read";
    public const string ReferenceRead = "reference:read";
    public const string AuditRead = "audit:read";
    public const string AgendaRead = "agenda:read";

    // Organisation tree (the superior committee establishes, changes and dissolves its organisations)
    public const string OrganizationsCreate = "organizations:create";
    public const string OrganizationsUpdate = "organizations:update";
    public const string OrganizationsDissolve = "organizations:dissolve";

    // Terms, elected bodies (results of congresses, recognised and recorded by the committee), mass organisations
    public const string TermsWrite = "terms:write";
    public const string ElectedBodiesConstitute = "elected-bodies:constitute";
    public const string ElectedBodiesSeats = "elected-bodies:seats";
    public const string MassOrganizationsWrite = "mass-organizations:write";
    public const string MassOrganizationsMemberCounts = "mass-organizations:member-counts";
    public const string MassOrganizationsDissolve = "mass-organizations:dissolve";

    // Member records (kept by the committee) and the committee's decisions on members
    public const string MembersRecords = "members:records";
    public const string MembersStatus = "members:status";
    public const string MembersFullMembership = "members:full-membership";
    public const string MembersImport = "members:import";

    // Admission: the cell's steps
    public const string AdmissionsCandidate = "admissions:candidate";
    public const string AdmissionsCourse = "admissions:course";
    public const string AdmissionsSponsors = "admissions:sponsors";
    public const string AdmissionsCellResolution = "admissions:cell-resolution";
    public const string AdmissionsCeremony = "admissions:ceremony";

    // Admission: the superior committee's decisions
    public const string AdmissionsCommitteeDecision = "admissions:committee-decision";
    public const string AdmissionsFullMembership = "admissions:full-membership";
    public const string AdmissionsNameRemoval = "admissions:name-removal";
    public const string AdmissionsClose = "admissions:close";

    // Transfers (decided and recorded by the committee; the sending side sends, the receiving side receives)
    public const string TransfersRequest = "transfers:request";
    public const string TransfersSend = "transfers:send";
    public const string TransfersReceive = "transfers:receive";
    public const string TransfersReject = "transfers:reject";

    // The working-day calendar (national public holidays)
    public const string CalendarWrite = "calendar:write";

    // Party cards and badges (decided by the committee), membership reports, reorganisations (ADR 0020)
    public const string MembersCards = "members:cards";
    public const string MembersBadges = "members:badges";
    public const string ReportsRead = "reports:read";
    public const string OrganizationsReorganize = "organizations:reorganize";

    /// <summary>Roles that read the organisation and membership data of their scope.</summary>
    private static readonly string[] Readers = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary, Roles.Viewer];

    /// <summary>The superior committee: its office, and the administrator.</summary>
    private static readonly string[] Committee = [Roles.Admin, Roles.CommitteeOffice];

    /// <summary>The party cell: its secretary, and the administrator.</summary>
    private static readonly string[] Cell = [Roles.Admin, Roles.CellSecretary];

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [OrganizationsRead] = Readers,
        [MembersRead] = Readers,
        [MembersExport] = Readers,
        [StatisticsRead] = Readers,
        [AdmissionsRead] = Readers,
        [TransfersRead] = Readers,
        [ReferenceRead] = [.. Roles.All],
        [AuditRead] = [Roles.Admin],
        [AgendaRead] = Readers,

        [OrganizationsCreate] = Committee,
        [OrganizationsUpdate] = Committee,
        [OrganizationsDissolve] = Committee,

        [TermsWrite] = Committee,
        [ElectedBodiesConstitute] = Committee,
        [ElectedBodiesSeats] = Committee,
        [MassOrganizationsWrite] = Committee,
        [MassOrganizationsMemberCounts] = Committee,
        [MassOrganizationsDissolve] = Committee,

        [MembersRecords] = Committee,
        [MembersStatus] = Committee,
        [MembersFullMembership] = Committee,
        [MembersImport] = Committee,

        [AdmissionsCandidate] = Cell,
        [AdmissionsCourse] = Cell,
        [AdmissionsSponsors] = Cell,
        [AdmissionsCellResolution] = Cell,
        [AdmissionsCeremony] = Cell,

        [AdmissionsCommitteeDecision] = Committee,
        [AdmissionsFullMembership] = Committee,
        [AdmissionsNameRemoval] = Committee,
        [AdmissionsClose] = Committee,

        [TransfersRequest] = Committee,
        [TransfersSend] = Committee,
        [TransfersReceive] = Committee,
        [TransfersReject] = Committee,

        [CalendarWrite] = [Roles.Admin],

        [MembersCards] = Committee,
        [MembersBadges] = Committee,
        [ReportsRead] = Readers,
        [OrganizationsReorganize] = Committee,
    };
}
