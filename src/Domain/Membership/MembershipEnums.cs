using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

public enum Sex
{
    Male = 1,
    Female = 2,
}

/// <summary>
/// A party member's class of membership (Điều lệ Đảng; Quy định 24-QĐ/TW 2021, 294-QĐ/TW 2025): probationary or full
/// while a member, then how the member left. Exemption (or reduction) of activities and suspension are not classes:
/// they are dated conditions on a probationary or full member (<see cref="MemberCondition"/>). Codes 3 and 4 (the
/// former EXEMPT_FROM_ACTIVITIES and SUSPENDED) are retired; ADR 0019 says how their rows were migrated.
/// </summary>
public enum MemberStatus
{
    /// <summary>Đảng viên dự bị — admitted, in the 12-month probation.</summary>
    Probationary = 1,

    /// <summary>Đảng viên chính thức.</summary>
    Full = 2,

    /// <summary>Đã chuyển sinh hoạt đảng chính thức ra khỏi đảng bộ.</summary>
    TransferredOut = 5,

    /// <summary>Xóa tên khỏi danh sách đảng viên.</summary>
    NameRemoved = 6,

    /// <summary>Khai trừ khỏi Đảng.</summary>
    Expelled = 7,

    /// <summary>Từ trần.</summary>
    Deceased = 8,
}

/// <summary>General education (trình độ giáo dục phổ thông).</summary>
public enum GeneralEducation
{
    Primary = 1,
    LowerSecondary = 2,
    UpperSecondary = 3,
}

/// <summary>Professional qualification (trình độ chuyên môn, nghiệp vụ).</summary>
public enum ProfessionalLevel
{
    None = 1,
    Elementary = 2,
    Intermediate = 3,
    College = 4,
    University = 5,
    Master = 6,
    Doctorate = 7,
}

/// <summary>Political theory (trình độ lý luận chính trị).</summary>
public enum PoliticalTheoryLevel
{
    None = 1,
    Elementary = 2,
    Intermediate = 3,
    Advanced = 4,
    Bachelor = 5,
}

public static class MembershipLabels
{
    public static BilingualLabel Of(Sex sex) => sex switch
    {
        Sex.Male => new("Nam", "Male"),
        Sex.Female => new("Nữ", "Female"),
        _ => throw new ArgumentOutOfRangeException(nameof(sex)),
    };

