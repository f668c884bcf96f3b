using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Inspection.Dues.Import;

/// <summary>Messages of the dues import and export (code → Vietnamese, English); the first <c>dues.import.*</c> codes live in <see cref="DuesMessages"/>.</summary>
internal sealed class DuesImportMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["dues.import.month_invalid"] = ("Tháng '{0}' không hợp lệ (yyyy-MM, MM/yyyy hoặc một ngày của tháng).", "Month '{0}' is not valid (yyyy-MM, MM/yyyy or a day of the month)."),
        ["dues.import.month_required"] = ("Dòng phải ghi tháng (hoặc chọn tháng cho cả tệp).", "The row needs its month (or choose the month of the whole file)."),
        ["dues.import.month_mismatch"] = ("Tháng {0} khác tháng {1} đã chọn cho cả tệp.", "Month {0} differs from {1}, the month chosen for the file."),
        ["dues.import.amount_required"] = ("Dòng phải ghi số tiền đã đóng (0 nếu chưa đóng).", "The row needs the amount paid (0 when nothing was paid)."),
        ["dues.import.boolean_invalid"] = ("Giá trị '{0}' không hợp lệ (có/không, x, 1/0).", "Value '{0}' is not valid (yes/no, x, 1/0)."),
        ["dues.import.text_too_long"] = ("Nội dung dài quá {0} ký tự.", "The text is longer than {0} characters."),
        ["dues.import.basis_mismatch"] = ("Mức căn cứ {0} khác mức đã ghi nhận cho đảng viên tháng này ({1}); ghi nhận căn cứ mới trước khi nhập.", "Basis {0} differs from the member's recorded basis for the month ({1}); record the new basis before importing."),
        ["dues.import.due_mismatch"] = ("Số phải đóng {0} khác số tính theo chế độ đảng phí tháng này ({1}; {2}).", "Due {0} differs from the due computed under the month's dues rules ({1}; {2})."),
        ["dues.import.paid_above_due"] = ("Đã đóng {0}, cao hơn mức phải đóng {1} (đảng viên tự nguyện đóng cao hơn: được ghi nhận).", "Paid {0}, above the due of {1} (a member may pay more of his own will: recorded)."),
        ["dues.import.no_rules"] = ("Không có chế độ đảng phí áp dụng cho tháng {0}.", "No dues rules apply to {0}."),
        ["dues.import.has_errors"] = ("Tệp có {0} dòng lỗi; không ghi dữ liệu nào.", "The file has {0} rows with errors; nothing was written."),
    };
}
