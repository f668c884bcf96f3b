using PartyCommittee.Application.Indicators;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// The indicators of the demo: the province's administrative units (Sóc Trăng, where the demo members come from — the
/// seed report does not name its province), two province systems registered as reporters, the 2019 and 2020 figures
/// (illustrative, chosen so that every target of the seed shows real progress, not all of it achieved), the committee's
/// 2020 resolution with the eleven targets of the seed, and action programme 20-CTr/ĐU of 27/4/2020 with its tasks.
/// </summary>
public sealed partial class DemoDataSeeder
{
    public const string ProvinceCode = "94";
    public static readonly Guid ResolutionId = Guid.Parse("0195a000-0000-7000-8405-000000000001");
    public static readonly Guid ActionProgrammeId = Guid.Parse("0195a000-0000-7000-8405-000000000002");
    public static readonly Guid LabourReporterId = Guid.Parse("0195a000-0000-7000-8405-000000000011");
    public static readonly Guid PovertyReporterId = Guid.Parse("0195a000-0000-7000-8405-000000000012");

    private static readonly DateOnly ReorganisedOn = new(2025, 7, 1);

    /// <summary>Sóc Trăng's district-level units until the 2025 reorganisation (official codes).</summary>
    private static readonly (string Code, string Name)[] Districts =
    [
        ("941", "Thành phố Sóc Trăng"), ("942", "Huyện Châu Thành"), ("943", "Huyện Kế Sách"), ("944", "Huyện Mỹ Tú"),
        ("945", "Huyện Cù Lao Dung"), ("946", "Huyện Long Phú"), ("947", "Huyện Mỹ Xuyên"), ("948", "Thị xã Ngã Năm"),
        ("949", "Huyện Thạnh Trị"), ("950", "Thị xã Vĩnh Châu"), ("951", "Huyện Trần Đề"),
    ];

    /// <summary>The reported figures: element, breakdown, 2019 value, 2020 value (province level).</summary>
    private static readonly (string Element, string Disaggregation, decimal Y2019, decimal Y2020)[] ProvinceFigures =
    [
        ("HH_TOTAL", Categories.Total, 318_400, 321_200),
        ("HH_POOR", Categories.Total, 14_010, 10_400),
        ("HH_NEAR_POOR", Categories.Total, 17_900, 16_100),
        ("HH_TOTAL", "ethnicity:khmer", 98_300, 99_100),
        ("HH_POOR", "ethnicity:khmer", 7_420, 5_080),
        ("JOBS_NEW", Categories.Total, 22_760, 23_450),
        ("JOBS_LABOUR_EXPORT", Categories.Total, 910, 870),
        ("UNEMPLOYED", "area:urban", 3_950, 3_870),
        ("LABOUR_FORCE", "area:urban", 161_000, 162_500),
        ("WORKFORCE", Categories.Total, 701_000, 704_000),
        ("WORKERS_TRAINED", Categories.Total, 456_000, 474_500),
        ("WORKERS_CERTIFIED", Categories.Total, 226_000, 237_300),
    ];

