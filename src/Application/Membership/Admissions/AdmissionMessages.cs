using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Membership.Admissions;

/// <summary>Messages of the module: Admission of new members and the working-day calendar (code → Vietnamese, English).</summary>
internal sealed class AdmissionMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        // Cases and look-ups
        ["admission.not_found"] = ("Không tìm thấy hồ sơ kết nạp '{0}'.", "Admission case '{0}' was not found."),
        ["admission.organization_not_found"] = ("Không tìm thấy chi bộ '{0}'.", "Cell '{0}' was not found."),
        ["admission.organization_not_a_cell"] = ("Quần chúng ưu tú do chi bộ bồi dưỡng, giới thiệu; '{0}' không phải chi bộ.", "A candidate is prepared by a party cell; '{0}' is not a cell."),
        ["admission.organization_inactive"] = ("Chi bộ '{0}' đã giải thể.", "Cell '{0}' is dissolved."),
        ["admission.sponsor_not_found"] = ("Không tìm thấy người giới thiệu '{0}' trong hồ sơ này.", "Sponsor '{0}' is not assigned in this case."),
        ["admission.sponsor_member_not_found"] = ("Không tìm thấy đảng viên giới thiệu '{0}'.", "Sponsoring member '{0}' was not found."),
        ["admission.member_not_found"] = ("Không tìm thấy đảng viên dự bị '{0}' được kết nạp theo hồ sơ này.", "Probationary member '{0}' admitted by this case was not found."),
        ["admission.member_mismatch"] = ("Đảng viên không phải người được kết nạp theo hồ sơ này.", "The member is not the one admitted by this case."),
        ["admission.date_in_future"] = ("Ngày {0} chưa đến: chỉ ghi nhận các bước đã thực hiện.", "{0} is in the future: only steps already taken are recorded."),

        // Statutory rules (Điều lệ Đảng; Quy định 24-QĐ/TW 2021, Hướng dẫn 01-HD/TW 2021 and successors)
        ["admission.step_out_of_order"] = (
            "Các bước kết nạp đảng viên phải thực hiện theo thứ tự (Quy định 24-QĐ/TW): học lớp bồi dưỡng nhận thức về Đảng, hai người giới thiệu, nghị quyết chi bộ, quyết định của cấp ủy cấp trên, lễ kết nạp, công nhận chính thức. Bước {0} không thực hiện được ở giai đoạn {1}.",
            "Admission steps follow the order set by Regulation 24-QĐ/TW: party-awareness course, two sponsors, cell resolution, superior committee decision, ceremony, recognition as a full member. Step {0} cannot be taken at stage {1}."),
        ["admission.date_before_previous_step"] = (
            "Ngày của bước này không được trước ngày của bước trước ({0}, {1}).",
            "This step cannot be dated before the previous step ({0}, {1})."),
        ["admission.candidate_locked"] = (
            "Chỉ sửa thông tin quần chúng ưu tú khi chi bộ chưa có nghị quyết đề nghị kết nạp (giai đoạn hiện tại: {0}).",
            "The candidate's data can be changed only before the cell's resolution (current stage: {0})."),
        ["admission.course_required"] = (
            "Chi bộ chỉ xét đề nghị kết nạp khi quần chúng đã có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (Điều lệ Đảng, Điều 4; Quy định 24-QĐ/TW).",
            "The cell considers admission only once the candidate holds the party-awareness course certificate (Party Statute art. 4; Regulation 24-QĐ/TW)."),
        ["admission.sponsors_required"] = (
            "Người vào Đảng phải có hai người giới thiệu (Điều lệ Đảng, Điều 4; Quy định 24-QĐ/TW); hồ sơ hiện có {0}.",
            "A candidate needs two sponsors (Party Statute art. 4; Regulation 24-QĐ/TW); the case has {0}."),
        ["admission.age_out_of_range"] = (
            "Người vào Đảng phải đủ 18 tuổi đến đủ 60 tuổi, tính theo tháng (216–720 tháng), tại thời điểm chi bộ xét kết nạp (Điều lệ Đảng, Điều 1; Quy định 24-QĐ/TW); quần chúng được {0} tháng tuổi (quy định áp dụng: {1}).",
            "A candidate must be 18 to 60 years old counted in months (216–720 months) when the cell considers admission (Party Statute art. 1; Regulation 24-QĐ/TW); the candidate is {0} months old (rule set applied: {1})."),
        ["admission.education_insufficient"] = (
            "Người vào Đảng phải có trình độ học vấn tốt nghiệp trung học cơ sở trở lên (Quy định 24-QĐ/TW; quy định áp dụng: {0}).",
            "A candidate must have completed at least lower-secondary education (Regulation 24-QĐ/TW; rule set applied: {0})."),
        ["admission.sponsor_not_full_member"] = (
            "Người giới thiệu phải là đảng viên chính thức vào ngày được phân công ({0}) (Điều lệ Đảng, Điều 4; Quy định 24-QĐ/TW).",
            "A sponsor must be a full party member on the date of the assignment ({0}) (Party Statute art. 4; Regulation 24-QĐ/TW)."),
        ["admission.sponsor_not_long_enough"] = (
            "Người giới thiệu phải cùng công tác với người vào Đảng ít nhất {1} tháng (Quy định 24-QĐ/TW); mới được {0} tháng.",
            "A sponsor must have worked with the candidate for at least {1} months (Regulation 24-QĐ/TW); only {0} months so far."),
        ["admission.sponsor_duplicate"] = (
            "Người giới thiệu này đã được phân công cho quần chúng (mỗi người vào Đảng có hai người giới thiệu khác nhau).",
            "This sponsor is already assigned (a candidate has two different sponsors)."),
        ["admission.too_many_sponsors"] = (
            "Người vào Đảng có đúng hai người giới thiệu (Điều lệ Đảng, Điều 4; Quy định 24-QĐ/TW).",
            "A candidate has exactly two sponsors (Party Statute art. 4; Regulation 24-QĐ/TW)."),
        ["admission.youth_sponsor_not_allowed"] = (
            "Chỉ người vào Đảng là đoàn viên trong độ tuổi thanh niên (không quá {0} tháng tuổi) mới được Ban Chấp hành Đoàn cơ sở và một đảng viên chính thức giới thiệu (Quy định 24-QĐ/TW; quy định áp dụng: {1}).",
            "Only a youth-union member of youth age (at most {0} months old) may be sponsored by the youth union's executive committee together with one full member (Regulation 24-QĐ/TW; rule set applied: {1})."),
        ["admission.sponsor_member_mismatch"] = (
            "Người giới thiệu loại {0}: đảng viên chính thức phải ghi rõ đảng viên và thời gian cùng công tác; Ban Chấp hành Đoàn không ghi đảng viên.",
            "Sponsor kind {0}: a full-member sponsor names the member and since when they have worked together; the youth union's executive committee names no member."),
        ["admission.decision_deadline_passed"] = (
            "Cấp ủy cấp trên phải quyết định kết nạp trong thời hạn {1} ngày làm việc kể từ ngày chi bộ có nghị quyết đề nghị (Quy định 24-QĐ/TW); hạn cuối là {0}.",
            "The superior committee must decide within {1} working days of the cell's resolution (Regulation 24-QĐ/TW); the last allowed date was {0}."),
        ["admission.ceremony_deadline_passed"] = (
            "Lễ kết nạp phải tổ chức trong thời hạn {1} ngày làm việc kể từ ngày có quyết định kết nạp (Quy định 24-QĐ/TW); hạn cuối là {0}.",
            "The admission ceremony must be held within {1} working days of the admission decision (Regulation 24-QĐ/TW); the last allowed date was {0}."),
        ["admission.probation_not_complete"] = (
            "Chưa hết 12 tháng dự bị tính từ ngày kết nạp (Điều lệ Đảng, Điều 5); thời gian dự bị kết thúc ngày {0}.",
            "The 12-month probation counted from the ceremony has not ended (Party Statute art. 5); it ends on {0}."),
        ["admission.recognition_deadline_passed"] = (
            "Chi bộ phải xét công nhận đảng viên chính thức trong thời hạn {1} ngày làm việc sau khi hết thời gian dự bị (Quy định 24-QĐ/TW); hạn cuối là {0}.",
            "The cell must consider full membership within {1} working days after the probation ends (Regulation 24-QĐ/TW); the last allowed date was {0}."),

        // Member timeline
        ["admission.timeline.course"] = ("Hoàn thành lớp bồi dưỡng nhận thức về Đảng", "Completed the party-awareness course"),
        ["admission.timeline.sponsor"] = ("Được phân công người giới thiệu: {0}", "Sponsor assigned: {0}"),
        ["admission.timeline.cell_resolution"] = ("Chi bộ ra nghị quyết đề nghị kết nạp", "Cell resolution proposing admission"),
        ["admission.timeline.committee_decision"] = ("Cấp ủy cấp trên quyết định kết nạp", "Admission decided by the superior committee"),
        ["admission.timeline.ceremony"] = ("Lễ kết nạp vào Đảng: bắt đầu thời gian dự bị", "Admission ceremony: probation begins"),
        ["admission.timeline.full_membership"] = ("Được công nhận đảng viên chính thức", "Recognised as a full member"),
        ["admission.timeline.name_removal"] = ("Xóa tên trong danh sách đảng viên dự bị", "Name removed as a probationary member"),
        ["admission.timeline.youth_union_executive"] = ("Ban Chấp hành Đoàn cơ sở", "The youth union's executive committee"),

        // Working-day calendar
        ["calendar.holiday_exists"] = ("Ngày {0} đã có trong lịch nghỉ lễ.", "{0} is already a public holiday in the calendar."),
        ["calendar.holiday_not_found"] = ("Không tìm thấy ngày nghỉ lễ '{0}'.", "Public holiday '{0}' was not found."),
        ["calendar.range_too_long"] = ("Không tìm được ngày làm việc trong khoảng thời gian hợp lý (lịch nghỉ lễ quá dày?).", "No working day was found within a reasonable range (too many holidays configured?)."),
    };
}
