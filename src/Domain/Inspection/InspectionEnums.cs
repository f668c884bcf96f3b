using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection;

/// <summary>The kinds of inspection and supervision (Quy định 22-QĐ/TW 2021; domain.md section 3).</summary>
public enum InspectionKind
{
    /// <summary>Giám sát thường xuyên.</summary>
    RegularSupervision = 1,

    /// <summary>Giám sát chuyên đề.</summary>
    ThematicSupervision = 2,

    /// <summary>Kiểm tra chuyên đề (kiểm tra chấp hành).</summary>
    ThematicInspection = 3,

    /// <summary>Kiểm tra khi có dấu hiệu vi phạm.</summary>
    UponSignsOfViolation = 4,

    /// <summary>Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát của tổ chức đảng cấp dưới.</summary>
    LowerOrganizationInspectionWork = 5,

    /// <summary>Kiểm tra việc thi hành kỷ luật trong Đảng.</summary>
    DisciplineEnforcement = 6,

    /// <summary>Kiểm tra tài chính đảng (thu, nộp, miễn đảng phí).</summary>
    PartyFinance = 7,
}

/// <summary>Who or what is inspected or supervised.</summary>
public enum InspectionSubjectType
{
    /// <summary>Chi bộ.</summary>
    Cell = 1,

    /// <summary>Chi ủy.</summary>
    CellCommittee = 2,

    /// <summary>Đảng viên.</summary>
    Member = 3,
}

/// <summary>The body that issues a programme or decides a case (and adopts its conclusion).</summary>
public enum InspectionAuthority
{
    /// <summary>Ban Thường vụ Đảng ủy (the committee's standing committee).</summary>
    StandingCommittee = 1,

    /// <summary>Ủy ban Kiểm tra Đảng ủy.</summary>
    InspectionCommission = 2,

    /// <summary>Chi bộ (a cell inspects and supervises its own members and its committee).</summary>
    Cell = 3,
}

/// <summary>The dated steps of a case, in order.</summary>
public enum InspectionStep
{
    /// <summary>Quyết định và kế hoạch (đoàn, nội dung, mốc thời gian, lịch).</summary>
    Decision = 1,

    /// <summary>Thông báo quyết định, kế hoạch đến đối tượng.</summary>
    Notice = 2,

    /// <summary>Đối tượng báo cáo tự kiểm tra (giải trình).</summary>
    SelfReport = 3,

    /// <summary>Thẩm tra, xác minh.</summary>
    Verification = 4,

    /// <summary>Dự thảo báo cáo kết quả.</summary>
    DraftReport = 5,

    /// <summary>Hội nghị xem xét, biểu quyết.</summary>
    Meeting = 6,

    /// <summary>Thông báo kết luận bằng văn bản.</summary>
    Conclusion = 7,

    /// <summary>Theo dõi thực hiện kết luận, kiến nghị.</summary>
    FollowUp = 8,
}

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Không có vi phạm, khuyết điểm.</summary>
    None = 1,

    /// <summary>Có hạn chế, khuyết điểm (no violation).</summary>
    Shortcoming = 2,

    /// <summary>Vi phạm chưa đến mức phải xử lý kỷ luật.</summary>
    ViolationBelowDiscipline = 3,

    /// <summary>Vi phạm đến mức phải xem xét, xử lý kỷ luật.</summary>
    ViolationRequiringDiscipline = 4,
}

/// <summary>Display labels of the inspection enums.</summary>
public static class InspectionLabels
{
    public static BilingualLabel Of(InspectionKind kind) => kind switch
    {
        InspectionKind.RegularSupervision => new("Giám sát thường xuyên", "Regular supervision"),
        InspectionKind.ThematicSupervision => new("Giám sát chuyên đề", "Thematic supervision"),
        InspectionKind.ThematicInspection => new("Kiểm tra chuyên đề", "Thematic inspection"),
        InspectionKind.UponSignsOfViolation => new("Kiểm tra khi có dấu hiệu vi phạm", "Inspection upon signs of violation"),
        InspectionKind.LowerOrganizationInspectionWork => new("Kiểm tra thực hiện nhiệm vụ kiểm tra, giám sát của tổ chức đảng cấp dưới", "Inspection of a lower organisation's inspection and supervision work"),
        InspectionKind.DisciplineEnforcement => new("Kiểm tra việc thi hành kỷ luật trong Đảng", "Inspection of discipline enforcement"),
        InspectionKind.PartyFinance => new("Kiểm tra tài chính đảng", "Party-finance inspection"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static BilingualLabel Of(InspectionSubjectType type) => type switch
    {
        InspectionSubjectType.Cell => new("Chi bộ", "Party cell"),
        InspectionSubjectType.CellCommittee => new("Chi ủy", "Cell committee"),
        InspectionSubjectType.Member => new("Đảng viên", "Party member"),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static BilingualLabel Of(InspectionAuthority authority) => authority switch
    {
        InspectionAuthority.StandingCommittee => new("Ban Thường vụ Đảng ủy", "Standing committee"),
        InspectionAuthority.InspectionCommission => new("Ủy ban Kiểm tra Đảng ủy", "Inspection commission"),
        InspectionAuthority.Cell => new("Chi bộ", "Party cell"),
        _ => throw new ArgumentOutOfRangeException(nameof(authority)),
    };

    public static BilingualLabel Of(InspectionStep step) => step switch
    {
        InspectionStep.Decision => new("Quyết định và kế hoạch kiểm tra, giám sát", "Decision and plan"),
        InspectionStep.Notice => new("Thông báo đến đối tượng", "Notice to the subject"),
        InspectionStep.SelfReport => new("Báo cáo tự kiểm tra của đối tượng", "Subject's self-report"),
        InspectionStep.Verification => new("Thẩm tra, xác minh", "Verification"),
        InspectionStep.DraftReport => new("Dự thảo báo cáo kết quả", "Draft report"),
        InspectionStep.Meeting => new("Hội nghị xem xét, biểu quyết", "Meeting and vote"),
        InspectionStep.Conclusion => new("Thông báo kết luận", "Written conclusion"),
        InspectionStep.FollowUp => new("Theo dõi thực hiện kết luận", "Follow-up"),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public static BilingualLabel Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.None => new("Không có vi phạm, khuyết điểm", "No violation or shortcoming"),
        FindingSeverity.Shortcoming => new("Có hạn chế, khuyết điểm", "Shortcomings"),
        FindingSeverity.ViolationBelowDiscipline => new("Vi phạm chưa đến mức xử lý kỷ luật", "Violation not requiring discipline"),
        FindingSeverity.ViolationRequiringDiscipline => new("Vi phạm đến mức phải xem xét xử lý kỷ luật", "Violation requiring discipline"),
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };
}

/// <summary>Where a recommendation stands on a date.</summary>
public enum RecommendationStatus
{
    /// <summary>Not done, not past its due date.</summary>
    Open = 1,

    /// <summary>Done.</summary>
    Done = 2,

    /// <summary>Not done and past its due date.</summary>
    Overdue = 3,
}
