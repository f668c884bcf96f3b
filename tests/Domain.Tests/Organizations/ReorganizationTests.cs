using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Reorganization;

namespace PartyCommittee.Domain.Tests.Organizations;

/// <summary>Moving organisations on a date keeps the tree of earlier dates.</summary>
public sealed class ReorganizationTests
{
    private static readonly DateOnly Move = new(2025, 3, 1);

    private static (PartyOrganization Old, PartyOrganization New, PartyOrganization Cell) Tree()
    {
        var old = PartyOrganization.Create(Guid.NewGuid(), "DB-OLD", "Đảng bộ Sở cũ", null, OrganizationType.PartyCommittee, null, new DateOnly(2000, 1, 1), null);
        var target = PartyOrganization.Create(Guid.NewGuid(), "DB-NEW", "Đảng bộ Sở Nội vụ", null, OrganizationType.PartyCommittee, null, new DateOnly(2025, 2, 28), null);
        var cell = PartyOrganization.Create(Guid.NewGuid(), "CB-X", "Chi bộ X", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2001, 1, 1), old);
        return (old, target, cell);
    }

    [Fact]
    public void A_cell_older_than_its_new_committee_moves_on_the_date_and_the_tree_before_is_kept()
    {
        var (old, target, cell) = Tree();
        var (move, oldPath) = cell.ReorganizeUnder(target, Move, null, Guid.NewGuid(), Guid.NewGuid(), "1-QĐ");
        cell.ParentId.ShouldBe(target.Id);
        cell.Path.ShouldStartWith(target.Path);
        oldPath.ShouldStartWith(old.Path);

        var parents = new Dictionary<Guid, Guid?> { [old.Id] = null, [target.Id] = null, [cell.Id] = cell.ParentId };
        var eve = new OrganizationTreeOnDate(parents, [move], Move.AddDays(-1));
        eve.IsWithin(cell.Id, old.Id).ShouldBeTrue();
        eve.IsWithin(cell.Id, target.Id).ShouldBeFalse();
        var day = new OrganizationTreeOnDate(parents, [move], Move);
        day.IsWithin(cell.Id, target.Id).ShouldBeTrue();
        day.Subtree(old.Id).ShouldBe([old.Id]);
    }

    [Fact]
    public void The_new_parent_must_exist_on_the_date_and_the_move_follow_the_last_one()
    {
        var (_, target, cell) = Tree();
        Should.Throw<DomainRuleException>(() => cell.ReorganizeUnder(target, new DateOnly(2025, 2, 27), null, Guid.NewGuid(), Guid.NewGuid(), null))
            .Code.ShouldBe("reorganization.parent_inactive");
        Should.Throw<DomainRuleException>(() => cell.ReorganizeUnder(target, Move, Move, Guid.NewGuid(), Guid.NewGuid(), null))
            .Code.ShouldBe("reorganization.date_before_last_move");
        cell.ReorganizeUnder(target, new DateOnly(2025, 2, 28), null, Guid.NewGuid(), Guid.NewGuid(), null).Move.On.ShouldBe(new DateOnly(2025, 2, 28));
        Should.Throw<DomainRuleException>(() => cell.ReorganizeUnder(target, Move.AddDays(1), null, Guid.NewGuid(), Guid.NewGuid(), null))
            .Code.ShouldBe("reorganization.already_under_parent");
    }
}
