using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Inspection.Complaints;
using PartyCommittee.Domain.Inspection.Denunciations;
using PartyCommittee.Domain.Inspection.Discipline;
using PartyCommittee.Domain.Inspection.Topics;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Seeding;

/// <summary>
/// Denunciation and complaint demo data (GUID range 8705), through the domain model: a denunciation against a member
/// received in March 2020 and concluded partly well-founded in May; the reprimanded member's complaint about his
/// reprimand (01-QĐ/CB of 2020-07-06), accepted by the standing committee in July 2020 and not settled since (overdue on
/// the agenda); a topic the committee added for its 2020–2025 congress resolution.
/// </summary>
public static class DemoDenunciations
{
    public static readonly Guid DenunciationId = Guid.Parse("0195a000-0000-7000-8705-000000000001");
    public static readonly Guid ComplaintId = Guid.Parse("0195a000-0000-7000-8705-000000000002");
    public static readonly Guid TopicId = Guid.Parse("0195a000-0000-7000-8705-000000000003");

    /// <summary>The member denounced (index into <see cref="DemoMembers.All"/>).</summary>
    public const int DenouncedMember = 20;

    /// <summary>The member of the inspection commission in charge.</summary>
    public const int Assignee = 1;

    public static void Add(AppDbContext db, IReadOnlyList<PartyMember> members, Guid committeeId)
    {
        var calendar = WorkingDayCalendar.Vietnam();
        var rules = InspectionRuleSet.Statutory.InForceOn(new DateOnly(2020, 3, 2));
        var subject = members[DenouncedMember];
        var denunciation = Denunciation.Register(
            DenunciationId, committeeId, DisciplineSubjectKind.Member, subject.Id, subject.OrganizationId, new DateOnly(2020, 3, 2),
            "Nguyễn Văn Bình", "Tổ dân phố số bốn, phường Năm",
            "Tố cáo đảng viên sử dụng xe công vào việc riêng trong tháng 01 và 02 năm 2020", rules, calendar);
        denunciation.Accept(new DateOnly(2020, 3, 5), DenunciationSettler.InspectionCommission);
        denunciation.Assign(members[Assignee].Id, new DateOnly(2020, 3, 6));
        denunciation.RecordVerification(new DateOnly(2020, 4, 20));
        denunciation.Conclude(
            new DateOnly(2020, 5, 15), DenunciationResult.PartlyFounded, "05-KL/UBKT",
            "Có sử dụng xe công hai lần vào việc riêng; không có căn cứ về các lần khác. Đảng viên kiểm điểm rút kinh nghiệm.", calendar);
        db.Set<Denunciation>().Add(denunciation);

        var action = db.Set<DisciplinaryAction>().Local.First(a => a.Id == DemoDisciplineAndDues.DisciplinaryActionId);
        var complainant = members[DemoDisciplineAndDues.DisciplinedMember];
        var complaint = Complaint.File(
            ComplaintId, action, complainant.FullName, new DateOnly(2020, 7, 8), new DateOnly(2020, 7, 20),
            "Đề nghị xem xét lại hình thức khiển trách: các kỳ vắng sinh hoạt có lý do (công tác xa, đã báo cáo bí thư chi bộ)",
            InspectionRuleSet.Statutory.InForceOn(new DateOnly(2020, 7, 20)), calendar);
        complaint.Accept(new DateOnly(2020, 7, 22), ComplaintSettler.StandingCommittee, 90, calendar);
        complaint.Assign(members[Assignee].Id, new DateOnly(2020, 7, 24));
        db.Set<Complaint>().Add(complaint);

        db.Set<OrganizationTopic>().Add(OrganizationTopic.Add(
            TopicId, committeeId, "ORG-NQDH-2020",
            "Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020–2025", "Resolution of the committee's 2020–2025 congress",
            "Nghị quyết Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2020–2025", new DateOnly(2020, 9, 1)));
    }
}
