using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>The member aggregate round-trips through the database with its status history and placements.</summary>
public sealed class MemberPersistenceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Status_changes_and_cell_moves_are_stored_as_dated_periods()
    {
        var id = await factory.AddMemberAsync(DemoData.Cell(1), "Trần Thị Bích Ngọc", MemberStatus.Full, new DateOnly(2012, 3, 1));

        await factory.WithDbAsync(async db =>
        {
            var member = await db.Members.Include(m => m.StatusHistory).Include(m => m.Placements).SingleAsync(m => m.Id == id);
            var cell2 = await db.Organizations.SingleAsync(o => o.Id == DemoData.Cell(2));
            member.ChangeStatus(MemberStatus.ExemptFromActivities, new DateOnly(2024, 1, 1), "15-QĐ/ĐU", "Sức khỏe");
            member.MoveToCell(cell2, new DateOnly(2024, 6, 1));
            await db.SaveChangesAsync();
            return 0;
        });

        var (member, versions) = await factory.WithDbAsync(async db =>
        {
            var m = await db.Members.AsNoTracking().Include(x => x.StatusHistory).Include(x => x.Placements).SingleAsync(x => x.Id == id);
            return (m, await db.Members.Where(x => x.Id == id).Select(x => x.Version).SingleAsync());
        });

        member.Status.ShouldBe(MemberStatus.ExemptFromActivities);
        member.StatusHistory.OrderBy(p => p.StartsOn).Select(p => (p.Status, p.EndsOn)).ShouldBe(
            [(MemberStatus.Full, (DateOnly?)new DateOnly(2024, 1, 1)), (MemberStatus.ExemptFromActivities, (DateOnly?)null)]);
        member.StatusOn(new DateOnly(2023, 12, 31)).ShouldBe(MemberStatus.Full);
        member.OrganizationId.ShouldBe(DemoData.Cell(2));
        member.Placements.Count.ShouldBe(2);
        member.FamilyName.ShouldBe("Trần");
        member.MiddleName.ShouldBe("Thị Bích");
        member.GivenName.ShouldBe("Ngọc");
        versions.ShouldBe(2);
    }
}
