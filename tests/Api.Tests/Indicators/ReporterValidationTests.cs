using System.Net;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Indicators;

/// <summary>
/// A reporter's scope without its unit or element list is a validation error on creation and on change. Found by the
/// contract fuzz (session 49): <c>PUT /reporters/{id}</c> without <c>orgUnits</c> answered 500, the list's size rule
/// running on nothing after the emptiness rule had failed.
/// </summary>
public sealed class ReporterValidationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("orgUnits")]
    [InlineData("dataElements")]
    public async Task A_scope_without_a_list_is_refused_with_the_field_named(string missing)
    {
        var admin = factory.ClientAs("Admin", null);
        var created = await admin.PostJsonAsync("/api/v1/reporters", new
        {
            clientId = $"validation-{missing}".ToLowerInvariant(),
            scope = new { name = "Hệ thống kiểm tra", orgUnits = new[] { DemoDataSeeder.ProvinceCode }, dataElements = new[] { "JOBS_NEW" } },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var reporter = await created.ReadAsync<JsonElement>();

        var scope = new Dictionary<string, object> { ["name"] = "Hệ thống kiểm tra", ["orgUnits"] = new[] { DemoDataSeeder.ProvinceCode }, ["dataElements"] = new[] { "JOBS_NEW" } };
        scope.Remove(missing);
        var changed = await factory.ShouldWriteNothingAsync(async () => await (await admin.PutJsonAsync(
                $"/api/v1/reporters/{reporter.GetProperty("id").GetGuid()}", scope, $"\"{reporter.GetProperty("version").GetInt64()}\""))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        changed.GetRawText().ShouldContain(missing, Case.Insensitive);

        await (await admin.PostJsonAsync("/api/v1/reporters", new { clientId = $"validation-new-{missing}".ToLowerInvariant(), scope }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }
}
