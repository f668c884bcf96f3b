using System.Text;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Organizations;

public class PartyOrganizationTests
{
    private static readonly DateOnly RootEstablished = new(1990, 1, 15);

    private static PartyOrganization Committee(PartyOrganization? parent = null, DateOnly? establishedOn = null, string code = "DB") =>
        PartyOrganization.Create(Guid.NewGuid(), code, "Đảng bộ Sở Tài chính", null, OrganizationType.PartyCommittee, null, establishedOn ?? RootEstablished, parent);

    private static PartyOrganization SubCommittee(PartyOrganization parent, DateOnly? establishedOn = null) =>
        PartyOrganization.Create(Guid.NewGuid(), "DBBP", "Đảng bộ bộ phận Khối sự nghiệp", null, OrganizationType.PartySubCommittee, null, establishedOn ?? RootEstablished, parent);

    private static PartyOrganization Cell(PartyOrganization parent, DateOnly? establishedOn = null) =>
        PartyOrganization.Create(Guid.NewGuid(), "CB-VP", "Chi bộ Văn phòng Sở", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, establishedOn ?? RootEstablished, parent);

    private static DomainRuleException ShouldBreakRule(Action action, string code, RuleViolationKind kind = RuleViolationKind.Unprocessable)
    {
        var exception = Should.Throw<DomainRuleException>(action);
        exception.Code.ShouldBe(code);
        exception.Kind.ShouldBe(kind);
        return exception;
    }

    private static string Segment(Guid id) => id.ToString("N") + "/";

    // ---- Creation: unit kind -------------------------------------------------------------------------------------

    [Fact]
    public void Create_cell_without_unit_kind_is_refused()
    {
        var root = Committee();

        ShouldBreakRule(
            () => PartyOrganization.Create(Guid.NewGuid(), "CB-1", "Chi bộ 1", null, OrganizationType.PartyCell, null, RootEstablished, root),
            "organization.unit_kind_required");
    }

    [Fact]
    public void Create_committee_with_unit_kind_is_refused()
    {
        ShouldBreakRule(
            () => PartyOrganization.Create(Guid.NewGuid(), "DB", "Đảng bộ", null, OrganizationType.PartyCommittee, UnitKind.PublicServiceUnit, RootEstablished, null),
            "organization.unit_kind_not_applicable");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(UnitKind.AdministrativeAgency)]
    [InlineData(UnitKind.PublicServiceUnit)]
    public void Create_sub_committee_unit_kind_is_optional(UnitKind? unitKind)
    {
        var root = Committee();

        var sub = PartyOrganization.Create(Guid.NewGuid(), "DBBP", "Đảng bộ bộ phận", null, OrganizationType.PartySubCommittee, unitKind, RootEstablished, root);

        sub.UnitKind.ShouldBe(unitKind);
    }

    [Fact]
    public void Create_keeps_the_given_fields()
    {
        var root = Committee();
        var id = Guid.NewGuid();
        var established = new DateOnly(2001, 3, 26);

        var cell = PartyOrganization.Create(id, "CB-VP", "Chi bộ Văn phòng Sở", "CB VP", OrganizationType.PartyCell, UnitKind.PublicServiceUnit, established, root);

        cell.Id.ShouldBe(id);
        cell.Name.ShouldBe("Chi bộ Văn phòng Sở");
        cell.NameFolded.ShouldBe("chi bo van phong so");
        cell.ShortName.ShouldBe("CB VP");
        cell.Type.ShouldBe(OrganizationType.PartyCell);
        cell.UnitKind.ShouldBe(UnitKind.PublicServiceUnit);
        cell.EstablishedOn.ShouldBe(established);
        cell.DissolvedOn.ShouldBeNull();
        cell.IsDissolved.ShouldBeFalse();
        cell.ParentId.ShouldBe(root.Id);
        cell.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData("cb-vp", "CB-VP")]
    [InlineData("  db01  ", "DB01")]
    [InlineData("\tCb-Kt\n", "CB-KT")]
    public void Create_trims_and_upper_cases_the_code(string given, string expected)
    {
        var organization = PartyOrganization.Create(Guid.NewGuid(), given, "Đảng bộ", null, OrganizationType.PartyCommittee, null, RootEstablished, null);

        organization.Code.ShouldBe(expected);
    }

