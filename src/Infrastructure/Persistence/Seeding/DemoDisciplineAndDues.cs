using PartyCommittee.Application.Inspection.Dues;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// The inspection module's discipline and dues demo data, through the domain model: one member reprimanded by his cell
/// in 2020 (a violation of Quy định 47-QĐ/TW), a dues basis for every member from January 2020, and the twelve monthly
/// sheets of 2020 of every cell under Quyết định 342-QĐ/TW, nearly all paid on the 10th; one member paid nothing for
/// three months without reason (so the removal review and the arrears show real figures) and two months were excused.
/// </summary>
public static class DemoDisciplineAndDues
{
    public static readonly Guid DisciplinaryActionId = Guid.Parse("0195a000-0000-7000-8204-000000000001");

    /// <summary>The reprimanded member (index into <see cref="DemoMembers.All"/>).</summary>
    public const int DisciplinedMember = 40;

    /// <summary>The member who paid nothing in March, April and May 2020 without reason.</summary>
    public const int UnpaidMember = 60;

    public static void Add(AppDbContext db, IReadOnlyList<PartyMember> members)
    {
        AddDiscipline(db, members[DisciplinedMember]);
        AddDues(db, members);
    }

    private static void AddDiscipline(AppDbContext db, PartyMember member)
    {
        var rules = DisciplineRuleSet.Statutory.InForceOn(new DateOnly(2020, 7, 6));
        var action = DisciplinaryAction.Propose(
            DisciplinaryActionId, DisciplineSubjectKind.Member, member.Id, member.OrganizationId, DisciplineSubjectCategory.FullMember,
            DisciplineForm.Reprimand, DecidingBody.Cell,
            "Vi phạm Quy định 47-QĐ/TW (những điều đảng viên không được làm): vắng sinh hoạt chi bộ ba kỳ liên tiếp không có lý do",
            new DateOnly(2020, 3, 10), null, selfDetected: false, remedied: true, new DateOnly(2020, 6, 15), rules);
        action.Decide(
            DisciplineForm.Reprimand, DecidingBody.Cell, new DateOnly(2020, 7, 6), "01-QĐ/CB", selfDetected: false, remedied: true,
            DisciplineSubjectCategory.FullMember, rules);
        db.Set<DisciplinaryAction>().Add(action);
    }

    private static void AddDues(AppDbContext db, IReadOnlyList<PartyMember> members)
    {
        var options = new DuesOptions();
        var january = new DateOnly(2020, 1, 1);
        var rules = DuesRuleSet.Statutory.InForceOn(january);
        var bases = new List<DuesBasis>();
        for (var i = 0; i < members.Count; i++)
        {
            var pensioner = members[i].IsExemptOn(january);
            var amount = pensioner ? 5_200_000 : 4_420_000 + ((i % 12) * 350_000);
            bases.Add(DuesBasis.Record(
                Guid.Parse($"0195a000-0000-7000-8205-{i + 1:000000000000}"), members[i].Id,
                pensioner ? DuesCategory.Pensioner : DuesCategory.Salaried, amount, january, null, null, null, rules));
        }

        db.Set<DuesBasis>().AddRange(bases);
        var endOfYear = new DateOnly(2020, 12, 31);
        var unpaid = members[UnpaidMember].Id;
        var excused = members[UnpaidMember + 1].Id;
        var cellNumber = 0;
        foreach (var cellId in members.Select(m => m.OrganizationId).Distinct().Order())
        {
            cellNumber++;
            var cellMembers = members.Where(m => m.Placements.Any(p => p.OrganizationId == cellId)).ToList();
            var facts = cellMembers.Select(DuesMember.Of).ToList();
            var collector = cellMembers.OrderBy(m => m.NameSortKey, StringComparer.Ordinal).First().FullName;
            for (var month = 1; month <= 12; month++)
            {
                var first = new DateOnly(2020, month, 1);
                var lines = DuesComputation.Lines(facts, bases, cellId, first, rules, options);
                var sheet = DuesSheet.Open(
                    Guid.Parse($"0195a000-0000-7000-8206-{(cellNumber * 100) + month:000000000000}"),
                    cellId, first, lines, rules, options.CellRetentionPercent, endOfYear);
                sheet.RecordPayments(
                    lines.Select(l => l.MemberId == unpaid && month is >= 3 and <= 5
                        ? new DuesPayment(l.MemberId, 0, null, null, false, null)
                        : l.MemberId == excused && month is 8 or 9
                            ? new DuesPayment(l.MemberId, 0, null, null, true, "Điều trị bệnh dài ngày")
                            : new DuesPayment(l.MemberId, l.Due, first.AddDays(9), collector, false, null)),
                    endOfYear);
                db.Set<DuesSheet>().Add(sheet);
            }
        }
    }
}
