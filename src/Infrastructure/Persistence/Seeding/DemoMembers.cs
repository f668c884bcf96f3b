using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>One synthetic member of the demo committee.</summary>
public sealed record DemoMember(
    Guid Id, int CellNumber, string FullName, Sex Sex, DateOnly DateOfBirth, string EthnicityCode, DateOnly AdmissionDecision,
    bool AdmittedIn2020, bool Exempt, bool ProvincialCommittee, string CardNumber, string CitizenId, string RecordNumber,
    GeneralEducation Education, ProfessionalLevel Professional, PoliticalTheoryLevel Theory, string Position);

/// <summary>
/// The 137 members of the seed report, synthetic but realistic: 57 women, 3 of Khmer ethnicity, one member of the
/// provincial committee (the secretary), spread over the 7 cells; three were admitted in 2020 (the resolution's
/// target of 3 new members) and recognised as full members in 2021. Generated deterministically.
/// </summary>
public static class DemoMembers
{
    public const int Count = 137;
    public const int Women = 57;
    public static readonly int[] PerCell = [28, 14, 12, 21, 24, 20, 18];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lâm", "Châu", "Trương", "Đinh", "Tô", "Quách", "Mai", "Tạ"];
    private static readonly string[] MaleMiddle = ["Văn", "Hữu", "Minh", "Quốc", "Thanh", "Đức", "Công", "Hoàng", "Ngọc", "Tấn", "Trọng", "Chí"];
    private static readonly string[] FemaleMiddle = ["Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ", "Bích", "Hồng", "Thị Thu", "Thị Ngọc"];
    private static readonly string[] MaleGiven = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khang", "Long", "Minh", "Nam", "Phong", "Quang", "Sơn", "Tài", "Thắng", "Toàn", "Trung", "Tuấn", "Vinh", "Hiếu", "Khoa", "Lộc", "Nghĩa"];
    private static readonly string[] FemaleGiven = ["Anh", "Châu", "Diễm", "Dung", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh", "Mai", "Nhung", "Phương", "Thảo", "Trang", "Tuyết", "Vân", "Yến", "Đào", "Uyên", "Ngân"];
    private static readonly string[] Positions = ["Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng", "Viên chức", "Kế toán", "Cán sự", "Nhân viên"];

    // Khmer members (Sóc Trăng naming), in three public-service cells.
    private static readonly (int Cell, string Name, Sex Sex)[] Khmer =
    [
        (5, "Thạch Sô Phal", Sex.Male),
        (6, "Sơn Thị Sà Rươne", Sex.Female),
        (7, "Kim Sóc Kha", Sex.Male),
    ];

    public static IReadOnlyList<DemoMember> All { get; } = Generate();

    /// <summary>Deterministic member id n (0-based).</summary>
    public static Guid Id(int n) => Guid.Parse($"0195a000-0000-7000-8001-{n + 1:000000000000}");

    private static List<DemoMember> Generate()
    {
        var random = new Random(2020);
        var cells = PerCell.SelectMany((count, index) => Enumerable.Repeat(index + 1, count)).ToList();

        // Choose exactly 57 women; the Khmer members' sexes are fixed.
        var khmerIndexes = Khmer.Select(k => cells.IndexOf(k.Cell) + 1).ToArray();
        var candidates = Enumerable.Range(0, Count).Where(i => !khmerIndexes.Contains(i) && i != 0).OrderBy(_ => random.Next()).ToList();
        var womenNeeded = Women - Khmer.Count(k => k.Sex == Sex.Female);
        var women = candidates.Take(womenNeeded).ToHashSet();
        var admittedIn2020 = new[] { 40, 75, 110 };
        var exempt = new[] { 20, 90 };

        var members = new List<DemoMember>(Count);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            var khmer = Array.IndexOf(khmerIndexes, i) is var k and >= 0 ? Khmer[k] : default;
            var sex = khmer.Name is not null ? khmer.Sex : women.Contains(i) ? Sex.Female : Sex.Male;
            var name = khmer.Name ?? UniqueName(random, sex, usedNames);

            var new2020 = admittedIn2020.Contains(i);
            var born = new2020
                ? new DateOnly(1994 + random.Next(0, 4), random.Next(1, 13), random.Next(1, 29))
                : exempt.Contains(i) ? new DateOnly(1961, random.Next(1, 13), random.Next(1, 29))
                : i < 13 ? new DateOnly(1966 + random.Next(0, 14), random.Next(1, 13), random.Next(1, 29)) // the executive committee: senior officials
                : new DateOnly(1963 + random.Next(0, 33), random.Next(1, 13), random.Next(1, 29));
            var admitted = new2020
                ? new DateOnly(2020, 3 + (3 * Array.IndexOf(admittedIn2020, i)), 10 + random.Next(0, 10))
                : Earliest(born.AddYears(22 + random.Next(0, 8)).AddDays(random.Next(0, 300)), new DateOnly(2019, 6, 30));

            var education = random.Next(0, 20) == 0 ? GeneralEducation.LowerSecondary : GeneralEducation.UpperSecondary;
            var professional = random.Next(0, 10) switch
            {
                0 => ProfessionalLevel.Intermediate,
                1 => ProfessionalLevel.College,
                2 or 3 => ProfessionalLevel.Master,
                _ => ProfessionalLevel.University,
            };
            var theory = i < 13 ? PoliticalTheoryLevel.Advanced : random.Next(0, 10) switch
            {
                0 or 1 or 2 => PoliticalTheoryLevel.Elementary,
                3 => PoliticalTheoryLevel.Advanced,
                _ => PoliticalTheoryLevel.Intermediate,
            };
            var position = i switch
            {
                0 => "Giám đốc Sở",
                1 => "Phó Giám đốc Sở",
                2 => "Chánh Thanh tra Sở",
                _ => Positions[random.Next(Positions.Length)],
            };

            members.Add(new DemoMember(
                Id(i),
                cells[i],
                name,
                sex,
                born,
                khmer.Name is not null ? Ethnicities.Khmer : Ethnicities.Kinh,
                admitted,
                new2020,
                exempt.Contains(i),
                i == 0,
                (10_000_000 + (i * 7_919)).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture),
                $"094{(sex == Sex.Female ? 1 : 0) + (born.Year >= 2000 ? 2 : 0)}{born.Year % 100:00}{100_000 + (i * 4_513) % 900_000:000000}",
                $"{200_000 + i:000000}ST",
                education,
                professional,
                theory,
                position));
        }