    [Fact]
    public void Create_normalises_name_and_drops_blank_short_name()
    {
        var decomposed = "  Chi   bộ  Văn phòng ".Normalize(NormalizationForm.FormD);
        decomposed.IsNormalized(NormalizationForm.FormC).ShouldBeFalse();

        var organization = PartyOrganization.Create(Guid.NewGuid(), "DB", decomposed, "   ", OrganizationType.PartyCommittee, null, RootEstablished, null);

        organization.Name.ShouldBe("Chi bộ Văn phòng".Normalize(NormalizationForm.FormC));
        organization.Name.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        organization.NameFolded.ShouldBe("chi bo van phong");
        organization.ShortName.ShouldBeNull();
    }

    // ---- Creation: placement -------------------------------------------------------------------------------------

    [Fact]
    public void Committee_as_root_is_allowed()
    {
        var root = Committee();

        root.ParentId.ShouldBeNull();
        root.Depth.ShouldBe(0);
    }

    [Fact]
    public void Committee_under_committee_is_allowed()
    {
        var root = Committee();

        var child = Committee(root);

        child.ParentId.ShouldBe(root.Id);
        child.Depth.ShouldBe(1);
    }

    [Fact]
    public void Cell_under_committee_is_allowed()
    {
        var root = Committee();

        var cell = Cell(root);

        cell.ParentId.ShouldBe(root.Id);
        cell.Depth.ShouldBe(1);
    }

    [Fact]
    public void Cell_under_sub_committee_is_allowed()
    {
        var root = Committee();
        var sub = SubCommittee(root);

        var cell = Cell(sub);

        cell.ParentId.ShouldBe(sub.Id);
        cell.Depth.ShouldBe(2);
    }

    [Fact]
    public void Sub_committee_under_committee_is_allowed()
    {
        var root = Committee();

        var sub = SubCommittee(root);

        sub.ParentId.ShouldBe(root.Id);
        sub.Depth.ShouldBe(1);
    }

    [Fact]
    public void Cell_under_cell_is_refused()
    {
        var root = Committee();
        var cell = Cell(root);

        ShouldBreakRule(() => Cell(cell), "organization.invalid_parent");
    }

    [Fact]
    public void Sub_committee_under_sub_committee_is_refused()
    {
        var root = Committee();
        var sub = SubCommittee(root);

        ShouldBreakRule(() => SubCommittee(sub), "organization.invalid_parent");
    }

    [Fact]
    public void Committee_under_cell_is_refused()
    {
        var root = Committee();
        var cell = Cell(root);

        ShouldBreakRule(() => Committee(cell), "organization.invalid_parent");
    }

    [Fact]
    public void Sub_committee_as_root_is_refused()
    {
        var exception = ShouldBreakRule(
            () => PartyOrganization.Create(Guid.NewGuid(), "DBBP", "Đảng bộ bộ phận", null, OrganizationType.PartySubCommittee, null, RootEstablished, null),
            "organization.invalid_parent");

        exception.Arguments.ShouldBe(new object[] { nameof(OrganizationType.PartySubCommittee), "-" });
    }

    [Fact]
    public void Cell_as_root_is_refused()
    {
        ShouldBreakRule(
            () => PartyOrganization.Create(Guid.NewGuid(), "CB", "Chi bộ", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, RootEstablished, null),
            "organization.invalid_parent");
    }

    [Fact]
    public void Dissolved_parent_is_refused()
    {
        var root = Committee(code: "DB-OLD");
        root.Dissolve(new DateOnly(2020, 1, 1), OrganizationDependants.None);

        var exception = ShouldBreakRule(() => Cell(root, new DateOnly(2021, 1, 1)), "organization.parent_dissolved");

        exception.Arguments.ShouldBe(new object[] { "DB-OLD" });
    }

    [Fact]
    public void Established_before_parent_is_refused()
    {
        var root = Committee();

        var exception = ShouldBreakRule(() => Cell(root, RootEstablished.AddDays(-1)), "organization.established_before_parent");

        exception.Arguments.ShouldBe(new object[] { "1990-01-15" });
    }

    [Fact]
    public void Established_on_the_same_day_as_parent_is_allowed()
    {
        var root = Committee();

        var cell = Cell(root, RootEstablished);

        cell.EstablishedOn.ShouldBe(root.EstablishedOn);
    }

    [Fact]
    public void Tree_deeper_than_max_depth_is_refused()
    {
        var current = Committee();
        for (var depth = 1; depth < PartyOrganization.MaxDepth; depth++)
        {
            current = Committee(current);
            current.Depth.ShouldBe(depth);
        }

        current.Path.Length.ShouldBeLessThanOrEqualTo(PartyOrganization.PathMaxLength);
        ShouldBreakRule(() => Committee(current), "organization.too_deep");
    }

