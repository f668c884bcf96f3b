using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Guests;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// Guests on temporary party activity from outside the committee (GUID range 9005): one attending cell 2 since
/// September 2025, one who attended cell 4 in 2025 after presenting the letter late and has returned home. They are
/// no members of the committee: the seed's figures do not change.
/// </summary>
public static class DemoGuests
{
    public static Guid Id(int n) => Guid.Parse($"0195a000-0000-7000-9005-{n:000000000000}");

    public static void Add(AppDbContext db, IReadOnlyDictionary<Guid, PartyOrganization> organizations)
    {
        var rules = TransferRuleSet.Statutory;
        var today = new DateOnly(2026, 1, 1);
        var attending = TemporaryGuest.Register(
            Id(1),
            new GuestRegistration(
                "Trần Thị Tạm Trú", new DateOnly(1990, 4, 12), "79012345", "Chi bộ Phòng Kế hoạch – Tài chính",
                "Đảng bộ Sở Nội vụ tỉnh Bạc Liêu", "12-GTT/ĐU", new DateOnly(2025, 9, 15), TransferPurpose.Work,
                new DateOnly(2025, 9, 22), new DateOnly(2026, 9, 14)),
            organizations[DemoData.Cell(2)], today, rules);

        var returned = TemporaryGuest.Register(
            Id(2),
            new GuestRegistration(
                "Lâm Văn Học", null, "79054321", "Chi bộ Khoa Lý luận chính trị",
                "Đảng bộ Trường Chính trị tỉnh Cà Mau", "07-GTT/ĐU", new DateOnly(2025, 2, 3), TransferPurpose.Study,
                new DateOnly(2025, 4, 1), new DateOnly(2025, 12, 31)),
            organizations[DemoData.Cell(4)], today, rules);
        returned.Return(new DateOnly(2025, 11, 28), today);

        db.Set<TemporaryGuest>().AddRange(attending, returned);
    }
}
