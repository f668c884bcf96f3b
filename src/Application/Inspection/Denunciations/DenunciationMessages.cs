using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Inspection.Denunciations;

/// <summary>Messages of denunciations, discipline complaints, the changes of a decided action and organisation topics (code → Vietnamese, English).</summary>
internal sealed class DenunciationMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["denunciation.not_found"] = ("Không tìm thấy đơn tố cáo '{0}'.", "Denunciation '{0}' was not found."),
        ["denunciation.not_for_role"] = ("Đơn tố cáo do ủy ban kiểm tra tiếp nhận và giải quyết.", "Denunciations are registered and settled through the inspection commission."),
        ["denunciation.content_required"] = ("Cần ghi nội dung tố cáo.", "Describe what is denounced."),
        ["denunciation.subject_outside_organization"] = ("Đối tượng bị tố cáo '{0}' không thuộc tổ chức đảng giải quyết tố cáo.", "The subject '{0}' is not under the organisation that handles the denunciation."),
        ["denunciation.not_admissible"] = ("Không giải quyết đơn tố cáo {0}; ghi nhận là không thụ lý ({1}).", "A denunciation that is {0} is not settled; record it as not accepted ({1})."),
        ["denunciation.settler_not_competent"] = ("Chi bộ chỉ giải quyết tố cáo đối với đảng viên của chi bộ ({0}).", "A cell settles denunciations against its own members only ({0})."),
        ["denunciation.assignee_is_subject"] = ("Đảng viên bị tố cáo không được giải quyết tố cáo.", "The member denounced cannot settle the denunciation."),
        ["denunciation.already_extended"] = ("Thời hạn giải quyết đã được gia hạn ngày {0}; chỉ gia hạn một lần.", "The time limit was already extended on {0}; it is extended once."),
        ["denunciation.extension_too_long"] = ("Gia hạn {0} ngày làm việc vượt quá {1} ngày làm việc theo {2}.", "An extension of {0} working days exceeds the {1} allowed under {2}."),
        ["denunciation.step_out_of_order"] = ("Bước này không phù hợp với trạng thái {0} của đơn tố cáo (cần {1}).", "This step does not follow the denunciation's status {0} (expected {1})."),
        ["denunciation.date_before_previous_step"] = ("Ngày không được trước bước trước ({0}).", "The date precedes the previous step ({0})."),
        ["complaint.not_found"] = ("Không tìm thấy đơn khiếu nại '{0}'.", "Complaint '{0}' was not found."),
        ["complaint.action_not_found"] = ("Không tìm thấy quyết định kỷ luật '{0}' trong phạm vi được phân quyền.", "Disciplinary action '{0}' was not found in your scope."),
        ["complaint.action_not_decided"] = ("Chỉ khiếu nại quyết định kỷ luật đã ban hành.", "Only a decided disciplinary action can be complained about."),
        ["complaint.action_withdrawn"] = ("Quyết định kỷ luật đã bị xóa.", "The disciplinary action has been withdrawn."),
        ["complaint.dates_out_of_order"] = ("Ngày nhận quyết định không trước ngày quyết định ({0}); ngày nhận đơn không trước ngày nhận quyết định.", "The decision is received on or after its date ({0}), and the complaint on or after that."),
        ["complaint.complainant_required"] = ("Đơn khiếu nại do tổ chức đảng, đảng viên bị kỷ luật ký.", "A complaint is signed by the member or organisation disciplined."),
        ["complaint.content_required"] = ("Cần ghi nội dung khiếu nại.", "Say what is complained about."),
        ["complaint.settler_not_competent"] = ("{0} không giải quyết khiếu nại quyết định của {1}; cấp giải quyết: {2}.", "{0} does not settle complaints about decisions of {1}; competent: {2}."),
        ["complaint.assignee_is_complainant"] = ("Người khiếu nại không được giải quyết khiếu nại của mình.", "The complainant cannot settle his own complaint."),
        ["complaint.new_form_mismatch"] = ("Kết quả {0}: chỉ khi thay đổi hình thức kỷ luật mới ghi hình thức mới.", "Outcome {0}: only CHANGED names the new form."),
        ["complaint.step_out_of_order"] = ("Bước này không phù hợp với trạng thái {0} của đơn khiếu nại (cần {1}).", "This step does not follow the complaint's status {0} (expected {1})."),
        ["complaint.date_before_previous_step"] = ("Ngày không được trước bước trước ({0}).", "The date precedes the previous step ({0})."),
        ["complaint.step_not_for_role"] = ("Bước này do {0} ghi nhận.", "This step is recorded by {0}."),
        ["discipline.not_in_force"] = ("Quyết định kỷ luật không còn hiệu lực để thay đổi ({0}).", "The action is not in force ({0})."),
        ["discipline.form_unchanged"] = ("Hình thức {0} là hình thức đang áp dụng.", "{0} is the form in force."),
        ["discipline.amended_before_decision"] = ("Ngày thay đổi không được trước quyết định ({0}).", "The change cannot precede the decision it changes ({0})."),
        ["discipline.amendment_body_too_low"] = ("{0} không thể thay đổi quyết định của {1}; chỉ cấp đã quyết định hoặc cấp trên.", "{0} cannot change a decision of {1}; the same body or a higher one does."),
        ["discipline.amendment_not_for_role"] = ("Quyết định của cấp này do {0} ghi nhận.", "This body's decisions are recorded by {0}."),
        ["discipline.dissolution_not_reversible"] = ("Không thay đổi quyết định giải tán tại đây; tổ chức đảng được thành lập lại bằng quyết định riêng.", "A dissolution is not changed here: the organisation is re-established by its own decision."),
        ["member.not_expelled"] = ("Trạng thái hiện tại ({0}) không phải là khai trừ ngày {1}.", "The current status ({0}) is not the expulsion of {1}."),
        ["inspection.topic_exists"] = ("Mã chủ đề '{0}' đã được sử dụng.", "Topic code '{0}' is already in use."),
        ["inspection.topic_not_found"] = ("Không tìm thấy chủ đề '{0}'.", "Topic '{0}' was not found."),
        ["inspection.topic_code_invalid"] = ("Mã chủ đề do tổ chức bổ sung bắt đầu bằng '{0}'.", "An organisation's topic code starts with '{0}'."),
        ["inspection.topic_retired_before_added"] = ("Ngày thôi áp dụng không được trước ngày bổ sung chủ đề ({0}).", "A topic is retired on or after the day it was added ({0})."),
        ["inspection.topic_retired"] = ("Chủ đề đã thôi áp dụng từ ngày {0}.", "The topic was retired on {0}."),
    };
}
