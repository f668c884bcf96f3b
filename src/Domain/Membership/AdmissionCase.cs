using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Admission;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Membership;

/// <summary>Where an admission stands.</summary>
public enum AdmissionStage
{
    /// <summary>Quần chúng ưu tú being prepared: course, sponsors.</summary>
    Preparing = 1,

    /// <summary>The cell has resolved to propose admission.</summary>
    CellResolved = 2,

    /// <summary>The superior committee has decided to admit.</summary>
    Decided = 3,

    /// <summary>The ceremony took place: a probationary member.</summary>
    OnProbation = 4,

    /// <summary>Recognised as a full member.</summary>
    Recognized = 5,

    /// <summary>Unfit during probation: name removed.</summary>
    NameRemoved = 6,

    /// <summary>Withdrawn or refused before the ceremony.</summary>
    Closed = 7,
}

public enum SponsorKind
{
    /// <summary>A full party member who has worked with the candidate.</summary>
    FullMember = 1,

    /// <summary>The executive committee of the grassroots youth union (for a youth-union member of youth age), as a collective.</summary>
    YouthUnionExecutive = 2,

    /// <summary>The collective of the youth cell (tập thể chi đoàn), instead of the youth union's executive committee.</summary>
    YouthCellCollective = 3,

    /// <summary>The executive committee of the grassroots trade union, where there is no youth union.</summary>
    TradeUnionExecutive = 4,
}

/// <summary>Why a sponsor was replaced.</summary>
public enum SponsorReplacementReason
{
    /// <summary>The sponsor was transferred to another party organisation.</summary>
    Transferred = 1,

    /// <summary>The sponsor was disciplined.</summary>
    Disciplined = 2,
}

/// <summary>
/// The admission of one candidate (quần chúng ưu tú) through the statutory steps: party-awareness course →
/// two sponsors → cell resolution → committee decision → ceremony → 12 months' probation → full membership
/// (or name removal). The steps and their rules live in this aggregate; the rule set applied is the one in force on
/// each step's date, and for a time limit the one in force on the step that starts it (<see cref="AdmissionRuleSet"/>).
/// </summary>
public sealed partial class AdmissionCase : AggregateRoot
{
    /// <summary>The stages of a case before its ceremony: the candidate is not a member yet and the cell must still exist.</summary>
    public static readonly IReadOnlyList<AdmissionStage> OpenStages = [AdmissionStage.Preparing, AdmissionStage.CellResolved, AdmissionStage.Decided];

    private readonly List<AdmissionSponsor> sponsors = [];
    private readonly List<AdmissionVote> votes = [];

    private AdmissionCase(Guid id, Guid organizationId, string fullName, Sex sex, DateOnly dateOfBirth, string ethnicityCode, GeneralEducation generalEducation, bool isYouthUnionMember)
        : base(id)
    {
        OrganizationId = organizationId;
        FullName = NameFolded = NameSortKey = EthnicityCode = string.Empty;
        Stage = AdmissionStage.Preparing;
        UpdateCandidate(fullName, sex, dateOfBirth, ethnicityCode, generalEducation, isYouthUnionMember);
    }

    /// <summary>Opens a case for a candidate prepared by <paramref name="cell"/>.</summary>
    public static AdmissionCase Open(
        Guid id, PartyOrganization cell, DateOnly today, string fullName, Sex sex, DateOnly dateOfBirth, string ethnicityCode,
        GeneralEducation generalEducation, bool isYouthUnionMember)
    {
        if (cell.Type != OrganizationType.PartyCell)
        {
            throw new DomainRuleException(
                "admission.organization_not_a_cell",
                "A candidate is prepared by a party cell.",
                RuleViolationKind.Unprocessable,
                cell.Code);
        }

        if (!cell.IsActiveOn(today))
        {
            throw new DomainRuleException(
                "admission.organization_inactive",
                "The cell is dissolved.",
                RuleViolationKind.Unprocessable,
                cell.Code);
        }

        return new AdmissionCase(id, cell.Id, fullName, sex, dateOfBirth, ethnicityCode, generalEducation, isYouthUnionMember);
    }

