using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Inspection;

/// <summary>The rules of a case: step order, dates, self-inspection, deadlines and lateness, conclusion, follow-up.</summary>
public class InspectionCaseTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);

    /// <summary>Monday 2 March 2020.</summary>
    private static readonly DateOnly Decided = new(2020, 3, 2);

    private static readonly InspectionDeadlines Deadlines = new(5, 10, 10);
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.WeekdaysOnly;

    private readonly PartyOrganization committee;
    private readonly PartyOrganization cellA;
    private readonly PartyOrganization cellB;
    private readonly PartyMember inspector;
    private readonly PartyMember colleague;
    private readonly PartyMember memberOfB;

    public InspectionCaseTests()
    {
        committee = PartyOrganization.Create(Guid.NewGuid(), "DB-SLD", "Đảng bộ Sở Lao động – Thương binh và Xã hội", null, OrganizationType.PartyCommittee, null, new DateOnly(2008, 3, 15), null);
        cellA = Cell("CB-VP", "Chi bộ Văn phòng Sở");
        cellB = Cell("CB-TT", "Chi bộ Thanh tra Sở");
        inspector = Member(cellA, "Trần Văn Kiểm");
        colleague = Member(cellA, "Lê Thị Tra");
        memberOfB = Member(cellB, "Phạm Văn Bình");
    }

    private PartyOrganization Cell(string code, string name) =>
        PartyOrganization.Create(Guid.NewGuid(), code, name, null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2008, 3, 15), committee);

    private static PartyMember Member(PartyOrganization cell, string name) =>
        PartyMember.Register(
            Guid.NewGuid(),
            new MemberProfile(
                name, Sex.Male, new DateOnly(1980, 8, 12), "Sóc Trăng", "Sóc Trăng", Ethnicities.Kinh, null, null,
                GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Intermediate,
                "Chuyên viên", null, null, null, false, null, null),
            new AdmissionRecord(new DateOnly(2010, 5, 19), "12-QĐ/ĐU", new DateOnly(2010, 5, 19), new DateOnly(2011, 5, 19)),
            cell,
            MemberStatus.Full,
            new DateOnly(2011, 5, 19),
            null);

    private static InspectionPlan Plan(string topic = "NQ04-TW4-XII", DateOnly? decided = null, InspectionAuthority by = InspectionAuthority.InspectionCommission) =>
        new(InspectionKind.ThematicInspection, by, topic, decided ?? Decided, "01-QĐ/UBKT", "Kiểm tra chuyên đề",
            new DateOnly(2019, 1, 1), (decided ?? Decided).AddDays(-1), decided ?? Decided, new DateOnly(2020, 4, 30), null);

    private InspectionCase Open(
        IReadOnlyList<SubjectCandidate>? subjects = null, IReadOnlyList<TeamCandidate>? team = null, InspectionPlan? plan = null, PartyOrganization? organization = null) =>
        InspectionCase.Open(
            Guid.NewGuid(), organization ?? committee, plan ?? Plan(),
            subjects ?? [new SubjectCandidate(InspectionSubjectType.Cell, cellB, null)],
            team ?? [new TeamCandidate(inspector, true), new TeamCandidate(colleague, false)],
            InspectionTopicCatalog.Statutory, new HashSet<string>(), Guid.NewGuid, Today);

    private static void ShouldBreak(Action action, string code)
    {
        var exception = Should.Throw<DomainRuleException>(action);
        exception.Code.ShouldBe(code);
    }

    private static InspectionStepRecord Step(InspectionCase c, InspectionStep step, DateOnly on) =>
        c.RecordStep(Guid.NewGuid(), step, on, null, null, step == InspectionStep.Meeting ? new MeetingVote(5, 0, 0) : null, Calendar, Deadlines, Today);

    private static InspectionCase ThroughMeeting(InspectionCase c, DateOnly meeting)
    {
        Step(c, InspectionStep.Notice, new DateOnly(2020, 3, 3));
        Step(c, InspectionStep.SelfReport, new DateOnly(2020, 3, 10));
        Step(c, InspectionStep.Verification, new DateOnly(2020, 3, 20));
        Step(c, InspectionStep.DraftReport, new DateOnly(2020, 4, 1));
        Step(c, InspectionStep.Meeting, meeting);
        return c;
    }

    private static void Conclude(InspectionCase c, DateOnly on, params RecommendationInput[] recommendations) =>
        c.Conclude(Guid.NewGuid(), on, "02-TB/UBKT", [new FindingInput(c.Subjects[0].Id, false, FindingSeverity.Shortcoming, null, null, null)],
            recommendations, Guid.NewGuid, Calendar, Deadlines, Today);

    // ---- Step order ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Steps_are_taken_in_order_and_a_skipped_step_is_refused()
    {
        var c = Open();
        c.NextStep.ShouldBe(InspectionStep.Notice);
        ShouldBreak(() => Step(c, InspectionStep.SelfReport, new DateOnly(2020, 3, 3)), "inspection.step_out_of_order");
        Step(c, InspectionStep.Notice, new DateOnly(2020, 3, 3));
        ShouldBreak(() => Step(c, InspectionStep.Notice, new DateOnly(2020, 3, 4)), "inspection.step_out_of_order");
        ShouldBreak(() => Step(c, InspectionStep.Meeting, new DateOnly(2020, 3, 4)), "inspection.step_out_of_order");
        Step(c, InspectionStep.SelfReport, new DateOnly(2020, 3, 10));
        c.Stage.ShouldBe(InspectionStep.SelfReport);
        c.NextStep.ShouldBe(InspectionStep.Verification);
    }

    [Fact]
    public void The_conclusion_comes_after_the_meeting_and_the_follow_up_after_the_conclusion()
    {
        var c = Open();
        Step(c, InspectionStep.Notice, new DateOnly(2020, 3, 3));
        ShouldBreak(() => Conclude(c, new DateOnly(2020, 3, 4)), "inspection.step_out_of_order");
        ShouldBreak(() => c.RecordProgress(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2020, 3, 4), "x", null, true, Today), "inspection.step_out_of_order");
        ShouldBreak(() => c.RecordStep(Guid.NewGuid(), InspectionStep.Conclusion, new DateOnly(2020, 3, 4), null, null, null, Calendar, Deadlines, Today), "inspection.step_out_of_order");
    }

    [Fact]
    public void A_step_is_dated_on_or_after_the_previous_one_and_not_in_the_future()
    {
        var c = Open();
        ShouldBreak(() => Step(c, InspectionStep.Notice, Decided.AddDays(-1)), "inspection.date_before_previous_step");
        ShouldBreak(() => Step(c, InspectionStep.Notice, Today.AddDays(1)), "inspection.date_in_future");
        Step(c, InspectionStep.Notice, Decided).On.ShouldBe(Decided);
    }

    [Fact]
    public void Only_the_meeting_records_a_vote()
    {
        var c = Open();
        ShouldBreak(() => c.RecordStep(Guid.NewGuid(), InspectionStep.Notice, Decided, null, null, new MeetingVote(1, 0, 0), Calendar, Deadlines, Today), "inspection.vote_required");
        Step(c, InspectionStep.Notice, new DateOnly(2020, 3, 3));
        Step(c, InspectionStep.SelfReport, new DateOnly(2020, 3, 10));
        Step(c, InspectionStep.Verification, new DateOnly(2020, 3, 20));
        Step(c, InspectionStep.DraftReport, new DateOnly(2020, 4, 1));
        ShouldBreak(() => c.RecordStep(Guid.NewGuid(), InspectionStep.Meeting, new DateOnly(2020, 4, 2), null, null, null, Calendar, Deadlines, Today), "inspection.vote_required");
        var meeting = Step(c, InspectionStep.Meeting, new DateOnly(2020, 4, 2));
        meeting.VotesFor.ShouldBe(5);
    }

    // ---- Self-inspection ----------------------------------------------------------------------------------------------

    [Fact]
    public void A_team_member_may_not_inspect_himself()
    {
        ShouldBreak(
            () => Open(subjects: [new SubjectCandidate(InspectionSubjectType.Member, cellB, memberOfB)], team: [new TeamCandidate(memberOfB, true)]),
            "inspection.team_member_is_subject");
    }

    [Fact]
    public void A_team_member_may_not_inspect_his_own_cell_or_its_committee()
    {
        ShouldBreak(() => Open(subjects: [new SubjectCandidate(InspectionSubjectType.Cell, cellA, null)]), "inspection.team_member_in_subject_cell");
        ShouldBreak(() => Open(subjects: [new SubjectCandidate(InspectionSubjectType.CellCommittee, cellA, null)]), "inspection.team_member_in_subject_cell");
    }

    [Fact]
    public void A_team_member_may_inspect_another_cell_and_another_member_of_his_cell()
    {
        Open(subjects: [new SubjectCandidate(InspectionSubjectType.Cell, cellB, null)]).Team.Count.ShouldBe(2);
        Open(subjects: [new SubjectCandidate(InspectionSubjectType.Member, cellA, colleague)], team: [new TeamCandidate(inspector, true)]).Subjects.Count.ShouldBe(1);
    }

    [Fact]
    public void The_team_has_exactly_one_leader()
    {
        ShouldBreak(() => Open(team: [new TeamCandidate(inspector, false)]), "inspection.team_leader_required");
        ShouldBreak(() => Open(team: [new TeamCandidate(inspector, true), new TeamCandidate(colleague, true)]), "inspection.team_leader_required");
    }

    [Fact]
    public void Subjects_lie_under_the_deciding_organisation()
    {
        ShouldBreak(() => Open(organization: cellA, plan: Plan(by: InspectionAuthority.Cell), subjects: [new SubjectCandidate(InspectionSubjectType.Cell, cellB, null)], team: [new TeamCandidate(memberOfB, true)]),
            "inspection.subject_outside_organization");
        ShouldBreak(() => Open(subjects: [new SubjectCandidate(InspectionSubjectType.Member, cellA, memberOfB)]), "inspection.subject_member_mismatch");
    }

    [Fact]
    public void The_deciding_body_fits_the_organisation()
    {
        ShouldBreak(() => Open(plan: Plan(by: InspectionAuthority.Cell)), "inspection.authority_invalid");
        ShouldBreak(
            () => Open(organization: cellA, plan: Plan(by: InspectionAuthority.StandingCommittee), subjects: [new SubjectCandidate(InspectionSubjectType.Member, cellA, colleague)], team: [new TeamCandidate(inspector, true)]),
            "inspection.authority_invalid");
        Open(plan: Plan(by: InspectionAuthority.StandingCommittee)).DecidedBy.ShouldBe(InspectionAuthority.StandingCommittee);
    }

    // ---- Topics: the catalogue in force on the decision date -----------------------------------------------------------

    [Fact]
    public void Regulation_47_is_a_topic_until_regulation_37_replaces_it()
    {
        var dayBefore = new DateOnly(2021, 10, 24);
        var replaced = new DateOnly(2021, 10, 25);
        Open(plan: Plan("QD47-2011", dayBefore)).TopicCode.ShouldBe("QD47-2011");
        ShouldBreak(() => Open(plan: Plan("QD47-2011", replaced)), "inspection.topic_unknown");
        ShouldBreak(() => Open(plan: Plan("QD37-2021", dayBefore)), "inspection.topic_unknown");
        Open(plan: Plan("QD37-2021", replaced)).TopicCode.ShouldBe("QD37-2021");
    }

    [Fact]
    public void A_topic_the_organisation_added_is_accepted()
    {
        var c = InspectionCase.Open(
            Guid.NewGuid(), committee, Plan("ORG-DANVAN"), [new SubjectCandidate(InspectionSubjectType.Cell, cellB, null)], [new TeamCandidate(inspector, true)],
            InspectionTopicCatalog.Statutory, new HashSet<string> { "ORG-DANVAN" }, Guid.NewGuid, Today);
        c.TopicCode.ShouldBe("ORG-DANVAN");
        ShouldBreak(() => Open(plan: Plan("ORG-DANVAN")), "inspection.topic_unknown");
    }

    [Fact]
    public void The_plan_covers_a_past_period_and_is_scheduled_from_the_decision()
    {
        ShouldBreak(() => Open(plan: Plan() with { ScheduleFrom = Decided.AddDays(-1) }), "inspection.schedule_before_decision");
        ShouldBreak(() => Open(plan: Plan() with { CoveredTo = Decided.AddDays(1) }), "inspection.period_covered_after_decision");
        Open(plan: Plan() with { CoveredTo = Decided, ScheduleFrom = Decided }).CoveredTo.ShouldBe(Decided);
    }

    // ---- Deadlines: lateness recorded, not refused ----------------------------------------------------------------------

    [Fact]
    public void A_notice_on_its_due_date_is_on_time_and_a_day_later_is_one_working_day_late()
    {
        // 5 working days from Monday 2 March 2020: Monday 9 March.
        var due = new DateOnly(2020, 3, 9);
        Open().DueOn(InspectionStep.Notice, Calendar, Deadlines).ShouldBe(due);

        var onTime = Step(Open(), InspectionStep.Notice, due);
        onTime.Late.ShouldBeFalse();
        onTime.DueOn.ShouldBe(due);

        var late = Step(Open(), InspectionStep.Notice, due.AddDays(1));
        late.Late.ShouldBeTrue();
        late.WorkingDaysLate.ShouldBe(1);
    }

    [Fact]
    public void Holidays_do_not_count_towards_a_deadline()
    {
        var holidays = new WorkingDayCalendar([new DateOnly(2020, 3, 4)]);
        Open().DueOn(InspectionStep.Notice, holidays, Deadlines).ShouldBe(new DateOnly(2020, 3, 10));
    }

    [Fact]
    public void The_meeting_is_due_by_the_end_of_the_schedule()
    {
        var scheduleEnd = new DateOnly(2020, 4, 30);
        ThroughMeeting(Open(), scheduleEnd).Steps.Last().Late.ShouldBeFalse();
        var late = ThroughMeeting(Open(), scheduleEnd.AddDays(1)).Steps.Last();
        late.Late.ShouldBeTrue();
        late.DueOn.ShouldBe(scheduleEnd);
    }

    [Fact]
    public void The_conclusion_is_due_ten_working_days_after_the_meeting()
    {
        var c = ThroughMeeting(Open(), new DateOnly(2020, 4, 2));
        c.DueOn(InspectionStep.Conclusion, Calendar, Deadlines).ShouldBe(new DateOnly(2020, 4, 16));
        Conclude(c, new DateOnly(2020, 4, 17), new RecommendationInput("Khắc phục", "Chi bộ", new DateOnly(2020, 6, 30)));
        c.Steps.Single(s => s.Step == InspectionStep.Conclusion).WorkingDaysLate.ShouldBe(1);
    }

    // ---- Conclusion and follow-up ---------------------------------------------------------------------------------------

    [Fact]
    public void The_conclusion_has_a_finding_on_every_subject_with_a_matching_severity()
    {
        var c = ThroughMeeting(Open(subjects: [new SubjectCandidate(InspectionSubjectType.Cell, cellB, null), new SubjectCandidate(InspectionSubjectType.Member, cellB, memberOfB)]), new DateOnly(2020, 4, 2));
        var on = new DateOnly(2020, 4, 10);
        ShouldBreak(() => c.Conclude(Guid.NewGuid(), on, null, [new FindingInput(c.Subjects[0].Id, false, FindingSeverity.None, null, null, null)], [], Guid.NewGuid, Calendar, Deadlines, Today), "inspection.findings_required");
        ShouldBreak(() => c.Conclude(Guid.NewGuid(), on, null, [new FindingInput(c.Subjects[0].Id, true, FindingSeverity.Shortcoming, null, null, null), new FindingInput(c.Subjects[1].Id, false, FindingSeverity.None, null, null, null)], [], Guid.NewGuid, Calendar, Deadlines, Today), "inspection.finding_severity_mismatch");
        ShouldBreak(() => c.Conclude(Guid.NewGuid(), on, null, [new FindingInput(Guid.NewGuid(), false, FindingSeverity.None, null, null, null)], [], Guid.NewGuid, Calendar, Deadlines, Today), "inspection.finding_subject_unknown");
        c.Conclude(Guid.NewGuid(), on, null, [new FindingInput(c.Subjects[0].Id, false, FindingSeverity.None, null, null, null), new FindingInput(c.Subjects[1].Id, true, FindingSeverity.ViolationBelowDiscipline, "QD47-2011", "Điều 19", null)], [], Guid.NewGuid, Calendar, Deadlines, Today);
        c.Findings.Count(f => f.Violation).ShouldBe(1);
        c.Findings.First(f => !f.Violation).TopicCode.ShouldBe("NQ04-TW4-XII");
        c.ClosedOn.ShouldBe(on, "a conclusion without recommendations closes the case");
        c.NextStep.ShouldBeNull();
    }

    [Fact]
    public void A_recommendation_is_due_after_the_conclusion()
    {
        var on = new DateOnly(2020, 4, 10);
        ShouldBreak(() => Conclude(ThroughMeeting(Open(), new DateOnly(2020, 4, 2)), on, new RecommendationInput("Khắc phục", "Chi bộ", on)), "inspection.recommendation_due_before_conclusion");
        var c = ThroughMeeting(Open(), new DateOnly(2020, 4, 2));
        Conclude(c, on, new RecommendationInput("Khắc phục", "Chi bộ", on.AddDays(1)));
        c.Recommendations.Single().DueOn.ShouldBe(on.AddDays(1));
        c.NextStep.ShouldBe(InspectionStep.FollowUp);
    }

    [Fact]
    public void Follow_up_records_progress_until_every_recommendation_is_done_then_the_case_closes()
    {
        var c = ThroughMeeting(Open(), new DateOnly(2020, 4, 2));
        var on = new DateOnly(2020, 4, 10);
        Conclude(c, on, new RecommendationInput("Một", "Chi bộ", new DateOnly(2020, 5, 31)), new RecommendationInput("Hai", "Bí thư", new DateOnly(2020, 6, 30)));
        var first = c.Recommendations[0];
        var second = c.Recommendations[1];

        ShouldBreak(() => c.RecordProgress(Guid.NewGuid(), first.Id, on.AddDays(-1), "Sớm", null, false, Today), "inspection.date_before_previous_step");
        c.RecordProgress(Guid.NewGuid(), first.Id, new DateOnly(2020, 5, 1), "Đang thực hiện", null, false, Today);
        ShouldBreak(() => c.RecordProgress(Guid.NewGuid(), first.Id, new DateOnly(2020, 4, 30), "Trước lần trước", null, false, Today), "inspection.date_before_previous_step");
        c.RecordProgress(Guid.NewGuid(), first.Id, new DateOnly(2020, 5, 31), "Xong", "BC-01", true, Today);
        first.DoneOn.ShouldBe(new DateOnly(2020, 5, 31));
        ShouldBreak(() => c.RecordProgress(Guid.NewGuid(), first.Id, new DateOnly(2020, 6, 1), "Lại", null, true, Today), "inspection.recommendation_done");
        ShouldBreak(() => c.RecordProgress(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2020, 6, 1), "?", null, true, Today), "inspection.recommendation_not_found");
        c.ClosedOn.ShouldBeNull();
        c.Stage.ShouldBe(InspectionStep.FollowUp);

        c.RecordProgress(Guid.NewGuid(), second.Id, new DateOnly(2020, 7, 1), "Xong muộn", null, true, Today);
        c.ClosedOn.ShouldBe(new DateOnly(2020, 7, 1));
        ShouldBreak(() => c.RecordProgress(Guid.NewGuid(), second.Id, new DateOnly(2020, 7, 2), "Sau khi đóng", null, true, Today), "inspection.case_closed");
    }

    [Fact]
    public void A_recommendation_is_overdue_the_day_after_its_due_date_while_not_done()
    {
        var c = ThroughMeeting(Open(), new DateOnly(2020, 4, 2));
        var due = new DateOnly(2020, 5, 31);
        Conclude(c, new DateOnly(2020, 4, 10), new RecommendationInput("Một", "Chi bộ", due));
        var r = c.Recommendations[0];
        r.IsOverdueOn(due).ShouldBeFalse();
        r.IsOverdueOn(due.AddDays(1)).ShouldBeTrue();
        c.RecordProgress(Guid.NewGuid(), r.Id, due.AddDays(3), "Xong", null, true, Today);
        r.IsOverdueOn(due.AddDays(4)).ShouldBeFalse();
    }
}

