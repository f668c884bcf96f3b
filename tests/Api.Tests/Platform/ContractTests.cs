using System.Text.Json;
using System.Text.Json.Nodes;
using PartyCommittee.Api.Tests.Infrastructure;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// The committed contract (openapi/v1.json) is what the API serves. When an intended change breaks this test,
/// regenerate the file with <c>UPDATE_OPENAPI=1 dotnet test tests/Api.Tests --filter FullyQualifiedName~ContractTests</c>
/// and review the diff like code.
/// </summary>
public sealed class ContractTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string ContractFile = Path.Combine(RepositoryRoot.Path, "openapi", "v1.json");

    [Fact]
    public async Task Served_openapi_document_matches_the_committed_contract()
    {
        var served = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;
        var pretty = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ContractFile)!);
            await File.WriteAllTextAsync(ContractFile, pretty);
        }

        File.Exists(ContractFile).ShouldBeTrue($"{ContractFile} is missing: run UPDATE_OPENAPI=1 dotnet test tests/Api.Tests --filter FullyQualifiedName~ContractTests");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(ContractFile))!;
        JsonNode.DeepEquals(served, committed).ShouldBeTrue(
            "openapi/v1.json differs from the served document. If the change is intended, regenerate it: " +
            "UPDATE_OPENAPI=1 dotnet test tests/Api.Tests --filter FullyQualifiedName~ContractTests");
    }

    [Fact]
    public async Task Contract_is_openapi_3_1_and_documents_security_and_problems_for_every_api_operation()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

        document["openapi"]!.GetValue<string>().ShouldStartWith("3.1");
        document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
        var operations = document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!)))
            .ToList();
        operations.Count.ShouldBeGreaterThanOrEqualTo(9);
        foreach (var (path, method, operation) in operations)
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            operation["operationId"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(where);
            operation["summary"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(where);
            operation["security"]!.AsArray().Count.ShouldBe(1, where);
            var responses = operation["responses"]!.AsObject();
            foreach (var status in new[] { "401", "403", "429", "500" })
            {
                responses[status]!["content"]!["application/problem+json"].ShouldNotBeNull($"{where} {status}");
            }

            if (method is "put")
            {
                responses["412"].ShouldNotBeNull(where);
                responses["428"].ShouldNotBeNull(where);
            }
        }
    }
}
