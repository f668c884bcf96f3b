using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// The evaluation demo of 2020 (seed report): the documents the report names in the committee's register, the 12
/// regular meetings of each of the 7 cells with attendance and dissemination (members who missed a dissemination catch
/// up within a week, so every document reaches 100% of members), the committee's monthly review template (Resolution
/// TW4 (XII), Directive 05) and the reviews of November and December, and the 7 "Dân vận khéo" and 7 Ho Chi Minh study
/// models. Built through the domain model, like the rest of the demo.
/// </summary>
public static class EvaluationDemoData
{
    public static readonly Guid TemplateId = Guid.Parse("0195a000-0000-7000-8305-000000000001");

    public static readonly int Year = 2020;

    /// <summary>The months whose members are reviewed in the demo (the others show as missing).</summary>
    public static readonly int[] ReviewedMonths = [11, 12];

    /// <summary>The regular meeting of demo cell <paramref name="cellNumber"/> (1–7, as <see cref="DemoData.Cell"/>) in a month of 2020.</summary>
    public static Guid MeetingId(int cellNumber, int month) => Guid.Parse($"0195a000-0000-7000-8304-0000{cellNumber:00}{month:00}0000");

    /// <summary>The "Dân vận khéo" (kind 1) or Ho Chi Minh study (kind 2) model of demo cell <paramref name="cellNumber"/>.</summary>
    public static Guid ModelId(int kind, int cellNumber) => Guid.Parse($"0195a000-0000-7000-8306-000000000{kind}{cellNumber:00}");

    /// <summary>The n-th demo document (1–7) of the committee's register.</summary>
    public static Guid DocumentId(int n) => Doc(n);

    /// <summary>The monthly review of the <paramref name="index"/>-th expected member of a cell in a month (fixed, so a request example can name one; range 9205).</summary>
    public static Guid ReviewId(int cellNumber, int month, int index) => Guid.Parse($"0195a000-0000-7000-9205-1{cellNumber:00}{month:00}{index:0000000}");

    /// <summary>The documents disseminated at the regular meetings of <paramref name="month"/> (id, number).</summary>
    public static IReadOnlyList<(Guid Id, string Number)> DocumentsOfMonth(int month) => [.. Documents.Where(d => d.Month == month).Select(d => (d.Id, d.Number))];

    /// <summary>The codes of the demo template's criteria, in order.</summary>
    public static IReadOnlyList<string> CriterionCodes => [.. Criteria.Select(c => c.Code)];

    /// <summary>The documents (number, date, issuer, kind, title, English title) and the month each is disseminated in 2020.</summary>
    public static readonly (Guid Id, string Number, DateOnly IssuedOn, string Issuer, DocumentKind Kind, string Title, string TitleEn, int Month)[] Documents =
    [
        (Doc(1), "04-NQ/TW", new(2016, 10, 30), "Ban Chấp hành Trung ương", DocumentKind.Resolution,
            "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện \"tự diễn biến\", \"tự chuyển hóa\" trong nội bộ",
            "Resolution of the 4th plenum of the 12th Central Committee on building and rectifying the Party", 1),
        (Doc(2), "05-CT/TW", new(2016, 5, 15), "Bộ Chính trị", DocumentKind.Directive,
            "Chỉ thị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Directive on studying and following Ho Chi Minh's thought, morality and style", 1),
        (Doc(3), "47-QĐ/TW", new(2011, 11, 1), "Ban Chấp hành Trung ương", DocumentKind.Regulation,
            "Quy định về những điều đảng viên không được làm", "Regulation on what party members must not do", 2),
        (Doc(4), "20-CTr/ĐU", new(2020, 4, 27), "Đảng ủy Sở Lao động – Thương binh và Xã hội", DocumentKind.Programme,
            "Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ Sở", "Programme of action implementing the resolution of the committee's congress", 5),
        (Doc(5), "01-NQ/ĐH", new(2020, 5, 20), "Đại hội Đảng bộ Sở lần thứ IX", DocumentKind.Resolution,
            "Nghị quyết Đại hội Đảng bộ Sở Lao động – Thương binh và Xã hội lần thứ IX, nhiệm kỳ 2020–2025", "Resolution of the 9th congress of the committee, 2020–2025", 6),
        (Doc(6), "02-QC/ĐU", new(2020, 6, 5), "Ban Chấp hành Đảng bộ Sở", DocumentKind.WorkingRules,
            "Quy chế làm việc của Ban Chấp hành Đảng bộ Sở nhiệm kỳ 2020–2025", "Working rules of the executive committee, 2020–2025", 7),
        (Doc(7), "03-QC/ĐU", new(2020, 6, 5), "Ban Chấp hành Đảng bộ Sở", DocumentKind.WorkingRules,
            "Quy chế làm việc của Ủy ban Kiểm tra Đảng ủy Sở nhiệm kỳ 2020–2025", "Working rules of the committee's inspection commission, 2020–2025", 7),
    ];

