using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection.Complaints;

/// <summary>Where a complaint stands.</summary>
public enum ComplaintStatus
{
    Received = 1,
    Accepted = 2,
    Assigned = 3,
    Verified = 4,
    Settled = 5,
    NotAccepted = 6,
}

/// <summary>
/// The level that settles a complaint (Quy định 22-QĐ/TW 2021 Điều 22; Điều lệ Đảng Điều 39 khoản 7: the committee or
/// the inspection commission of the level above).
/// </summary>
public enum ComplaintSettler
{
    /// <summary>Ban thường vụ đảng ủy / đảng ủy: recorded by the committee office.</summary>
    StandingCommittee = 1,

    /// <summary>Ủy ban kiểm tra đảng ủy: recorded by the inspection commission.</summary>
    InspectionCommission = 2,

    /// <summary>Cấp ủy, ủy ban kiểm tra cấp trên: its decision is recorded here by the committee office.</summary>
    SuperiorLevel = 3,
}

/// <summary>Why a complaint is not settled.</summary>
public enum ComplaintRefusal
{
    /// <summary>Filed after the filing period (recorded automatically).</summary>
    FiledLate = 1,

    /// <summary>Not signed by the member or organisation disciplined (a complaint on another's behalf).</summary>
    NotTheSubject = 2,

    /// <summary>Already settled at the final level.</summary>
    AlreadySettledFinally = 3,

    /// <summary>The complainant withdrew it.</summary>
    Withdrawn = 4,
}

/// <summary>How a complaint is settled.</summary>
public enum ComplaintOutcome
{
    /// <summary>Giữ nguyên: the discipline stands.</summary>
    Upheld = 1,

    /// <summary>Thay đổi hình thức kỷ luật.</summary>
    Changed = 2,

    /// <summary>Xóa (hủy bỏ) quyết định kỷ luật.</summary>
    Withdrawn = 3,
}

/// <summary>Labels of the complaint codes.</summary>
public static class ComplaintLabels
{
    public static BilingualLabel Of(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => new("Đã tiếp nhận", "Received"),
        ComplaintStatus.Accepted => new("Đã thụ lý", "Accepted"),
        ComplaintStatus.Assigned => new("Đã phân công", "Assigned"),
        ComplaintStatus.Verified => new("Đã thẩm tra, xác minh", "Verified"),
        ComplaintStatus.Settled => new("Đã giải quyết", "Settled"),
        _ => new("Không thụ lý", "Not accepted"),
    };

    public static BilingualLabel Of(ComplaintSettler settler) => settler switch
    {
        ComplaintSettler.StandingCommittee => new("Ban thường vụ đảng ủy", "Standing committee"),
        ComplaintSettler.InspectionCommission => new("Ủy ban kiểm tra đảng ủy", "Inspection commission"),
        _ => new("Cấp ủy, ủy ban kiểm tra cấp trên", "Superior level"),
    };

    public static BilingualLabel Of(ComplaintRefusal reason) => reason switch
    {
        ComplaintRefusal.FiledLate => new("Quá thời hạn khiếu nại", "Filed after the time limit"),
        ComplaintRefusal.NotTheSubject => new("Khiếu nại hộ, không phải người bị kỷ luật", "Not filed by the subject of the discipline"),
        ComplaintRefusal.AlreadySettledFinally => new("Đã được cấp cuối cùng giải quyết", "Already settled at the final level"),
        _ => new("Người khiếu nại rút đơn", "Withdrawn by the complainant"),
    };

    public static BilingualLabel Of(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.Upheld => new("Giữ nguyên hình thức kỷ luật", "Discipline upheld"),
        ComplaintOutcome.Changed => new("Thay đổi hình thức kỷ luật", "Form of discipline changed"),
        _ => new("Xóa quyết định kỷ luật", "Discipline withdrawn"),
    };
}
