using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>A factory whose subtree searches always weigh the subtree's size against the name index's tokens (no floor).</summary>
public sealed class SubtreeSearchApiFactory() : RequestStatementCountingApiFactory(new Dictionary<string, string?> { ["Statistics:SortedListRowsAtMost"] = "0" });

/// <summary>
/// A search in a subtree (session 31) is answered member by member (each member of the subtree, its tokens looked up)
/// when the text's ranges of the name index hold more than four tokens per member of the subtree, and through the
/// ranges' members otherwise; a text the index cannot answer reads the subtree's names. Both forms give the members
/// whose folded name contains the text, as ADR 0011 defines them, page by page.
/// </summary>
public sealed class MemberSearchSubtreeFormTests(SubtreeSearchApiFactory factory) : IClassFixture<SubtreeSearchApiFactory>
{
    [Fact]
    public async Task A_text_common_in_the_register_is_tested_member_by_member_in_a_small_cell_and_a_rare_one_through_the_index()
    {
        var cell = DemoData.Cell(1);
        var subtree = await factory.WithDbAsync(db => db.Set<PartyMember>().CountAsync(m => m.OrganizationId == cell && MembershipLabels.CountedStatuses.Contains(m.Status)));
        // "thu" ends many names elsewhere in the register: its range holds far more than four tokens per member of the cell.
        for (var i = 0; i < (subtree * 4) + 8; i++)
        {
            await factory.AddMemberAsync(DemoData.Cell(2), "Nguyễn Văn Thu", admittedOn: new DateOnly(2024, 3, 1));
        }

        await factory.AddMemberAsync(cell, "Trần Thị Thu", admittedOn: new DateOnly(2024, 3, 1));
        await factory.AddMemberAsync(cell, "Lê Zơ Rắc", admittedOn: new DateOnly(2024, 3, 1));
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);

        factory.Statements.Take();
        await SearchEqualsTheFoldedNamesAsync(office, cell, "thu");
        factory.Statements.Take().ShouldContain(s => s.Contains("EXISTS", StringComparison.Ordinal) && s.Contains("\"MemberNameTokens\"", StringComparison.Ordinal));

        await SearchEqualsTheFoldedNamesAsync(office, cell, "zo rac");
        factory.Statements.Take().ShouldContain(s => s.Contains("\"Id\" IN (", StringComparison.Ordinal) && s.Contains("\"MemberNameTokens\"", StringComparison.Ordinal));

        // A text inside more words than the index answers in ranges (here "a", once the vocabulary holds 60 more words
        // with an "a" after their first letter): the cell's names are read, not the register's.
        await factory.WithDbAsync(async db =>
        {
            var known = await db.Set<MemberNameWord>().Select(w => w.Word).ToListAsync();
            db.Set<MemberNameWord>().AddRange((from first in "bcd" from last in "bcdefghiklmnopqrstuvx" select $"{first}a{last}").Except(known).Select(w => new MemberNameWord(w)));
            return await db.SaveChangesAsync();
        });
        factory.Statements.Take();
        await SearchEqualsTheFoldedNamesAsync(office, cell, "a");
        factory.Statements.Take().ShouldContain(s => s.Contains("instr(\"m\".\"NameFolded\"", StringComparison.Ordinal) && !s.Contains("\"Id\" IN (", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("an")]
    [InlineData("nguyen van")]
    [InlineData("thi")]
    [InlineData("h")]
    public async Task A_search_in_the_committee_office_s_cells_gives_the_folded_names_containing_the_text(string search)
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        foreach (var cell in new[] { DemoData.Cell(1), DemoData.Cell(2), DemoData.Cell(3) })
        {
            await SearchEqualsTheFoldedNamesAsync(office, cell, search);
        }
    }

    private async Task SearchEqualsTheFoldedNamesAsync(HttpClient client, Guid cell, string search)
    {
        var folded = VietnameseText.Fold(search);
        var expected = await factory.WithDbAsync(db => db.Set<PartyMember>().AsNoTracking()
            .Where(m => m.OrganizationId == cell && !MembershipLabels.FormerStatuses.Contains(m.Status) && m.NameFolded.Contains(folded))
            .OrderBy(m => m.NameSortKey).ThenBy(m => m.Id)
            .Select(m => m.Id).ToListAsync());
        foreach (var size in new[] { 2, 100 })
        {
            for (var page = 1; page <= Math.Min(3, ((expected.Count - 1) / size) + 2); page++)
            {
                var result = await client.GetFromJsonAsync<PagedList<MemberListItem>>(
                    $"/api/v1/members?organizationId={cell}&search={Uri.EscapeDataString(search)}&pageSize={size}&page={page}", HttpExtensions.Json);
                result!.TotalCount.ShouldBe(expected.Count, $"{search}: total, size {size}, page {page}");
                result.Items.Select(m => m.Id).ShouldBe(expected.Skip((page - 1) * size).Take(size), $"{search}: size {size}, page {page}");
            }
        }
    }
}
