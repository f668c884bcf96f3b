using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartyCommittee.Api.Hosting;

namespace PartyCommittee.Api.Tests.Infrastructure;

public static class HttpExtensions
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    /// <summary>
    /// Every item of a paged list, read <paramref name="pageSize"/> at a time from page 1 until a short page: each page
    /// answers 200 with the first page's <c>totalCount</c>, and the items read are that many.
    /// </summary>
    public static async Task<List<JsonElement>> AllItemsAsync(this HttpClient client, string url, int pageSize = 100)
    {
        var items = new List<JsonElement>();
        int? total = null;
        for (var page = 1; ; page++)
        {
            var response = await client.GetAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={page}&pageSize={pageSize}");
            var list = await response.ReadAsync<JsonElement>();
            var count = list.GetProperty("totalCount").GetInt32();
            (total ??= count).ShouldBe(count, $"{url}: the total changed between pages");
            var pageItems = list.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(pageItems);
            if (pageItems.Count < pageSize)
            {
                items.Count.ShouldBe(count, url);
                return items;
            }
        }
    }

    /// <summary>Asserts that a response's JSON equals <paramref name="expected"/> serialised as the API serialises (the reference computations of the equality tests).</summary>
    public static void ShouldEqualJsonOf(this JsonElement actual, object expected)
    {
        var actualNode = System.Text.Json.Nodes.JsonNode.Parse(actual.GetRawText());
        var expectedNode = JsonSerializer.SerializeToNode(expected, Json);
        System.Text.Json.Nodes.JsonNode.DeepEquals(actualNode, expectedNode).ShouldBeTrue($"\nactual   {actualNode!.ToJsonString()}\nexpected {expectedNode!.ToJsonString()}");
    }

    /// <summary>Asserts an RFC 9457 problem with the given status and code, and returns its JSON.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(code, body);
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("type").GetString().ShouldBe("urn:party-committee:problem:" + code);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        return problem;
    }

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiHost.ConfigureJson(options);
        return options;
    }
}
