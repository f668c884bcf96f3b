using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Migrations.Sql;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// The member search through the index (ADR 0030) over HTTP on SQLite: the same members as the folded-name
/// <c>Contains</c> of ADR 0011 for every text tried, kept in step with renames in the same save, and the migration's
/// hand-written backfill writes the same rows as the save pipeline.
/// </summary>
public sealed class MemberSearchIndexApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/v1/members";
    private readonly HttpClient office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

    private static readonly string[] Corpus =
    [
        "Nguyễn Văn An", "Nguyễn Văn Anh", "Hoàng Thị Lan", "Trần Văn Đạt", "Lê Thị Dung", "Phạm Thị Ánh", "Võ Thị Ân",
        "Bùi Văn Ba", "Đặng Văn Dũng", "Nguyễn Thị Minh Khai", "Đoàn Văn Xuân", "Quang Văn Tuấn", "Nguyễn Văn Văn",
        "Lâm Văn Lan", "Nguyễn Anh Văn", "Trương Hoàng Nam", "Đinh Văn Hoàn", "Thạch Thị Sa Phol",
    ];

    [Theory]
    [InlineData("nguyen van an")]
    [InlineData("an")]
    [InlineData("oan")]
    [InlineData("n v")]
    [InlineData("uyen van a")]
    [InlineData("VĂN VĂN")]
    [InlineData("hoang thi")]
    [InlineData("xyz")]
    [InlineData("a")]
    public async Task Search_finds_exactly_the_names_that_contain_the_text(string search)
    {
        var cell = await CreateCellAsync("CB-IDX-" + Math.Abs(search.GetHashCode(StringComparison.Ordinal) % 100000));
        foreach (var name in Corpus)
        {
            await factory.AddMemberAsync(cell, name);
        }

        var page = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?organizationId={cell}&pageSize=100&search={Uri.EscapeDataString(search)}", HttpExtensions.Json);

        var folded = VietnameseText.Fold(search);
        var expected = Corpus.Where(n => VietnameseText.Fold(n).Contains(folded, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        page!.Items.Select(m => m.FullName).Order(StringComparer.Ordinal).ShouldBe(expected);
        page.TotalCount.ShouldBe(expected.Count);
    }

    [Fact]
    public async Task A_renamed_member_is_found_by_the_new_name_and_no_longer_by_the_old_one()
    {
        var cell = await CreateCellAsync("CB-IDX-RENAME");
        var id = await factory.AddMemberAsync(cell, "Phùng Văn Quýt");

        var response = await office.PutJsonAsync($"{Url}/{id}/name", new { familyName = "Khổng", middleName = "Thị", givenName = "Mận", order = "FAMILY_FIRST" }, "\"1\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await SearchAsync(cell, "quyt")).ShouldBe(0);
        (await SearchAsync(cell, "phung van")).ShouldBe(0);
        (await SearchAsync(cell, "khong thi man")).ShouldBe(1);
        (await SearchAsync(cell, "ong thi")).ShouldBe(1);
        var tokens = await factory.WithDbAsync(db => db.Set<MemberNameToken>().Where(t => t.MemberId == id).Select(t => t.Token).ToListAsync());
        tokens.Order(StringComparer.Ordinal).ShouldBe(["khong thi man", "man", "thi man"]);
    }

    [Fact]
    public async Task The_migration_backfill_writes_the_rows_the_save_pipeline_writes()
    {
        var cell = await CreateCellAsync("CB-IDX-BACKFILL");
        var ids = new List<Guid>();
        foreach (var name in Corpus.Take(6))
        {
            ids.Add(await factory.AddMemberAsync(cell, name));
        }

        var written = await TokensAsync(ids);
        await factory.WithDbAsync(async db =>
        {
            await db.Set<MemberNameToken>().Where(t => ids.Contains(t.MemberId)).ExecuteDeleteAsync();
            await db.Set<MemberNameWord>().Where(w => w.Word == "dung").ExecuteDeleteAsync();
            return await db.Database.ExecuteSqlRawAsync(MemberSearchBackfill.Sqlite);
        });

        var backfilled = await TokensAsync(ids);
        backfilled.ShouldBe(written);
        backfilled.Count.ShouldBe(ids.Count * 3);
        (await factory.WithDbAsync(db => db.Set<MemberNameWord>().AnyAsync(w => w.Word == "dung"))).ShouldBeTrue();
        (await SearchAsync(cell, "le thi dung")).ShouldBe(1);
    }

    private Task<List<string>> TokensAsync(List<Guid> ids) =>
        factory.WithDbAsync(async db => (await db.Set<MemberNameToken>().Where(t => ids.Contains(t.MemberId)).ToListAsync())
            .Select(t => $"{t.MemberId}:{t.Token}").Order(StringComparer.Ordinal).ToList());

    private async Task<int> SearchAsync(Guid cell, string search) =>
        (await office.GetFromJsonAsync<PagedList<MemberListItem>>($"{Url}?organizationId={cell}&search={Uri.EscapeDataString(search)}", HttpExtensions.Json))!.TotalCount;

    private async Task<Guid> CreateCellAsync(string code)
    {
        var response = await factory.ClientAs("Admin", null).PostAsJsonAsync("/api/v1/organizations", new
        {
            code,
            name = "Chi bộ " + code,
            type = "PARTY_CELL",
            unitKind = "ADMINISTRATIVE_AGENCY",
            parentId = DemoData.CommitteeId,
            establishedOn = "2009-01-01",
        });
        return (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
