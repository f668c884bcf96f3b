using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership.Admission;

/// <summary>The statutory steps of an admission (Quy định 29-QĐ/TW 2016 §4, 24-QĐ/TW 2021 and successors; Hướng dẫn 01-HD/TW 2021).</summary>
public enum AdmissionStep
{
    /// <summary>Certificate of the party-awareness course (học lớp bồi dưỡng nhận thức về Đảng).</summary>
    Course = 1,

    /// <summary>A sponsor assigned (người giới thiệu).</summary>
    Sponsor = 2,

    /// <summary>The cell's resolution proposing admission (nghị quyết chi bộ).</summary>
    CellResolution = 3,

    /// <summary>The superior committee's admission decision (quyết định kết nạp).</summary>
    CommitteeDecision = 4,

    /// <summary>The admission ceremony (lễ kết nạp): the candidate becomes a probationary member.</summary>
    Ceremony = 5,

    /// <summary>Recognition as a full member after the probation (công nhận đảng viên chính thức).</summary>
    FullMembership = 6,

    /// <summary>An unfit probationary member's name removed (xóa tên).</summary>
    NameRemoval = 7,

    /// <summary>The case closed before the ceremony (withdrawn or refused).</summary>
    Closure = 8,

    /// <summary>The cell's resolution proposing full membership (nghị quyết chi bộ đề nghị công nhận đảng viên chính thức).</summary>
    RecognitionResolution = 9,

    /// <summary>A vote of the cell on full membership without the required majority.</summary>
    RecognitionVote = 10,

    /// <summary>After the last vote without the required majority, the matter went to the superior committee.</summary>
    Escalation = 11,

    /// <summary>A special extension of the committee's decision period (gia hạn).</summary>
    DecisionExtension = 12,

    /// <summary>The cell received the committee's decision: the ceremony's period counts from it.</summary>
    DecisionReceipt = 13,

    /// <summary>A sponsor replaced (transferred or disciplined) by another.</summary>
    SponsorReplacement = 14,
}

/// <summary>Display labels and wire codes of the admission enums.</summary>
public static class AdmissionLabels
{
    public static BilingualLabel Of(AdmissionStage stage) => stage switch
    {
        AdmissionStage.Preparing => new("Quần chúng ưu tú đang được bồi dưỡng, chuẩn bị hồ sơ", "Preparing the candidate"),
        AdmissionStage.CellResolved => new("Chi bộ đã có nghị quyết đề nghị kết nạp", "Cell resolution adopted"),
        AdmissionStage.Decided => new("Cấp ủy cấp trên đã quyết định kết nạp", "Admission decided by the superior committee"),
        AdmissionStage.OnProbation => new("Đảng viên dự bị", "Probationary member"),
        AdmissionStage.Recognized => new("Đã công nhận đảng viên chính thức", "Recognised as a full member"),
        AdmissionStage.NameRemoved => new("Đã xóa tên đảng viên dự bị", "Probationary member's name removed"),
        AdmissionStage.Closed => new("Đã dừng xem xét kết nạp", "Closed before admission"),
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static BilingualLabel Of(SponsorKind kind) => kind switch
    {
        SponsorKind.FullMember => new("Đảng viên chính thức giới thiệu", "Full-member sponsor"),
        SponsorKind.YouthUnionExecutive => new("Ban Chấp hành Đoàn cơ sở giới thiệu", "Youth union executive committee"),
        SponsorKind.YouthCellCollective => new("Tập thể chi đoàn giới thiệu", "Youth cell collective"),
        SponsorKind.TradeUnionExecutive => new("Ban Chấp hành Công đoàn cơ sở giới thiệu", "Trade union executive committee"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static BilingualLabel Of(AdmissionStep step) => step switch
    {
        AdmissionStep.Course => new("Học lớp bồi dưỡng nhận thức về Đảng", "Party-awareness course"),
        AdmissionStep.Sponsor => new("Phân công người giới thiệu", "Sponsor assigned"),
        AdmissionStep.CellResolution => new("Nghị quyết chi bộ đề nghị kết nạp", "Cell resolution"),
        AdmissionStep.CommitteeDecision => new("Quyết định kết nạp của cấp ủy cấp trên", "Superior committee's admission decision"),
        AdmissionStep.Ceremony => new("Lễ kết nạp đảng viên", "Admission ceremony"),
        AdmissionStep.FullMembership => new("Công nhận đảng viên chính thức", "Recognition as a full member"),
        AdmissionStep.NameRemoval => new("Xóa tên đảng viên dự bị", "Probationary member's name removed"),
        AdmissionStep.Closure => new("Dừng xem xét kết nạp", "Case closed"),
        AdmissionStep.RecognitionResolution => new("Nghị quyết chi bộ đề nghị công nhận đảng viên chính thức", "Cell resolution on full membership"),
        AdmissionStep.RecognitionVote => new("Biểu quyết công nhận chính thức không đủ hai phần ba tán thành", "Vote on full membership without the required majority"),
        AdmissionStep.Escalation => new("Báo cáo cấp ủy cấp trên xem xét, quyết định", "Referred to the superior committee"),
        AdmissionStep.DecisionExtension => new("Gia hạn thời hạn xem xét, quyết định", "Decision period extended"),
        AdmissionStep.DecisionReceipt => new("Chi bộ nhận quyết định kết nạp", "Decision received by the cell"),
        AdmissionStep.SponsorReplacement => new("Thay người giới thiệu", "Sponsor replaced"),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>The UPPER_SNAKE wire code of a step (as in JSON), used as an argument of rule messages.</summary>
    public static string Code(AdmissionStep step) => step switch
    {
        AdmissionStep.Course => "COURSE",
        AdmissionStep.Sponsor => "SPONSOR",
        AdmissionStep.CellResolution => "CELL_RESOLUTION",
        AdmissionStep.CommitteeDecision => "COMMITTEE_DECISION",
        AdmissionStep.Ceremony => "CEREMONY",
        AdmissionStep.FullMembership => "FULL_MEMBERSHIP",
        AdmissionStep.NameRemoval => "NAME_REMOVAL",
        AdmissionStep.Closure => "CLOSURE",
        AdmissionStep.RecognitionResolution or AdmissionStep.RecognitionVote or AdmissionStep.Escalation
            or AdmissionStep.DecisionExtension or AdmissionStep.DecisionReceipt or AdmissionStep.SponsorReplacement => WireFormat.Code(step),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>The UPPER_SNAKE wire code of a stage (as in JSON).</summary>
    public static string Code(AdmissionStage stage) => stage switch
    {
        AdmissionStage.Preparing => "PREPARING",
        AdmissionStage.CellResolved => "CELL_RESOLVED",
        AdmissionStage.Decided => "DECIDED",
        AdmissionStage.OnProbation => "ON_PROBATION",
        AdmissionStage.Recognized => "RECOGNIZED",
        AdmissionStage.NameRemoved => "NAME_REMOVED",
        AdmissionStage.Closed => "CLOSED",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };
}
