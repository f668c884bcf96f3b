using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership.Members;

/// <summary>Messages of the member record: conditions, seniority, re-admission, corrections, the national form's fields.</summary>
internal sealed class MemberRecordMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["member.exemption_too_long"] = (
            "Miễn sinh hoạt vì lý do khác (không phải tuổi cao, sức khỏe yếu) là tạm thời, dưới {0} tháng: ngày cuối chậm nhất là {1} (bộ quy tắc {2}).",
            "An exemption for another reason than age or health is temporary, under {0} months: its last day is {1} at the latest (rule set {2})."),
        ["member.condition_needs_member"] = (
            "Miễn, giảm hoặc đình chỉ sinh hoạt chỉ áp dụng cho đảng viên dự bị hoặc chính thức vào ngày bắt đầu (hiện tại: {0}).",
            "Exemption and suspension apply to a probationary or full member on their first day (now: {0})."),
        ["member.condition_overlaps"] = ("Đã có một quyết định cùng loại trong khoảng thời gian {0}.", "A condition of this kind already covers {0}."),
        ["member.condition_not_found"] = ("Đảng viên không có quyết định miễn, giảm hoặc đình chỉ '{0}'.", "The member has no condition '{0}'."),
        ["member.condition_already_ended"] = ("Quyết định đã kết thúc vào ngày {0}.", "The condition already ends on {0}."),
        ["member.condition_end_before_start"] = ("Ngày kết thúc không được trước ngày bắt đầu ({0}).", "The end cannot precede the start ({0})."),
        ["member.readmission_not_applicable"] = ("Chỉ kết nạp lại người đã bị xóa tên hoặc khai trừ (hiện tại: {0}).", "Only a person whose name was removed or who was expelled can be re-admitted (now: {0})."),
        ["member.readmission_once_only"] = ("Chỉ kết nạp lại một lần (bộ quy tắc {0}).", "A person is re-admitted once only (rule set {0})."),
        ["member.readmission_excluded"] = ("Không xem xét kết nạp lại người ra khỏi Đảng vì lý do {0} (bộ quy tắc {1}).", "No re-admission after leaving for reason {0} (rule set {1})."),
        ["member.readmission_too_early"] = ("Chưa đủ thời gian để kết nạp lại: sớm nhất ngày {0} (bộ quy tắc {1}).", "Too early for a re-admission: {0} at the earliest (rule set {1})."),
        ["member.leaving_reason_required"] = ("Cần ghi lý do ra khỏi Đảng (theo danh mục) trước khi kết nạp lại.", "The coded reason for leaving must be given before a re-admission."),
        ["member.record_cleared_date_required"] = ("Cần ngày được xóa án tích.", "The date the criminal record was cleared is required."),
        ["member.seniority_gap_open"] = ("Thời gian không tính tuổi đảng phải đã kết thúc khi ghi nhận.", "A period not counted in seniority must have ended when it is recorded."),
        ["member.seniority_gap_overlaps"] = ("Khoảng thời gian trùng với một khoảng đã ghi.", "The period overlaps one already recorded."),
        ["member.identity_change_needs_decision"] = (
            "Họ tên và ngày sinh chỉ thay đổi theo quyết định của cấp có thẩm quyền: ghi việc điều chỉnh kèm quyết định (POST /api/v1/members/…/corrections).",
            "The name and the date of birth change only by a decision of the competent body: record a correction with its decision (POST /api/v1/members/…/corrections)."),
        ["member.correction_changes_nothing"] = ("Việc điều chỉnh không thay đổi họ tên hay ngày sinh.", "The correction changes neither the name nor the date of birth."),
        ["member.youth_union_before_birth"] = ("Ngày vào Đoàn không được trước ngày sinh.", "The youth-union joining date cannot precede the date of birth."),
        ["member.work_history_period_invalid"] = ("Một dòng quá trình công tác kết thúc trước khi bắt đầu ({0}).", "A work-history line ends before it starts ({0})."),
        ["member.supplementary_sheet_year_invalid"] = ("Năm {0} trước năm kết nạp hoặc chưa bắt đầu.", "Year {0} is before the admission or has not begun."),
        ["member.supplementary_sheet_declared_before_year"] = ("Phiếu bổ sung năm {0} không được kê khai trước năm đó.", "The supplementary sheet of {0} cannot be declared before that year."),
        ["member.list_too_long"] = ("Tối đa {0} dòng.", "At most {0} lines."),
        ["timeline.condition"] = ("Bắt đầu: {0}", "Started: {0}"),
        ["timeline.condition_ended"] = ("Kết thúc: {0}", "Ended: {0}"),
        ["timeline.readmission"] = ("Quyết định kết nạp lại vào Đảng", "Re-admission decision"),
        ["timeline.correction"] = ("Điều chỉnh {0}: {1} → {2}", "Correction of {0}: {1} → {2}"),
        ["timeline.seniority_gap"] = ("Không tính tuổi đảng: {0}", "Not counted in seniority: {0}"),
    };
}
