using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartyCommittee.Api.Tests.Members;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Issue 12, sessions 50 and 64 (ADR 0071, ADR 0095): the lists, figures and agenda sources that filter by the caller's
/// subtree read the root committee's subtree (every organisation) as an administrator's, unfiltered. Session 50: the dues
/// figures and lists and the inspection statistics (0.5-0.9 s more at 1M with the list); session 64: the rest. With the list of every organisation bound to each statement, a 1M register's agenda took 11 s
/// against 6 s, the meetings 0.52 s against 0.17 s, and every list 15-64 ms against 2-14 ms.
/// </summary>
public sealed class RootOfficeListReadTests(RequestStatementCountingApiFactory factory) : IClassFixture<RequestStatementCountingApiFactory>
{
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    [Theory]
    [InlineData("/api/v1/dues/summary?year=2020", "\"DuesLines\"")]
    [InlineData("/api/v1/dues/arrears?year=2020", "\"DuesLines\"")]
    [InlineData("/api/v1/dues/removal-review?year=2020", "\"DuesLines\"")]
    [InlineData("/api/v1/dues/member-years?year=2020&pageSize=5", "\"DuesLines\"")]
    [InlineData("/api/v1/statistics/inspection?year=2020", "\"InspectionCases\"")]
    [InlineData("/api/v1/agenda?asOf=2020-12-31", "\"DuesLines\"")]
    [InlineData("/api/v1/agenda?asOf=2020-12-31", "\"Transfers\"")]
    [InlineData("/api/v1/agenda?asOf=2020-12-31", "\"ResolutionTasks\"")]
    [InlineData("/api/v1/agenda?asOf=2020-12-31", "\"InspectionCases\"")]
    [InlineData("/api/v1/agenda?asOf=2020-12-31", "\"Denunciations\"", "InspectionCommission")]
    [InlineData("/api/v1/meetings?pageSize=100", "\"CellMeetings\"")]
    [InlineData("/api/v1/monthly-reviews?pageSize=100", "\"MonthlyReviews\"")]
    [InlineData("/api/v1/dues/sheets?pageSize=100", "\"DuesSheets\"")]
    [InlineData("/api/v1/admissions?pageSize=100", "\"AdmissionCases\"")]
    [InlineData("/api/v1/admissions/due?pageSize=100", "\"AdmissionCases\"")]
    [InlineData("/api/v1/transfers?pageSize=100", "\"Transfers\"")]
    [InlineData("/api/v1/inspections?pageSize=100", "\"InspectionCases\"")]
    [InlineData("/api/v1/inspections/due?pageSize=100", "\"InspectionCases\"")]
    [InlineData("/api/v1/inspection-programmes?pageSize=100", "\"InspectionProgrammes\"")]
    [InlineData("/api/v1/disciplinary-actions?pageSize=100", "\"DisciplinaryActions\"")]
    [InlineData("/api/v1/disciplinary-actions/figures?year=2020", "\"DisciplinaryActions\"")]
    [InlineData("/api/v1/denunciations?pageSize=100", "\"Denunciations\"", "InspectionCommission")]
    [InlineData("/api/v1/denunciations/figures?year=2020", "\"Denunciations\"", "InspectionCommission")]
    [InlineData("/api/v1/discipline-complaints?pageSize=100", "\"DisciplineComplaints\"", "InspectionCommission")]
    [InlineData("/api/v1/resolutions?pageSize=100", "\"Resolutions\"")]
    [InlineData("/api/v1/emulation-models?pageSize=100", "\"EmulationModels\"")]
    [InlineData("/api/v1/mass-organization-ratings?pageSize=100", "\"MassOrganizationRatings\"")]
    [InlineData("/api/v1/civil-servant-ratings?pageSize=100", "\"CivilServantRatings\"")]
    [InlineData("/api/v1/temporary-guests?pageSize=100", "\"TemporaryGuests\"")]
    public async Task The_root_committees_office_reads_without_a_list_of_every_organisation(string url, string table, string scopedRole = "CellSecretary")
    {
        var expected = Shape(await factory.ClientAs("Admin", null).GetFromJsonAsync<JsonElement>(url));
        var cell = DemoData.Cell(1).ToString();
        foreach (var read in new[] { url, $"{url}&organizationId={DemoData.CommitteeId}" })
        {
            factory.Statements.Take();
            var response = await office.GetAsync(read);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, read);
            var statements = factory.Statements.TakeWithParameters().Where(s => s.Sql.Contains(table, StringComparison.Ordinal)).ToList();

            // The same rows as the administrator's unfiltered read.
            Shape(await response.Content.ReadFromJsonAsync<JsonElement>()).ShouldBe(expected, read);
            statements.ShouldNotBeEmpty(read);

            // No list of organisations is bound (a page's member ids may be).
            statements.ShouldAllBe(s => !s.Parameters.Any(p => (p.Value as string ?? string.Empty).Contains(cell, StringComparison.OrdinalIgnoreCase)), read);
        }

        // A role scoped to a cell (its secretary; for the denunciations, an inspection commission): still filtered by its subtree.
        factory.Statements.Take();
        var own = await factory.ClientAs(scopedRole, DemoData.Cell(1)).GetAsync(url);
        own.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        factory.Statements.Take().ShouldContain(sql => sql.Contains(table, StringComparison.Ordinal) && sql.Contains("json_each", StringComparison.Ordinal), url);
    }

    /// <summary>
    /// What must be equal: a page's total and its items' identities (masking differs by role), a whole list as it is, or a
    /// figure's body without the organisation it echoes.
    /// </summary>
    private static string Shape(JsonElement body)
    {
        body.GetRawText().Length.ShouldBeGreaterThan(50, "a read with something to compare");
        if (body.ValueKind == JsonValueKind.Array)
        {
            return body.GetRawText();
        }

        if (body.TryGetProperty("items", out var items) && body.TryGetProperty("totalCount", out var total))
        {
            var ids = items.EnumerateArray().Select(i => i.TryGetProperty("id", out var id) ? id.GetRawText()
                : i.TryGetProperty("subject", out var subject) ? $"{i.GetProperty("kind").GetString()}:{subject.GetProperty("id").GetGuid()}:{i.GetProperty("dueDate").GetString()}"
                : i.GetRawText());
            return $"{total.GetInt32()}: {string.Join(", ", ids)}";
        }

        return WithoutEchoes(JsonNode.Parse(body.GetRawText()))!.ToJsonString();
    }

    /// <summary>The body without the organisation it echoes (at its top and in its sections): null for one, the root for the other.</summary>
    private static JsonNode? WithoutEchoes(JsonNode? node)
    {
        if (node is JsonObject json)
        {
            json.Remove("organizationId");
            foreach (var (_, value) in json)
            {
                WithoutEchoes(value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                WithoutEchoes(item);
            }
        }

        return node;
    }
}
