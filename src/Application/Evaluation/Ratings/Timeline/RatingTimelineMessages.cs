using PartyCommittee.Application.Common.Localization;

namespace PartyCommittee.Application.Evaluation.Ratings.Timeline;

/// <summary>Messages of the ratings on the timeline and the agenda, and of the points per criteria group (code → Vietnamese, English).</summary>
internal sealed class RatingTimelineMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        // Timeline event kinds (their titles are the timeline_* messages below).
        ["rating.self_assessment"] = ("Tự đánh giá, xếp loại chất lượng", "Self-assessment"),
        ["rating.proposal"] = ("Chi bộ đề xuất xếp loại", "Cell's proposal"),
        ["rating.decision"] = ("Quyết định xếp loại chất lượng", "Rating decided"),
        ["rating.correction"] = ("Điều chỉnh kết quả xếp loại", "Rating corrected"),
        ["rating.timeline_self_assessment"] = ("Tự đánh giá, xếp loại chất lượng năm {0}: {1}", "Self-assessment for {0}: {1}"),
        ["rating.timeline_proposal"] = ("Chi bộ đề xuất xếp loại năm {0}: {1}", "Cell's proposal for {0}: {1}"),
        ["rating.timeline_decision"] = ("Xếp loại chất lượng năm {0}: {1}", "Rated for {0}: {1}"),
        ["rating.timeline_correction"] = ("Điều chỉnh xếp loại năm {0}: {1} → {2} ({3})", "Rating for {0} corrected: {1} → {2} ({3})"),
        ["rating.agenda_next_step"] = ("Đánh giá, xếp loại năm {0} — bước tiếp theo: {1}", "Annual rating {0} — next step: {1}"),
        ["rating.points_not_used"] = ("{0} không chấm điểm theo nhóm tiêu chí.", "{0} takes no points per criteria group."),
        ["rating.points_group_unknown"] = ("Nhóm tiêu chí '{0}' không có trong {1}.", "Criteria group '{0}' is not one of {1}."),
        ["rating.points_group_duplicate"] = ("Nhóm tiêu chí '{0}' được chấm hai lần.", "Criteria group '{0}' is given twice."),
        ["rating.points_group_missing"] = ("Chưa chấm điểm nhóm tiêu chí '{0}'.", "Criteria group '{0}' has no points."),
        ["rating.points_above_group_max"] = ("Nhóm tiêu chí '{0}': {1} điểm vượt mức tối đa {2} điểm (căn cứ {3}).", "Criteria group '{0}': {1} points is above its maximum of {2} (source {3})."),
        ["rating.score_differs_from_points"] = ("Tổng điểm {0} khác tổng điểm các nhóm tiêu chí ({1}).", "Score {0} is not the sum of the groups' points ({1})."),
    };
}
