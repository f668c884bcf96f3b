using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Inspection.Dues;

/// <summary>Messages of party dues (code → Vietnamese, English).</summary>
internal sealed class DuesMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["dues.sheet_not_found"] = ("Không tìm thấy sổ thu đảng phí '{0}'.", "Dues sheet '{0}' was not found."),
        ["dues.member_not_found"] = ("Không tìm thấy đảng viên '{0}' trong phạm vi được phân quyền.", "Party member '{0}' was not found in your scope."),
        ["dues.organization_not_found"] = ("Không tìm thấy chi bộ '{0}' trong phạm vi được phân quyền.", "Cell '{0}' was not found in your scope."),
        ["dues.organization_not_a_cell"] = ("Đảng phí được thu theo chi bộ; '{0}' không phải chi bộ.", "Dues are collected by cells; '{0}' is not a cell."),
        ["dues.sheet_exists"] = ("Chi bộ đã có sổ thu đảng phí tháng {0}.", "The cell already has a dues sheet for {0}."),
        ["dues.basis_exists"] = ("Đảng viên đã có căn cứ đóng đảng phí từ tháng {0}.", "The member already has a dues basis from {0}."),
        ["dues.month_in_future"] = ("Chưa đến tháng {0}; sổ thu được lập cho tháng hiện tại hoặc đã qua.", "{0} has not come yet; a sheet is opened for the current or a past month."),
        ["dues.basis_amount_required"] = ("Đảng viên hưởng lương hoặc lương hưu phải có mức tiền làm căn cứ đóng đảng phí.", "A salaried member or a pensioner has a monthly basis amount."),
        ["dues.reduction_incomplete"] = ("Việc giảm, miễn đảng phí phải ghi tháng cuối cùng được giảm và lý do.", "A reduction needs its last month and its reason."),
        ["dues.reduction_not_allowed"] = ("Chế độ đảng phí đang áp dụng không có mức giảm {0}% (các mức: {1}; {2}).", "The dues rules in force give no {0}% reduction (levels: {1}; {2})."),
        ["dues.reduction_too_long"] = ("Mỗi lần giảm, miễn đảng phí tối đa {1} tháng; đề nghị {0} tháng ({2}).", "A reduction is granted for at most {1} months; {0} requested ({2})."),
        ["dues.member_not_on_sheet"] = ("Đảng viên '{0}' không có trong sổ thu tháng này.", "Member '{0}' is not on this month's sheet."),
        ["dues.paid_negative"] = ("Số tiền đã đóng không được âm.", "An amount paid is not negative."),
        ["dues.paid_on_required"] = ("Khoản đã đóng của đảng viên '{0}' phải ghi ngày đóng.", "The payment of member '{0}' needs its date."),
        ["dues.paid_on_in_future"] = ("Ngày đóng {0} chưa đến.", "The payment date {0} is in the future."),
        ["dues.reason_required"] = ("Tháng không đóng có lý do của đảng viên '{0}' phải ghi lý do.", "The excused month of member '{0}' needs its reason."),
        ["dues.import.column_missing"] = ("Thiếu cột '{0}'.", "Column '{0}' is missing."),
        ["dues.import.member_unknown"] = ("Không có đảng viên '{0}' trong sổ thu tháng này.", "No member '{0}' on this month's sheet."),
        ["dues.import.amount_invalid"] = ("Số tiền '{0}' không hợp lệ.", "Amount '{0}' is not valid."),
        ["dues.import.date_invalid"] = ("Ngày '{0}' không hợp lệ (yyyy-MM-dd hoặc dd/MM/yyyy).", "Date '{0}' is not valid (yyyy-MM-dd or dd/MM/yyyy)."),
        ["dues.import.duplicate_member"] = ("Đảng viên '{0}' xuất hiện nhiều lần trong tệp.", "Member '{0}' appears more than once in the file."),
        ["dues.agenda.unpaid"] = ("Không đóng đảng phí {0} tháng trong năm không có lý do", "No dues for {0} months of the year without reason"),
    };
}
