using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PartyCommittee.Api.OpenApi;
using PartyCommittee.Api.Tests.Infrastructure;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>The request examples Swagger UI pre-fills succeed against a freshly loaded demo database.</summary>
public sealed class RequestExampleTests
{
    [Fact]
    public async Task The_swagger_ui_examples_succeed_against_the_demo_data()
    {
        using var demo = new ApiFactory();
        var admin = demo.ClientAs("Admin", null);
        var holidays = await admin.GetFromJsonAsync<JsonElement>("/api/v1/calendar/holidays?year=2026&pageSize=100", HttpExtensions.Json);
        var newYear = holidays.GetProperty("items").EnumerateArray().Single(h => h.GetProperty("date").GetString() == "2026-01-01").GetProperty("id").GetString();

        foreach (var (operation, (path, body)) in RequestExamples.ByOperation)
        {
            var url = path.Replace("{id of the 2026-01-01 holiday}", newYear, StringComparison.Ordinal);
            var update = operation.StartsWith("Update", StringComparison.Ordinal);
            var request = new HttpRequestMessage(update ? HttpMethod.Put : HttpMethod.Post, url)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            if (update)
            {
                var read = await admin.GetAsync(url);
                read.StatusCode.ShouldBe(HttpStatusCode.OK, operation);
                request.Headers.IfMatch.Add(read.Headers.ETag!);
            }

            var response = await admin.SendAsync(request);
            ((int)response.StatusCode).ShouldBeInRange(200, 201, $"{operation}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
