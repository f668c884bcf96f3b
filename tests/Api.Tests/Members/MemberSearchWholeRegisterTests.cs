using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// The search over the whole register (an unrestricted caller, or the committee office whose committee is the only
/// top-level organisation), in both of its forms (session 31): a text answered by one range of the name index runs as
/// compiled statements, a text that needs several ranges (or a filter, or another order) as composed ones. Every page
/// and total must be those of the folded-name <c>Contains</c> of ADR 0011 over the current members, by name then id,
/// whatever the page size (the compiled page statement is kept per page size). A text of one or two letters
/// (<see cref="MemberSearchIndex.IsBroad"/>, issue 12 session 68, ADR 0101) is answered by testing each member's name: no
/// statement reads the name index (through it, "n" took 10.8 s and "a" 9.2 s on the 1M bench register).
/// </summary>
public sealed class MemberSearchWholeRegisterTests(RequestStatementCountingApiFactory factory) : IClassFixture<RequestStatementCountingApiFactory>
{
    private static readonly string[] Corpus =
    [
        "Nguyễn Văn Xuyên", "Nguyễn Văn Xuyến", "Trần Thị Xuyên", "Lê Xuyên Hoà", "Nguyễn Văn Xuyên", "Phạm Văn Xuyên",
        "Đỗ Thị Xuyên Chi", "Hoàng Xuyên", "Vũ Văn Xuyên", "Bùi Thị Xuyên", "Nguyễn Văn Xuyên", "Đặng Văn Khoan Xuyên",
    ];

    [Theory]
    [InlineData("Admin", "xuyen")]
    [InlineData("Admin", "van xuyen")]
    [InlineData("Admin", "NGUYỄN VĂN XUYÊN")]
    [InlineData("CommitteeOffice", "xuyen")]
    [InlineData("CommitteeOffice", "nguyen van")]
    [InlineData("Admin", "uyen")]
    [InlineData("Admin", "an")]
    [InlineData("Admin", "a")]
    [InlineData("Admin", "TH")]
    [InlineData("Admin", "ễ")]
    [InlineData("CommitteeOffice", "y")]
    [InlineData("CommitteeOffice", "u")]
    public async Task Every_page_of_a_whole_register_search_is_the_folded_names_containing_the_text_by_name(string role, string search)
    {
        await SeedAsync();
        var client = factory.ClientAs(role, role == "Admin" ? null : DemoData.CommitteeId);
        var folded = VietnameseText.Fold(search);
        var all = await factory.WithDbAsync(db => db.Set<PartyMember>().AsNoTracking()
            .Where(m => !MembershipLabels.FormerStatuses.Contains(m.Status) && m.NameFolded.Contains(folded))
            .OrderBy(m => m.NameSortKey).ThenBy(m => m.Id)
            .Select(m => m.Id).ToListAsync());
        all.ShouldNotBeEmpty();

        foreach (var size in new[] { 1, 3, 7, 100 })
        {
            for (var page = 1; page <= Math.Min(4, ((all.Count - 1) / size) + 2); page++)
            {
                factory.Statements.Take();
                var result = await client.GetFromJsonAsync<PagedList<MemberListItem>>(
                    $"/api/v1/members?search={Uri.EscapeDataString(search)}&pageSize={size}&page={page}", HttpExtensions.Json);
                var statements = factory.Statements.Take();
                result!.TotalCount.ShouldBe(all.Count, $"total, size {size}, page {page}");
                result.Items.Select(m => m.Id).ShouldBe(all.Skip((page - 1) * size).Take(size), $"size {size}, page {page}");
                statements.Any(s => s.Contains("\"MemberNameTokens\"", StringComparison.Ordinal) || s.Contains("\"MemberNameWords\"", StringComparison.Ordinal))
                    .ShouldBe(!MemberSearchIndex.IsBroad(folded), string.Join("\n---\n", statements));
            }
        }
    }

    [Fact]
    public async Task A_former_member_is_not_found_and_the_same_text_filtered_by_status_gives_the_counted_ones()
    {
        await SeedAsync();
        var admin = factory.ClientAs("Admin", null);
        var unfiltered = await admin.GetFromJsonAsync<PagedList<MemberListItem>>("/api/v1/members?search=xuyen&pageSize=100", HttpExtensions.Json);
        var full = await admin.GetFromJsonAsync<PagedList<MemberListItem>>("/api/v1/members?search=xuyen&pageSize=100&status=FULL", HttpExtensions.Json);

        unfiltered!.Items.ShouldNotContain(m => m.FullName == "Lý Văn Xuyên");
        full!.Items.Select(m => m.Id).ShouldBe(unfiltered.Items.Where(m => m.Status == MemberStatus.Full).Select(m => m.Id));
    }

    private async Task SeedAsync()
    {
        if (await factory.WithDbAsync(db => db.Set<PartyMember>().AnyAsync(m => m.FullName == "Lý Văn Xuyên")))
        {
            return;
        }

        for (var i = 0; i < Corpus.Length; i++)
        {
            await factory.AddMemberAsync(DemoData.Cell(1 + (i % 3)), Corpus[i], i % 4 == 0 ? MemberStatus.Probationary : MemberStatus.Full, new DateOnly(2024, 3, 1));
        }

        var former = await factory.AddMemberAsync(DemoData.Cell(2), "Lý Văn Xuyên", admittedOn: new DateOnly(2024, 3, 1));
        await factory.WithDbAsync(db => db.Set<PartyMember>().Where(m => m.Id == former).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MemberStatus.Deceased)));
    }
}
