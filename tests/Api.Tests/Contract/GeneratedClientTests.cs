using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Client;
using PartyCommittee.Client.Api.V1.Members;
using PartyCommittee.Client.Models;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Contract;

/// <summary>
/// A C# client generated from the committed contract by Kiota (at build time, see Api.Tests.csproj), used against the
/// running API as a frontend or a province system would: typed pages and details, a typed creation, refusals read as
/// the documented problem types with their stable codes, and the ETag / If-Match round trip. The TypeScript client is
/// checked the same way at compile time (.ci/contract-lint.sh); this one also runs.
/// </summary>
public sealed class GeneratedClientTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Pages_and_details_read_into_the_generated_models()
    {
        var office = ClientAs("CommitteeOffice", DemoData.CommitteeId);

        var members = await office.Api.V1.Members.GetAsync(r => r.QueryParameters.PageSize = 3);
        members.ShouldNotBeNull();
        members.Items.ShouldNotBeNull().Count.ShouldBe(3);
        members.TotalCount.ShouldNotBeNull().ShouldBeGreaterThan(3);
        members.Items.ShouldAllBe(m => m.Id != null && !string.IsNullOrEmpty(m.FullName) && m.Status != null && m.StatusLabel != null);

        // Query parameters as the client writes them: an enum by its code, an identifier, a number.
        var full = await office.Api.V1.Members.GetAsync(r =>
        {
            r.QueryParameters.StatusAsGetStatusQueryParameterType = GetStatusQueryParameterType.FULL;
            r.QueryParameters.OrganizationId = DemoData.Cell(1);
            r.QueryParameters.PageSize = 100;
        });
        var items = full.ShouldNotBeNull().Items.ShouldNotBeNull();
        items.ShouldNotBeEmpty();
        items.ShouldAllBe(m => m.Status == MemberStatus.FULL && m.OrganizationId == DemoData.Cell(1));
        var raw = await factory.ClientAs("CommitteeOffice", DemoData.CommitteeId)
            .GetFromJsonAsync<JsonElement>($"/api/v1/members?status=FULL&organizationId={DemoData.Cell(1)}&pageSize=100");
        full.TotalCount.ShouldBe(raw.GetProperty("totalCount").GetInt32());

        var organization = await office.Api.V1.Organizations[DemoData.CommitteeId].GetAsync();
        organization.ShouldNotBeNull().Id.ShouldBe(DemoData.CommitteeId);
        organization.Name.ShouldNotBeNullOrWhiteSpace();
        organization.TypeLabel.ShouldNotBeNull().Vi.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_creation_answers_the_typed_resource_and_refusals_are_the_documented_problems_with_their_codes()
    {
        var admin = ClientAs("Admin", null);
        var day = new CreateHolidayCommand { Date = new Date(2033, 5, 3), NameVi = "Ngày nghỉ thử", NameEn = "Test day off", Kind = CalendarEntryKind.DAY_OFF };

        var created = await admin.Api.V1.Calendar.Holidays.PostAsync(day);
        created.ShouldNotBeNull().Date.ShouldBe(new Date(2033, 5, 3));
        created.Kind.ShouldBe(CalendarEntryKind.DAY_OFF);

        var invalid = await Should.ThrowAsync<ValidationProblem>(() => admin.Api.V1.Calendar.Holidays.PostAsync(
            new CreateHolidayCommand { Date = new Date(2033, 5, 4), NameVi = string.Empty, NameEn = "Nameless" }));
        invalid.ResponseStatusCode.ShouldBe(400);
        invalid.Code.ShouldBe("validation.failed");
        invalid.ErrorDetails.ShouldNotBeNull().ShouldContain(e => e.Field == "nameVi" && !string.IsNullOrEmpty(e.Code));

        var twice = await Should.ThrowAsync<Problem>(() => admin.Api.V1.Calendar.Holidays.PostAsync(day));
        twice.ResponseStatusCode.ShouldBe(409);
        twice.Code.ShouldBe("calendar.holiday_exists");

        var refused = await Should.ThrowAsync<Problem>(() => ClientAs("Viewer", DemoData.CommitteeId).Api.V1.Calendar.Holidays.PostAsync(
            new CreateHolidayCommand { Date = new Date(2033, 5, 5), NameVi = "Không được", NameEn = "Not allowed" }));
        refused.ResponseStatusCode.ShouldBe(403);
        refused.Code.ShouldBe("auth.forbidden");
    }

    [Fact]
    public async Task A_change_sends_back_the_etag_it_read_and_a_stale_one_is_refused_with_its_code()
    {
        var admin = ClientAs("Admin", null);
        var cell = admin.Api.V1.Organizations[DemoData.Cell(2)];
        var read = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var organization = await cell.GetAsync(r => r.Options.Add(read));
        var etag = read.ResponseHeaders["ETag"].Single();
        var update = new OrganizationUpdate
        {
            Name = organization!.Name + " (đổi tên)", ShortName = organization.ShortName, UnitKind = organization.UnitKind, ParentId = organization.ParentId,
            EstablishedOn = organization.EstablishedOn,
        };

        var missing = await Should.ThrowAsync<Problem>(() => cell.PutAsync(update));
        missing.ResponseStatusCode.ShouldBe(428);
        missing.Code.ShouldBe("concurrency.if_match_required");

        var changed = await cell.PutAsync(update, r => r.Headers.Add("If-Match", etag));
        changed.ShouldNotBeNull().Name.ShouldBe(update.Name);

        var stale = await Should.ThrowAsync<Problem>(() => cell.PutAsync(update, r => r.Headers.Add("If-Match", etag)));
        stale.ResponseStatusCode.ShouldBe(412);
        stale.Code.ShouldBe("concurrency.stale_etag");
    }

    /// <summary>
    /// The client as an application builds it: Kiota's own HTTP pipeline (retry, redirect, headers inspection and the
    /// other default handlers) over the test server, with the caller's bearer token.
    /// </summary>
    private PartyCommitteeClient ClientAs(string role, Guid? organizationId)
    {
        var http = KiotaClientFactory.Create(factory.Server.CreateHandler());
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create($"{role.ToLowerInvariant()}-user", [role], organizationId));
        return new PartyCommitteeClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = "http://localhost" });
    }
}
