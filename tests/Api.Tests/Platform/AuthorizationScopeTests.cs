using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Transfers;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// Identifiers named in request bodies: one outside the caller's scope answers exactly as a missing one and is never
/// changed; and the side of a transfer that records each of its steps.
/// </summary>
public sealed class AuthorizationScopeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient admin = factory.ClientAs("Admin", null);

    /// <summary>The office of a sub-scope: a committee office token scoped to the own cell only.</summary>
    private HttpClient OfficeOf(Guid organizationId) => factory.ClientAs("CommitteeOffice", organizationId, subject: $"office-{organizationId:N}");

    [Fact]
    public async Task A_term_outside_the_scope_is_answered_as_a_missing_term_when_constituting_a_body()
    {
        var ownTerm = await CreateTermAsync(DemoData.Cell(3));
        var otherTerm = await CreateTermAsync(DemoData.Cell(4));
        var office = OfficeOf(DemoData.Cell(3));

        var outside = await office.PostAsJsonAsync("/api/v1/elected-bodies", new { organizationId = DemoData.Cell(3), termId = otherTerm, kind = "CELL_COMMITTEE" }, HttpExtensions.Json);
        var missing = await office.PostAsJsonAsync("/api/v1/elected-bodies", new { organizationId = DemoData.Cell(3), termId = Guid.NewGuid(), kind = "CELL_COMMITTEE" }, HttpExtensions.Json);

        var outsideProblem = await outside.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.term_not_found");
        await missing.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.term_not_found");
        outsideProblem.GetProperty("detail").GetString()!.ShouldNotContain("2020");
        (await factory.WithDbAsync(db => db.ElectedBodies.AnyAsync(b => b.TermId == otherTerm || b.TermId == ownTerm))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_member_outside_the_scope_is_answered_as_a_missing_member_when_seating_a_body()
    {
        var term = await CreateTermAsync(DemoData.Cell(5));
        var body = await PostAsync(admin, "/api/v1/elected-bodies", new { organizationId = DemoData.Cell(5), termId = term, kind = "CELL_COMMITTEE" });
        var outsider = await factory.AddMemberAsync(DemoData.Cell(6), "Thạch Thị Ngoài Phạm Vi", admittedOn: new DateOnly(2010, 5, 19));
        var office = OfficeOf(DemoData.Cell(5));
        var url = $"/api/v1/elected-bodies/{body.GetProperty("id").GetGuid()}/memberships";
        var ifMatch = $"\"{body.GetProperty("version").GetInt64()}\"";

        var outside = await office.PostJsonAsync(url, new { memberId = outsider, role = "MEMBER", startsOn = "2021-01-04" }, ifMatch);
        var missing = await office.PostJsonAsync(url, new { memberId = Guid.NewGuid(), role = "MEMBER", startsOn = "2021-01-04" }, ifMatch);

        await outside.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.member_not_found");
        await missing.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "body.member_not_found");
        (await factory.WithDbAsync(db => db.BodyMemberships.AnyAsync(m => m.MemberId == outsider))).ShouldBeFalse();
    }

    [Fact]
    public async Task An_import_never_matches_updates_or_reveals_a_member_outside_the_scope()
    {
        const string card = "77712345";
        var outsider = await factory.WithDbAsync(async db =>
        {
            var member = await db.Members.FirstAsync(m => m.OrganizationId == DemoData.Cell(7) && m.PartyCardNumber != null);
            return (member.Id, member.FullName, Card: member.PartyCardNumber!, member.Position);
        });
        var csv = "fullName,sex,dateOfBirth,ethnicityCode,generalEducation,professionalLevel,politicalTheoryLevel,partyCardNumber,admissionDecisionDate,ceremonyDate,fullMembershipDate,cellCode,status,position\n"
            + $"Người Nhập Thử,MALE,1980-01-01,01,UPPER_SECONDARY,UNIVERSITY,INTERMEDIATE,{outsider.Card},2010-01-04,2010-01-20,2011-01-21,CB-TTDVVL,FULL,Bị ghi đè\n"
            + $"Người Mới Thử,MALE,1981-01-01,01,UPPER_SECONDARY,UNIVERSITY,INTERMEDIATE,{card},2010-01-04,2010-01-20,2011-01-21,CB-TTDVVL,FULL,Mới\n";

        var response = await ImportAsync(OfficeOf(DemoData.Cell(5)), csv, dryRun: false);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "import.has_errors");
        var text = problem.GetRawText();
        text.ShouldNotContain(outsider.Id.ToString());
        text.ShouldNotContain(outsider.FullName);
        var rows = problem.GetProperty("import").GetProperty("results").EnumerateArray().ToList();
        rows[0].GetProperty("outcome").GetString().ShouldBe("ERROR");
        rows[0].GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("member.card_number_taken");
        (await factory.WithDbAsync(db => db.Members.SingleAsync(m => m.Id == outsider.Id))).Position.ShouldBe(outsider.Position);
    }

    [Fact]
    public async Task The_sending_side_sends_and_the_receiving_side_receives_a_transfer()
    {
        var member = await factory.AddMemberAsync(DemoData.Cell(1), "Lý Thị Chuyển Đi");
        var transfer = await admin.RequestAsync(TransferClient.Internal(member, DemoData.Cell(4)));
        var sending = OfficeOf(DemoData.Cell(1));
        var receiving = OfficeOf(DemoData.Cell(4));

        // Both sides see it; each records only its own step.
        (await receiving.GetAsync($"{TransferClient.Url}/{transfer.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await receiving.StepAsync(transfer, "send", new { sentOn = "2025-03-05" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "transfer.sending_side_only");
        var sent = await sending.SendAsync(transfer, "2025-03-05");

        await (await sending.StepAsync(sent, "receive", new { receivedOn = "2025-03-10" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "transfer.receiving_side_only");
        (await factory.WithDbAsync(db => db.Transfers.AsNoTracking().SingleAsync(t => t.Id == transfer.Id))).Status.ShouldBe(TransferStatus.Sent);
        var received = await receiving.ReceiveAsync(sent, "2025-03-10");
        received.Status.ShouldBe(TransferStatus.Received);

        // An outgoing transfer has no receiving cell in the committee: the sending side records the receipt.
        var leaving = await factory.AddMemberAsync(DemoData.Cell(1), "Lý Văn Ra Đi");
        var outgoing = await sending.SendAsync(await admin.RequestAsync(TransferClient.Outgoing(leaving)), "2025-03-05");
        (await sending.ReceiveAsync(outgoing, "2025-03-12")).Status.ShouldBe(TransferStatus.Received);
    }

    private async Task<Guid> CreateTermAsync(Guid organizationId) =>
        (await PostAsync(admin, $"/api/v1/organizations/{organizationId}/terms", new { name = "2020–2025", startsOn = "2020-05-20", endsOn = "2025-05-31" })).GetProperty("id").GetGuid();

    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, HttpExtensions.Json);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv, bool dryRun)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return client.PostAsync($"/api/v1/members/import?dryRun={(dryRun ? "true" : "false")}", new MultipartFormDataContent { { file, "file", "members.csv" } });
    }
}
