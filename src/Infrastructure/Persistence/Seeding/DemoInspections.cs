using PartyCommittee.Application.Inspection;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// The 2020 programme of inspection and supervision of the committee and its cases on the seed report's topics
/// (Nghị quyết TW4 khóa XII, Chỉ thị 05, Quy định 47, Quy định 109, tài chính đảng) over the demo cells: four
/// concluded with recommendations (one still overdue), one stopped at verification.
/// </summary>
public sealed partial class DemoDataSeeder
{
    public static readonly Guid InspectionProgrammeId = Guid.Parse("0195a000-0000-7000-8004-000000000001");

    /// <summary>The demo cases, in the order of <see cref="AddInspections"/>.</summary>
    public static Guid InspectionCaseId(int n) => Guid.Parse($"0195a000-0000-7000-8004-0000000001{n:00}");

    private void AddInspections(IReadOnlyList<PartyMember> members, IReadOnlyDictionary<Guid, PartyOrganization> organizations)
    {
        var sequence = 0;
        Guid NewId() => Guid.Parse($"0195a000-0000-7000-8105-{++sequence:000000000000}");
        var committee = organizations[DemoData.CommitteeId];
        PartyOrganization Cell(int n) => organizations[DemoData.Cell(n)];
        PartyMember FirstOf(int cell) => members.First(m => m.OrganizationId == DemoData.Cell(cell));
        var today = new DateOnly(2021, 12, 31);
        var topics = InspectionTopicCatalog.Statutory;
        var none = new HashSet<string>(StringComparer.Ordinal);
        var calendar = WorkingDayCalendar.WeekdaysOnly;
        var deadlines = InspectionDeadlines.Default;

        // The commission's chair and vice chair (both of cell 1, which no demo case inspects) lead the teams.
        var team = new[] { new TeamCandidate(members[InspectionCommission[0]], true), new TeamCandidate(members[InspectionCommission[1]], false) };

        var programme = InspectionProgramme.Issue(
            InspectionProgrammeId, committee, 2020, InspectionAuthority.InspectionCommission, "01-CTr/UBKT", new DateOnly(2020, 1, 10),
            [
                new(InspectionKind.ThematicSupervision, InspectionSubjectType.Cell, Cell(2), null, InspectionTopicCatalog.Tw4.Code, 1),
                new(InspectionKind.ThematicInspection, InspectionSubjectType.Cell, Cell(3), null, InspectionTopicCatalog.Directive05.Code, 2),
                new(InspectionKind.ThematicSupervision, InspectionSubjectType.Member, Cell(4), FirstOf(4).Id, InspectionTopicCatalog.Regulation47.Code, 2),
                new(InspectionKind.ThematicInspection, InspectionSubjectType.CellCommittee, Cell(5), null, InspectionTopicCatalog.Regulation109.Code, 3),
                new(InspectionKind.PartyFinance, InspectionSubjectType.Cell, Cell(6), null, InspectionTopicCatalog.PartyFinance.Code, 3),
                new(InspectionKind.PartyFinance, InspectionSubjectType.Cell, Cell(7), null, InspectionTopicCatalog.PartyFinance.Code, 4),
            ],
            topics, none, NewId, today);
        db.InspectionProgrammes.Add(programme);

        InspectionCase Open(int n, InspectionKind kind, InspectionTopic topic, DateOnly decided, string content, SubjectCandidate subject) =>
            InspectionCase.Open(
                InspectionCaseId(n), committee,
                new InspectionPlan(kind, InspectionAuthority.InspectionCommission, topic.Code, decided, $"{n:00}-QĐ/UBKT", content,
                    new DateOnly(2019, 1, 1), decided.AddDays(-1), decided.AddDays(7), decided.AddDays(45), InspectionProgrammeId),
                [subject], team, topics, none, NewId, today);

        void Run(InspectionCase c, int through)
        {
            var steps = new[] { InspectionStep.Notice, InspectionStep.SelfReport, InspectionStep.Verification, InspectionStep.DraftReport, InspectionStep.Meeting };
            var on = c.DecidedOn;
            foreach (var step in steps.Where(s => s <= (InspectionStep)through))
            {
                on = step == InspectionStep.Meeting ? c.ScheduleTo : on.AddDays(7);
                c.RecordStep(NewId(), step, on, null, null, step == InspectionStep.Meeting ? new MeetingVote(5, 0, 0) : null, calendar, deadlines, today);
            }
        }

        void Conclude(InspectionCase c, FindingSeverity severity, string? article, params (string Text, string Owner, int Months, int? DoneAfterDays)[] recommendations)
        {
            var on = c.ScheduleTo.AddDays(5);
            var violation = severity is FindingSeverity.ViolationBelowDiscipline or FindingSeverity.ViolationRequiringDiscipline;
            c.Conclude(NewId(), on, $"{c.Id.ToString()[^2..]}-TB/UBKT", [new FindingInput(c.Subjects[0].Id, violation, severity, null, article, null)],
                [.. recommendations.Select(r => new RecommendationInput(r.Text, r.Owner, on.AddMonths(r.Months)))], NewId, calendar, deadlines, today);
            foreach (var (recommendation, input) in c.Recommendations.Zip(recommendations))
            {
                if (input.DoneAfterDays is { } days)
                {
                    c.RecordProgress(NewId(), recommendation.Id, on.AddDays(days), "Đã khắc phục, báo cáo Ủy ban Kiểm tra.", "BC-KP", true, today);
                }
            }
        }

        var tw4 = Open(1, InspectionKind.ThematicSupervision, InspectionTopicCatalog.Tw4, new DateOnly(2020, 3, 2),
            "Giám sát việc thực hiện Nghị quyết Trung ương 4 (khóa XII) về xây dựng, chỉnh đốn Đảng", new SubjectCandidate(InspectionSubjectType.Cell, Cell(2), null));
        Run(tw4, (int)InspectionStep.Meeting);
        Conclude(tw4, FindingSeverity.Shortcoming, null, ("Chi bộ bổ sung nội dung tự phê bình trong sinh hoạt định kỳ.", "Chi bộ Thanh tra Sở", 2, 30));

        var ct05 = Open(2, InspectionKind.ThematicInspection, InspectionTopicCatalog.Directive05, new DateOnly(2020, 5, 4),
            "Kiểm tra việc thực hiện Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", new SubjectCandidate(InspectionSubjectType.Cell, Cell(3), null));
        Run(ct05, (int)InspectionStep.Meeting);
        Conclude(ct05, FindingSeverity.Shortcoming, null,
            ("Xây dựng kế hoạch làm theo gương Bác của từng đảng viên.", "Chi bộ Phòng Kế hoạch – Tài chính", 1, 20),
            ("Đăng ký mô hình học tập và làm theo năm 2021.", "Bí thư chi bộ Phòng Kế hoạch – Tài chính", 3, null));

        var member = FirstOf(4);
        var qd47 = Open(3, InspectionKind.ThematicSupervision, InspectionTopicCatalog.Regulation47, new DateOnly(2020, 6, 1),
            "Giám sát đảng viên chấp hành Quy định 47-QĐ/TW về những điều đảng viên không được làm", new SubjectCandidate(InspectionSubjectType.Member, Cell(4), member));
        Run(qd47, (int)InspectionStep.Meeting);
        Conclude(qd47, FindingSeverity.ViolationBelowDiscipline, "Điều 19", ("Đảng viên kiểm điểm rút kinh nghiệm trước chi bộ.", member.FullName, 1, 25));

        var qd109 = Open(4, InspectionKind.ThematicInspection, InspectionTopicCatalog.Regulation109, new DateOnly(2020, 9, 7),
            "Kiểm tra chi ủy về lãnh đạo, quản lý việc rèn luyện đạo đức, lối sống của đảng viên (Quy định 109-QĐ/TW)", new SubjectCandidate(InspectionSubjectType.CellCommittee, Cell(5), null));
        Run(qd109, (int)InspectionStep.Verification);

        var finance = Open(5, InspectionKind.PartyFinance, InspectionTopicCatalog.PartyFinance, new DateOnly(2020, 8, 3),
            "Kiểm tra thu, nộp, quản lý đảng phí năm 2019 và 6 tháng đầu năm 2020", new SubjectCandidate(InspectionSubjectType.Cell, Cell(6), null));
        Run(finance, (int)InspectionStep.Meeting);
        Conclude(finance, FindingSeverity.None, null, ("Cập nhật sổ thu đảng phí theo mức lương mới.", "Chi bộ Cơ sở Bảo trợ xã hội tổng hợp", 1, 15));

        db.InspectionCases.AddRange(tw4, ct05, qd47, qd109, finance);
    }
}