    // ---- Materialised path ---------------------------------------------------------------------------------------

    [Fact]
    public void Root_path_is_its_own_segment()
    {
        var id = Guid.NewGuid();

        var root = PartyOrganization.Create(id, "DB", "Đảng bộ", null, OrganizationType.PartyCommittee, null, RootEstablished, null);

        root.Path.ShouldBe($"/{id:N}/");
        root.Depth.ShouldBe(0);
    }

    [Fact]
    public void Child_path_extends_parent_path()
    {
        var root = Committee();
        var sub = SubCommittee(root);
        var cell = Cell(sub);

        sub.Path.ShouldBe(root.Path + Segment(sub.Id));
        cell.Path.ShouldBe($"/{root.Id:N}/{sub.Id:N}/{cell.Id:N}/");
        cell.Depth.ShouldBe(2);
    }

    [Fact]
    public void Contains_is_true_for_itself_and_descendants_only()
    {
        var root = Committee();
        var sub = SubCommittee(root);
        var cell = Cell(sub);
        var otherRoot = Committee();
        var otherCell = Cell(otherRoot);

        root.Contains(root).ShouldBeTrue();
        root.Contains(sub).ShouldBeTrue();
        root.Contains(cell).ShouldBeTrue();
        sub.Contains(cell).ShouldBeTrue();

        cell.Contains(sub).ShouldBeFalse();
        sub.Contains(root).ShouldBeFalse();
        root.Contains(otherCell).ShouldBeFalse();
        otherRoot.Contains(cell).ShouldBeFalse();
    }

    // ---- Activity ------------------------------------------------------------------------------------------------

