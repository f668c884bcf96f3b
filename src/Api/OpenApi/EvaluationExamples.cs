using System.Text.Json;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.OpenApi;

/// <summary>
/// Request examples of the evaluation module built from the demo data itself (src/Infrastructure/Persistence/Seeding),
/// so that an update example repeats the demo record exactly and succeeds with the ETag of a read.
/// </summary>
internal static class EvaluationExamples
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The demo document "20-CTr/ĐU" of the committee's register, as it is.</summary>
    public static (string Path, string Body) UpdateDocument() =>
        ($"/api/v1/documents/{EvaluationDemoData.DocumentId(4)}", JsonSerializer.Serialize(
            new Dictionary<string, object?>
            {
                ["organizationId"] = DemoData.CommitteeId, ["number"] = "20-CTr/ĐU", ["issuedOn"] = "2020-04-27", ["issuer"] = "Đảng ủy Sở Lao động – Thương binh và Xã hội",
                ["kind"] = "PROGRAMME", ["title"] = "Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ Sở",
                ["titleEn"] = "Programme of action implementing the resolution of the committee's congress",
            },
            Json));

    /// <summary>The "Dân vận khéo" model of demo cell 1, with its recognition by the committee added.</summary>
    public static (string Path, string Body) UpdateEmulationModel()
    {
        var cell = DemoData.Organizations.First(o => o.Id == DemoData.Cell(1));
        var title = "Dân vận khéo trong " + char.ToLowerInvariant(cell.Name[0]) + cell.Name[1..];
        return ($"/api/v1/emulation-models/{EvaluationDemoData.ModelId(1, 1)}", JsonSerializer.Serialize(
            new Dictionary<string, object?>
            {
                ["organizationId"] = cell.Id, ["year"] = EvaluationDemoData.Year, ["kind"] = "SKILFUL_MASS_MOBILISATION", ["title"] = title,
                ["target"] = "Gần dân, hiểu dân, giải quyết kịp thời kiến nghị của người dân trong lĩnh vực được giao", ["result"] = "Hoàn thành",
                ["recognition"] = new Dictionary<string, object?> { ["recognizedOn"] = "2021-01-20", ["decisionNumber"] = "55-QĐ/ĐU", ["level"] = "GRASSROOTS" },
            },
            Json));
    }

    /// <summary>The December 2020 regular meeting of demo cell 3, as the demo recorded it (its whole attendance).</summary>
    public static (string Path, string Body) UpdateMeeting()
    {
        const int cellNumber = 3;
        const int month = 12;
        var cell = DemoData.Organizations.First(o => o.Id == DemoData.Cell(cellNumber));
        var heldOn = EvaluationDemoData.MeetingDay(month, cellNumber - 1);
        // The cell's members counted on the day, in the demo's order (placed from the ceremony, or from the cell's establishment).
        var expected = DemoMembers.All
            .Where(m => m.CellNumber == cellNumber)
            .Where(m =>
            {
                var ceremony = m.AdmissionDecision.AddDays(14);
                var since = m.AdmittedIn2020 || ceremony > cell.EstablishedOn ? ceremony : cell.EstablishedOn;
                return since <= heldOn;
            })
            .Select(m => m.Id)
            .ToList();
        var attendance = expected.Select((id, i) => (Id: id, Status: (i + month + cellNumber - 1) % 13 == 5 ? "EXCUSED" : "PRESENT")).ToList();
        var present = attendance.Where(a => a.Status == "PRESENT").Select(a => a.Id).ToList();
        var documents = EvaluationDemoData.DocumentsOfMonth(month);
        return ($"/api/v1/meetings/{EvaluationDemoData.MeetingId(cellNumber, month)}", JsonSerializer.Serialize(
            new Dictionary<string, object?>
            {
                ["organizationId"] = cell.Id, ["heldOn"] = heldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["kind"] = "REGULAR",
                ["agenda"] = EvaluationDemoData.Agenda(month, documents.Select(d => d.Number)),
                ["chairMemberId"] = present[0], ["secretaryMemberId"] = present[1],
                ["attendance"] = attendance.Select(a => new Dictionary<string, object?> { ["memberId"] = a.Id, ["status"] = a.Status }).ToList(),
                ["documentIds"] = documents.Select(d => d.Id).ToList(),
            },
            Json));
    }

    /// <summary>The committee's planned 2027 review template (not yet used by a review), as it is.</summary>
    public static (string Path, string Body) UpdateReviewTemplate() =>
        ($"/api/v1/review-templates/{DemoRatingExamples.PlannedTemplateId}", JsonSerializer.Serialize(
            new Dictionary<string, object?>
            {
                ["organizationId"] = DemoData.CommitteeId, ["name"] = DemoRatingExamples.PlannedTemplateName,
                ["effectiveFrom"] = DemoRatingExamples.PlannedTemplateFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["criteria"] = DemoRatingExamples.PlannedCriteria
                    .Select(c => new Dictionary<string, object?> { ["code"] = c.Code, ["group"] = c.Group, ["text"] = c.Text, ["textEn"] = c.TextEn }).ToList(),
            },
            Json));

    /// <summary>The December 2020 review of the first member of demo cell 1 (EXCELLENT, every criterion met), as it is.</summary>
    public static (string Path, string Body) UpdateMonthlyReview() =>
        ($"/api/v1/monthly-reviews/{EvaluationDemoData.ReviewId(1, 12, 0)}", JsonSerializer.Serialize(
            new Dictionary<string, object?>
            {
                ["level"] = "EXCELLENT", ["comments"] = null,
                ["checks"] = EvaluationDemoData.CriterionCodes.Select(c => new Dictionary<string, object?> { ["criterionCode"] = c, ["met"] = true, ["note"] = null }).ToList(),
            },
            Json));
}