    private static readonly (string Code, string Group, string Text, string TextEn)[] Criteria =
    [
        ("TT", "Nghị quyết 04-NQ/TW", "Không có biểu hiện suy thoái về tư tưởng chính trị (9 biểu hiện)", "No sign of political-ideological degradation (9 signs)"),
        ("DD", "Nghị quyết 04-NQ/TW", "Không có biểu hiện suy thoái về đạo đức, lối sống (9 biểu hiện)", "No sign of moral and lifestyle degradation (9 signs)"),
        ("TDB", "Nghị quyết 04-NQ/TW", "Không có biểu hiện \"tự diễn biến\", \"tự chuyển hóa\" (9 biểu hiện)", "No sign of self-evolution or self-transformation (9 signs)"),
        ("HCM", "Chỉ thị 05-CT/TW", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo bản đăng ký", "Studies and follows Ho Chi Minh's example as registered"),
        ("NV", "Nhiệm vụ", "Hoàn thành nhiệm vụ chuyên môn được giao trong tháng", "Completed the month's assigned work"),
        ("SH", "Sinh hoạt đảng", "Chấp hành sinh hoạt đảng, đóng đảng phí đầy đủ", "Attends party activities and pays dues"),
    ];

    /// <summary>Adds the evaluation demo to the unit of work of the demo seeder (saved with the rest).</summary>
    public static void Add(AppDbContext db, IReadOnlyList<PartyMember> members, IReadOnlyDictionary<Guid, PartyOrganization> organizations)
    {
        var committee = organizations[DemoData.CommitteeId];
        var documents = Documents.ToDictionary(
            d => d.Id,
            d => PartyDocument.Register(d.Id, committee, d.Number, d.IssuedOn, d.Issuer, d.Kind, d.Title, d.TitleEn));
        db.AddRange(documents.Values);

        var template = ReviewTemplate.Create(
            TemplateId, committee, "Tiêu chí đánh giá, nhận xét đảng viên hằng tháng (Nghị quyết TW4 khóa XII, Chỉ thị 05)", new DateOnly(Year, 1, 1),
            [.. Criteria.Select(c => new CriterionText(c.Code, c.Group, c.Text, c.TextEn))], []);
        db.Add(template);

        var received = Documents.ToDictionary(d => d.Id, _ => new HashSet<Guid>());
        var cells = Enumerable.Range(1, 7).Select(n => organizations[DemoData.Cell(n)]).ToList();
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            for (var month = 1; month <= 12; month++)
            {
                var heldOn = MeetingDay(month, c);
                var roster = RosterOf(members, cell.Id, heldOn);
                var expected = roster.Where(r => r.IsExpected).ToList();
                var attendance = expected
                    .Select((r, i) => (r.MemberId, (i + month + c) % 13 == 5 ? AttendanceStatus.Excused : AttendanceStatus.Present))
                    .ToList();
                var present = attendance.Where(a => a.Item2 == AttendanceStatus.Present).Select(a => a.MemberId).ToList();
                var disseminated = Documents.Where(d => d.Month == month).ToList();
                var meeting = CellMeeting.Hold(
                    MeetingId(c + 1, month),
                    cell,
                    new MeetingRecord(
                        heldOn,
                        MeetingKind.Regular,
                        Agenda(month, disseminated.Select(d => d.Number)),
                        present[0],
                        present[1],
                        attendance,
                        [.. disseminated.Select(d => new DisseminatedDocument(d.Id, d.Number, d.IssuedOn))]),
                    roster,
                    null);
                db.Add(meeting);

                foreach (var d in disseminated)
                {
                    received[d.Id].UnionWith(present);
                    foreach (var missed in attendance.Where(a => a.Item2 != AttendanceStatus.Present))
                    {
                        db.Add(DocumentCatchUp.Record(Ids.NewVersion7(), documents[d.Id], missed.MemberId, cell.Id, heldOn.AddDays(7), "Nghiên cứu tài liệu, viết thu hoạch", null));
                        received[d.Id].Add(missed.MemberId);
                    }
                }

                if (ReviewedMonths.Contains(month))
                {
                    for (var i = 0; i < expected.Count; i++)
                    {
                        var level = i % 23 == 7 ? EvaluationLevel.Completed : i % 5 == 0 ? EvaluationLevel.Excellent : EvaluationLevel.Good;
                        var answers = Criteria.Select(k => new CheckAnswer(k.Code, !(k.Code == "NV" && level == EvaluationLevel.Completed), null)).ToList();
                        db.Add(MonthlyReview.Record(
                            ReviewId(c + 1, month, i), meeting, expected[i].MemberId, roster, template, level,
                            level == EvaluationLevel.Completed ? "Còn chậm tiến độ một số việc chuyên môn." : null, answers, null));
                    }
                }
            }
        }

        // Members who joined a cell after a document's dissemination received it within a week of joining.
        var yearEnd = new DateOnly(Year, 12, 31);
        foreach (var cell in cells)
        {
            foreach (var member in RosterOf(members, cell.Id, yearEnd).Where(r => r.IsExpected))
            {
                var joined = members.First(m => m.Id == member.MemberId).Placements.Max(p => p.StartsOn);
                foreach (var d in Documents.Where(d => !received[d.Id].Contains(member.MemberId)))
                {
                    var on = joined.AddDays(7) < yearEnd ? joined.AddDays(7) : yearEnd;
                    on = on < d.IssuedOn ? d.IssuedOn : on;
                    db.Add(DocumentCatchUp.Record(Ids.NewVersion7(), documents[d.Id], member.MemberId, cell.Id, on, "Nghiên cứu tài liệu khi chuyển đến / được kết nạp", null));
                    received[d.Id].Add(member.MemberId);
                }
            }
        }

        AddModels(db, cells);
        DemoRatingExamples.Add(db, committee);
    }

