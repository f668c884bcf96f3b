using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Evaluation.Ratings;

/// <summary>The caps of the annual rating as a code list: code, best level allowed and label.</summary>
public static class RatingCapLabels
{
    /// <summary>Every cap <see cref="RatingRules.CapsFor"/> can apply, with the best level it allows.</summary>
    public static IReadOnlyList<(string Code, EvaluationLevel MaxLevel, BilingualLabel Label)> All { get; } =
    [
        (RatingRules.CapDisciplined, EvaluationLevel.NotCompleted, new("Bị kỷ luật trong năm: không hoàn thành nhiệm vụ", "Disciplined in the year: NOT_COMPLETED")),
        (RatingRules.CapDegraded, EvaluationLevel.NotCompleted, new("Bị kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống: không hoàn thành nhiệm vụ", "Concluded degraded: NOT_COMPLETED")),
        (RatingRules.CapUnderHalfTargets, EvaluationLevel.NotCompleted, new("Đạt dưới 50% chỉ tiêu, nhiệm vụ: không hoàn thành nhiệm vụ", "Under 50% of targets: NOT_COMPLETED")),
        (RatingRules.CapCivilServant, EvaluationLevel.NotCompleted, new("Xếp loại công chức, viên chức không hoàn thành nhiệm vụ: không hoàn thành nhiệm vụ", "Rated NOT_COMPLETED as a civil servant: NOT_COMPLETED")),
        (RatingRules.CapSickLeave, EvaluationLevel.Completed, new("Nghỉ ốm từ số tháng theo cài đặt Ratings:SickLeaveCapMonths trở lên: không xếp loại hoàn thành tốt nhiệm vụ trở lên", "Sick leave of the months of setting Ratings:SickLeaveCapMonths or more: below GOOD")),
    ];
}
