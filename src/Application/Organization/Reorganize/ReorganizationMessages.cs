using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Organization.Reorganize;

/// <summary>Messages of reorganisations (code → Vietnamese, English).</summary>
internal sealed class ReorganizationMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["reorganization.root_cannot_move"] = ("Tổ chức '{0}' là cấp cao nhất, không có cấp trên để chuyển đi.", "Organisation '{0}' is a root and has no parent to leave."),
        ["reorganization.already_under_parent"] = ("Tổ chức '{0}' đã trực thuộc tổ chức này.", "Organisation '{0}' is already under that parent."),
        ["reorganization.parent_inactive"] = ("Tổ chức cấp trên mới '{0}' không tồn tại vào ngày {1}.", "The new parent '{0}' does not exist on {1}."),
        ["reorganization.before_established"] = ("Tổ chức '{0}' thành lập ngày {1}: ngày chuyển phải sau ngày đó.", "Organisation '{0}' was established on {1}: it moves after that day."),
        ["reorganization.date_before_last_move"] = ("Tổ chức '{0}' đã chuyển ngày {1}: ngày chuyển mới phải sau ngày đó.", "Organisation '{0}' last moved on {1}: the new move comes after that day."),
        ["reorganization.organization_not_found"] = ("Không tìm thấy tổ chức đảng '{0}'.", "Organisation '{0}' was not found."),
        ["reorganization.parent_not_found"] = ("Không tìm thấy tổ chức cấp trên '{0}'.", "The new parent '{0}' was not found."),
        ["reorganization.nested_organizations"] = ("Tổ chức '{0}' nằm trong tổ chức khác cũng được chuyển: chỉ chọn tổ chức cấp trên.", "Organisation '{0}' lies under another organisation being moved: choose the upper one only."),
    };
}
