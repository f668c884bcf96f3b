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

    /// <summary>A member's timeline: the readers of the scope, and a member his own (claim member_id).</summary>
    public const string MembersTimeline = "members:timeline";
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

    /// <summary>Election records (the committee office records the congresses and conferences it convenes or recognises).</summary>
    public const string ElectionsRecord = "elections:record";

    // Member records (kept by the committee) and the committee's decisions on members
    public const string MembersRecords = "members:records";
    public const string MembersStatus = "members:status";
    public const string MembersFullMembership = "members:full-membership";
    public const string MembersImport = "members:import";
    public const string MembersExemption = "members:exemption";
    public const string MembersReadmission = "members:readmission";
    public const string MembersCorrections = "members:corrections";

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
    public const string TransfersExtend = "transfers:extend";
    public const string TransfersReturn = "transfers:return";
    public const string TransfersConvert = "transfers:convert";

    // The working-day calendar (national public holidays)
    public const string CalendarWrite = "calendar:write";

    // Indicators: province systems report figures; the committee approves periods and keeps resolutions and targets
    public const string DataValuesRead = "data-values:read";
    public const string DataValuesWrite = "data-values:write";
    public const string ImportJobsRead = "import-jobs:read";
    public const string PeriodLocksApprove = "period-locks:approve";
    public const string PeriodLocksReopen = "period-locks:reopen";
    public const string ReportersManage = "reporters:manage";
    public const string ResolutionsRead = "resolutions:read";
    public const string ResolutionsWrite = "resolutions:write";
    // Discipline (the inspection commission proposes; the body of the rule set decides: a cell's decision is recorded by
    // its secretary, the committee's and a superior committee's by the committee office; a member reads his own)
    public const string DisciplineRead = "disciplinary-actions:read";
    public const string DisciplinePropose = "disciplinary-actions:propose";
    public const string DisciplineDecide = "disciplinary-actions:decide";
    public const string DisciplineOwn = "disciplinary-actions:own";
    public const string DisciplineFigures = "disciplinary-actions:figures";

    // Party dues (the cell's secretary keeps the cell's sheets; a member reads his own; viewers read the summary)
    public const string DuesRead = "dues:read";
    public const string DuesWrite = "dues:write";
    public const string DuesOwn = "dues:own";
    public const string DuesSummary = "dues:summary";
    // Evaluation: the cell runs its meetings and monthly reviews; the committee sets the review templates
    public const string EvaluationRead = "evaluation:read";
    public const string DocumentsWrite = "documents:write";
    public const string DocumentsCatchUp = "documents:catch-up";
    public const string MeetingsWrite = "meetings:write";
    public const string ReviewTemplatesWrite = "review-templates:write";
    public const string MonthlyReviewsRead = "monthly-reviews:read";
    public const string MonthlyReviewsWrite = "monthly-reviews:write";
    public const string EmulationModelsWrite = "emulation-models:write";
    // Mass-organisation ratings (decided by the committee office) and civil-servant ratings (personal: not viewers)
    public const string MassOrganizationRatingsWrite = "mass-organization-ratings:write";
    public const string CivilServantRatingsRead = "civil-servant-ratings:read";
    public const string CivilServantRatingsWrite = "civil-servant-ratings:write";
    // Annual ratings: the committee office opens, steps and decides; a cell's secretary proposes for his cell; a
    // member submits and reads his own self-assessment and result
    public const string RatingsRead = "ratings:read";
    public const string RatingCampaignsManage = "rating-campaigns:manage";
    public const string RatingsSelfAssess = "ratings:self-assess";
    public const string RatingsPropose = "ratings:propose";
    public const string RatingsDecide = "ratings:decide";
    // Inspection and supervision: programmes and cases (the inspection commission runs them; the committee office
    // records the standing committee's decisions, meetings and conclusions; a cell secretary sees the cases on his
    // cell; a viewer sees the statistics only; a member nothing, as a token names no member)
    public const string InspectionProgrammesRead = "inspection-programmes:read";
    public const string InspectionProgrammesWrite = "inspection-programmes:write";
    public const string InspectionsRead = "inspections:read";
    public const string InspectionsRecord = "inspections:record";
    public const string InspectionStatisticsRead = "statistics:inspection";
    // Party cards and badges (decided by the committee), membership reports, reorganisations (ADR 0020)
    public const string MembersCards = "members:cards";
    public const string MembersBadges = "members:badges";
    public const string ReportsRead = "reports:read";
    public const string OrganizationsReorganize = "organizations:reorganize";
    // Guests on temporary party activity from outside the committee: the host cell receives them, the committee too
    public const string GuestsRead = "guests:read";
    public const string GuestsWrite = "guests:write";
    // A guest transferred here officially: a member record and an incoming transfer are created (the committee decides)
    public const string GuestsConvert = "guests:convert";

    // Denunciations and discipline complaints (the inspection commission registers and settles them; the committee office
    // reads them and records the settling decisions the rules give to the committee; viewers see the counts only).
    public const string DenunciationsRead = "denunciations:read";
    public const string DenunciationsWrite = "denunciations:write";
    public const string DenunciationFigures = "denunciations:figures";
    public const string ComplaintsRead = "discipline-complaints:read";
    public const string ComplaintsFile = "discipline-complaints:file";
    public const string ComplaintsRecord = "discipline-complaints:record";
    public const string DisciplineRemedy = "disciplinary-actions:remedy";
    public const string DisciplineAmend = "disciplinary-actions:amend";
    public const string InspectionTopicsRead = "inspection-topics:read";
    public const string InspectionTopicsWrite = "inspection-topics:write";

    /// <summary>Roles that read the organisation and membership data of their scope.</summary>
    private static readonly string[] Readers = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary, Roles.Viewer];

    /// <summary>The superior committee: its office, and the administrator.</summary>
    private static readonly string[] Committee = [Roles.Admin, Roles.CommitteeOffice];

    /// <summary>The party cell: its secretary, and the administrator.</summary>
    private static readonly string[] Cell = [Roles.Admin, Roles.CellSecretary];

    /// <summary>Who reads inspection programmes and cases: not viewers (statistics only), not members.</summary>
    private static readonly string[] InspectionReaders = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary];

    /// <summary>Who records them: the commission, and the office for the standing committee's steps (checked per step).</summary>
    private static readonly string[] InspectionRecorders = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission];

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [OrganizationsRead] = Readers,
        [MembersRead] = Readers,
        // A member reads his own timeline (claim member_id); another member's answers as missing.
        [MembersTimeline] = [.. Readers, Roles.Member],
        [MembersExport] = Readers,
        [StatisticsRead] = Readers,
        [AdmissionsRead] = Readers,
        [TransfersRead] = Readers,
        [GuestsRead] = Readers,
        [GuestsWrite] = [Roles.Admin, Roles.CommitteeOffice, Roles.CellSecretary],
        [GuestsConvert] = Committee,
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
        [ElectionsRecord] = Committee,

        [MembersRecords] = Committee,
        [MembersStatus] = Committee,
        [MembersFullMembership] = Committee,
        [MembersImport] = Committee,
        [MembersExemption] = Cell,
        [MembersReadmission] = Committee,
        [MembersCorrections] = Committee,

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
        [TransfersExtend] = Committee,
        [TransfersReturn] = Committee,
        [TransfersConvert] = Committee,

        [CalendarWrite] = [Roles.Admin],

        [DataValuesRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.Viewer, Roles.IndicatorReporter],
        [DataValuesWrite] = [Roles.Admin, Roles.IndicatorReporter],
        [ImportJobsRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.IndicatorReporter],
        [PeriodLocksApprove] = Committee,
        [PeriodLocksReopen] = [Roles.Admin],
        [ReportersManage] = [Roles.Admin],
        [ResolutionsRead] = Readers,
        [ResolutionsWrite] = Committee,
        [DisciplineRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary],
        [DisciplinePropose] = [Roles.Admin, Roles.InspectionCommission],
        [DisciplineDecide] = [Roles.Admin, Roles.CommitteeOffice, Roles.CellSecretary],
        [DisciplineOwn] = [Roles.Member],
        [DisciplineFigures] = Readers,

        [DuesRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary],
        [DuesWrite] = Cell,
        [DuesOwn] = [Roles.Member],
        [DuesSummary] = Readers,
        [EvaluationRead] = Readers,
        [DocumentsWrite] = [Roles.Admin, Roles.CommitteeOffice, Roles.CellSecretary],
        [DocumentsCatchUp] = Cell,
        [MeetingsWrite] = Cell,
        [ReviewTemplatesWrite] = Committee,
        // A member reads his own reviews (claim member_id); anything else answers as missing.
        [MonthlyReviewsRead] = [.. Readers, Roles.Member],
        [MonthlyReviewsWrite] = Cell,
        [EmulationModelsWrite] = [Roles.Admin, Roles.CommitteeOffice, Roles.CellSecretary],
        [MassOrganizationRatingsWrite] = Committee,
        [CivilServantRatingsRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary],
        [CivilServantRatingsWrite] = Committee,
        // A member reads his own rating (claim member_id); anything else answers as missing.
        [RatingsRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary, Roles.Member],
        [RatingCampaignsManage] = Committee,
        [RatingsSelfAssess] = [Roles.Admin, Roles.Member],
        [RatingsPropose] = Cell,
        [RatingsDecide] = Committee,
        [InspectionProgrammesRead] = InspectionReaders,
        [InspectionProgrammesWrite] = InspectionRecorders,
        [InspectionsRead] = InspectionReaders,
        [InspectionsRecord] = InspectionRecorders,
        [InspectionStatisticsRead] = Readers,
        [MembersCards] = Committee,
        [MembersBadges] = Committee,
        [ReportsRead] = Readers,
        [OrganizationsReorganize] = Committee,
        [DenunciationsRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission],
        [DenunciationsWrite] = [Roles.Admin, Roles.InspectionCommission],
        [DenunciationFigures] = Readers,
        [ComplaintsRead] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission],
        [ComplaintsFile] = [Roles.Admin, Roles.InspectionCommission],
        [ComplaintsRecord] = InspectionRecorders,
        [DisciplineRemedy] = [Roles.Admin, Roles.CommitteeOffice, Roles.InspectionCommission, Roles.CellSecretary],
        [DisciplineAmend] = [Roles.Admin, Roles.CommitteeOffice, Roles.CellSecretary],
        [InspectionTopicsRead] = InspectionReaders,
        [InspectionTopicsWrite] = InspectionRecorders,
    };
}
