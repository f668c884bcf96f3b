using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Organization.ElectedBodies;

/// <summary>Messages of the module: Terms, elected bodies and mass organisations (code → Vietnamese, English).</summary>
internal sealed class ElectedBodyMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        // Terms (nhiệm kỳ)
        ["term.not_found"] = ("Không tìm thấy nhiệm kỳ '{0}'.", "Term '{0}' was not found."),
        ["term.name_required"] = ("Nhiệm kỳ phải có tên (ví dụ 2020–2025).", "A term must have a name (e.g. 2020–2025)."),
        ["term.ends_before_start"] = ("Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.", "A term must end after it starts."),
        ["term.organization_inactive"] = ("Tổ chức đảng '{0}' chưa thành lập hoặc đã giải thể vào ngày {1}.", "Party organisation '{0}' does not exist on {1}."),
        ["term.name_taken"] = ("Tổ chức đảng đã có nhiệm kỳ '{0}'.", "The organisation already has a term named '{0}'."),
        ["term.overlaps"] = ("Nhiệm kỳ trùng thời gian với nhiệm kỳ '{0}' ({1}) của cùng tổ chức đảng.", "The term overlaps the organisation's term '{0}' ({1})."),
        ["term.memberships_outside"] = ("Có {0} trường hợp giữ chức trong các cơ quan của nhiệm kỳ sẽ nằm ngoài thời gian mới; cần điều chỉnh trước.", "{0} memberships of the term's bodies would fall outside the new dates; correct them first."),

        // Elected bodies (BCH, BTV, UBKT, Chi ủy)
        ["body.not_found"] = ("Không tìm thấy cơ quan lãnh đạo '{0}'.", "Elected body '{0}' was not found."),
        ["body.organization_not_found"] = ("Không tìm thấy tổ chức đảng '{0}'.", "Party organisation '{0}' was not found."),
        ["body.term_not_found"] = ("Không tìm thấy nhiệm kỳ '{0}'.", "Term '{0}' was not found."),
        ["body.term_not_of_organization"] = ("Nhiệm kỳ '{0}' không phải nhiệm kỳ của tổ chức đảng này.", "Term '{0}' is not a term of this organisation."),
        ["body.kind_not_allowed"] = ("Loại tổ chức đảng này không bầu cơ quan {0}; được bầu: {1}.", "This kind of organisation does not elect a body of kind {0}; it elects: {1}."),
        ["body.already_exists"] = ("Tổ chức đảng đã có cơ quan {0} trong nhiệm kỳ {1}.", "The organisation already has a body of kind {0} for term {1}."),
        ["body.role_not_allowed"] = ("Cơ quan này không có chức danh {0}; các chức danh: {1}.", "This body has no role {0}; its roles are: {1}."),
        ["body.membership_ends_before_start"] = ("Ngày thôi giữ chức không được trước ngày bắt đầu.", "A membership cannot end before it starts."),
        ["body.outside_term"] = ("Thời gian giữ chức phải nằm trong nhiệm kỳ {0} ({1}).", "Membership dates must lie within term {0} ({1})."),
        ["body.member_not_found"] = ("Không tìm thấy đảng viên '{0}'.", "Party member '{0}' was not found."),
        ["body.member_not_in_organization"] = ("Người được bầu phải là đảng viên đang sinh hoạt trong tổ chức đảng này vào ngày {0}.", "The person must be a party member of this organisation on {0}."),
        ["body.already_member"] = ("Đảng viên đã giữ chức trong cơ quan này trong thời gian đó (từ ngày {0}).", "The member already holds a seat in this body in that period (since {0})."),
        ["body.secretary_exists"] = ("Cơ quan đã có Bí thư trong thời gian đó (từ ngày {0}).", "The body already has a secretary in that period (since {0})."),
        ["body.inspection_chair_exists"] = ("Ủy ban Kiểm tra đã có Chủ nhiệm trong thời gian đó (từ ngày {0}).", "The inspection commission already has a chair in that period (since {0})."),
        ["body.standing_requires_executive"] = ("Ủy viên Ban Thường vụ phải là Ủy viên Ban Chấp hành cùng nhiệm kỳ vào ngày {0}.", "A standing committee member must be a member of the executive committee of the same term on {0}."),
        ["body.inspection_chair_requires_standing"] = ("Chủ nhiệm Ủy ban Kiểm tra phải là Ủy viên Ban Thường vụ vào ngày {0}.", "The inspection commission chair must be a member of the standing committee on {0}."),
        ["body.membership_not_found"] = ("Không tìm thấy chức danh '{0}' trong cơ quan này.", "Membership '{0}' was not found in this body."),
        ["body.membership_already_ended"] = ("Đảng viên đã thôi giữ chức từ ngày {0}.", "The membership already ended on {0}."),
        ["body.joined"] = ("Bắt đầu giữ chức {0} – {1}", "Took office as {0} – {1}"),
        ["body.left"] = ("Thôi giữ chức {0} – {1}", "Left office as {0} – {1}"),

        // Mass organisations (Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh)
        ["mass_organization.not_found"] = ("Không tìm thấy tổ chức đoàn thể '{0}'.", "Mass organisation '{0}' was not found."),
        ["mass_organization.leading_organization_not_found"] = ("Không tìm thấy tổ chức đảng lãnh đạo '{0}'.", "Leading party organisation '{0}' was not found."),
        ["mass_organization.name_required"] = ("Tổ chức đoàn thể phải có tên.", "A mass organisation must have a name."),
        ["mass_organization.name_taken"] = ("Tổ chức đảng đã lãnh đạo một tổ chức đoàn thể tên '{0}'.", "The leading organisation already has a mass organisation named '{0}'."),
        ["mass_organization.leading_organization_dissolved"] = ("Tổ chức đảng lãnh đạo '{0}' đã giải thể.", "The leading party organisation '{0}' is dissolved."),
        ["mass_organization.dissolved"] = ("Không thể thay đổi tổ chức đoàn thể đã giải thể (ngày {0}).", "A dissolved mass organisation cannot be changed (dissolved on {0})."),
        ["mass_organization.already_dissolved"] = ("Tổ chức đoàn thể đã giải thể ngày {0}.", "The mass organisation was already dissolved on {0}."),
        ["mass_organization.dissolved_before_established"] = ("Ngày giải thể không được trước ngày thành lập ({0}).", "It cannot be dissolved before it was established ({0})."),
        ["mass_organization.counts_after_dissolution"] = ("Đã ghi số đoàn viên, hội viên vào ngày {0}, không trước ngày giải thể được.", "A member count is recorded on {0}, on or after that dissolution date."),
        ["mass_organization.count_negative"] = ("Số đoàn viên, hội viên không được âm.", "A member count cannot be negative."),
        ["mass_organization.count_before_establishment"] = ("Ngày ghi số đoàn viên, hội viên không được trước ngày thành lập ({0}).", "A member count cannot precede the establishment ({0})."),
        ["mass_organization.count_after_dissolution"] = ("Tổ chức đoàn thể đã giải thể ngày {0}; không ghi số đoàn viên, hội viên từ ngày đó.", "The mass organisation was dissolved on {0}; no count from that day on."),
        ["mass_organization.counts_before_establishment"] = ("Đã ghi số đoàn viên, hội viên ngày {0}, trước ngày thành lập này.", "A member count is recorded on {0}, before that establishment date."),
    };
}
