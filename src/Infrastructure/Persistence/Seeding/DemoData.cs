using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// The department's party committee as the seed report describes it (2020–2025 term): one committee, 7 cells,
/// 4 in administrative agencies and 3 in public-service units. Identifiers are fixed so that tokens for the demo
/// (README, "Getting a token") can name them in <c>org_id</c>.
/// </summary>
public static class DemoData
{
    public static readonly Guid CommitteeId = Guid.Parse("0195a000-0000-7000-8000-000000000001");

    public static readonly IReadOnlyList<DemoOrganization> Organizations =
    [
        new(CommitteeId, "DB-SLDTBXH", "Đảng bộ Sở Lao động – Thương binh và Xã hội", "Đảng bộ Sở LĐTBXH", OrganizationType.PartyCommittee, null, null, new DateOnly(2008, 3, 15)),
        new(Cell(1), "CB-VP", "Chi bộ Văn phòng Sở", "CB Văn phòng", OrganizationType.PartyCell, UnitKind.AdministrativeAgency, CommitteeId, new DateOnly(2008, 3, 15)),
        new(Cell(2), "CB-TT", "Chi bộ Thanh tra Sở", "CB Thanh tra", OrganizationType.PartyCell, UnitKind.AdministrativeAgency, CommitteeId, new DateOnly(2008, 3, 15)),
        new(Cell(3), "CB-KHTC", "Chi bộ Phòng Kế hoạch – Tài chính", "CB KH-TC", OrganizationType.PartyCell, UnitKind.AdministrativeAgency, CommitteeId, new DateOnly(2010, 6, 1)),
        new(Cell(4), "CB-LDVL", "Chi bộ Phòng Lao động – Việc làm – Giáo dục nghề nghiệp", "CB LĐ-VL-GDNN", OrganizationType.PartyCell, UnitKind.AdministrativeAgency, CommitteeId, new DateOnly(2012, 9, 1)),
        new(Cell(5), "CB-TTDVVL", "Chi bộ Trung tâm Dịch vụ việc làm", "CB TT DVVL", OrganizationType.PartyCell, UnitKind.PublicServiceUnit, CommitteeId, new DateOnly(2009, 4, 20)),
        new(Cell(6), "CB-BTXH", "Chi bộ Cơ sở Bảo trợ xã hội tổng hợp", "CB Bảo trợ XH", OrganizationType.PartyCell, UnitKind.PublicServiceUnit, CommitteeId, new DateOnly(2011, 2, 10)),
        new(Cell(7), "CB-CNMT", "Chi bộ Cơ sở Cai nghiện ma túy", "CB Cai nghiện", OrganizationType.PartyCell, UnitKind.PublicServiceUnit, CommitteeId, new DateOnly(2013, 7, 1)),
    ];

    /// <summary>The n-th demo cell (1–7): cells 1–4 are administrative agencies, 5–7 public-service units.</summary>
    public static Guid Cell(int number) => Guid.Parse($"0195a000-0000-7000-8000-0000000001{number:00}");
}

public sealed record DemoOrganization(
    Guid Id, string Code, string Name, string ShortName, OrganizationType Type, UnitKind? UnitKind, Guid? ParentId, DateOnly EstablishedOn);