    private void AddIndicators(IReadOnlyList<PartyMember> members, PartyOrganization committee)
    {
        var clock = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Guid NextId() => Ids.NewVersion7(clock = clock.AddSeconds(1));

        var province = new DateRange(new DateOnly(1992, 4, 1), ReorganisedOn.AddDays(-1));
        db.ReportingUnits.Add(new ReportingUnit(NextId(), ProvinceCode, "Tỉnh Sóc Trăng", UnitLevel.Province, null, province));
        foreach (var (code, name) in Districts)
        {
            db.ReportingUnits.Add(new ReportingUnit(NextId(), code, name, UnitLevel.District, ProvinceCode, new DateRange(new DateOnly(2013, 1, 1), ReorganisedOn.AddDays(-1))));
        }

        // From 1 July 2025 Sóc Trăng is part of Cần Thơ city (Nghị quyết 202/2025/QH15), and districts are abolished.
        db.ReportingUnits.Add(new ReportingUnit(NextId(), "92", "Thành phố Cần Thơ", UnitLevel.Province, null, new DateRange(ReorganisedOn)));

        db.Reporters.Add(new Reporter(LabourReporterId, "province-labour", "Hệ thống thông tin thị trường lao động tỉnh", [ProvinceCode],
            ["JOBS_NEW", "JOBS_LABOUR_EXPORT", "UNEMPLOYED", "LABOUR_FORCE", "WORKFORCE", "WORKERS_TRAINED", "WORKERS_CERTIFIED"]));
        db.Reporters.Add(new Reporter(PovertyReporterId, "province-poverty", "Hệ thống quản lý hộ nghèo, hộ cận nghèo tỉnh", [ProvinceCode],
            ["HH_TOTAL", "HH_POOR", "HH_NEAR_POOR"]));

        long change = 0;
        foreach (var (element, breakdown, y2019, y2020) in ProvinceFigures)
        {
            var storedBy = element.StartsWith("HH_", StringComparison.Ordinal) ? "province-poverty" : "province-labour";
            db.DataValues.Add(new DataValue(NextId(), element, ReportingPeriod.ForYear(2019), ProvinceCode, breakdown, y2019, null, storedBy, new DateTime(2020, 1, 20, 2, 0, 0, DateTimeKind.Utc), ++change));
            db.DataValues.Add(new DataValue(NextId(), element, ReportingPeriod.ForYear(2020), ProvinceCode, breakdown, y2020, null, storedBy, new DateTime(2021, 1, 20, 2, 0, 0, DateTimeKind.Utc), ++change));
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var resolution = new Resolution(ResolutionId, committee.Id, ResolutionKind.Resolution, "NQ-2020/ĐU", new DateOnly(2020, 1, 10), "Ban Chấp hành Đảng bộ Sở", "Nghị quyết về nhiệm vụ năm 2020", 2020, 2020, today);
        void Target(string indicator, string? unit, string breakdown, TargetKind kind, decimal? low, decimal? high, bool exclusive, string text) =>
            resolution.AddTarget(NextId(), IndicatorCatalogue.Indicator(indicator)!, unit, breakdown, 2020, kind, low, high, exclusive, text);
        Target("POVERTY_RATE", ProvinceCode, Categories.Total, TargetKind.DecreaseByPoints, 1m, 1.5m, false, "Tỷ lệ hộ nghèo chung giảm (theo chuẩn nghèo tiếp cận đa chiều) từ 1-1,5%");
        Target("POVERTY_RATE", ProvinceCode, "ethnicity:khmer", TargetKind.DecreaseByPoints, 2m, 3m, false, "Trong đó, đồng bào dân tộc Khmer giảm từ 2-3%");
        Target("NEW_JOBS", ProvinceCode, Categories.Total, TargetKind.AtLeast, 23_000m, null, false, "Giải quyết việc làm mới cho 23.000 người");
        Target("LABOUR_EXPORT", ProvinceCode, Categories.Total, TargetKind.AtLeast, 900m, null, false, "Trong đó xuất khẩu 900 lao động");
        Target("UNEMPLOYMENT_RATE", ProvinceCode, "area:urban", TargetKind.AtMost, null, 2.5m, true, "Tỷ lệ thất nghiệp khu vực thành thị dưới 2,5%");
        Target("TRAINED_LABOUR_RATE", ProvinceCode, Categories.Total, TargetKind.AtLeast, 67m, null, false, "Tỷ lệ lao động qua đào tạo đạt 67%");
        Target("CERTIFIED_LABOUR_RATE", ProvinceCode, Categories.Total, TargetKind.Range, 33m, 35m, false, "Tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ công nhận kết quả đào tạo đạt 33-35%");
        Target(InternalIndicators.MassOrganizationsStrong, null, Categories.Total, TargetKind.AtLeast, 100m, null, false, "Cuối năm, 100% các tổ chức đoàn thể ở cơ sở đạt vững mạnh");
        Target(InternalIndicators.MembersGoodOrBetter, null, Categories.Total, TargetKind.AtLeast, 90m, null, false, "Phấn đấu từ 90% trở lên đảng viên hoàn thành tốt nhiệm vụ");
        Target(InternalIndicators.MembersExcellent, null, Categories.Total, TargetKind.AtLeast, 20m, null, false, "Trong đó có 20% đảng viên hoàn thành xuất sắc nhiệm vụ");
        Target(InternalIndicators.CivilServantsGoodOrBetter, null, Categories.Total, TargetKind.AtLeast, 80m, null, false, "Có 80% cán bộ, công chức, viên chức trở lên hoàn thành tốt nhiệm vụ");
        Target(InternalIndicators.NewMembersAdmitted, null, Categories.Total, TargetKind.AtLeast, 3m, null, false, "Trong năm tổ chức bồi dưỡng, kết nạp 03 đảng viên mới");
        db.Resolutions.Add(resolution);

        var programme = new Resolution(ActionProgrammeId, committee.Id, ResolutionKind.ActionProgramme, "20-CTr/ĐU", new DateOnly(2020, 4, 27), "Ban Chấp hành Đảng bộ Sở", "Chương trình hành động thực hiện Nghị quyết năm 2020", 2020, 2020, today);
        (int Owner, string Title, DateOnly Done)[] tasks =
        [
            (0, "Chỉ đạo chung việc thực hiện các chỉ tiêu Nghị quyết năm 2020", new DateOnly(2020, 12, 28)),
            (1, "Chỉ đạo thực hiện chỉ tiêu giảm nghèo, trong đó giảm nghèo đồng bào dân tộc Khmer", new DateOnly(2020, 12, 22)),
            (3, "Chỉ đạo giải quyết việc làm mới và xuất khẩu lao động", new DateOnly(2020, 12, 24)),
            (2, "Kiểm tra, giám sát việc thực hiện Nghị quyết tại các chi bộ", new DateOnly(2020, 12, 18)),
            (30, "Bồi dưỡng, kết nạp 03 đảng viên mới", new DateOnly(2020, 11, 30)),
        ];
        foreach (var (owner, title, done) in tasks)
        {
            var task = programme.AddTask(NextId(), title, members[owner].Id, new DateOnly(2020, 12, 31));
            programme.ReportOnTask(task.Id, NextId(), new DateOnly(2020, 9, 30), TaskState.InProgress, "Báo cáo sơ kết 9 tháng.", today);
            programme.ReportOnTask(task.Id, NextId(), done, TaskState.Done, "Đã hoàn thành.", today);
        }

        db.Resolutions.Add(programme);
    }
}
