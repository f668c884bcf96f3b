using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;
using static PartyCommittee.Api.Tests.Members.ImportFiles;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// An import matches and changes only members inside the caller's scope, and tells nothing about the others: a key
/// held outside the scope is refused exactly like any other clash, with no member id or name.
/// </summary>
public sealed class MemberImportScopeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    // A member of cell 3 (CB-KHTC): outside the scope of an office user scoped to cell 2 (CB-TT).
    private static readonly DemoMember Outsider = DemoMembers.All.First(m => m.CellNumber == 3);

    private HttpClient CellOffice => factory.ClientAs("CommitteeOffice", DemoData.Cell(2), subject: "office-cell-2");

    [Fact]
    public async Task A_card_number_held_outside_the_scope_is_refused_like_any_clash_and_nothing_is_overwritten()
    {
        var attack = Row("Kẻ Mạo Danh", Outsider.CardNumber).With("phone", "0999999999").With("address", "Địa chỉ giả");
        var csv = Csv(attack);

        var dryRun = await factory.ShouldWriteNothingAsync(() => PostAsync(CellOffice, csv, dryRun: true));
        var body = await dryRun.Content.ReadAsStringAsync();
        dryRun.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        body.ShouldNotContain(Outsider.Id.ToString());
        body.ShouldNotContain(Outsider.FullName);
        var row = JsonDocument.Parse(body).RootElement.GetProperty("results")[0];
        row.GetProperty("outcome").GetString().ShouldBe("ERROR");
        row.GetProperty("memberId").ValueKind.ShouldBe(JsonValueKind.Null);

        // The same answer as a card number used twice in one file: nothing tells "exists out of scope" apart.
        var twice = await (await PostAsync(CellOffice, Csv(Row("Trần Văn Một", "30000001"), Row("Trần Văn Hai", "30000001")), dryRun: true)).ReadAsync<JsonElement>();
        Errors(row, Outsider.CardNumber).ShouldBe(Errors(twice.GetProperty("results")[1], "30000001"));

        var real = await factory.ShouldWriteNothingAsync(() => PostAsync(CellOffice, csv, dryRun: false));
        var refused = await real.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import.has_errors");
        refused.ToString().ShouldNotContain(Outsider.Id.ToString());
        refused.ToString().ShouldNotContain(Outsider.FullName);
    }

    [Fact]
    public async Task A_citizen_id_held_outside_the_scope_is_refused_like_any_clash()
    {
        var csv = Csv(Row("Kẻ Mạo Danh", card: null, citizenId: Outsider.CitizenId));

        var response = await factory.ShouldWriteNothingAsync(() => PostAsync(CellOffice, csv, dryRun: true));
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(Outsider.Id.ToString());
        body.ShouldNotContain(Outsider.FullName);
        var row = JsonDocument.Parse(body).RootElement.GetProperty("results")[0];
        row.GetProperty("outcome").GetString().ShouldBe("ERROR");
        row.GetProperty("memberId").ValueKind.ShouldBe(JsonValueKind.Null);

        var twice = await (await PostAsync(CellOffice, Csv(Row("Trần Văn Ba", null, "094185999001"), Row("Trần Văn Bốn", null, "094185999001")), dryRun: true)).ReadAsync<JsonElement>();
        Errors(row, null).ShouldBe(Errors(twice.GetProperty("results")[1], null));

        await factory.ShouldWriteNothingAsync(async () =>
            await (await PostAsync(CellOffice, csv, dryRun: false)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import.has_errors"));
    }

    [Fact]
    public async Task Name_and_birth_date_match_only_members_in_scope()
    {
        var csv = Csv(Row(Outsider.FullName, card: null, dateOfBirth: Outsider.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

        var report = await factory.ShouldWriteNothingAsync(async () => await (await PostAsync(CellOffice, csv, dryRun: true)).ReadAsync<JsonElement>());

        var row = report.GetProperty("results")[0];
        row.GetProperty("outcome").GetString().ShouldBe("CREATED");
        row.GetProperty("memberId").GetGuid().ShouldNotBe(Outsider.Id);
    }

    [Fact]
    public async Task Import_never_moves_a_member_to_another_cell()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var member = DemoMembers.All.First(m => m.CellNumber == 4);
        var export = await (await office.GetAsync($"/api/v1/members/export?format=csv&organizationId={DemoData.Cell(4)}")).Content.ReadAsStringAsync();
        var line = export.Split('\n').First(l => l.Contains(member.CardNumber, StringComparison.Ordinal));
        var moved = string.Join('\n', export.Split('\n')[0], line.Replace(",CB-LDVL,", ",CB-TT,", StringComparison.Ordinal));

        var response = await factory.ShouldWriteNothingAsync(() => PostAsync(office, moved, dryRun: false));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import.has_errors");
        var row = problem.GetProperty("import").GetProperty("results")[0];
        row.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ShouldBe(["import.cell_change_not_allowed"]);
        (await factory.WithDbAsync(db => db.Members.Where(m => m.Id == member.Id).Select(m => m.OrganizationId).SingleAsync())).ShouldBe(DemoData.Cell(4));
    }

    /// <summary>A row's errors with the row's own key blanked out of the messages.</summary>
    private static List<string> Errors(JsonElement row, string? key) =>
        [.. row.GetProperty("errors").EnumerateArray().Select(e =>
        {
            var text = $"{e.GetProperty("field").GetString()}|{e.GetProperty("code").GetString()}|{e.GetProperty("messageVi").GetString()}|{e.GetProperty("messageEn").GetString()}";
            return key is null ? text : text.Replace(key, "#", StringComparison.Ordinal);
        })];
}
