using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Inspection;

/// <summary>Messages of the inspection module: programmes and cases (code → Vietnamese, English).</summary>
internal sealed class InspectionMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["inspection.not_found"] = ("Không tìm thấy cuộc kiểm tra, giám sát '{0}'.", "Inspection '{0}' was not found."),
        ["inspection.programme_not_found"] = ("Không tìm thấy chương trình kiểm tra, giám sát '{0}'.", "Inspection programme '{0}' was not found."),
        ["inspection.organization_not_found"] = ("Không tìm thấy tổ chức đảng '{0}' trong phạm vi được phân quyền.", "Organisation '{0}' was not found in your scope."),
        ["inspection.member_not_found"] = ("Không tìm thấy đảng viên '{0}' trong phạm vi được phân quyền.", "Party member '{0}' was not found in your scope."),
        ["inspection.programme_exists"] = ("Cơ quan này đã ban hành chương trình kiểm tra, giám sát năm {0}; hãy sửa chương trình đó.", "This body already issued a programme for {0}; amend that one."),
        ["inspection.programme_mismatch"] = ("Chương trình '{0}' là của tổ chức đảng khác.", "Programme '{0}' belongs to another organisation."),
        ["inspection.programme_year_mismatch"] = ("Chương trình kiểm tra, giám sát năm {0} được ban hành trong năm đó hoặc năm trước.", "The programme for {0} is issued in that year or the year before."),
        ["inspection.step_out_of_order"] = ("Các bước được thực hiện theo thứ tự: quyết định, thông báo, báo cáo tự kiểm tra, thẩm tra xác minh, dự thảo báo cáo, hội nghị biểu quyết, thông báo kết luận, theo dõi thực hiện. Không ghi được bước {0}; bước tiếp theo là {1}.", "Steps are taken in order: decision, notice, self-report, verification, draft report, meeting and vote, conclusion, follow-up. Step {0} cannot be recorded; the next step is {1}."),
        ["inspection.date_before_previous_step"] = ("Ngày không được trước bước trước đó ({1}, ngày {0}).", "The date is before the previous step ({1}, on {0})."),
        ["inspection.date_in_future"] = ("Ngày {0} chưa đến; chỉ ghi nhận bước đã thực hiện.", "The date {0} is in the future; only steps already taken are recorded."),
        ["inspection.team_member_is_subject"] = ("Thành viên đoàn kiểm tra không được kiểm tra chính mình ({0}).", "A team member may not inspect himself ({0})."),
        ["inspection.team_member_in_subject_cell"] = ("Thành viên đoàn kiểm tra ({0}) không được kiểm tra chi bộ nơi mình sinh hoạt ({1}).", "A team member ({0}) may not inspect his own cell ({1})."),
        ["inspection.team_leader_required"] = ("Đoàn kiểm tra có đúng một trưởng đoàn (đang có {0}).", "The team has exactly one leader ({0} named)."),
        ["inspection.team_member_duplicate"] = ("Một đảng viên được ghi hai lần trong đoàn.", "A member is named twice in the team."),
        ["inspection.subject_outside_organization"] = ("Đối tượng ({0}) phải là chi bộ, chi ủy hoặc đảng viên thuộc tổ chức đảng ra quyết định.", "A subject ({0}) is a cell, a cell committee or a member under the deciding organisation."),
        ["inspection.subject_duplicate"] = ("Một đối tượng được ghi hai lần.", "A subject is named twice."),
        ["inspection.subject_member_mismatch"] = ("Đối tượng là đảng viên thì ghi đảng viên; đối tượng là chi bộ, chi ủy thì không ghi đảng viên.", "A member subject names the member; a cell or cell committee names none."),
        ["inspection.authority_invalid"] = ("Chương trình, quyết định kiểm tra của Đảng ủy do Ban Thường vụ hoặc Ủy ban Kiểm tra ban hành; của chi bộ do chi bộ ({0} không phù hợp).", "A committee's programmes and decisions come from its standing committee or inspection commission; a cell's from the cell ({0} does not fit)."),
        ["inspection.topic_unknown"] = ("Chủ đề '{0}' không có trong danh mục {1} đang có hiệu lực vào ngày đó.", "Topic '{0}' is not in catalogue {1} in force on that date."),
        ["inspection.schedule_before_decision"] = ("Lịch kiểm tra bắt đầu từ ngày quyết định trở đi.", "The schedule starts on or after the decision."),
        ["inspection.period_covered_after_decision"] = ("Mốc thời gian kiểm tra kết thúc không sau ngày quyết định.", "The period covered ends on or before the decision."),
        ["inspection.vote_required"] = ("Hội nghị ghi kết quả biểu quyết (tán thành, không tán thành, không biểu quyết); các bước khác không ghi.", "The meeting records its vote (for, against, abstaining); other steps record none."),
        ["inspection.finding_subject_unknown"] = ("Kết luận ghi cho đối tượng '{0}' không thuộc cuộc kiểm tra.", "Finding on '{0}', which is not a subject of the case."),
        ["inspection.finding_severity_mismatch"] = ("Có vi phạm thì mức độ là vi phạm; không vi phạm thì mức độ là không có hoặc hạn chế, khuyết điểm.", "A violation has a violation severity; no violation has none or shortcomings."),
        ["inspection.findings_required"] = ("Kết luận phải có nội dung kết luận cho từng đối tượng.", "The conclusion has a finding on every subject."),
        ["inspection.recommendation_due_before_conclusion"] = ("Thời hạn thực hiện kiến nghị ({0}) phải sau ngày kết luận.", "A recommendation's due date ({0}) is after the conclusion."),
        ["inspection.recommendation_not_found"] = ("Kiến nghị '{0}' không thuộc cuộc kiểm tra này.", "Recommendation '{0}' is not part of this case."),
        ["inspection.recommendation_done"] = ("Kiến nghị '{0}' đã thực hiện xong.", "Recommendation '{0}' is already done."),
        ["inspection.case_closed"] = ("Cuộc kiểm tra đã kết thúc: mọi kiến nghị đã thực hiện xong.", "The case is closed: every recommendation is done."),
        ["inspection.step_not_for_role"] = ("Bước {0} do cơ quan thực hiện bước đó ghi nhận (vai trò {1}).", "Step {0} is recorded by the body that takes it (role {1})."),
        ["inspection.decision"] = ("Quyết định kiểm tra, giám sát", "Inspection decision"),
        ["inspection.conclusion"] = ("Kết luận kiểm tra, giám sát", "Inspection conclusion"),
        ["inspection.topics"] = ("Danh mục chủ đề kiểm tra, giám sát", "Inspection and supervision topics"),
        ["inspection.time_limits"] = ("Thời hạn giải quyết tố cáo, khiếu nại kỷ luật", "Time limits for denunciations and discipline complaints"),
        ["inspection.timeline.decision"] = ("Là đối tượng {0} – {1}", "Subject of {0} – {1}"),
        ["inspection.timeline.conclusion"] = ("Kết luận kiểm tra, giám sát: {0}", "Inspection conclusion: {0}"),
    };
}
