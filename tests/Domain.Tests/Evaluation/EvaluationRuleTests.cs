using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Evaluation;

public class EvaluationRuleTests
{
    private static readonly DateOnly Day = new(2020, 6, 5);

    private readonly PartyOrganization committee = PartyOrganization.Create(
        Guid.NewGuid(), "DB-SLD", "Đảng bộ Sở Lao động – Thương binh và Xã hội", null, OrganizationType.PartyCommittee, null, new DateOnly(2008, 3, 15), null);

    private readonly PartyOrganization cell;

    private readonly Guid a = Guid.NewGuid();
    private readonly Guid b = Guid.NewGuid();
    private readonly Guid exempt = Guid.NewGuid();
    private readonly Guid outsider = Guid.NewGuid();

    public EvaluationRuleTests() =>
        cell = PartyOrganization.Create(Guid.NewGuid(), "CB-VP", "Chi bộ Văn phòng Sở", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, new DateOnly(2008, 3, 15), committee);

    private IReadOnlyList<RosterMember> Roster => [new(a, MemberStatus.Full), new(b, MemberStatus.Probationary), new(exempt, MemberStatus.Full, Excused: true)];

    private MeetingRecord Record(IReadOnlyList<(Guid, AttendanceStatus)> attendance, MeetingKind kind = MeetingKind.Regular, DateOnly? heldOn = null, params DisseminatedDocument[] documents) =>
        new(heldOn ?? Day, kind, "Sinh hoạt thường kỳ", a, b, attendance, documents);

    private static DomainRuleException Breaks(Action action, string code)
    {
        var error = Should.Throw<DomainRuleException>(action);
        error.Code.ShouldBe(code);
        return error;
    }

    // ---- Attendance: only the members counted in the cell that day -------------------------------------------------

    [Fact]
    public void Attendance_covers_exactly_the_counted_members_and_exempt_members_are_excused_by_default()
    {
        var meeting = CellMeeting.Hold(Guid.NewGuid(), cell, Record([(a, AttendanceStatus.Present), (b, AttendanceStatus.Present)]), Roster, null);

        meeting.Attendance.Count.ShouldBe(3);
        meeting.StatusOf(exempt).ShouldBe(AttendanceStatus.Excused);
        meeting.StatusOf(outsider).ShouldBeNull();
    }

    [Fact]
    public void A_member_not_counted_in_the_cell_that_day_cannot_attend()
    {
        Breaks(
            () => CellMeeting.Hold(Guid.NewGuid(), cell, Record([(a, AttendanceStatus.Present), (b, AttendanceStatus.Present), (outsider, AttendanceStatus.Present)]), Roster, null),
            "meeting.attendee_not_in_cell");
    }

    [Fact]
    public void Every_expected_member_is_listed_once()
    {
        Breaks(() => CellMeeting.Hold(Guid.NewGuid(), cell, Record([(a, AttendanceStatus.Present)]), Roster, null), "meeting.attendance_missing")
            .Arguments[0].ShouldBe(1);
        Breaks(
            () => CellMeeting.Hold(Guid.NewGuid(), cell, Record([(a, AttendanceStatus.Present), (b, AttendanceStatus.Present), (a, AttendanceStatus.Absent)]), Roster, null),
            "meeting.attendance_duplicate");
    }

    [Fact]
    public void The_chair_and_minute_taker_are_present()
    {
        Breaks(() => CellMeeting.Hold(Guid.NewGuid(), cell, Record([(a, AttendanceStatus.Present), (b, AttendanceStatus.Excused)]), Roster, null), "meeting.secretary_not_present");
        Breaks(() => CellMeeting.Hold(Guid.NewGuid(), cell, Record([(a, AttendanceStatus.Absent), (b, AttendanceStatus.Present)]), Roster, null), "meeting.chair_not_present");
    }

    [Fact]
    public void One_regular_meeting_a_month_but_extraordinary_ones_are_free()
    {
        var present = new[] { (a, AttendanceStatus.Present), (b, AttendanceStatus.Present) };
        Breaks(() => CellMeeting.Hold(Guid.NewGuid(), cell, Record(present), Roster, new DateOnly(2020, 6, 2)), "meeting.regular_exists");
        CellMeeting.Hold(Guid.NewGuid(), cell, Record(present, MeetingKind.Extraordinary), Roster, new DateOnly(2020, 6, 2)).Kind.ShouldBe(MeetingKind.Extraordinary);
    }