    /// <summary>The cell that prepares the candidate.</summary>
    public Guid OrganizationId { get; private set; }

    public string FullName { get; private set; }

    public string NameFolded { get; private set; }

    public string NameSortKey { get; private set; }

    public Sex Sex { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public string EthnicityCode { get; private set; }

    public GeneralEducation GeneralEducation { get; private set; }

    public bool IsYouthUnionMember { get; private set; }

    public AdmissionStage Stage { get; private set; }

    public DateOnly? CourseCompletedOn { get; private set; }

    public string? CourseCertificateNumber { get; private set; }

    /// <summary>Every sponsor assigned, replaced ones included (with their replacement).</summary>
    public IReadOnlyList<AdmissionSponsor> Sponsors => sponsors;

    /// <summary>The sponsors in office (not replaced).</summary>
    public IReadOnlyList<AdmissionSponsor> ActiveSponsors => [.. sponsors.Where(s => s.ReplacedOn is null)];

    /// <summary>The cell's votes on full membership (those without the required majority, and the one that adopted the resolution).</summary>
    public IReadOnlyList<AdmissionVote> Votes => votes;

    public DateOnly? CellResolutionOn { get; private set; }

    public string? CellResolutionNumber { get; private set; }

    public DateOnly? CommitteeDecisionOn { get; private set; }

    public string? CommitteeDecisionNumber { get; private set; }

    /// <summary>The day the cell received the decision: the ceremony's period counts from it (the decision's date when not recorded).</summary>
    public DateOnly? CommitteeDecisionReceivedOn { get; private set; }

    /// <summary>Working days the decision came after its due date (0 when on time).</summary>
    public int? DecisionWorkingDaysLate { get; private set; }

    /// <summary>Special extension of the decision period, in working days (at most the rule set's maximum).</summary>
    public int? DecisionExtensionWorkingDays { get; private set; }

    public DateOnly? DecisionExtendedOn { get; private set; }

    public string? DecisionExtensionNumber { get; private set; }

    public string? DecisionExtensionReason { get; private set; }

    public DateOnly? CeremonyOn { get; private set; }

    /// <summary>Working days the ceremony came after its due date (0 when on time).</summary>
    public int? CeremonyWorkingDaysLate { get; private set; }

    /// <summary>The member record created at the ceremony.</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>The cell's resolution proposing full membership (the vote that reached the majority).</summary>
    public DateOnly? RecognitionResolutionOn { get; private set; }

    public string? RecognitionResolutionNumber { get; private set; }

    /// <summary>Working days the cell's resolution came after its due date (0 when on time).</summary>
    public int? RecognitionResolutionWorkingDaysLate { get; private set; }

    /// <summary>The day the matter went to the superior committee after the last vote without the required majority.</summary>
    public DateOnly? EscalatedOn { get; private set; }

    /// <summary>Special extension of the recognition decision period, in working days.</summary>
    public int? RecognitionExtensionWorkingDays { get; private set; }

    public DateOnly? RecognitionExtendedOn { get; private set; }

    public string? RecognitionExtensionNumber { get; private set; }

    public string? RecognitionExtensionReason { get; private set; }

    /// <summary>Date of the committee's decision recognising full membership.</summary>
    public DateOnly? RecognizedOn { get; private set; }

    public string? RecognitionDecisionNumber { get; private set; }

    /// <summary>Working days the committee's recognition decision came after its due date (0 when on time).</summary>
    public int? RecognitionWorkingDaysLate { get; private set; }

    /// <summary>The day the member became full: the end of the probation, whenever the cell and the committee acted.</summary>
    public DateOnly? FullMembershipOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ClosedReason { get; private set; }

    /// <summary>Code of the rule set that checked eligibility at the cell's resolution.</summary>
    public string? EligibilityRuleSetCode { get; private set; }

    /// <summary>The candidate's data; changed only while the candidate is being prepared (before the cell's resolution).</summary>
    public void UpdateCandidate(string fullName, Sex sex, DateOnly dateOfBirth, string ethnicityCode, GeneralEducation generalEducation, bool isYouthUnionMember)
    {
        if (Stage != AdmissionStage.Preparing)
        {
            throw AdmissionErrors.CandidateLocked(Stage);
        }

        if (!Ethnicities.IsKnown(ethnicityCode))
        {
            throw new DomainRuleException("member.ethnicity_unknown", "Unknown ethnic group code.", RuleViolationKind.Unprocessable, ethnicityCode);
        }

        var name = PersonName.Parse(fullName);
        FullName = name.FullName;
        NameFolded = name.Folded;
        NameSortKey = name.SortKey;
        Sex = sex;
        DateOfBirth = dateOfBirth;
        EthnicityCode = ethnicityCode;
        GeneralEducation = generalEducation;
        IsYouthUnionMember = isYouthUnionMember;
    }

    /// <summary>Age in whole months on <paramref name="date"/>, the way the admission rules count it.</summary>
    public int AgeInMonthsOn(DateOnly date) => PartyMember.MonthsBetween(DateOfBirth, date);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Clean(text);
}

/// <summary>A sponsor (người giới thiệu) of a candidate.</summary>
public sealed class AdmissionSponsor : Entity, IAuditable
{
    internal AdmissionSponsor(Guid id, Guid admissionCaseId, SponsorKind kind, Guid? memberId, DateOnly? workedTogetherSince, DateOnly assignedOn)
        : base(id)
    {
        AdmissionCaseId = admissionCaseId;
        Kind = kind;
        MemberId = memberId;
        WorkedTogetherSince = workedTogetherSince;
        AssignedOn = assignedOn;
    }

