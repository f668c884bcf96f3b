using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Evaluation.Ratings;

/// <summary>Messages of the annual rating campaigns (code → Vietnamese, English).</summary>
internal sealed class RatingMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["rating_campaign.not_found"] = ("Không tìm thấy đợt đánh giá, xếp loại '{0}'.", "Rating campaign '{0}' was not found."),
        ["rating_campaign.organization_not_found"] = ("Không tìm thấy tổ chức cơ sở đảng '{0}'.", "Grassroots organisation '{0}' was not found."),
        ["rating_campaign.not_grassroots"] = ("'{0}' không phải tổ chức cơ sở đảng (đảng bộ cơ sở); đợt xếp loại mở ở cấp cơ sở.", "'{0}' is not a grassroots committee; campaigns are opened there."),
        ["rating_campaign.exists"] = ("Năm {0} đã có đợt đánh giá, xếp loại của tổ chức này.", "The organisation already has a rating campaign for {0}."),
        ["rating_campaign.year_in_future"] = ("Năm {0} chưa đến.", "Year {0} has not come yet."),
        ["rating_campaign.plan_out_of_order"] = ("Ngày dự kiến của bước {0} ({1}) phải theo thứ tự các bước.", "The planned date of step {0} ({1}) must follow the order of the steps."),
        ["rating_campaign.step_out_of_order"] = ("Đợt đang ở bước {0}; không thể chuyển sang bước {1}: các bước phải theo thứ tự.", "The campaign is at step {0}; it cannot move to {1}: steps are taken in order."),
        ["rating_campaign.step_closed"] = ("Đợt đang ở bước {0}; việc này thuộc bước {1}.", "The campaign is at step {0}; this action belongs to step {1}."),
        ["rating_campaign.proposals_missing"] = ("Còn {0} đảng viên chưa có đề xuất của chi bộ.", "{0} rated members have no proposal of their cell yet."),
        ["rating_campaign.decisions_missing"] = ("Còn {0} đảng viên chưa có quyết định xếp loại.", "{0} rated members have no decision yet."),
        ["rating_campaign.organization_not_rated_here"] = ("Tổ chức '{0}' không thuộc đợt đánh giá này.", "Organisation '{0}' is not rated in this campaign."),
        ["rating.not_found"] = ("Không tìm thấy kết quả xếp loại '{0}'.", "Rating '{0}' was not found."),
        ["rating.not_rated"] = ("Đảng viên có tên trong đợt nhưng không xếp loại ({0}).", "The member is listed but not rated ({0})."),
        ["rating.above_cap"] = ("Mức xếp loại vượt mức tối đa theo {0} (tối đa {1}; căn cứ {2}).", "The level is above the cap {0} (at most {1}; source {2})."),
        ["rating.quota_exceeded"] = ("Vượt tỷ lệ Hoàn thành xuất sắc nhiệm vụ ({0}): {1} xuất sắc / {2} hoàn thành tốt trở lên, tối đa {3} (căn cứ {4}).", "EXCELLENT quota exceeded ({0}): {1} EXCELLENT of {2} GOOD or better, at most {3} (source {4})."),
        ["rating.organization_condition"] = ("Mức {0} trái với điều kiện tính từ kết quả đảng viên (tối đa {1}; căn cứ {2}).", "Level {0} contradicts the conditions computed from the members' results (at most {1}; source {2})."),
        ["rating.score_required"] = ("Theo {0}, xếp loại theo thang điểm 100: cần nhập điểm.", "Under {0} ratings are on the 100-point scale: a score is required."),
        ["rating.score_not_used"] = ("{0} không chấm điểm; chỉ nhập mức xếp loại.", "{0} uses no point scale; give the level only."),
        ["rating.level_differs_from_score"] = ("Mức {0} khác mức tính từ điểm ({1}).", "Level {0} is not the level the score gives ({1})."),
        ["rating.level_required"] = ("Cần nhập mức xếp loại.", "A level is required."),
        ["rating.correction_reason_required"] = ("Điều chỉnh kết quả cần nêu lý do.", "A correction needs a reason."),
        ["rating.correction_unchanged"] = ("Điều chỉnh không làm thay đổi kết quả.", "The correction does not change the result."),
        ["rating.cap.disciplined"] = ("Bị thi hành kỷ luật trong năm: không hoàn thành nhiệm vụ.", "Disciplined in the year: NOT_COMPLETED."),
        ["rating.cap.degraded"] = ("Bị kết luận suy thoái: không hoàn thành nhiệm vụ.", "Concluded degraded: NOT_COMPLETED."),
        ["rating.cap.under_half_targets"] = ("Hoàn thành dưới 50% chỉ tiêu: không hoàn thành nhiệm vụ.", "Under 50% of targets: NOT_COMPLETED."),
        ["rating.cap.civil_servant_not_completed"] = ("Xếp loại công chức, viên chức không hoàn thành nhiệm vụ: không hoàn thành nhiệm vụ.", "Civil servant NOT_COMPLETED: NOT_COMPLETED."),
        ["rating.cap.sick_leave"] = ("Nghỉ ốm từ 3 tháng trở lên: không xếp loại hoàn thành tốt trở lên.", "Sick leave of 3 months or more: below GOOD."),
        ["rating.org.all_completed"] = ("100% đảng viên hoàn thành nhiệm vụ trở lên.", "100% of members COMPLETED or better."),
        ["rating.org.excellent_share_good"] = ("Tỷ lệ đảng viên hoàn thành tốt trở lên đạt mức của tổ chức xuất sắc.", "Share of members GOOD or better reaches the EXCELLENT condition."),
        ["rating.org.good_share_good"] = ("Tỷ lệ đảng viên hoàn thành tốt trở lên đạt mức của tổ chức tốt.", "Share of members GOOD or better reaches the GOOD condition."),
        ["rating.org.not_completed_share"] = ("Tỷ lệ đảng viên không hoàn thành nhiệm vụ không vượt mức.", "Share of members NOT_COMPLETED within the limit."),
        ["rating.org.not_disciplined"] = ("Tổ chức không bị kỷ luật trong năm.", "The organisation was not disciplined in the year."),
    };
}
