using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Evaluation.MassOrganizations;

/// <summary>Messages of the mass-organisation ratings (code → Vietnamese, English).</summary>
internal sealed class MassOrganizationRatingMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["mass_organization_rating.not_found"] = ("Không tìm thấy kết quả xếp loại tổ chức đoàn thể '{0}'.", "Mass-organisation rating '{0}' was not found."),
        ["mass_organization_rating.organization_not_found"] = ("Không tìm thấy tổ chức đoàn thể '{0}'.", "Mass organisation '{0}' was not found."),
        ["mass_organization_rating.year_in_future"] = ("Chưa thể xếp loại năm {0}.", "Year {0} cannot be rated yet."),
        ["mass_organization_rating.organization_inactive"] = ("Tổ chức '{0}' không hoạt động trong năm {1}.", "'{0}' did not exist in {1}."),
        ["mass_organization_rating.decided_outside_year"] = ("Ngày quyết định {0} phải trong hoặc sau năm {1} và không sau hôm nay.", "The decision date {0} must be in or after {1} and not in the future."),
        ["mass_organization_rating.exists"] = ("'{0}' đã được xếp loại năm {1}; hãy đính chính kết quả đó.", "'{0}' is already rated for {1}; correct that rating instead."),
        ["mass_organization_rating.reason_required"] = ("Đính chính kết quả phải nêu lý do.", "A correction states its reason."),
        ["mass_organization_rating.correction_date_invalid"] = ("Ngày đính chính phải từ ngày {0} trở đi và không sau hôm nay.", "A correction is dated on or after {0} and not in the future."),
        ["mass_organization_rating.correction_unchanged"] = ("Mức xếp loại đang là {0}; đính chính không thay đổi gì.", "The level is already {0}; the correction changes nothing."),
        ["mass_organization_rating.level_not_on_scale"] = ("Mức {0} không có trong thang xếp loại của loại tổ chức {1}.", "Level {0} is not on the scale of {1}."),
    };
}
