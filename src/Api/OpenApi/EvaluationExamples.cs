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
}
