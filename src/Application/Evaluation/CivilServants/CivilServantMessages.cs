using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Evaluation.CivilServants;

/// <summary>Messages of the civil-servant ratings (code → Vietnamese, English).</summary>
internal sealed class CivilServantMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["civil_servant_rating.not_found"] = ("Không tìm thấy kết quả xếp loại công chức, viên chức '{0}'.", "Civil-servant rating '{0}' was not found."),
        ["civil_servant_rating.organization_not_found"] = ("Không tìm thấy tổ chức đảng '{0}'.", "Party organisation '{0}' was not found."),
        ["civil_servant_rating.member_not_found"] = ("Không tìm thấy đảng viên '{0}'.", "Member '{0}' was not found."),
        ["civil_servant_rating.member_name_mismatch"] = ("Họ tên '{0}' không phải của đảng viên ({1}).", "The name '{0}' is not the member's ({1})."),
        ["civil_servant_rating.year_in_future"] = ("Chưa thể xếp loại năm {0}.", "Year {0} cannot be rated yet."),
        ["civil_servant_rating.decided_outside_year"] = ("Ngày quyết định {0} phải trong hoặc sau năm {1} và không sau hôm nay.", "The decision date {0} must be in or after {1} and not in the future."),
        ["civil_servant_rating.person_required"] = ("Cần chỉ rõ người được xếp loại (đảng viên, hoặc họ tên và ngày sinh).", "Name the person rated (a member, or a name and date of birth)."),
        ["civil_servant_rating.date_of_birth_required"] = ("Người không phải đảng viên được xác định bằng họ tên và ngày sinh.", "A person who is not a party member is identified by name and date of birth."),
        ["civil_servant_rating.level_not_on_scale"] = ("Mức {0} không có trong thang xếp loại {1}.", "Level {0} is not on the scale of {1}."),
        ["civil_servant_rating.exists"] = ("{0} đã có kết quả xếp loại năm {1}.", "{0} already has a rating for {1}."),
        ["import.person_repeated"] = ("Người này đã có ở dòng {0} của tệp cho cùng năm.", "The same person and year are already on row {0}."),

        // Rule-set kind
        ["evaluation.civil_servant_ratings"] = ("Xếp loại chất lượng cán bộ, công chức, viên chức", "Civil-servant ratings"),
    };
}
