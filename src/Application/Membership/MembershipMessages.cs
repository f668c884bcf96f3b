using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership;

/// <summary>Messages of the module: party members (code → Vietnamese, English).</summary>
internal sealed class MembershipMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["member.not_found"] = ("Không tìm thấy đảng viên '{0}'.", "Party member '{0}' was not found."),
        ["member.organization_not_found"] = ("Không tìm thấy chi bộ '{0}'.", "Cell '{0}' was not found."),
        ["member.organization_not_a_cell"] = ("Đảng viên sinh hoạt tại chi bộ; '{0}' không phải chi bộ.", "A member belongs to a party cell; '{0}' is not a cell."),
        ["member.organization_inactive"] = ("Chi bộ '{0}' không tồn tại vào ngày {1}.", "Cell '{0}' does not exist on {1}."),
        ["member.initial_status_invalid"] = ("Đảng viên chỉ được ghi nhận là dự bị hoặc chính thức; miễn, giảm sinh hoạt và đình chỉ sinh hoạt được ghi sau, các trạng thái khác phải qua quyết định thay đổi ({0}).", "A member is recorded as probationary or full; exemption and suspension are recorded afterwards, other statuses are reached by a change ({0})."),
        ["member.ethnicity_unknown"] = ("Mã dân tộc '{0}' không có trong danh mục 54 dân tộc.", "Ethnic group code '{0}' is not in the list of 54 groups."),
        ["member.card_number_taken"] = ("Số thẻ đảng viên '{0}' đã được cấp cho đảng viên khác.", "Party card number '{0}' belongs to another member."),
        ["member.citizen_id_taken"] = ("Số CCCD đã được ghi cho đảng viên khác.", "The citizen ID belongs to another member."),
        ["member.record_number_taken"] = ("Số lý lịch '{0}' đã được ghi cho đảng viên khác.", "Record number '{0}' belongs to another member."),
        ["member.ceremony_before_decision"] = ("Ngày kết nạp không được trước ngày quyết định kết nạp.", "The admission ceremony cannot precede the admission decision."),
        ["member.full_membership_before_admission"] = ("Ngày công nhận chính thức không được trước ngày kết nạp.", "Full membership cannot precede admission."),
        ["member.probationary_with_full_membership_date"] = ("Đảng viên dự bị chưa có ngày công nhận chính thức.", "A probationary member has no full-membership date."),
        ["member.probationary_cannot_be_expelled"] = ("Không khai trừ đảng viên dự bị: đảng viên dự bị không đủ tư cách thì xóa tên (Điều lệ Đảng, Điều 5; Quy định 294-QĐ/TW).", "A probationary member cannot be expelled; an unfit probationary member has the name removed (Party Statute art. 5; Regulation 294-QĐ/TW)."),
        ["member.use_full_membership_recognition"] = ("Đảng viên dự bị trở thành chính thức bằng quyết định công nhận sau thời gian dự bị.", "A probationary member becomes a full member by recognition after the probation."),
        ["member.status_transition_not_allowed"] = ("Không được chuyển trạng thái từ {0} sang {1}.", "The status cannot change from {0} to {1}."),
        ["member.date_before_last_change"] = ("Ngày hiệu lực không được trước lần thay đổi gần nhất ({0}).", "The date is before the member's last recorded change ({0})."),
        ["member.not_probationary"] = ("Chỉ công nhận chính thức cho đảng viên dự bị (hiện tại: {0}).", "Only a probationary member can be recognised as a full member (now: {0})."),
        ["member.probation_not_complete"] = ("Chưa hết thời gian dự bị 12 tháng (kết thúc ngày {0}).", "The 12-month probation has not ended (it ends on {0})."),
        ["member.not_active"] = ("Đảng viên đã ra khỏi tổ chức đảng ({0}).", "The member has left the party organisation ({0})."),
        ["member.already_in_cell"] = ("Đảng viên đã sinh hoạt tại chi bộ này.", "The member already belongs to that cell."),
        ["member.card_number_invalid"] = ("Số thẻ đảng viên gồm đúng 8 chữ số.", "A party card number has exactly 8 digits."),
        ["member.record_number_invalid"] = ("Số lý lịch gồm 6 chữ số và chữ viết tắt tên tỉnh (ví dụ 012345ST).", "A record number has 6 digits and the province letters (e.g. 012345ST)."),
        ["member.citizen_id_invalid"] = ("Số CCCD gồm đúng 12 chữ số.", "A citizen ID has exactly 12 digits."),
        ["member.too_young"] = ("Đảng viên phải đủ {0} tuổi vào ngày quyết định kết nạp (bộ quy tắc {1}).", "A member must be at least {0} on the admission decision date (rule set {1})."),
        ["timeline.admission_decision"] = ("Quyết định kết nạp vào Đảng", "Admission decision"),
        ["timeline.ceremony"] = ("Lễ kết nạp đảng viên", "Admission ceremony"),
        ["timeline.status"] = ("Trạng thái: {0}", "Status: {0}"),
        ["timeline.cell"] = ("Sinh hoạt tại {0}", "Member of {0}"),
        ["import.date_invalid"] = ("Ngày '{0}' không hợp lệ (dùng yyyy-MM-dd hoặc dd/MM/yyyy).", "Invalid date '{0}' (use yyyy-MM-dd or dd/MM/yyyy)."),
        ["import.value_invalid"] = ("Giá trị '{0}' không thuộc danh mục.", "Value '{0}' is not one of the allowed codes."),
        ["import.cell_unknown"] = ("Không có chi bộ mã '{0}' trong phạm vi được phân quyền.", "No cell with code '{0}' in your scope."),
        ["import.file_unreadable"] = ("Không đọc được tệp: cần CSV (UTF-8) hoặc Excel .xlsx có dòng tiêu đề.", "The file could not be read: send CSV (UTF-8) or Excel .xlsx with a header row."),
        ["import.too_many_rows"] = ("Tệp có quá {0} dòng.", "The file has more than {0} rows."),
        ["import.file_too_large"] = ("Tệp vượt quá dung lượng cho phép ({0} MB).", "The file is larger than allowed ({0} MB)."),
        ["import.xlsx_too_large"] = ("Tệp Excel khi giải nén vượt quá {0} MB hoặc bị nén bất thường: tệp không được xử lý.", "The Excel file expands beyond {0} MB or is compressed suspiciously: it was not processed."),
        ["import.too_many_columns"] = ("Tệp có quá {0} cột.", "The file has more than {0} columns."),
        ["import.encoding_invalid"] = ("Tệp CSV không dùng bảng mã UTF-8: hãy lưu lại dưới dạng CSV UTF-8 rồi nhập lại.", "The CSV file is not UTF-8: save it as CSV UTF-8 and import it again."),
        ["import.boolean_invalid"] = ("Giá trị '{0}' không hợp lệ: dùng có/không, true/false, 1/0, x/để trống hoặc yes/no.", "Invalid yes/no value '{0}': use true/false, 1/0, x/empty, có/không or yes/no."),
        ["import.cell_change_not_allowed"] = ("Đảng viên đang sinh hoạt tại chi bộ '{0}': nhập tệp không chuyển chi bộ, hãy dùng thủ tục chuyển sinh hoạt đảng.", "The member belongs to cell '{0}': an import never moves a member; use a transfer."),
        ["import.member_repeated"] = ("Đảng viên này đã có ở dòng {0} của tệp.", "This member is already in row {0} of the file."),
        ["import.member_ambiguous"] = ("Có nhiều đảng viên cùng họ tên và ngày sinh: ghi số thẻ đảng viên hoặc số CCCD để xác định.", "Several members have this name and date of birth: give the party card number or the citizen ID."),
        ["import.has_errors"] = ("Có {0} dòng lỗi: không dòng nào được ghi. Sửa các dòng lỗi rồi nhập lại.", "{0} rows have errors: nothing was written. Fix them and import again."),
        ["statistics.organization_required"] = ("Cần chọn tổ chức đảng.", "Choose an organisation."),
    };
}
