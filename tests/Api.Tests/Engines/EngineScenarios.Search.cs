using System.Net;
using System.Net.Http.Json;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Engines;

/// <summary>The member search index (ADR 0030) on each engine: ordinal ranges (binary collation on SQL Server).</summary>
public abstract partial class EngineScenarios
{
    [SkippableFact]
    public async Task Member_search_through_the_index_is_exact_on_every_engine()
    {
        var cell = DemoData.Cell(5);
        // Letters only, unique to this run: the searches below are limited to these members by the suffix.
        var suffix = new string([.. Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);
        string[] names = [$"Nguyễn Văn {suffix}", $"Hoàng Thị {suffix}", $"Đoàn Văn Xuân {suffix}", $"Lâm Anh {suffix}"];
        var ids = new List<Guid>();
        foreach (var name in names)
        {
            ids.Add(await Api.AddMemberAsync(cell, name, admittedOn: new DateOnly(2024, 3, 4))); // after 2020: the seed-report scenario in the same database counts 2020
        }

        foreach (var text in new[] { $"van {suffix}", $"an {suffix}", $"ng thi {suffix}", $"oan van xuan {suffix}", $"{suffix[1..]}", $"VĂN {suffix.ToUpperInvariant()}" })
        {
            var found = await Office().GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?organizationId={cell}&pageSize=100&search={Uri.EscapeDataString(text)}", HttpExtensions.Json);
            var folded = VietnameseText.Fold(text);
            found!.Items.Select(m => m.FullName).Order(StringComparer.Ordinal)
                .ShouldBe(names.Where(n => VietnameseText.Fold(n).Contains(folded, StringComparison.Ordinal)).Order(StringComparer.Ordinal), text);
        }

        var renamed = await Office().PutJsonAsync($"/api/v1/members/{ids[0]}/name", new { familyName = "Khổng", middleName = "Thị", givenName = suffix, order = "FAMILY_FIRST" }, "\"1\"");
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterRename = await Office().GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?organizationId={cell}&search={Uri.EscapeDataString($"ong thi {suffix}")}", HttpExtensions.Json);
        afterRename!.Items.Select(m => m.FullName).ShouldBe([$"Khổng Thị {suffix}"]);
    }
}