    public Guid AdmissionCaseId { get; private set; }

    public SponsorKind Kind { get; private set; }

    /// <summary>The sponsoring full member (null for the youth union's executive committee).</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>Since when the sponsor has worked with the candidate (at least 12 months before the sponsorship).</summary>
    public DateOnly? WorkedTogetherSince { get; private set; }

    public DateOnly AssignedOn { get; private set; }

    /// <summary>The sponsor this one replaces, if a replacement.</summary>
    public Guid? ReplacesSponsorId { get; private set; }

    /// <summary>The day this sponsor was replaced (null while in office).</summary>
    public DateOnly? ReplacedOn { get; private set; }

    public SponsorReplacementReason? ReplacementReason { get; private set; }

    /// <summary>True for a collective sponsor (youth union, youth cell, trade union).</summary>
    public bool IsCollective => Kind != SponsorKind.FullMember;

    /// <summary>True for the youth union's collective (executive committee or youth cell).</summary>
    public bool IsYouthCollective => Kind is SponsorKind.YouthUnionExecutive or SponsorKind.YouthCellCollective;

    internal void Replace(DateOnly on, SponsorReplacementReason reason)
    {
        ReplacedOn = on;
        ReplacementReason = reason;
    }

    internal void MarkAsReplacementOf(Guid sponsorId) => ReplacesSponsorId = sponsorId;
}

/// <summary>A vote of the cell on a probationary member's full membership (biểu quyết công nhận đảng viên chính thức).</summary>
public sealed class AdmissionVote : Entity, IAuditable
{
    internal AdmissionVote(Guid id, Guid admissionCaseId, DateOnly heldOn, int inFavour, int entitled, bool adopted, string ruleSetCode)
        : base(id)
    {
        AdmissionCaseId = admissionCaseId;
        HeldOn = heldOn;
        InFavour = inFavour;
        Entitled = entitled;
        Adopted = adopted;
        RuleSetCode = ruleSetCode;
    }

    public Guid AdmissionCaseId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>Votes in favour.</summary>
    public int InFavour { get; private set; }

    /// <summary>Full members (or committee members) entitled to vote.</summary>
    public int Entitled { get; private set; }

    /// <summary>True when the vote reached the required majority.</summary>
    public bool Adopted { get; private set; }

    /// <summary>The rule set whose majority was applied.</summary>
    public string RuleSetCode { get; private set; }
}
