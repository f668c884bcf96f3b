using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

public enum Sex
{
    Male = 1,
    Female = 2,
}

/// <summary>A party member's standing (Điều lệ Đảng; Quy định 24-QĐ/TW 2021, 294-QĐ/TW 2025).</summary>
public enum MemberStatus
{
    /// <summary>Đảng viên dự bị — admitted, in the 12-month probation.</summary>
    Probationary = 1,

    /// <summary>Đảng viên chính thức.</summary>
    Full = 2,

    /// <summary>Miễn công tác và sinh hoạt đảng (age, health): still a member, not rated.</summary>
    ExemptFromActivities = 3,

    /// <summary>Đình chỉ sinh hoạt đảng (pending discipline or prosecution): not rated.</summary>
    Suspended = 4,

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
        MemberStatus.ExemptFromActivities => new("Miễn công tác và sinh hoạt đảng", "Exempt from party activities"),
        MemberStatus.Suspended => new("Đình chỉ sinh hoạt đảng", "Suspended"),
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

    /// <summary>Members counted in an organisation's membership (the others have left it).</summary>
    public static bool IsCounted(MemberStatus status) =>
        status is MemberStatus.Probationary or MemberStatus.Full or MemberStatus.ExemptFromActivities or MemberStatus.Suspended;

    /// <summary>The statuses counted in a membership, for queries.</summary>
    public static readonly IReadOnlyList<MemberStatus> CountedStatuses = [.. Enum.GetValues<MemberStatus>().Where(IsCounted)];

    /// <summary>The statuses of former members (transferred out, removed, expelled, deceased), for queries.</summary>
    public static readonly IReadOnlyList<MemberStatus> FormerStatuses = [.. Enum.GetValues<MemberStatus>().Where(s => !IsCounted(s))];
}
