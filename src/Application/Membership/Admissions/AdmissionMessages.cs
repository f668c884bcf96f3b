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

        // Statutory rules (Điều lệ Đảng and the implementing regulation in force, named by the response: see /api/v1/rule-sets)
        ["admission.step_out_of_order"] = (
            "Các bước kết nạp đảng viên phải thực hiện theo thứ tự: học lớp bồi dưỡng nhận thức về Đảng, hai người giới thiệu, nghị quyết chi bộ, quyết định của cấp ủy cấp trên, lễ kết nạp, nghị quyết chi bộ và quyết định công nhận chính thức. Bước {0} không thực hiện được ở giai đoạn {1}.",
            "Admission steps follow the statutory order: party-awareness course, two sponsors, cell resolution, superior committee decision, ceremony, the cell's resolution and the committee's decision on full membership. Step {0} cannot be taken at stage {1}."),
        ["admission.date_before_previous_step"] = (
            "Ngày của bước này không được trước ngày của bước trước ({0}, {1}).",
            "This step cannot be dated before the previous step ({0}, {1})."),
        ["admission.candidate_locked"] = (
            "Chỉ sửa thông tin quần chúng ưu tú khi chi bộ chưa có nghị quyết đề nghị kết nạp (giai đoạn hiện tại: {0}).",
            "The candidate's data can be changed only before the cell's resolution (current stage: {0})."),
        ["admission.course_required"] = (
            "Chi bộ chỉ xét đề nghị kết nạp khi quần chúng đã có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (Điều lệ Đảng, Điều 4).",
            "The cell considers admission only once the candidate holds the party-awareness course certificate (Party Statute art. 4)."),
        ["admission.sponsors_required"] = (
            "Người vào Đảng phải có hai người giới thiệu (Điều lệ Đảng, Điều 4); hồ sơ hiện có {0}.",
            "A candidate needs two sponsors (Party Statute art. 4); the case has {0}."),
        ["admission.age_out_of_range"] = (
            "Tại thời điểm chi bộ xét kết nạp, người vào Đảng phải đủ 18 tuổi đến đủ 60 tuổi, tính theo tháng; quần chúng được {0} tháng tuổi (quy định áp dụng: {1}).",
            "When the cell considers admission the candidate must be 18 to 60 years old, counted in months; the candidate is {0} months old (rule set applied: {1})."),
        ["admission.education_insufficient"] = (
            "Người vào Đảng phải có bằng tốt nghiệp trung học cơ sở trở lên (quy định áp dụng: {0}).",
            "A candidate must have completed at least lower-secondary education (rule set applied: {0})."),
        ["admission.sponsor_not_full_member"] = (
            "Người giới thiệu phải là đảng viên chính thức vào ngày được phân công ({0}) (Điều lệ Đảng, Điều 4).",
            "A sponsor must be a full party member on the date of the assignment ({0}) (Party Statute art. 4)."),
        ["admission.sponsor_not_long_enough"] = (
            "Người giới thiệu phải cùng công tác với người vào Đảng ít nhất {1} tháng; mới được {0} tháng.",
            "A sponsor must have worked with the candidate for at least {1} months; only {0} months so far."),
        ["admission.sponsor_duplicate"] = (
            "Người giới thiệu này đã được phân công (mỗi người vào Đảng có hai người giới thiệu khác nhau; một tập thể giới thiệu cùng một đảng viên chính thức).",
            "This sponsor is already assigned (a candidate has two different sponsors; a collective sponsors together with one full member)."),
        ["admission.too_many_sponsors"] = (
            "Người vào Đảng có đúng hai người giới thiệu (Điều lệ Đảng, Điều 4).",
            "A candidate has exactly two sponsors (Party Statute art. 4)."),
        ["admission.youth_sponsor_not_allowed"] = (
            "Tập thể Đoàn (Ban Chấp hành Đoàn cơ sở hoặc tập thể chi đoàn) chỉ giới thiệu người vào Đảng là đoàn viên trong độ tuổi thanh niên (không quá {0} tháng tuổi khi chi bộ xét), nơi có tổ chức Đoàn, cùng một đảng viên chính thức (quy định áp dụng: {1}).",
            "The youth union's collective (its executive committee or the youth cell) sponsors only a youth-union member of youth age (at most {0} months old at the cell's resolution) where a youth union exists, together with one full member (rule set applied: {1})."),
        ["admission.youth_sponsor_required"] = (
            "Người vào Đảng là đoàn viên trong độ tuổi thanh niên ({0} tháng tuổi khi chi bộ xét), nơi có tổ chức Đoàn, phải được tập thể Đoàn và một đảng viên chính thức giới thiệu (quy định áp dụng: {1}).",
            "A youth-union member of youth age ({0} months old at the cell's resolution) where a youth union exists is sponsored by the youth union's collective and one full member (rule set applied: {1})."),
        ["admission.trade_union_sponsor_not_allowed"] = (
            "Ban Chấp hành Công đoàn cơ sở chỉ giới thiệu người vào Đảng trong độ tuổi thanh niên (không quá {0} tháng tuổi) ở nơi không có tổ chức Đoàn (quy định áp dụng: {1}).",
            "The trade union's executive committee sponsors a candidate of youth age (at most {0} months old) only where there is no youth union (rule set applied: {1})."),
        ["admission.sponsor_member_mismatch"] = (
            "Người giới thiệu loại {0}: đảng viên chính thức phải ghi rõ đảng viên và thời gian cùng công tác; tập thể giới thiệu không ghi đảng viên.",
            "Sponsor kind {0}: a full-member sponsor names the member and since when they have worked together; a collective names no member."),
        ["admission.probation_not_complete"] = (
            "Chưa hết 12 tháng dự bị tính từ ngày kết nạp (Điều lệ Đảng, Điều 5); thời gian dự bị kết thúc ngày {0}.",
            "The probation counted from the ceremony has not ended (Party Statute art. 5); it ends on {0}."),
        ["admission.recognition_resolution_required"] = (
            "Cấp ủy quyết định công nhận đảng viên chính thức trên cơ sở nghị quyết của chi bộ (hoặc khi chi bộ đã qua các lần biểu quyết không đủ hai phần ba tán thành); thời gian dự bị kết thúc ngày {0}.",
            "The committee recognises full membership on the cell's resolution (or once the cell's votes have failed to reach the required majority); the probation ends on {0}."),
        ["admission.vote_counts_invalid"] = (
            "Số phiếu tán thành ({0}) phải từ 0 đến số đảng viên có quyền biểu quyết ({1}), và có ít nhất một người có quyền biểu quyết.",
            "The votes in favour ({0}) are between zero and the number entitled to vote ({1}), which is at least one."),
        ["admission.extension_exists"] = (
            "Thời hạn xem xét, quyết định này đã được gia hạn.",
            "This decision period has already been extended."),
        ["admission.extension_too_long"] = (
            "Trường hợp đặc biệt chỉ được gia hạn một lần, tối đa {0} ngày làm việc (quy định áp dụng: {1}).",
            "A special extension is given once, of at most {0} working days (rule set applied: {1})."),

        // Member timeline
        ["admission.timeline.course"] = ("Hoàn thành lớp bồi dưỡng nhận thức về Đảng", "Completed the party-awareness course"),
        ["admission.timeline.sponsor"] = ("Được phân công người giới thiệu: {0}", "Sponsor assigned: {0}"),
        ["admission.timeline.cell_resolution"] = ("Chi bộ ra nghị quyết đề nghị kết nạp", "Cell resolution proposing admission"),
        ["admission.timeline.committee_decision"] = ("Cấp ủy cấp trên quyết định kết nạp", "Admission decided by the superior committee"),
        ["admission.timeline.ceremony"] = ("Lễ kết nạp vào Đảng: bắt đầu thời gian dự bị", "Admission ceremony: probation begins"),
        ["admission.timeline.full_membership"] = ("Được công nhận đảng viên chính thức", "Recognised as a full member"),
        ["admission.timeline.name_removal"] = ("Xóa tên trong danh sách đảng viên dự bị", "Name removed as a probationary member"),
        ["admission.timeline.recognition_resolution"] = ("Chi bộ ra nghị quyết đề nghị công nhận đảng viên chính thức", "Cell resolution proposing full membership"),

        // Working-day calendar
        ["calendar.holiday_exists"] = ("Ngày {0} đã có trong lịch nghỉ lễ.", "{0} is already a public holiday in the calendar."),
        ["calendar.holiday_not_found"] = ("Không tìm thấy ngày nghỉ lễ '{0}'.", "Public holiday '{0}' was not found."),
        ["calendar.range_too_long"] = ("Không tìm được ngày làm việc trong khoảng thời gian hợp lý (lịch nghỉ lễ quá dày?).", "No working day was found within a reasonable range (too many holidays configured?)."),
    };
}