/// <summary>The rules of a yearly programme.</summary>
public class InspectionProgrammeTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);

    private readonly PartyOrganization committee = PartyOrganization.Create(Guid.NewGuid(), "DB-SLD", "Đảng bộ Sở", null, OrganizationType.PartyCommittee, null, new DateOnly(2008, 3, 15), null);

    private InspectionProgramme Issue(int year, DateOnly issuedOn, InspectionAuthority by = InspectionAuthority.InspectionCommission, string topic = "CT05-2016")
    {
        var cell = PartyOrganization.Create(Guid.NewGuid(), "CB-TT", "Chi bộ Thanh tra Sở", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2008, 3, 15), committee);
        return InspectionProgramme.Issue(
            Guid.NewGuid(), committee, year, by, "01-CTr/UBKT", issuedOn,
            [new ProgrammeItemInput(InspectionKind.ThematicSupervision, InspectionSubjectType.Cell, cell, null, topic, 2)],
            InspectionTopicCatalog.Statutory, new HashSet<string>(), Guid.NewGuid, Today);
    }

    [Fact]
    public void A_programme_is_issued_in_its_year_or_the_year_before()
    {
        Issue(2020, new DateOnly(2019, 12, 20)).Items.Count.ShouldBe(1);
        Issue(2020, new DateOnly(2020, 12, 31)).Year.ShouldBe(2020);
        Should.Throw<DomainRuleException>(() => Issue(2020, new DateOnly(2018, 12, 31))).Code.ShouldBe("inspection.programme_year_mismatch");
        Should.Throw<DomainRuleException>(() => Issue(2020, new DateOnly(2021, 1, 1))).Code.ShouldBe("inspection.programme_year_mismatch");
    }

    [Fact]
    public void A_committee_programme_is_issued_by_its_standing_committee_or_inspection_commission()
    {
        Issue(2020, new DateOnly(2020, 1, 10), InspectionAuthority.StandingCommittee).IssuedBy.ShouldBe(InspectionAuthority.StandingCommittee);
        Should.Throw<DomainRuleException>(() => Issue(2020, new DateOnly(2020, 1, 10), InspectionAuthority.Cell)).Code.ShouldBe("inspection.authority_invalid");
    }

    [Fact]
    public void Items_name_a_topic_in_force_on_the_issue_date()
    {
        Should.Throw<DomainRuleException>(() => Issue(2020, new DateOnly(2020, 1, 10), topic: "QD37-2021")).Code.ShouldBe("inspection.topic_unknown");
        Should.Throw<DomainRuleException>(() => Issue(2026, Today.AddDays(1))).Code.ShouldBe("inspection.date_in_future");
    }
}