    public static BilingualLabel Of(MemberStatus status) => status switch
    {
        MemberStatus.Probationary => new("Đảng viên dự bị", "Probationary member"),
        MemberStatus.Full => new("Đảng viên chính thức", "Full member"),
        MemberStatus.TransferredOut => new("Đã chuyển sinh hoạt đảng đi", "Transferred out"),
        MemberStatus.NameRemoved => new("Xóa tên", "Name removed"),
        MemberStatus.Expelled => new("Khai trừ", "Expelled"),
        MemberStatus.Deceased => new("Từ trần", "Deceased"),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static BilingualLabel Of(GeneralEducation level) => level switch
    {
        GeneralEducation.Primary => new("Tiểu học", "Primary"),
        GeneralEducation.LowerSecondary => new("Trung học cơ sở", "Lower secondary"),
        GeneralEducation.UpperSecondary => new("Trung học phổ thông", "Upper secondary"),
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static BilingualLabel Of(ProfessionalLevel level) => level switch
    {
        ProfessionalLevel.None => new("Chưa qua đào tạo", "None"),
        ProfessionalLevel.Elementary => new("Sơ cấp", "Elementary vocational"),
        ProfessionalLevel.Intermediate => new("Trung cấp", "Intermediate vocational"),
        ProfessionalLevel.College => new("Cao đẳng", "College"),
        ProfessionalLevel.University => new("Đại học", "University"),
        ProfessionalLevel.Master => new("Thạc sĩ", "Master"),
        ProfessionalLevel.Doctorate => new("Tiến sĩ", "Doctorate"),
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static BilingualLabel Of(PoliticalTheoryLevel level) => level switch
    {
        PoliticalTheoryLevel.None => new("Chưa qua đào tạo", "None"),
        PoliticalTheoryLevel.Elementary => new("Sơ cấp", "Elementary"),
        PoliticalTheoryLevel.Intermediate => new("Trung cấp", "Intermediate"),
        PoliticalTheoryLevel.Advanced => new("Cao cấp", "Advanced"),
        PoliticalTheoryLevel.Bachelor => new("Cử nhân", "Bachelor"),
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static BilingualLabel Of(MemberConditionKind kind) => kind switch
    {
        MemberConditionKind.Exemption => new("Miễn công tác và sinh hoạt đảng", "Exempt from party work and activities"),
        MemberConditionKind.Reduction => new("Giảm công tác và sinh hoạt đảng", "Reduced party work and activities"),
        MemberConditionKind.Suspension => new("Đình chỉ sinh hoạt đảng", "Suspended from party activities"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static BilingualLabel Of(ExemptionGround ground) => ground switch
    {
        ExemptionGround.Age => new("Tuổi cao", "Advanced age"),
        ExemptionGround.Health => new("Sức khỏe yếu", "Poor health"),
        ExemptionGround.Other => new("Lý do khác (tạm miễn)", "Other reason (temporary)"),
        _ => throw new ArgumentOutOfRangeException(nameof(ground)),
    };

    public static BilingualLabel Of(LeavingReason reason) => reason switch
    {
        LeavingReason.AbandonedActivities => new("Tự bỏ sinh hoạt đảng", "Abandoned party activities"),
        LeavingReason.VoluntaryWithdrawal => new("Tự nguyện xin ra khỏi Đảng", "Asked to leave the party"),
        LeavingReason.WithdrawalForFamilyHardship => new("Xin ra khỏi Đảng vì hoàn cảnh gia đình đặc biệt khó khăn", "Asked to leave for special family hardship"),
        LeavingReason.SeriousDisunity => new("Gây mất đoàn kết nội bộ nghiêm trọng", "Caused serious internal disunity"),
        LeavingReason.CorruptionConviction => new("Bị kết án về tội tham nhũng", "Convicted of corruption"),
        LeavingReason.SeriousCrimeConviction => new("Bị kết án về tội nghiêm trọng trở lên", "Convicted of a serious or graver crime"),
        LeavingReason.MinorCrimeConviction => new("Bị kết án về tội ít nghiêm trọng", "Convicted of a less serious crime"),
        LeavingReason.NoDuesOrActivities => new("Không sinh hoạt, không đóng đảng phí 3 tháng trong năm", "No activities or dues for three months in a year"),
        LeavingReason.UnfitProbationary => new("Đảng viên dự bị không đủ tư cách", "Probationary member found unfit"),
        LeavingReason.OtherViolation => new("Vi phạm khác", "Other violation"),
        LeavingReason.Other => new("Lý do khác", "Other reason"),
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static BilingualLabel Of(AcademicTitle title) => title switch
    {
        AcademicTitle.None => new("Không", "None"),
        AcademicTitle.AssociateProfessor => new("Phó Giáo sư", "Associate professor"),
        AcademicTitle.Professor => new("Giáo sư", "Professor"),
        _ => throw new ArgumentOutOfRangeException(nameof(title)),
    };

    public static BilingualLabel Of(SeniorityGapReason reason) => reason switch
    {
        SeniorityGapReason.LostContact => new("Mất liên lạc với tổ chức đảng", "Lost contact with the party organisation"),
        SeniorityGapReason.TransferInterruption => new("Gián đoạn do chuyển sinh hoạt đảng", "Interruption between transfers"),
        SeniorityGapReason.OutsideParty => new("Thời gian ra khỏi Đảng (trước khi kết nạp lại)", "Time outside the party (before re-admission)"),
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    /// <summary>Members counted in an organisation's membership (the others have left it).</summary>
    public static bool IsCounted(MemberStatus status) =>
        status is MemberStatus.Probationary or MemberStatus.Full;

    /// <summary>The statuses counted in a membership, for queries.</summary>
    public static readonly IReadOnlyList<MemberStatus> CountedStatuses = [.. Enum.GetValues<MemberStatus>().Where(IsCounted)];

    /// <summary>The statuses of former members (transferred out, removed, expelled, deceased), for queries.</summary>
    public static readonly IReadOnlyList<MemberStatus> FormerStatuses = [.. Enum.GetValues<MemberStatus>().Where(s => !IsCounted(s))];
}

/// <summary>A dated condition on a probationary or full member (not a class of membership).</summary>
public enum MemberConditionKind
{
    /// <summary>Miễn công tác và sinh hoạt đảng: decided by the cell; the member stays a member, is not rated.</summary>
    Exemption = 1,

    /// <summary>Giảm công tác và sinh hoạt đảng: decided by the cell.</summary>
    Reduction = 2,

    /// <summary>Đình chỉ sinh hoạt đảng (pending discipline or prosecution): holds no seat, is not rated.</summary>
    Suspension = 3,
}

/// <summary>Why a member is exempt from (or has reduced) party work and activities.</summary>
public enum ExemptionGround
{
    /// <summary>Tuổi cao: open-ended.</summary>
    Age = 1,

    /// <summary>Sức khỏe yếu: open-ended.</summary>
    Health = 2,

    /// <summary>Another justified reason (working away, waiting for retirement, …): temporary, with an end within the rule set's limit.</summary>
    Other = 3,
}

/// <summary>
/// Why a member left the party (name removed or expelled), coded because re-admission depends on it (Quy định
/// 29-QĐ/TW 2016, 24-QĐ/TW 2021 and 294-QĐ/TW 2025, point 3.5.2).
/// </summary>
public enum LeavingReason
{
    /// <summary>Tự bỏ sinh hoạt đảng — never re-admitted.</summary>
    AbandonedActivities = 1,

    /// <summary>Làm đơn xin ra Đảng — never re-admitted.</summary>
    VoluntaryWithdrawal = 2,

    /// <summary>Xin ra Đảng vì lý do gia đình đặc biệt khó khăn — may be re-admitted.</summary>
    WithdrawalForFamilyHardship = 3,

    /// <summary>Gây mất đoàn kết nội bộ nghiêm trọng — never re-admitted.</summary>
    SeriousDisunity = 4,

    /// <summary>Bị kết án vì tội tham nhũng — never re-admitted.</summary>
    CorruptionConviction = 5,

    /// <summary>Bị kết án về tội nghiêm trọng trở lên — never re-admitted.</summary>
    SeriousCrimeConviction = 6,

    /// <summary>Bị án hình sự về tội ít nghiêm trọng — re-admitted only 60 months after the record is cleared.</summary>
    MinorCrimeConviction = 7,

    /// <summary>Bỏ sinh hoạt hoặc không đóng đảng phí 3 tháng trong năm không có lý do chính đáng (name removed).</summary>
    NoDuesOrActivities = 8,

    /// <summary>Đảng viên dự bị không đủ tư cách (name removed).</summary>
    UnfitProbationary = 9,

    /// <summary>Expelled for another violation.</summary>
    OtherViolation = 10,

    /// <summary>Another reason.</summary>
    Other = 11,
}

/// <summary>Học hàm (form 2-HSĐV).</summary>
public enum AcademicTitle
{
    None = 1,
    AssociateProfessor = 2,
    Professor = 3,
}

/// <summary>Time not counted in party seniority besides the periods the status history shows.</summary>
public enum SeniorityGapReason
{
    /// <summary>Thời gian mất liên lạc với tổ chức đảng.</summary>
    LostContact = 1,

    /// <summary>Thời gian gián đoạn do chuyển sinh hoạt đảng.</summary>
    TransferInterruption = 2,

    /// <summary>Time outside the party before this record (a re-admitted member's earlier removal or expulsion recorded elsewhere).</summary>
    OutsideParty = 3,
}

/// <summary>A field of the record whose change needs a decision (name, date of birth).</summary>
public enum CorrectedField
{
    FullName = 1,
    DateOfBirth = 2,
}
