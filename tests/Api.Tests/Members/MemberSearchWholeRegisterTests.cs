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
    public Task Every_page_of_a_whole_register_search_is_the_folded_names_containing_the_text_by_name(string role, string search) =>
        EveryPageAsync(factory, role, search, scanned: MemberSearchIndex.IsBroad(VietnameseText.Fold(search)));

    /// <summary>
    /// Every page of <paramref name="search"/> over the whole register in four page sizes is the current members whose folded
    /// name contains the text, in name order; the members are read through the name index (<paramref name="scanned"/>
    /// false: a statement over <c>Members</c> reads <c>MemberNameTokens</c>) or by testing each name (true: none does, and
    /// one tests <c>NameFolded</c>).
    /// </summary>
    internal static async Task EveryPageAsync(RequestStatementCountingApiFactory factory, string role, string search, bool scanned)
    {
        await SeedAsync(factory);
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
                var statements = factory.Statements.Take().Where(s => s.Contains("FROM \"Members\"", StringComparison.Ordinal)).ToList();
                result!.TotalCount.ShouldBe(all.Count, $"total, size {size}, page {page}");
                result.Items.Select(m => m.Id).ShouldBe(all.Skip((page - 1) * size).Take(size), $"size {size}, page {page}");
                var trace = string.Join("\n---\n", statements);
                statements.Any(s => s.Contains("\"MemberNameTokens\"", StringComparison.Ordinal)).ShouldBe(!scanned, trace);
                statements.Any(s => s.Contains("\"NameFolded\"", StringComparison.Ordinal)).ShouldBe(scanned, trace);
            }
        }
    }

    [Fact]
    public async Task A_former_member_is_not_found_and_the_same_text_filtered_by_status_gives_the_counted_ones()
    {
        await SeedAsync(factory);
        var admin = factory.ClientAs("Admin", null);
        var unfiltered = await admin.GetFromJsonAsync<PagedList<MemberListItem>>("/api/v1/members?search=xuyen&pageSize=100", HttpExtensions.Json);
        var full = await admin.GetFromJsonAsync<PagedList<MemberListItem>>("/api/v1/members?search=xuyen&pageSize=100&status=FULL", HttpExtensions.Json);

        unfiltered!.Items.ShouldNotContain(m => m.FullName == "Lý Văn Xuyên");
        full!.Items.Select(m => m.Id).ShouldBe(unfiltered.Items.Where(m => m.Status == MemberStatus.Full).Select(m => m.Id));
    }

    private static async Task SeedAsync(RequestStatementCountingApiFactory factory)
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

/// <summary>
/// ADR 0103: over the whole register, a text of three letters or more whose name-index ranges hold at least
/// <c>Statistics:SearchScanTokensAtLeast</c> tokens and one per <c>Statistics:SearchScanMembersPerToken</c> counted members
/// is answered by testing each name, as a text of one or two letters is (on the 1M bench register "thi", 173k tokens,
/// took 2.2 s through the ranges, ~1 s by the scan). Here both bounds are one token: every text that some name contains
/// is scanned, with the same pages and totals; the text no name contains keeps its (empty) ranges.
/// </summary>
public sealed class MemberSearchScanTests(MemberSearchScanTests.Factory factory) : IClassFixture<MemberSearchScanTests.Factory>
{
    public sealed class Factory() : RequestStatementCountingApiFactory(new Dictionary<string, string?>
    {
        ["Statistics:SearchScanTokensAtLeast"] = "1", ["Statistics:SearchScanMembersPerToken"] = "100000000",
    });

    [Theory]
    [InlineData("Admin", "xuyen")]
    [InlineData("Admin", "van xuyen")]
    [InlineData("CommitteeOffice", "NGUYỄN VĂN XUYÊN")]
    [InlineData("CommitteeOffice", "uyen")]
    public Task A_text_whose_ranges_hold_more_than_the_scan_reads_is_scanned_with_the_same_pages(string role, string search) =>
        MemberSearchWholeRegisterTests.EveryPageAsync(factory, role, search, scanned: true);

    [Fact]
    public async Task A_text_no_name_contains_keeps_its_ranges()
    {
        factory.Statements.Take();
        var result = await factory.ClientAs("Admin", null).GetFromJsonAsync<PagedList<MemberListItem>>("/api/v1/members?search=qxqxq", HttpExtensions.Json);
        result!.TotalCount.ShouldBe(0);
        var statements = factory.Statements.Take().Where(s => s.Contains("FROM \"Members\"", StringComparison.Ordinal)).ToList();
        statements.ShouldNotBeEmpty();
        statements.ShouldAllBe(s => s.Contains("\"MemberNameTokens\"", StringComparison.Ordinal) && !s.Contains("\"NameFolded\"", StringComparison.Ordinal));
    }
}