        return members;
    }

    private static string UniqueName(Random random, Sex sex, HashSet<string> used)
    {
        while (true)
        {
            var name = sex == Sex.Female
                ? $"{FamilyNames[random.Next(FamilyNames.Length)]} {FemaleMiddle[random.Next(FemaleMiddle.Length)]} {FemaleGiven[random.Next(FemaleGiven.Length)]}"
                : $"{FamilyNames[random.Next(FamilyNames.Length)]} {MaleMiddle[random.Next(MaleMiddle.Length)]} {MaleGiven[random.Next(MaleGiven.Length)]}";
            if (used.Add(name))
            {
                return name;
            }
        }
    }

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>A demo member's identity as the wire writes it (for examples that must keep it).</summary>
/// <param name="FullName">Full name.</param>
/// <param name="Sex">Sex code.</param>
/// <param name="DateOfBirth">Date of birth, yyyy-MM-dd.</param>
public sealed record DemoIdentity(string FullName, string Sex, string DateOfBirth)
{
    public static DemoIdentity Of(Guid memberId)
    {
        var member = DemoMembers.All.Single(m => m.Id == memberId);
        return new(member.FullName, Domain.Common.WireFormat.Code(member.Sex), Domain.Common.WireFormat.Date(member.DateOfBirth));
    }
}
