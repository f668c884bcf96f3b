using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// A cell's own list in the default order runs as compiled statements (session 31): its total is the cell's counted
/// members and its pages are its current members by name then id, for every page size, for the cell's secretary and for
/// the committee office asking for the cell.
/// </summary>
public sealed class MemberCellListTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_page_of_a_cell_s_list_is_its_current_members_by_name_and_the_total_its_counted_ones()
    {
        var cell = DemoData.Cell(3);
        foreach (var name in new[] { "Nguyễn Văn Bé", "Nguyễn Văn Bé", "Âu Thị Cúc", "Y Bih Niê" })
        {
            await factory.AddMemberAsync(cell, name, admittedOn: new DateOnly(2024, 3, 1));
        }

        var expected = await factory.WithDbAsync(db => db.Set<PartyMember>().AsNoTracking()
            .Where(m => m.OrganizationId == cell && !MembershipLabels.FormerStatuses.Contains(m.Status))
            .OrderBy(m => m.NameSortKey).ThenBy(m => m.Id)
            .Select(m => m.Id).ToListAsync());
        var counted = await factory.WithDbAsync(db => db.Set<MembershipCount>()
            .Where(c => c.OrganizationId == cell && c.Dimension == MembershipCounts.Status).SumAsync(c => c.Count));
        counted.ShouldBe(expected.Count);

        foreach (var client in new[] { factory.ClientAs("CellSecretary", cell), factory.ClientAs("CommitteeOffice", DemoData.CommitteeId) })
        {
            foreach (var size in new[] { 1, 3, 100 })
            {
                for (var page = 1; page <= Math.Min(4, ((expected.Count - 1) / size) + 2); page++)
                {
                    var result = await client.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?organizationId={cell}&pageSize={size}&page={page}", HttpExtensions.Json);
                    result!.TotalCount.ShouldBe(counted, $"size {size}, page {page}");
                    result.Items.Select(m => m.Id).ShouldBe(expected.Skip((page - 1) * size).Take(size), $"size {size}, page {page}");
                }
            }
        }
    }
}
