using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Evaluation;

/// <summary>Messages of the evaluation module (code → Vietnamese, English).</summary>
internal sealed class EvaluationMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        // Document register and dissemination
        ["document.not_found"] = ("Không tìm thấy văn bản '{0}'.", "Document '{0}' was not found."),
        ["document.organization_not_found"] = ("Không tìm thấy tổ chức đảng '{0}'.", "Party organisation '{0}' was not found."),
        ["document.organization_dissolved"] = ("Tổ chức đảng '{0}' đã giải thể, không còn sổ văn bản.", "Party organisation '{0}' is dissolved and keeps no register."),
        ["document.issued_after_dissemination"] = ("Văn bản đã được phổ biến ngày {0}; ngày ban hành không được sau ngày đó.", "The document was disseminated on {0}; it cannot be issued after that day."),
        ["document.received_before_issue"] = ("Không thể tiếp nhận văn bản trước ngày ban hành ({0}).", "A document cannot be received before it is issued ({0})."),
        ["document.already_received"] = ("Đảng viên đã được phổ biến văn bản này (ngày {0}).", "The member already received this document (on {0})."),
        ["document.member_not_found"] = ("Đảng viên '{0}' không sinh hoạt ở chi bộ nào trong phạm vi của bạn vào ngày {1}.", "Member '{0}' is not counted in a cell in your scope on {1}."),
        ["document.coverage_outside_register"] = ("Tổ chức '{0}' không thuộc phạm vi của sổ văn bản chứa văn bản này.", "Organisation '{0}' is not under the register that holds the document."),

        // Cell meetings
        ["meeting.not_found"] = ("Không tìm thấy buổi sinh hoạt chi bộ '{0}'.", "Meeting '{0}' was not found."),
        ["meeting.organization_not_found"] = ("Không tìm thấy chi bộ '{0}'.", "Cell '{0}' was not found."),
        ["meeting.not_a_cell"] = ("'{0}' không phải chi bộ; chỉ chi bộ mới ghi buổi sinh hoạt.", "'{0}' is not a party cell; meetings are recorded for cells."),
        ["meeting.cell_inactive"] = ("Chi bộ '{0}' chưa thành lập hoặc đã giải thể vào ngày {1}.", "Cell '{0}' does not exist on {1}."),
        ["meeting.cell_cannot_change"] = ("Không thể chuyển buổi sinh hoạt sang chi bộ khác.", "A meeting stays the meeting of its cell."),
        ["meeting.regular_exists"] = ("Chi bộ đã sinh hoạt thường kỳ trong tháng này (ngày {0}); Điều lệ Đảng quy định họp thường lệ mỗi tháng một lần.", "The cell already held its regular meeting this month (on {0}); the statute sets one regular meeting a month."),
        ["meeting.attendee_not_in_cell"] = ("Đảng viên '{0}' không sinh hoạt tại chi bộ vào ngày {1}.", "Member '{0}' is not counted in the cell on {1}."),
        ["meeting.attendance_duplicate"] = ("Đảng viên '{0}' được ghi điểm danh hai lần.", "Member '{0}' is listed twice."),
        ["meeting.attendance_missing"] = ("Thiếu điểm danh của {0} đảng viên của chi bộ: {1}.", "The attendance of {0} members of the cell is missing: {1}."),
        ["meeting.chair_not_present"] = ("Người chủ trì '{0}' phải là đảng viên của chi bộ có mặt tại buổi sinh hoạt.", "The chair '{0}' must be a member of the cell present at the meeting."),
        ["meeting.secretary_not_present"] = ("Thư ký '{0}' phải là đảng viên của chi bộ có mặt tại buổi sinh hoạt.", "The minute-taker '{0}' must be a member of the cell present at the meeting."),
        ["meeting.document_not_found"] = ("Không tìm thấy văn bản '{0}' trong sổ văn bản của chi bộ hoặc cấp trên.", "Document '{0}' is not in the cell's register nor in a register above it."),
        ["meeting.document_after_meeting"] = ("Văn bản {0} ban hành ngày {1}, sau ngày sinh hoạt.", "Document {0} was issued on {1}, after the meeting."),
        ["meeting.has_reviews"] = ("Đã đánh giá đảng viên tại buổi sinh hoạt ngày {0}; không thể chuyển sang tháng khác.", "Members were reviewed at the meeting of {0}; it cannot move to another month."),

        // Review templates and monthly reviews (NQ TW4 khóa XII, Chỉ thị 05)
        ["review_template.not_found"] = ("Không tìm thấy bộ tiêu chí '{0}'.", "Review template '{0}' was not found."),
        ["review_template.organization_not_found"] = ("Không tìm thấy đảng bộ '{0}'.", "Committee '{0}' was not found."),
        ["review_template.owner_not_committee"] = ("Bộ tiêu chí do đảng ủy ban hành, không thuộc chi bộ '{0}'.", "Templates belong to a committee, not to cell '{0}'."),
        ["review_template.owner_cannot_change"] = ("Không thể chuyển bộ tiêu chí sang đảng bộ khác.", "A template stays its committee's."),
        ["review_template.criteria_required"] = ("Bộ tiêu chí phải có ít nhất một tiêu chí.", "A template has at least one criterion."),
        ["review_template.criterion_duplicate"] = ("Mã tiêu chí '{0}' bị trùng.", "Criterion code '{0}' appears twice."),
        ["review_template.date_taken"] = ("Đảng bộ đã có bộ tiêu chí áp dụng từ ngày {0}.", "The committee already has a template starting on {0}."),
        ["review_template.in_use"] = ("Bộ tiêu chí '{0}' đã được dùng để đánh giá, không sửa được; hãy ban hành bộ mới áp dụng từ ngày sau.", "Template '{0}' was used by reviews and cannot change; create a new template with a later date."),
        ["monthly_review.not_found"] = ("Không tìm thấy phiếu đánh giá '{0}'.", "Monthly review '{0}' was not found."),
        ["monthly_review.meeting_not_found"] = ("Không tìm thấy buổi sinh hoạt '{0}'.", "Meeting '{0}' was not found."),
        ["monthly_review.member_not_in_cell"] = ("Đảng viên '{0}' không sinh hoạt tại chi bộ vào ngày {1}.", "Member '{0}' is not counted in the cell on {1}."),
        ["monthly_review.exists"] = ("Đảng viên đã được đánh giá tháng {0}.", "The member was already reviewed for {0}."),
        ["monthly_review.no_template"] = ("Chưa có bộ tiêu chí đánh giá của đảng ủy áp dụng vào ngày {0}.", "No review template of the committee is in force on {0}."),
        ["monthly_review.criterion_unknown"] = ("Tiêu chí '{0}' không có trong bộ tiêu chí '{1}'.", "Criterion '{0}' is not in template '{1}'."),
        ["monthly_review.criterion_duplicate"] = ("Tiêu chí '{0}' được đánh giá hai lần.", "Criterion '{0}' is answered twice."),

        // Emulation models
        ["emulation_model.not_found"] = ("Không tìm thấy mô hình '{0}'.", "Emulation model '{0}' was not found."),
        ["emulation_model.organization_not_found"] = ("Không tìm thấy tổ chức đảng '{0}'.", "Party organisation '{0}' was not found."),
        ["emulation_model.organization_inactive"] = ("Tổ chức đảng '{0}' không hoạt động trong năm {1}.", "Party organisation '{0}' does not exist in {1}."),
        ["emulation_model.owner_not_in_organization"] = ("Đảng viên '{0}' không sinh hoạt trong tổ chức này trong năm {1}.", "Member '{0}' is not a member of the organisation in {1}."),
        ["emulation_model.recognized_before_year"] = ("Ngày công nhận {0} trước năm đăng ký mô hình ({1}).", "Recognition on {0} precedes the model's year ({1})."),

        // Timeline events, rule-set kind
        ["evaluation.timeline_monthly_review"] = ("Đánh giá hằng tháng {0}: {1}", "Monthly review {0}: {1}"),
        ["evaluation.timeline_meeting_attended"] = ("Dự {0} – {1}", "Attended: {0} – {1}"),
        ["evaluation.monthly_review"] = ("Đánh giá, nhận xét đảng viên hằng tháng", "Monthly review of a member"),
        ["evaluation.meeting_attended"] = ("Dự sinh hoạt chi bộ", "Attended a cell meeting"),
        ["evaluation.cell_meetings"] = ("Sinh hoạt chi bộ thường kỳ", "Regular cell meetings"),
    };
}
