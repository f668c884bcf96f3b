using PartyCommittee.Application.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.CivilServants;
using PartyCommittee.Domain.Evaluation.MassOrganizations;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// The 2020 ratings of the mass organisations and civil servants (seed report targets: 100% of mass organisations
/// strong, at least 80% of civil servants GOOD or better). Synthetic: the report states the targets, not the results.
/// The six mass organisations are rated on 2020-12-28 (decision 52-QĐ/ĐU); the youth union was first rated FAIR and
/// corrected to STRONG on 2021-01-15 after its report was completed, so every one ends strong (100%). Every demo
/// member who is not exempt is rated as a civil servant (decided 2020-12-25: about 20% EXCELLENT, 68% GOOD, 10%
/// COMPLETED, 2% NOT_COMPLETED), plus three employees of the department who are not party members (all GOOD).
/// GUID range 8605.
/// </summary>
public static class MassRatingDemoData
{
    public static readonly int Year = 2020;

    public static readonly DateOnly MassDecidedOn = new(2020, 12, 28);

    public static readonly DateOnly CivilServantDecidedOn = new(2020, 12, 25);

    /// <summary>The rating of demo mass organisation n (1–6).</summary>
    public static Guid MassRatingId(int n) => Guid.Parse($"0195a000-0000-7000-8605-{n:000000000000}");

    /// <summary>The civil-servant rating of the n-th rated demo member (0-based, in member id order).</summary>
    public static Guid CivilServantRatingId(int n) => Guid.Parse($"0195a000-0000-7000-8605-{1000 + n:000000000000}");

    /// <summary>The civil-servant rating of the n-th non-member (0-based, as <see cref="NonMembers"/>).</summary>
    public static Guid NonMemberRatingId(int n) => Guid.Parse($"0195a000-0000-7000-8605-{2000 + n:000000000000}");

    /// <summary>The three non-members (name, date of birth, cell number).</summary>
    public static readonly (string Name, DateOnly Born, int Cell)[] NonMembers =
    [
        ("Lê Thị Kiều", new(1992, 4, 12), 1),
        ("Trần Văn Lực", new(1988, 9, 3), 2),
        ("Phạm Ngọc Thủy", new(1995, 1, 20), 4),
    ];

    /// <summary>The civil-servant level of demo member number <paramref name="n"/> (0-based among the rated members).</summary>
    public static EvaluationLevel LevelOf(int n) => (n % 50) switch
    {
        0 => EvaluationLevel.NotCompleted,
        < 10 => EvaluationLevel.Excellent,
        < 15 => EvaluationLevel.Completed,
        _ => EvaluationLevel.Good,
    };

    public static void Add(AppDbContext db, IReadOnlyList<PartyMember> members)
    {
        var today = new DateOnly(2021, 1, 31);
        var options = new MassOrganizationRatingOptions();
        var organizations = db.ChangeTracker.Entries<MassOrganization>().Select(e => e.Entity).OrderBy(m => m.Id).ToList();
        for (var i = 0; i < organizations.Count; i++)
        {
            var organization = organizations[i];
            var youth = organization.Kind == MassOrganizationKind.YouthUnionCell;
            var level = youth ? MassOrganizationLevel.Fair : i % 3 == 0 ? MassOrganizationLevel.Excellent : MassOrganizationLevel.Strong;
            var scale = options.ScaleOf(organization.Kind);
            var rating = MassOrganizationRating.Decide(MassRatingId(i + 1), organization, Year, level, MassDecidedOn, "52-QĐ/ĐU", null, scale, today, alreadyRated: false);
            if (youth)
            {
                rating.Correct(
                    Guid.Parse("0195a000-0000-7000-8605-000000000101"), new DateOnly(2021, 1, 15), MassOrganizationLevel.Strong,
                    "Chi đoàn bổ sung báo cáo kết quả thực hiện chỉ tiêu năm 2020; đủ tiêu chuẩn vững mạnh.", scale, today);
            }

            db.Add(rating);
        }

        var rules = CivilServantRatingRuleSet.Statutory;
        var n = 0;
        var rated = DemoMembers.All.Where(m => !m.Exempt).Select(m => m.Id).ToHashSet();
        foreach (var member in members.Where(m => rated.Contains(m.Id)).OrderBy(m => m.Id))
        {
            db.Add(CivilServantRating.Record(
                CivilServantRatingId(n), member.OrganizationId, Year, new RatedPerson(member.Id, member.FullName, member.DateOfBirth), LevelOf(n),
                CivilServantDecidedOn, "125/QĐ-SLĐTBXH", null, today, rules, []));
            n++;
        }

        for (var i = 0; i < NonMembers.Length; i++)
        {
            var (name, born, cell) = NonMembers[i];
            db.Add(CivilServantRating.Record(
                NonMemberRatingId(i), DemoData.Cell(cell), Year, new RatedPerson(null, name, born), EvaluationLevel.Good,
                CivilServantDecidedOn, "125/QĐ-SLĐTBXH", null, today, rules, []));
        }
    }
}