    [Fact]
    public void IsActiveOn_includes_the_establishment_day_and_excludes_the_dissolution_day()
    {
        var dissolvedOn = new DateOnly(2020, 6, 30);
        var root = Committee();
        root.Dissolve(dissolvedOn, OrganizationDependants.None);

        root.IsActiveOn(RootEstablished.AddDays(-1)).ShouldBeFalse();
        root.IsActiveOn(RootEstablished).ShouldBeTrue();
        root.IsActiveOn(dissolvedOn.AddDays(-1)).ShouldBeTrue();
        root.IsActiveOn(dissolvedOn).ShouldBeFalse();
        root.IsActiveOn(dissolvedOn.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void IsActiveOn_without_dissolution_is_open_ended()
    {
        var root = Committee();

        root.IsActiveOn(new DateOnly(2099, 12, 31)).ShouldBeTrue();
        root.IsActiveOn(RootEstablished.AddDays(-1)).ShouldBeFalse();
    }

    // ---- Move ----------------------------------------------------------------------------------------------------

    [Fact]
    public void MoveTo_itself_is_refused_as_a_cycle()
    {
        var root = Committee();
        var committee = Committee(root);

        ShouldBreakRule(() => committee.MoveTo(committee), "organization.cycle");
    }

    [Fact]
    public void MoveTo_own_descendant_is_refused_as_a_cycle()
    {
        var root = Committee();
        var committee = Committee(root);
        var child = Committee(committee);
        var grandChild = Committee(child);
        var pathBefore = committee.Path;

        ShouldBreakRule(() => committee.MoveTo(child), "organization.cycle");
        ShouldBreakRule(() => committee.MoveTo(grandChild), "organization.cycle");
        ShouldBreakRule(() => root.MoveTo(grandChild), "organization.cycle");

        committee.Path.ShouldBe(pathBefore);
        committee.ParentId.ShouldBe(root.Id);
    }

    [Fact]
    public void MoveTo_returns_old_path_and_updates_path_parent_and_depth()
    {
        var root = Committee();
        var left = Committee(root);
        var right = Committee(root);
        var sub = SubCommittee(left);
        var oldPath = sub.Path;

        var returned = sub.MoveTo(right);

        returned.ShouldBe(oldPath);
        returned.ShouldBe($"/{root.Id:N}/{left.Id:N}/{sub.Id:N}/");
        sub.Path.ShouldBe($"/{root.Id:N}/{right.Id:N}/{sub.Id:N}/");
        sub.ParentId.ShouldBe(right.Id);
        sub.Depth.ShouldBe(2);
    }

    [Fact]
    public void MoveTo_then_RebasePath_gives_descendants_correct_path_and_depth()
    {
        var root = Committee();
        var committee = Committee(root);
        var sub = SubCommittee(committee);
        var cell = Cell(sub);
        var target = Committee(root);
        var targetChild = Committee(target);

        var oldPrefix = committee.MoveTo(targetChild);
        sub.RebasePath(oldPrefix, committee.Path);
        cell.RebasePath(oldPrefix, committee.Path);

        committee.Path.ShouldBe($"/{root.Id:N}/{target.Id:N}/{targetChild.Id:N}/{committee.Id:N}/");
        committee.Depth.ShouldBe(3);
        sub.Path.ShouldBe($"/{root.Id:N}/{target.Id:N}/{targetChild.Id:N}/{committee.Id:N}/{sub.Id:N}/");
        sub.Depth.ShouldBe(4);
        cell.Path.ShouldBe($"/{root.Id:N}/{target.Id:N}/{targetChild.Id:N}/{committee.Id:N}/{sub.Id:N}/{cell.Id:N}/");
        cell.Depth.ShouldBe(5);
        sub.ParentId.ShouldBe(committee.Id);
        cell.ParentId.ShouldBe(sub.Id);
        targetChild.Contains(cell).ShouldBeTrue();
    }

    [Fact]
    public void MoveTo_shallower_place_reduces_descendant_depth()
    {
        var oldRoot = Committee();
        var middle = Committee(oldRoot);
        var committee = Committee(middle);
        var cell = Cell(committee);
        var newRoot = Committee();

        var oldPrefix = committee.MoveTo(newRoot);
        cell.RebasePath(oldPrefix, committee.Path);

        committee.Depth.ShouldBe(1);
        cell.Path.ShouldBe($"/{newRoot.Id:N}/{committee.Id:N}/{cell.Id:N}/");
        cell.Depth.ShouldBe(2);
        oldRoot.Contains(cell).ShouldBeFalse();
    }

    [Fact]
    public void RebasePath_of_an_organisation_outside_the_prefix_throws()
    {
        var root = Committee();
        var cell = Cell(root);
        var other = Committee();

        Should.Throw<InvalidOperationException>(() => cell.RebasePath(other.Path, root.Path));
        cell.Path.ShouldBe($"/{root.Id:N}/{cell.Id:N}/");
    }

    [Fact]
    public void MoveTo_enforces_placement_rules()
    {
        var root = Committee();
        var sub = SubCommittee(root);
        var otherSub = SubCommittee(root);

        ShouldBreakRule(() => sub.MoveTo(otherSub), "organization.invalid_parent");
        sub.ParentId.ShouldBe(root.Id);
    }

    [Fact]
    public void MoveTo_dissolved_parent_is_refused()
    {
        var root = Committee();
        var cell = Cell(root);
        var closed = Committee(root);
        closed.Dissolve(new DateOnly(2010, 1, 1), OrganizationDependants.None);

        ShouldBreakRule(() => cell.MoveTo(closed), "organization.parent_dissolved");
    }

    [Fact]
    public void Dissolved_organisation_cannot_be_moved()
    {
        var root = Committee();
        var cell = Cell(root);
        var target = Committee(root);
        cell.Dissolve(new DateOnly(2010, 1, 1), OrganizationDependants.None);

        ShouldBreakRule(() => cell.MoveTo(target), "organization.dissolved", RuleViolationKind.Conflict);
    }

    // ---- Dissolve ------------------------------------------------------------------------------------------------

    [Fact]
    public void Dissolve_sets_the_date()
    {
        var root = Committee();
        var date = new DateOnly(2024, 12, 31);

        root.Dissolve(date, OrganizationDependants.None);

        root.DissolvedOn.ShouldBe(date);
        root.IsDissolved.ShouldBeTrue();
    }

    [Fact]
    public void Dissolve_on_the_establishment_day_is_allowed()
    {
        var root = Committee();

        root.Dissolve(RootEstablished, OrganizationDependants.None);

        root.DissolvedOn.ShouldBe(RootEstablished);
    }

    [Fact]
    public void Dissolve_twice_is_a_conflict()
    {
        var root = Committee();
        root.Dissolve(new DateOnly(2020, 5, 1), OrganizationDependants.None);

        var exception = ShouldBreakRule(
            () => root.Dissolve(new DateOnly(2021, 1, 1), OrganizationDependants.None),
            "organization.already_dissolved",
            RuleViolationKind.Conflict);

        exception.Arguments.ShouldBe(new object[] { "2020-05-01" });
        root.DissolvedOn.ShouldBe(new DateOnly(2020, 5, 1));
    }

    [Fact]
    public void Dissolve_before_establishment_is_refused()
    {
        var root = Committee();

        ShouldBreakRule(
            () => root.Dissolve(RootEstablished.AddDays(-1), OrganizationDependants.None),
            "organization.dissolved_before_established");

        root.DissolvedOn.ShouldBeNull();
    }

    [Fact]
    public void Dissolve_with_active_children_is_a_conflict()
    {
        var root = Committee();

        ShouldBreakRule(
            () => root.Dissolve(new DateOnly(2020, 1, 1), OrganizationDependants.None with { HasActiveChildren = true }),
            "organization.has_active_children",
            RuleViolationKind.Conflict);

        root.IsDissolved.ShouldBeFalse();
    }

    [Theory]
    [InlineData(3, 0, 0, "organization.has_active_members")]
    [InlineData(0, 1, 0, "organization.has_open_transfers")]
    [InlineData(0, 0, 2, "organization.has_open_admissions")]
    public void A_cell_with_current_members_or_open_transfers_or_admissions_into_it_is_not_dissolved(int members, int transfers, int admissions, string code)
    {
        var cell = Cell(Committee());

        var exception = ShouldBreakRule(
            () => cell.Dissolve(new DateOnly(2020, 1, 1), new OrganizationDependants(false, members, transfers, admissions)),
            code,
            RuleViolationKind.Conflict);

        exception.Arguments.ShouldBe([members + transfers + admissions]);
        cell.IsDissolved.ShouldBeFalse();
    }

    // ---- Rename and other changes --------------------------------------------------------------------------------

    [Fact]
    public void Rename_normalises_to_NFC_collapses_spaces_and_updates_the_folded_name()
    {
        var root = Committee();
        var decomposed = "  Đảng   bộ\tTrung tâm  Công nghệ thông tin ".Normalize(NormalizationForm.FormD);
        decomposed.IsNormalized(NormalizationForm.FormC).ShouldBeFalse();

        root.Rename(decomposed, "  TT   CNTT ");

        root.Name.ShouldBe("Đảng bộ Trung tâm Công nghệ thông tin".Normalize(NormalizationForm.FormC));
        root.Name.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        root.NameFolded.ShouldBe("dang bo trung tam cong nghe thong tin");
        root.ShortName.ShouldBe("TT CNTT");
    }

    [Fact]
    public void Rename_with_blank_short_name_clears_it()
    {
        var root = PartyOrganization.Create(Guid.NewGuid(), "DB", "Đảng bộ Sở", "ĐB Sở", OrganizationType.PartyCommittee, null, RootEstablished, null);

        root.Rename("Đảng bộ Sở Nội vụ", " ");

        root.Name.ShouldBe("Đảng bộ Sở Nội vụ");
        root.NameFolded.ShouldBe("dang bo so noi vu");
        root.ShortName.ShouldBeNull();
    }

    [Fact]
    public void Dissolved_organisation_cannot_be_renamed()
    {
        var root = Committee();
        root.Dissolve(new DateOnly(2020, 1, 1), OrganizationDependants.None);
        var nameBefore = root.Name;

        ShouldBreakRule(() => root.Rename("Tên mới", null), "organization.dissolved", RuleViolationKind.Conflict);

        root.Name.ShouldBe(nameBefore);
    }

    [Fact]
    public void ChangeUnitKind_follows_the_unit_kind_rules()
    {
        var root = Committee();
        var cell = Cell(root);

        cell.ChangeUnitKind(UnitKind.PublicServiceUnit);

        cell.UnitKind.ShouldBe(UnitKind.PublicServiceUnit);
        ShouldBreakRule(() => cell.ChangeUnitKind(null), "organization.unit_kind_required");
        ShouldBreakRule(() => root.ChangeUnitKind(UnitKind.AdministrativeAgency), "organization.unit_kind_not_applicable");
    }

    [Fact]
    public void ChangeEstablishedOn_respects_parent_and_children()
    {
        var root = Committee();
        var cell = Cell(root, new DateOnly(2000, 1, 1));

        ShouldBreakRule(() => cell.ChangeEstablishedOn(RootEstablished.AddDays(-1), root, null), "organization.established_before_parent");
        ShouldBreakRule(() => root.ChangeEstablishedOn(new DateOnly(2000, 1, 2), null, cell.EstablishedOn), "organization.established_after_child");

        root.ChangeEstablishedOn(new DateOnly(2000, 1, 1), null, cell.EstablishedOn);
        root.EstablishedOn.ShouldBe(new DateOnly(2000, 1, 1));
    }
}
