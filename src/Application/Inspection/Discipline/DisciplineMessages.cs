using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Inspection.Discipline;

/// <summary>Messages of discipline (code → Vietnamese, English).</summary>
internal sealed class DisciplineMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["discipline.not_found"] = ("Không tìm thấy quyết định kỷ luật '{0}'.", "Disciplinary action '{0}' was not found."),
        ["discipline.member_not_found"] = ("Không tìm thấy đảng viên '{0}' trong phạm vi được phân quyền.", "Party member '{0}' was not found in your scope."),
        ["discipline.organization_not_found"] = ("Không tìm thấy tổ chức đảng '{0}' trong phạm vi được phân quyền.", "Party organisation '{0}' was not found in your scope."),
        ["discipline.member_not_active"] = ("Đảng viên không còn sinh hoạt trong tổ chức đảng vào ngày {0}.", "The member was not in the party organisation on {0}."),
        ["discipline.organization_inactive"] = ("Tổ chức đảng không hoạt động vào ngày {0}.", "The organisation did not exist on {0}."),
        ["discipline.subject_invalid"] = ("Kỷ luật đảng viên ghi memberId; kỷ luật tổ chức đảng ghi organizationId.", "A member action names memberId; an organisation action names organizationId."),
        ["discipline.limitation_expired"] = ("Đã hết thời hiệu xử lý kỷ luật ({0} năm, đến hết ngày {1}) theo {2}.", "The limitation period ({0} years, until {1}) under {2} has run."),
        ["discipline.form_not_allowed"] = ("Hình thức kỷ luật {0} không áp dụng đối với {1}; các hình thức được áp dụng: {2} ({3}).", "Form {0} does not apply to {1}; the forms that do: {2} ({3})."),
        ["discipline.body_not_competent"] = ("{0} không có thẩm quyền quyết định hình thức {1}; thẩm quyền thuộc: {2} ({3}).", "{0} may not decide {1}; competent: {2} ({3})."),
        ["discipline.already_decided"] = ("Việc kỷ luật đã được quyết định.", "The action has already been decided."),
        ["discipline.decided_before_proposal"] = ("Ngày quyết định không được trước ngày đề nghị ({0}).", "The decision cannot precede the proposal ({0})."),
        ["discipline.violation_after_proposal"] = ("Ngày vi phạm phải trước ngày đề nghị; vi phạm mới phải sau vi phạm trước.", "The violation precedes the proposal; a new violation follows the first."),
        ["discipline.violation_required"] = ("Cần ghi nội dung vi phạm.", "Describe the violation."),
        ["discipline.body_not_yours"] = ("Vai trò của bạn không ghi nhận quyết định của cấp này (chi bộ: bí thư chi bộ; đảng ủy và cấp ủy cấp trên: văn phòng đảng ủy).", "Your role does not record this body's decisions (a cell's: its secretary; the committee's and a superior committee's: the committee office)."),
        ["discipline.no_post_held"] = ("Đảng viên không giữ chức vụ nào trong cơ quan lãnh đạo của Đảng vào ngày {0}; không thể cách chức.", "The member held no post in an elected party body on {0}; there is nothing to dismiss from."),
        ["discipline.timeline.proposed"] = ("Đề nghị kỷ luật: {0}", "Discipline proposed: {0}"),
        ["discipline.timeline.decided"] = ("Kỷ luật: {0}", "Disciplined: {0}"),
    };
}
