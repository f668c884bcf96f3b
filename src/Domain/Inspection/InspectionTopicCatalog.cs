using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection;

/// <summary>A statutory topic of inspection and supervision: the document whose implementation is checked.</summary>
/// <param name="Code">Stable code (e.g. <c>QD37-2021</c>).</param>
/// <param name="Label">Display name.</param>
/// <param name="Document">The document, its number and date.</param>
public sealed record InspectionTopic(string Code, BilingualLabel Label, string Document)
{
    /// <summary>Topics an organisation adds carry this prefix, so they never clash with a statutory code.</summary>
    public const string CustomPrefix = "ORG-";

    public override string ToString() => Code;
}

/// <summary>
/// The catalogue of statutory topics, versioned: the version in force on a case's decision date (a programme's issue
/// date) lists the topics that may be chosen; organisations add their own topics (<see cref="InspectionTopic.CustomPrefix"/>).
/// Sources: Nghị quyết 04-NQ/TW ngày 30/10/2016 (Hội nghị Trung ương 4 khóa XII); Chỉ thị 05-CT/TW ngày 15/5/2016 của
/// Bộ Chính trị; Quy định 47-QĐ/TW ngày 01/11/2011 (những điều đảng viên không được làm), replaced by Quy định
/// 37-QĐ/TW ngày 25/10/2021; Quy định 109-QĐ/TW (2018) on inspecting members' ethics and lifestyle; party finance
/// (Quyết định 342-QĐ/TW 2010 on dues). The seed report names these topics for 2020.
/// </summary>
/// <param name="Source">The version: from the day it applies.</param>
/// <param name="Topics">The topics that may be chosen while the version is in force.</param>
public sealed record InspectionTopicCatalog(RuleSource Source, IReadOnlyList<InspectionTopic> Topics) : IRuleSet<InspectionTopicCatalog>
{
    public static readonly InspectionTopic Tw4 = new("NQ04-TW4-XII", new("Nghị quyết Trung ương 4 (khóa XII) về xây dựng, chỉnh đốn Đảng", "Resolution of the 4th plenum (12th Central Committee) on Party building"), "Nghị quyết 04-NQ/TW ngày 30/10/2016");
    public static readonly InspectionTopic Directive05 = new("CT05-2016", new("Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Directive 05 on learning and following Ho Chi Minh's thought, ethics and style"), "Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị");
    public static readonly InspectionTopic Regulation47 = new("QD47-2011", new("Quy định 47-QĐ/TW về những điều đảng viên không được làm", "Regulation 47 on what party members must not do"), "Quy định 47-QĐ/TW ngày 01/11/2011");
    public static readonly InspectionTopic Regulation37 = new("QD37-2021", new("Quy định 37-QĐ/TW về những điều đảng viên không được làm", "Regulation 37 on what party members must not do"), "Quy định 37-QĐ/TW ngày 25/10/2021 (thay Quy định 47-QĐ/TW)");
    public static readonly InspectionTopic Regulation109 = new("QD109-2018", new("Quy định 109-QĐ/TW về kiểm tra việc rèn luyện đạo đức, lối sống của cán bộ, đảng viên", "Regulation 109 on inspecting members' ethics and lifestyle"), "Quy định 109-QĐ/TW năm 2018");
    public static readonly InspectionTopic PartyFinance = new("PARTY_FINANCE", new("Công tác tài chính đảng (thu, nộp, quản lý đảng phí)", "Party finance (dues collection, remittance, management)"), "Quyết định 342-QĐ/TW ngày 28/12/2010; Quy định 01-QĐ/TW ngày 03/02/2026");

    public static readonly IReadOnlyList<InspectionTopicCatalog> All =
    [
        new(new RuleSource("TOPICS-2011", "Chủ đề kiểm tra, giám sát: QĐ 47-QĐ/TW (01/11/2011), tài chính đảng", new DateOnly(2011, 11, 1)),
            [Regulation47, PartyFinance]),
        new(new RuleSource("TOPICS-2016-05", "Chủ đề kiểm tra, giám sát: thêm Chỉ thị 05-CT/TW (15/5/2016)", new DateOnly(2016, 5, 15)),
            [Directive05, Regulation47, PartyFinance]),
        new(new RuleSource("TOPICS-2016-10", "Chủ đề kiểm tra, giám sát: thêm Nghị quyết 04-NQ/TW (30/10/2016)", new DateOnly(2016, 10, 30)),
            [Tw4, Directive05, Regulation47, PartyFinance]),
        new(new RuleSource("TOPICS-2018", "Chủ đề kiểm tra, giám sát: thêm Quy định 109-QĐ/TW (2018)", new DateOnly(2018, 1, 3)),
            [Tw4, Directive05, Regulation47, Regulation109, PartyFinance]),
        new(new RuleSource("TOPICS-2021", "Chủ đề kiểm tra, giám sát: Quy định 37-QĐ/TW (25/10/2021) thay Quy định 47-QĐ/TW", new DateOnly(2021, 10, 25)),
            [Tw4, Directive05, Regulation37, Regulation109, PartyFinance]),
    ];

    public static RuleBook<InspectionTopicCatalog> Statutory { get; } = new(
        "Inspection", "inspection.topics", new BilingualLabel("Danh mục chủ đề kiểm tra, giám sát", "Inspection and supervision topics"), All);

    /// <summary>The statutory topic with <paramref name="code"/> in this version, or null.</summary>
    public InspectionTopic? Find(string code) => Topics.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.Ordinal));

    /// <summary>Every statutory topic of every version (for labels of old cases).</summary>
    public static InspectionTopic? AnyVersion(string code) =>
        All.SelectMany(v => v.Topics).FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.Ordinal));
}
