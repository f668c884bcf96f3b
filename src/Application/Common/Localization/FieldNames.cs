using System.Collections.Frozen;
using System.Globalization;
using FluentValidation.Internal;

namespace PartyCommittee.Application.Common.Localization;

/// <summary>
/// The names of request fields as people read them, in Vietnamese and English: FluentValidation's messages name
/// the field ("'Họ và tên' không được rỗng." rather than "'Full Name' không được rỗng.").
/// </summary>
public static class FieldNames
{
    private static readonly FrozenDictionary<string, (string Vi, string En)> Names = new Dictionary<string, (string Vi, string En)>
    {
        ["address"] = ("Địa chỉ", "Address"),
        ["admissionDecisionDate"] = ("Ngày quyết định kết nạp", "Admission decision date"),
        ["admissionDecisionNumber"] = ("Số quyết định kết nạp", "Admission decision number"),
        ["asOf"] = ("Ngày tính", "As of"),
        ["assignedOn"] = ("Ngày phân công", "Assigned on"),
        ["ceremonyDate"] = ("Ngày lễ kết nạp", "Ceremony date"),
        ["certificateNumber"] = ("Số giấy chứng nhận", "Certificate number"),
        ["citizenId"] = ("Số căn cước công dân", "Citizen ID"),
        ["closedOn"] = ("Ngày đóng hồ sơ", "Closed on"),
        ["code"] = ("Mã", "Code"),
        ["completedOn"] = ("Ngày hoàn thành", "Completed on"),
        ["congressNumber"] = ("Đại hội lần thứ", "Congress number"),
        ["count"] = ("Số lượng", "Count"),
        ["date"] = ("Ngày", "Date"),
        ["dateOfBirth"] = ("Ngày sinh", "Date of birth"),
        ["days"] = ("Số ngày làm việc", "Working days"),
        ["decidedOn"] = ("Ngày quyết định", "Decided on"),
        ["decisionNumber"] = ("Số quyết định", "Decision number"),
        ["direction"] = ("Hướng chuyển", "Direction"),
        ["dissolvedOn"] = ("Ngày giải thể", "Dissolved on"),
        ["effectiveOn"] = ("Ngày hiệu lực", "Effective on"),
        ["email"] = ("Thư điện tử", "Email"),
        ["endsOn"] = ("Ngày kết thúc", "Ends on"),
        ["establishedOn"] = ("Ngày thành lập", "Established on"),
        ["ethnicityCode"] = ("Mã dân tộc", "Ethnicity code"),
        ["externalOrganization"] = ("Tổ chức đảng ngoài Đảng bộ", "External organisation"),
        ["from"] = ("Từ ngày", "From"),
        ["fullMembershipDate"] = ("Ngày công nhận đảng viên chính thức", "Full membership date"),
        ["fullName"] = ("Họ và tên", "Full name"),
        ["generalEducation"] = ("Trình độ giáo dục phổ thông", "General education"),
        ["heldOn"] = ("Ngày tổ chức", "Held on"),
        ["homeTown"] = ("Quê quán", "Home town"),
        ["isProvincialCommitteeMember"] = ("Tỉnh ủy viên", "Provincial committee member"),
        ["isYouthUnionMember"] = ("Đoàn viên", "Youth union member"),
        ["kind"] = ("Loại", "Kind"),
        ["leadingOrganizationId"] = ("Tổ chức đảng lãnh đạo", "Leading organisation"),
        ["memberId"] = ("Đảng viên", "Member"),
        ["name"] = ("Tên", "Name"),
        ["nameEn"] = ("Tên tiếng Anh", "English name"),
        ["nameVi"] = ("Tên tiếng Việt", "Vietnamese name"),
        ["number"] = ("Số văn bản", "Number"),
        ["organizationId"] = ("Tổ chức đảng", "Organisation"),
        ["page"] = ("Trang", "Page"),
        ["pageSize"] = ("Số dòng mỗi trang", "Page size"),
        ["parentId"] = ("Tổ chức cấp trên", "Parent organisation"),
        ["partyCardNumber"] = ("Số thẻ đảng viên", "Party card number"),
        ["phone"] = ("Số điện thoại", "Phone"),
        ["placeOfBirth"] = ("Nơi sinh", "Place of birth"),
        ["politicalTheoryLevel"] = ("Trình độ lý luận chính trị", "Political theory level"),
        ["position"] = ("Chức vụ", "Position"),
        ["professionalLevel"] = ("Trình độ chuyên môn", "Professional level"),
        ["purpose"] = ("Mục đích", "Purpose"),
        ["reason"] = ("Lý do", "Reason"),
        ["receivedOn"] = ("Ngày tiếp nhận", "Received on"),
        ["recognizedOn"] = ("Ngày công nhận", "Recognised on"),
        ["recordNumber"] = ("Số lý lịch", "Record number"),
        ["rejectedOn"] = ("Ngày từ chối", "Rejected on"),
        ["religion"] = ("Tôn giáo", "Religion"),
        ["removedOn"] = ("Ngày xóa tên", "Removed on"),
        ["requestedOn"] = ("Ngày đề nghị", "Requested on"),
        ["resolvedOn"] = ("Ngày nghị quyết", "Resolved on"),
        ["role"] = ("Chức danh", "Role"),
        ["search"] = ("Từ khóa tìm kiếm", "Search"),
        ["sentOn"] = ("Ngày gửi", "Sent on"),
        ["sex"] = ("Giới tính", "Sex"),
        ["shortName"] = ("Tên viết tắt", "Short name"),
        ["sort"] = ("Sắp xếp", "Sort"),
        ["startsOn"] = ("Ngày bắt đầu", "Starts on"),
        ["status"] = ("Trạng thái", "Status"),
        ["statusDecisionNumber"] = ("Số quyết định về trạng thái", "Status decision number"),
        ["statusSince"] = ("Trạng thái từ ngày", "Status since"),
        ["temporaryUntil"] = ("Sinh hoạt tạm thời đến ngày", "Temporary until"),
        ["termId"] = ("Nhiệm kỳ", "Term"),
        ["to"] = ("Đến ngày", "To"),
        ["toOrganizationId"] = ("Tổ chức đảng nơi đến", "Receiving organisation"),
        ["type"] = ("Loại tổ chức", "Type"),
        ["unitKind"] = ("Loại đơn vị", "Unit kind"),
        ["workedTogetherSince"] = ("Công tác cùng từ ngày", "Worked together since"),
        ["year"] = ("Năm", "Year"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The field's name in the current UI language; unknown names are returned as they are.</summary>
    public static string Localize(string name)
    {
        var compact = name.Replace(" ", string.Empty, StringComparison.Ordinal);
        var last = compact[(compact.LastIndexOf('.') + 1)..];
        if (last.Length == 0)
        {
            return name;
        }

        var key = char.ToLowerInvariant(last[0]) + last[1..];
        return Names.TryGetValue(key, out var entry)
            ? Messages.IsEnglish(CultureInfo.CurrentUICulture) ? entry.En : entry.Vi
            : name;
    }
}

/// <summary>Puts the localised field name (<see cref="FieldNames"/>) into FluentValidation's <c>{PropertyName}</c>.</summary>
public sealed class LocalizedFieldMessageFormatter : MessageFormatter
{
    public override string BuildMessage(string messageTemplate)
    {
        if (PlaceholderValues.TryGetValue(PropertyName, out var value) && value is string name)
        {
            PlaceholderValues[PropertyName] = FieldNames.Localize(name);
        }

        return base.BuildMessage(messageTemplate);
    }
}