    [Fact]
    public void A_document_is_disseminated_on_or_after_its_issue_day()
    {
        var present = new[] { (a, AttendanceStatus.Present), (b, AttendanceStatus.Present) };
        CellMeeting.Hold(Guid.NewGuid(), cell, Record(present, documents: new DisseminatedDocument(Guid.NewGuid(), "1-NQ", Day)), Roster, null).Documents.Count.ShouldBe(1);
        Breaks(() => CellMeeting.Hold(Guid.NewGuid(), cell, Record(present, documents: new DisseminatedDocument(Guid.NewGuid(), "1-NQ", Day.AddDays(1))), Roster, null), "meeting.document_after_meeting");
    }

    [Fact]
    public void Only_cells_meet()
    {
        Breaks(() => CellMeeting.Hold(Guid.NewGuid(), committee, Record([(a, AttendanceStatus.Present), (b, AttendanceStatus.Present)]), Roster, null), "meeting.not_a_cell");
    }

    // ---- Coverage: 100% means every expected member -------------------------------------------------------------

    [Theory]
    [InlineData(99, 100, 99.0, false)]
    [InlineData(100, 100, 100.0, true)]
    [InlineData(199, 200, 99.5, false)]
    [InlineData(1999, 2000, 99.9, false)]
    [InlineData(0, 0, 100.0, true)]
    public void Coverage_is_complete_only_at_100_percent_and_never_rounds_up_to_it(int received, int expected, double percent, bool complete)
    {
        var members = Enumerable.Range(0, expected).Select(_ => Guid.NewGuid()).ToList();
        var coverage = DisseminationCoverage.Of(members, members.Take(received).ToHashSet());

        coverage.Expected.ShouldBe(expected);
        coverage.Received.ShouldBe(received);
        coverage.Percent.ShouldBe((decimal)percent);
        coverage.Complete.ShouldBe(complete);
        coverage.MissingMemberIds.Count.ShouldBe(expected - received);
    }

    [Fact]
    public void Coverage_of_99_96_percent_shows_99_9_not_100()
    {
        DisseminationCoverage.PercentDown(2499, 2500).ShouldBe(99.9m);
    }

    [Fact]
    public void A_catch_up_is_not_before_the_issue_nor_twice()
    {
        var document = PartyDocument.Register(Guid.NewGuid(), committee, "04-NQ/TW", Day, "BCH TW", DocumentKind.Resolution, "Nghị quyết", null);
        Breaks(() => DocumentCatchUp.Record(Guid.NewGuid(), document, a, cell.Id, Day.AddDays(-1), null, null), "document.received_before_issue");
        DocumentCatchUp.Record(Guid.NewGuid(), document, a, cell.Id, Day, null, null).ReceivedOn.ShouldBe(Day);
        Breaks(() => DocumentCatchUp.Record(Guid.NewGuid(), document, a, cell.Id, Day.AddDays(3), null, Day), "document.already_received").Kind.ShouldBe(RuleViolationKind.Conflict);
    }

    // ---- Templates: the one in force on the meeting's date --------------------------------------------------------

    private ReviewTemplate Template(DateOnly from, PartyOrganization? owner = null, params string[] codes) =>
        ReviewTemplate.Create(Guid.NewGuid(), owner ?? committee, $"Mẫu {from}", from, [.. (codes.Length == 0 ? ["TT", "DD"] : codes).Select(c => new CriterionText(c, null, "Tiêu chí " + c, null))], []);

    [Fact]
    public void The_template_in_force_is_the_latest_started_on_or_before_the_day()
    {
        var first = Template(new DateOnly(2020, 1, 1));
        var second = Template(new DateOnly(2020, 7, 1));
        var depth = (Guid _) => 1;

        ReviewTemplate.InForceOn([first, second], new DateOnly(2019, 12, 31), depth).ShouldBeNull();
        ReviewTemplate.InForceOn([first, second], new DateOnly(2020, 1, 1), depth).ShouldBe(first);
        ReviewTemplate.InForceOn([first, second], new DateOnly(2020, 6, 30), depth).ShouldBe(first);
        ReviewTemplate.InForceOn([first, second], new DateOnly(2020, 7, 1), depth).ShouldBe(second);
        ReviewTemplate.InForceOn([first, second], new DateOnly(2020, 7, 2), depth).ShouldBe(second);
    }

