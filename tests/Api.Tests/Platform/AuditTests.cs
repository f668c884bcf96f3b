using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>Every write leaves an audit record: who, when, which entity and key, each changed field's old and new value.</summary>
public sealed class AuditTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Insert_and_update_are_audited_with_old_and_new_values()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId, subject: "office-clerk-7");
        var created = await (await office.PostAsJsonAsync("/api/v1/organizations", new
        {
            code = "CB-AUDIT",
            name = "Chi bộ Kiểm toán",
            type = "PARTY_CELL",
            unitKind = "ADMINISTRATIVE_AGENCY",
            parentId = DemoData.CommitteeId,
            establishedOn = "2019-01-01",
        })).ReadAsync<OrganizationDto>();
        (await office.PutJsonAsync($"/api/v1/organizations/{created.Id}", new
        {
            name = "Chi bộ Kiểm toán nội bộ",
            shortName = "CB KTNB",
            unitKind = "ADMINISTRATIVE_AGENCY",
            parentId = DemoData.CommitteeId,
            establishedOn = "2019-01-01",
        }, "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await factory.ClientAs("Admin", null)
            .GetFromJsonAsync<JsonElement>($"/api/v1/audit-entries?entityType=PartyOrganization&entityKey={created.Id}");

        var entries = page.GetProperty("items").EnumerateArray().ToList();
        entries.Count.ShouldBe(2);
        var update = entries[0];
        update.GetProperty("action").GetString().ShouldBe("Update");
        update.GetProperty("userId").GetString().ShouldBe("office-clerk-7");
        update.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
        var changes = update.GetProperty("changes");
        changes.GetProperty("name").GetProperty("old").GetString().ShouldBe("Chi bộ Kiểm toán");
        changes.GetProperty("name").GetProperty("new").GetString().ShouldBe("Chi bộ Kiểm toán nội bộ");
        changes.GetProperty("shortName").GetProperty("old").ValueKind.ShouldBe(JsonValueKind.Null);
        changes.GetProperty("shortName").GetProperty("new").GetString().ShouldBe("CB KTNB");
        changes.TryGetProperty("code", out _).ShouldBeFalse("unchanged fields are not listed");
        changes.TryGetProperty("version", out _).ShouldBeFalse("bookkeeping is not audited");

        var insert = entries[1];
        insert.GetProperty("action").GetString().ShouldBe("Insert");
        insert.GetProperty("changes").GetProperty("code").GetProperty("new").GetString().ShouldBe("CB-AUDIT");
        insert.GetProperty("changes").GetProperty("type").GetProperty("new").GetString().ShouldBe("PARTY_CELL");
        DateTime.Parse(insert.GetProperty("occurredAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeInRange(DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task A_refused_change_leaves_no_audit_record()
    {
        var before = await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count()));

        var response = await factory.ClientAs("CommitteeOffice", DemoData.CommitteeId).PostAsJsonAsync("/api/v1/organizations", new
        {
            code = "CB-AUDIT-BAD",
            name = "Chi bộ",
            type = "PARTY_CELL",
            unitKind = "ADMINISTRATIVE_AGENCY",
            parentId = DemoData.Cell(1),
            establishedOn = "2019-01-01",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count()))).ShouldBe(before);
    }

    [Fact]
    public async Task Only_admins_read_the_audit_trail()
    {
        var response = await factory.ClientAs("CommitteeOffice", DemoData.CommitteeId).GetAsync("/api/v1/audit-entries");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }
}
