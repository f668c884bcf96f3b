using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo rows for the request examples of the evaluation module (GUID range 9205): the committee's monthly review
/// template planned for 2027 — not yet used by any review, so the UpdateReviewTemplate example can replace it (the 2020
/// template is in use and cannot change). The monthly reviews' fixed ids (<see cref="EvaluationDemoData.ReviewId"/>) are
/// in the same range.
/// </summary>
public static class DemoRatingExamples
{
    /// <summary>The planned 2027 template of the committee.</summary>
    public static readonly Guid PlannedTemplateId = Guid.Parse("0195a000-0000-7000-9205-000000000001");

    /// <summary>Its first day.</summary>
    public static readonly DateOnly PlannedTemplateFrom = new(2027, 1, 1);

    /// <summary>Its name.</summary>
    public const string PlannedTemplateName = "Tiêu chí đánh giá, nhận xét đảng viên hằng tháng năm 2027 (dự thảo)";

    /// <summary>Its criteria (code, group, text, English text).</summary>
    public static readonly IReadOnlyList<(string Code, string Group, string Text, string TextEn)> PlannedCriteria =
    [
        ("TT", "Nghị quyết 04-NQ/TW", "Không có biểu hiện suy thoái về tư tưởng chính trị", "No sign of political-ideological degradation"),
        ("DD", "Nghị quyết 04-NQ/TW", "Không có biểu hiện suy thoái về đạo đức, lối sống", "No sign of moral and lifestyle degradation"),
        ("NV", "Nhiệm vụ", "Hoàn thành nhiệm vụ chuyên môn được giao trong tháng", "Completed the month's assigned work"),
    ];

    /// <summary>Adds the rows to the demo seeder's unit of work.</summary>
    public static void Add(AppDbContext db, PartyOrganization committee) =>
        db.Add(ReviewTemplate.Create(
            PlannedTemplateId, committee, PlannedTemplateName, PlannedTemplateFrom,
            [.. PlannedCriteria.Select(c => new CriterionText(c.Code, c.Group, c.Text, c.TextEn))], [new DateOnly(EvaluationDemoData.Year, 1, 1)]));
}