    [Fact]
    public void A_template_used_by_reviews_cannot_change_and_a_cell_owns_none()
    {
        var template = Template(new DateOnly(2020, 1, 1));
        Breaks(() => template.Change("Mẫu mới", new DateOnly(2020, 1, 1), [new CriterionText("X", null, "Tiêu chí", null)], [], usedByReviews: true), "review_template.in_use")
            .Kind.ShouldBe(RuleViolationKind.Conflict);
        template.Change("Mẫu mới", new DateOnly(2020, 2, 1), [new CriterionText("X", null, "Tiêu chí", null)], [], usedByReviews: false);
        template.Criteria.ShouldHaveSingleItem().Code.ShouldBe("X");

        Breaks(() => Template(new DateOnly(2020, 1, 1), cell), "review_template.owner_not_committee");
        Breaks(() => ReviewTemplate.Create(Guid.NewGuid(), committee, "Mẫu", new DateOnly(2020, 1, 1), [new CriterionText("A", null, "x", null)], [new DateOnly(2020, 1, 1)]), "review_template.date_taken");
        Breaks(() => ReviewTemplate.Create(Guid.NewGuid(), committee, "Mẫu", new DateOnly(2020, 1, 1), [new CriterionText("A", null, "x", null), new CriterionText("a", null, "y", null)], []), "review_template.criterion_duplicate");
    }

    // ---- Monthly reviews: a member of the cell that day, once a month, against the template ---------------------

    [Fact]
    public void A_reviewed_member_is_counted_in_the_cell_on_the_meeting_date()
    {
        var meeting = CellMeeting.Hold(Guid.NewGuid(), cell, Record([(a, AttendanceStatus.Present), (b, AttendanceStatus.Present)]), Roster, null);
        var template = Template(new DateOnly(2020, 1, 1));

        var review = MonthlyReview.Record(Guid.NewGuid(), meeting, b, Roster, template, EvaluationLevel.Good, null, [new CheckAnswer("tt", true, null)], null);
        review.Year.ShouldBe(2020);
        review.Month.ShouldBe(6);
        review.Checks.ShouldHaveSingleItem().CriterionCode.ShouldBe("TT");

        Breaks(() => MonthlyReview.Record(Guid.NewGuid(), meeting, outsider, Roster, template, EvaluationLevel.Good, null, [], null), "monthly_review.member_not_in_cell");
        Breaks(() => MonthlyReview.Record(Guid.NewGuid(), meeting, a, Roster, template, EvaluationLevel.Good, null, [], cell.Id), "monthly_review.exists");
        Breaks(() => MonthlyReview.Record(Guid.NewGuid(), meeting, a, Roster, null, EvaluationLevel.Good, null, [], null), "monthly_review.no_template");
        Breaks(() => MonthlyReview.Record(Guid.NewGuid(), meeting, a, Roster, template, EvaluationLevel.Good, null, [new CheckAnswer("HCM", true, null)], null), "monthly_review.criterion_unknown");
        Breaks(() => MonthlyReview.Record(Guid.NewGuid(), meeting, a, Roster, template, EvaluationLevel.Good, null, [new CheckAnswer("TT", true, null), new CheckAnswer("TT", false, null)], null), "monthly_review.criterion_duplicate");
    }

    [Fact]
    public void The_meeting_cadence_is_the_statutes_monthly_meeting()
    {
        CellMeetingRuleSet.Statutory.InForceOn(new DateOnly(2011, 1, 18)).Source.Code.ShouldBe("SETTING-BEFORE-DLD-2011-D24");
        CellMeetingRuleSet.Statutory.InForceOn(new DateOnly(2011, 1, 19)).RegularMeetingsPerMonth.ShouldBe(1);
        CellMeetingRuleSet.Statutory.InForceOn(new DateOnly(2020, 6, 5)).Source.Code.ShouldBe("DLD-2011-D24");
    }

    [Fact]
    public void A_model_owner_belongs_to_the_organisation_and_recognition_is_not_before_its_year()
    {
        Breaks(() => EmulationModel.Register(Guid.NewGuid(), cell, 2020, EmulationModelKind.Other, "Mô hình", a, false, "Mục tiêu", null, null), "emulation_model.owner_not_in_organization");
        Breaks(
            () => EmulationModel.Register(Guid.NewGuid(), cell, 2020, EmulationModelKind.Other, "Mô hình", null, true, "Mục tiêu", null, new ModelRecognition(new DateOnly(2019, 12, 31), null, RecognitionLevel.Grassroots)),
            "emulation_model.recognized_before_year");
        EmulationModel.Register(Guid.NewGuid(), cell, 2020, EmulationModelKind.Other, "Mô hình", null, true, "Mục tiêu", null, new ModelRecognition(new DateOnly(2020, 1, 1), "1-QĐ", RecognitionLevel.Grassroots))
            .RecognizedOn.ShouldBe(new DateOnly(2020, 1, 1));
    }
}
