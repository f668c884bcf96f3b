using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
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
            member.Exempt(MemberConditionKind.Exemption, ExemptionGround.Health, new DateRange(new DateOnly(2024, 1, 1)), "15-NQ/CB", "Sức khỏe", new DateOnly(2024, 1, 1), MemberConditionRuleSet.Statutory);
            member.MoveToCell(cell2, new DateOnly(2024, 6, 1));
            member.ChangeStatus(MemberStatus.Deceased, new DateOnly(2024, 9, 1), "20-TB/ĐU", null);
            await db.SaveChangesAsync();
            return 0;
        });

        var (member, versions) = await factory.WithDbAsync(async db =>
        {
            var m = await db.Members.AsNoTracking().Include(x => x.StatusHistory).Include(x => x.Placements).SingleAsync(x => x.Id == id);
            return (m, await db.Members.Where(x => x.Id == id).Select(x => x.Version).SingleAsync());
        });

        member.Status.ShouldBe(MemberStatus.Deceased);
        member.StatusHistory.OrderBy(p => p.StartsOn).Select(p => (p.Status, p.EndsOn)).ShouldBe(
            [(MemberStatus.Full, (DateOnly?)new DateOnly(2024, 9, 1)), (MemberStatus.Deceased, (DateOnly?)null)]);
        member.StatusOn(new DateOnly(2023, 12, 31)).ShouldBe(MemberStatus.Full);

        // The exemption is a condition, stored with its days; leaving ends it the day before.
        member.Conditions.Single().Period.ShouldBe(new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 8, 31)));
        member.IsExemptOn(new DateOnly(2024, 8, 31)).ShouldBeTrue();
        member.IsExemptOn(new DateOnly(2024, 9, 1)).ShouldBeFalse();
        member.OrganizationId.ShouldBe(DemoData.Cell(2));
        member.Placements.Count.ShouldBe(2);
        member.FamilyName.ShouldBe("Trần");
        member.MiddleName.ShouldBe("Thị Bích");
        member.GivenName.ShouldBe("Ngọc");
        versions.ShouldBe(2);
    }
}