    private static void AddModels(AppDbContext db, List<PartyOrganization> cells)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            db.Add(EmulationModel.Register(
                ModelId(1, c + 1), cell, Year, EmulationModelKind.SkilfulMassMobilisation,
                $"Dân vận khéo trong {Lower(cell.Name)}", null, true,
                "Gần dân, hiểu dân, giải quyết kịp thời kiến nghị của người dân trong lĩnh vực được giao", "Hoàn thành", null));
            db.Add(EmulationModel.Register(
                ModelId(2, c + 1), cell, Year, EmulationModelKind.HoChiMinhStudyAndFollowing,
                $"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh – {cell.Name}", null, true,
                "Mỗi đảng viên đăng ký và thực hiện một việc làm theo gương Bác trong năm", "Hoàn thành", null));
        }
    }

    private static string Lower(string name) => name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static Guid Doc(int n) => Guid.Parse($"0195a000-0000-7000-8307-{n:000000000000}");

    /// <summary>The members counted in <paramref name="cellId"/> on <paramref name="date"/>, from the in-memory histories.</summary>
    private static List<RosterMember> RosterOf(IReadOnlyList<PartyMember> members, Guid cellId, DateOnly date) =>
        [.. members
            .Where(m => m.Placements.Any(p => p.OrganizationId == cellId && p.StartsOn <= date && (p.EndsOn is null || p.EndsOn > date)))
            .Select(m => (m.Id, Status: m.StatusOn(date)))
            .Where(m => m.Status is { } s && MembershipLabels.IsCounted(s))
            .Select(m => new RosterMember(m.Id, m.Status!.Value))];

    /// <summary>The cells meet in the first week of the month, on a weekday (cell c on the (3 + c mod 3)th, moved off weekends).</summary>
    public static DateOnly MeetingDay(int month, int cell)
    {
        var day = new DateOnly(Year, month, 3 + (cell % 3));
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The agenda of a month's regular meeting, naming the documents disseminated.</summary>
    public static string Agenda(int month, IEnumerable<string> documents)
    {
        var list = string.Join(", ", documents);
        return $"Kiểm điểm công tác tháng {month - 1 + (month == 1 ? 12 : 0)}, phương hướng tháng {month}"
            + (list.Length > 0 ? $"; quán triệt, triển khai {list}" : string.Empty)
            + (ReviewedMonths.Contains(month) ? "; đánh giá, nhận xét đảng viên hằng tháng" : string.Empty) + ".";
    }
}
