using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Auditing;
using PartyCommittee.Application.Membership.Admissions;
using PartyCommittee.Application.Membership.Admissions.ListDueSteps;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership.Members.Timeline;
using PartyCommittee.Application.Membership;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Admission;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Admission;

/// <summary>The admission workflow over HTTP: the happy path to full membership, each rule refused, scope, roles and ETags.</summary>
public sealed class AdmissionApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly AdmissionApi office = new(factory);

    [Fact]
    public async Task A_candidate_goes_through_every_step_to_full_membership()
    {
        var cell = DemoData.Cell(3);
        var created = await office.CreateAsync(AdmissionApi.Candidate(cell, "Lâm Thị Sô Phia"));
        created.Stage.ShouldBe(AdmissionStage.Preparing);
        created.StageLabel.Vi.ShouldNotBeNullOrWhiteSpace();
        created.EthnicityLabel!.En.ShouldBe("Khmer");
        created.NextStep!.Step.ShouldBe(AdmissionStep.Course);
        created.NextStep.DueDate.ShouldBeNull();

        var admission = await office.CourseAsync(await office.CreateAsync(AdmissionApi.Candidate(cell, "Danh Thị Mỹ Linh")));
        var first = await factory.AddMemberAsync(cell, "Trần Văn Hùng", admittedOn: new DateOnly(2015, 3, 10));
        var second = await factory.AddMemberAsync(cell, "Kim Thị Sa Ry", admittedOn: new DateOnly(2011, 6, 1));
        admission = await office.SponsorAsync(admission, first);
        admission = await office.SponsorAsync(admission, second);
        admission.Sponsors.Count.ShouldBe(2);
        admission.Sponsors.Select(s => s.MemberName).ShouldBe(["Trần Văn Hùng", "Kim Thị Sa Ry"], ignoreOrder: true);
        admission.Sponsors.ShouldAllBe(s => s.RuleSet!.Code == "QD24-2021" && s.Kind == SponsorKind.FullMember);

        admission = await office.ResolveAsync(admission, "2023-01-09");
        admission.Stage.ShouldBe(AdmissionStage.CellResolved);
        admission.EligibilityRuleSet!.Code.ShouldBe("QD24-2021");
        admission.EligibilityRuleSet.EffectiveFrom.ShouldBe(new DateOnly(2021, 7, 30));
        admission.NextStep!.Step.ShouldBe(AdmissionStep.CommitteeDecision);
        admission.NextStep.DueDate.ShouldBe(new DateOnly(2023, 4, 10)); // 60 working days after Monday 2023-01-09 (Tết: 23-27 January off)
        admission.NextStep.Overdue.ShouldBeTrue();
        admission.NextStep.WorkingDaysLeft!.Value.ShouldBeLessThan(0);

        admission = await office.DecideAsync(admission, "2023-03-13");
        admission.Stage.ShouldBe(AdmissionStage.Decided);

        admission = await office.CeremonyAsync(admission, "2023-03-31");
        admission.Stage.ShouldBe(AdmissionStage.OnProbation);
        var memberId = admission.MemberId!.Value;
        var probationary = await factory.WithDbAsync(db => db.Members.AsNoTracking().Include(m => m.StatusHistory).SingleAsync(m => m.Id == memberId));
        probationary.Status.ShouldBe(MemberStatus.Probationary);
        probationary.OrganizationId.ShouldBe(cell);
        probationary.FullName.ShouldBe("Danh Thị Mỹ Linh");
        probationary.AdmissionDecisionDate.ShouldBe(new DateOnly(2023, 3, 13));
        probationary.AdmissionDecisionNumber.ShouldBe("245-QĐ/ĐU");
        probationary.CeremonyDate.ShouldBe(new DateOnly(2023, 3, 31));
        probationary.StatusHistory.ShouldHaveSingleItem().StartsOn.ShouldBe(new DateOnly(2023, 3, 31));
        admission.NextStep!.Step.ShouldBe(AdmissionStep.RecognitionResolution);
        admission.NextStep.AvailableFrom.ShouldBe(new DateOnly(2024, 3, 31));
        admission.NextStep.DueDate.ShouldBe(new DateOnly(2024, 5, 15)); // 30 working days after Sunday 2024-03-31 (18/4, 30/4, 1/5 off)

        admission = await office.VoteAsync(admission, "2024-04-01");
        admission.RecognitionResolutionOn.ShouldBe(new DateOnly(2024, 4, 1));
        admission.Votes.ShouldHaveSingleItem().Adopted.ShouldBeTrue();
        admission.NextStep!.Step.ShouldBe(AdmissionStep.FullMembership);
        admission = await office.RecognizeAsync(admission, "2024-04-02");
        admission.Stage.ShouldBe(AdmissionStage.Recognized);
        admission.NextStep.ShouldBeNull();
        admission.FullMembershipOn.ShouldBe(new DateOnly(2024, 3, 31));
        var full = await factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId));
        full.Status.ShouldBe(MemberStatus.Full);
        full.FullMembershipDate.ShouldBe(new DateOnly(2024, 3, 31)); // the end of the probation, not the decision

        var fetched = await office.GetAsync(admission.Id);
        fetched.Version.ShouldBe(admission.Version);
        fetched.Steps.Select(s => s.Step).ShouldBe(
            [AdmissionStep.Course, AdmissionStep.Sponsor, AdmissionStep.Sponsor, AdmissionStep.CellResolution, AdmissionStep.CommitteeDecision, AdmissionStep.Ceremony,
                AdmissionStep.RecognitionResolution, AdmissionStep.FullMembership]);
        fetched.Steps.ShouldAllBe(s => s.RuleSet != null && s.StepLabel.En != null);
        fetched.Steps.Single(s => s.Step == AdmissionStep.Course).RuleSet!.Code.ShouldBe("QD24-2021");
        fetched.Steps.Single(s => s.Step == AdmissionStep.FullMembership).DocumentNumber.ShouldBe("310-QĐ/ĐU");

        await using var scope = factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IMemberTimelineSource>().OfType<AdmissionTimelineSource>().Single();
        var events = await source.GetEventsAsync(memberId, CancellationToken.None);
        events.Select(e => e.Kind).ShouldBe(
            ["admission.course", "admission.sponsor", "admission.sponsor", "admission.cell_resolution", "admission.committee_decision", "admission.ceremony",
                "admission.recognition_resolution", "admission.full_membership"]);
        events.ShouldAllBe(e => e.Source == "admission" && !string.IsNullOrWhiteSpace(e.Title));
        events.Single(e => e.Kind == "admission.cell_resolution").DocumentNumber.ShouldBe("12-NQ/CB");
        events.Single(e => e.Kind == "admission.ceremony").Date.ShouldBe(new DateOnly(2023, 3, 31));
        events.Where(e => e.Kind == "admission.sponsor").Select(e => e.Title).ShouldContain(t => t.Contains("Trần Văn Hùng"));
    }

    [Fact]
    public async Task Get_returns_an_etag_and_the_list_filters_by_cell_stage_and_name_without_accents()
    {
        var admission = await office.CreateAsync(AdmissionApi.Candidate(DemoData.Cell(6), "Nguyễn Thị Ánh Tuyết"));

        var response = await office.Client.GetAsync($"{AdmissionApi.Url}/{admission.Id}");
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var again = new HttpRequestMessage(HttpMethod.Get, $"{AdmissionApi.Url}/{admission.Id}");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        (await office.Client.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        var list = await office.Client.GetFromJsonAsync<PagedList<AdmissionSummaryDto>>(
            $"{AdmissionApi.Url}?organizationId={DemoData.Cell(6)}&stage=PREPARING&search=anh%20tuyet", HttpExtensions.Json);
        list!.Items.ShouldHaveSingleItem().Id.ShouldBe(admission.Id);
        list.Items[0].StageLabel.En.ShouldNotBeNullOrWhiteSpace();

        var otherCell = await office.Client.GetFromJsonAsync<PagedList<AdmissionSummaryDto>>(
            $"{AdmissionApi.Url}?organizationId={DemoData.Cell(5)}&search=anh%20tuyet", HttpExtensions.Json);
        otherCell!.Items.ShouldBeEmpty();

        var badStage = await office.Client.GetAsync($"{AdmissionApi.Url}?stage=ADMITTED");
        await badStage.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task The_candidate_can_be_corrected_before_the_resolution_only()
    {
        var admission = await office.PreparedAsync(factory, DemoData.Cell(2));

        var put = await office.Cell(admission.OrganizationId).PutJsonAsync(
            $"{AdmissionApi.Url}/{admission.Id}",
            new { fullName = "Lâm Thị Sô Phi A", sex = "FEMALE", dateOfBirth = "1986-08-21", ethnicityCode = "05", generalEducation = "UPPER_SECONDARY", isYouthUnionMember = true },
            $"\"{admission.Version}\"");
        var updated = await put.ReadAsync<AdmissionDto>();
        updated.FullName.ShouldBe("Lâm Thị Sô Phi A");
        updated.IsYouthUnionMember.ShouldBeTrue();

        var resolved = await office.ResolveAsync(updated);
        var locked = await office.Cell(resolved.OrganizationId).PutJsonAsync(
            $"{AdmissionApi.Url}/{resolved.Id}",
            new { fullName = "Lâm Thị B", sex = "FEMALE", dateOfBirth = "1996-08-21", ethnicityCode = "05", generalEducation = "UPPER_SECONDARY", isYouthUnionMember = true },
            $"\"{resolved.Version}\"");
        await locked.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.candidate_locked");
    }

    [Fact]
    public async Task Steps_out_of_order_and_dates_before_the_previous_step_are_refused()
    {
        var admission = await office.CreateAsync(AdmissionApi.Candidate(DemoData.Cell(2)));
        var sponsor = await factory.AddMemberAsync(DemoData.Cell(2), "Lý Văn Định", admittedOn: new DateOnly(2014, 1, 1));

        var early = await office.PostStepAsync(admission, "sponsors", new { kind = "FULL_MEMBER", memberId = sponsor, workedTogetherSince = "2020-01-01", assignedOn = "2022-12-01" });
        await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.step_out_of_order");

        var decision = await office.PostStepAsync(admission, "committee-decision", new { decidedOn = "2023-03-13", number = "1-QĐ" });
        var problem = await decision.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.step_out_of_order");
        problem.GetProperty("detail").GetString()!.ShouldContain("COMMITTEE_DECISION");

        var noCourse = await office.PostStepAsync(admission, "cell-resolution", new { resolvedOn = "2023-01-09", number = "1-NQ" });
        await noCourse.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.course_required");

        admission = await office.CourseAsync(admission, "2022-11-15");
        var before = await office.PostStepAsync(admission, "sponsors", new { kind = "FULL_MEMBER", memberId = sponsor, workedTogetherSince = "2020-01-01", assignedOn = "2022-11-14" });
        var beforeProblem = await before.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.date_before_previous_step");
        beforeProblem.GetProperty("detail").GetString()!.ShouldContain("2022-11-15");

        var oneSponsor = await office.SponsorAsync(admission, sponsor);
        var incomplete = await office.PostStepAsync(oneSponsor, "cell-resolution", new { resolvedOn = "2023-01-09", number = "1-NQ" });
        await incomplete.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.sponsors_required");

        // "Not in the future" is the one rule of event dates (EventDates), checked by the validator: 400 with the field named.
        var future = await office.PostStepAsync(oneSponsor, "close", new { closedOn = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"), reason = "Rút hồ sơ" });
        var futureProblem = await future.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        futureProblem.GetProperty("errorDetails").EnumerateArray()
            .Select(e => (e.GetProperty("field").GetString(), e.GetProperty("code").GetString()))
            .ShouldContain(("closedOn", "date.in_future"));
    }

    [Fact]
    public async Task Age_and_education_are_checked_at_the_resolution()
    {
        // 18 years on 2023-01-10: the resolution of 2023-01-09 is one day early.
        var young = await office.PreparedAsync(factory, DemoData.Cell(4), AdmissionApi.Candidate(DemoData.Cell(4), "Thạch Thị Bé", dateOfBirth: "2005-01-10"));
        var tooYoung = await office.PostStepAsync(young, "cell-resolution", new { resolvedOn = "2023-01-09", number = "3-NQ/CB" });
        var problem = await tooYoung.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.age_out_of_range");
        problem.GetProperty("detail").GetString()!.ShouldContain("215");
        (await office.ResolveAsync(young, "2023-01-10")).EligibilityRuleSet!.Code.ShouldBe("QD24-2021");

        var primary = await office.PreparedAsync(factory, DemoData.Cell(4), AdmissionApi.Candidate(DemoData.Cell(4), "Sơn Văn Út", generalEducation: "PRIMARY"));
        var uneducated = await office.PostStepAsync(primary, "cell-resolution", new { resolvedOn = "2023-01-09", number = "4-NQ/CB" });
        await uneducated.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.education_insufficient");
    }

    [Fact]
    public async Task The_rule_set_is_chosen_by_the_resolution_date()
    {
        var admission = await office.PreparedAsync(factory, DemoData.Cell(4), AdmissionApi.Candidate(DemoData.Cell(4), "Huỳnh Văn Lợi"), courseOn: "2021-05-03", sponsorsOn: "2021-06-01");

        var resolved = await office.ResolveAsync(admission, "2021-07-29");

        resolved.EligibilityRuleSet!.Code.ShouldBe("QD29-2016");
        resolved.Steps.Single(s => s.Step == AdmissionStep.CellResolution).RuleSet!.Source.ShouldContain("29-QĐ/TW");
    }

    [Fact]
    public async Task Sponsor_rules_are_refused_with_their_codes()
    {
        var cell = DemoData.Cell(5);
        var admission = await office.CourseAsync(await office.CreateAsync(AdmissionApi.Candidate(cell, "Châu Thị Ngọc")));
        var probationary = await factory.AddMemberAsync(cell, "Đỗ Văn Mới", MemberStatus.Probationary, new DateOnly(2022, 6, 1));
        var full = await factory.AddMemberAsync(cell, "Tăng Thị Lành", admittedOn: new DateOnly(2015, 1, 5));

        var notFull = await office.PostStepAsync(admission, "sponsors", new { kind = "FULL_MEMBER", memberId = probationary, workedTogetherSince = "2020-01-01", assignedOn = "2022-12-01" });
        await notFull.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.sponsor_not_full_member");

        var tooShort = await office.PostStepAsync(admission, "sponsors", new { kind = "FULL_MEMBER", memberId = full, workedTogetherSince = "2022-01-02", assignedOn = "2022-12-01" });
        var shortProblem = await tooShort.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.sponsor_not_long_enough");
        shortProblem.GetProperty("detail").GetString()!.ShouldContain("12");

        var youth = await office.PostStepAsync(admission, "sponsors", new { kind = "YOUTH_UNION_EXECUTIVE", assignedOn = "2022-12-01" });
        await youth.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.youth_sponsor_not_allowed");

        admission = await office.SponsorAsync(admission, full);
        var duplicate = await office.PostStepAsync(admission, "sponsors", new { kind = "FULL_MEMBER", memberId = full, workedTogetherSince = "2020-01-01", assignedOn = "2022-12-02" });
        await duplicate.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.sponsor_duplicate");

        var unknown = await office.PostStepAsync(admission, "sponsors", new { kind = "FULL_MEMBER", memberId = Guid.NewGuid(), workedTogetherSince = "2020-01-01", assignedOn = "2022-12-02" });
        await unknown.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.sponsor_member_not_found");

        var missingMember = await office.PostStepAsync(admission, "sponsors", new { kind = "FULL_MEMBER", assignedOn = "2022-12-02" });
        await missingMember.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        // Withdraw the sponsor: the version moves on, and the sponsor list is empty again.
        var sponsorId = admission.Sponsors.Single().Id;
        var withdrawn = await office.StepAsync(admission, $"sponsors/{sponsorId}/remove", new { });
        withdrawn.Sponsors.ShouldBeEmpty();
        var again = await office.PostStepAsync(withdrawn, $"sponsors/{sponsorId}/remove", new { });
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound, "admission.sponsor_not_found");
    }

    [Fact]
    public async Task A_youth_union_member_is_sponsored_by_the_youth_union_and_one_full_member()
    {
        var cell = DemoData.Cell(5);
        var candidate = AdmissionApi.Candidate(cell, "Kiên Thị Mai", dateOfBirth: "2000-02-02", youthUnion: true);
        var admission = await office.CourseAsync(await office.CreateAsync(candidate));
        var full = await factory.AddMemberAsync(cell, "Trịnh Văn Tâm", admittedOn: new DateOnly(2013, 1, 5));

        admission = await office.StepAsync(admission, "sponsors", new { kind = "YOUTH_UNION_EXECUTIVE", assignedOn = "2022-12-01" });
        admission = await office.SponsorAsync(admission, full);
        var third = await factory.AddMemberAsync(cell, "Trịnh Thị Thu", admittedOn: new DateOnly(2013, 1, 5));
        var tooMany = await office.PostStepAsync(admission, "sponsors", new { kind = "FULL_MEMBER", memberId = third, workedTogetherSince = "2020-01-01", assignedOn = "2022-12-02" });
        await tooMany.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.too_many_sponsors");

        admission = await office.ResolveAsync(admission);
        admission.Sponsors.Select(s => s.Kind).ShouldBe([SponsorKind.YouthUnionExecutive, SponsorKind.FullMember], ignoreOrder: true);
        admission.Sponsors.Single(s => s.Kind == SponsorKind.YouthUnionExecutive).KindLabel.Vi.ShouldContain("Đoàn");
    }

    [Fact]
    public async Task Late_steps_are_recorded_with_their_working_days_late_not_refused()
    {
        var cell = DemoData.Cell(7);
        var admission = await office.ResolveAsync(await office.PreparedAsync(factory, cell, AdmissionApi.Candidate(cell, "Ngô Văn Hậu")), "2023-01-09");

        // The day after the 60th working day (the due date the case reports) is one working day late.
        var decisionDue = admission.NextStep!.DueDate!.Value;
        admission = await office.DecideAsync(admission, WireFormat.Date(decisionDue.AddDays(1)));
        admission.Stage.ShouldBe(AdmissionStage.Decided);
        var decision = admission.Steps.Single(s => s.Step == AdmissionStep.CommitteeDecision);
        decision.WorkingDaysLate.ShouldBe(1);
        decision.Late.ShouldBeTrue();

        var ceremonyDue = admission.NextStep!.DueDate!.Value;
        admission.NextStep.PeriodStartsOn.ShouldBe(decisionDue.AddDays(1));
        admission = await office.CeremonyAsync(admission, WireFormat.Date(ceremonyDue.AddDays(1)));
        admission.Stage.ShouldBe(AdmissionStage.OnProbation);
        admission.Steps.Single(s => s.Step == AdmissionStep.Ceremony).WorkingDaysLate.ShouldBe(1);
        (await factory.WithDbAsync(db => db.Members.CountAsync(m => m.FullName == "Ngô Văn Hậu"))).ShouldBe(1);

        var probationEnds = ceremonyDue.AddDays(1).AddMonths(12);
        var early = await office.PostStepAsync(admission, "recognition-votes", new { heldOn = WireFormat.Date(probationEnds.AddDays(-1)), inFavour = 9, entitled = 9 });
        var earlyProblem = await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.probation_not_complete");
        earlyProblem.GetProperty("detail").GetString()!.ShouldContain(WireFormat.Date(probationEnds));

        var noResolution = await office.PostStepAsync(admission, "full-membership", new { recognizedOn = WireFormat.Date(probationEnds.AddDays(2)), number = "1-QĐ" });
        await noResolution.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.recognition_resolution_required");

        // The cell and the committee both act late (two months each): the member is still full from the end of the probation.
        admission = await office.VoteAsync(admission, WireFormat.Date(probationEnds.AddMonths(3)));
        admission.Steps.Single(s => s.Step == AdmissionStep.RecognitionResolution).WorkingDaysLate!.Value.ShouldBeGreaterThan(0);
        admission = await office.RecognizeAsync(admission, WireFormat.Date(probationEnds.AddMonths(6)));
        admission.Steps.Single(s => s.Step == AdmissionStep.FullMembership).WorkingDaysLate!.Value.ShouldBeGreaterThan(0);
        admission.FullMembershipOn.ShouldBe(probationEnds);
        var member = await factory.WithDbAsync(db => db.Members.AsNoTracking().Include(m => m.StatusHistory).SingleAsync(m => m.Id == admission.MemberId));
        member.Status.ShouldBe(MemberStatus.Full);
        member.FullMembershipDate.ShouldBe(probationEnds);
        member.StatusOn(probationEnds).ShouldBe(MemberStatus.Full);
        member.StatusOn(probationEnds.AddDays(-1)).ShouldBe(MemberStatus.Probationary);
    }

    [Fact]
    public async Task The_ceremony_counts_from_the_receipt_and_the_decision_period_can_be_extended()
    {
        var cell = DemoData.Cell(6);
        var admission = await office.ResolveAsync(await office.PreparedAsync(factory, cell, AdmissionApi.Candidate(cell, "Tăng Thị Mai")), "2023-01-09");

        var tooLong = await office.PostStepAsync(admission, "decision-extension", new { extendedOn = "2023-03-20", workingDays = 31, reason = "Chờ thẩm tra lý lịch" });
        (await tooLong.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.extension_too_long")).GetProperty("detail").GetString()!.ShouldContain("QD24-2021");

        admission = await office.StepAsync(admission, "decision-extension", new { extendedOn = "2023-03-20", workingDays = 30, number = "15-CV/ĐU", reason = "Chờ thẩm tra lý lịch" });
        admission.DecisionExtension!.WorkingDays.ShouldBe(30);
        var extendedDue = admission.NextStep!.DueDate!.Value;
        extendedDue.ShouldBeGreaterThan(new DateOnly(2023, 5, 10)); // 90 working days after 2023-01-09, not 60
        var again = await office.PostStepAsync(admission, "decision-extension", new { extendedOn = "2023-03-21", workingDays = 5, reason = "Lần hai" });
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "admission.extension_exists");

        admission = await office.StepAsync(
            admission, "committee-decision", new { decidedOn = WireFormat.Date(extendedDue), number = "245-QĐ/ĐU", receivedOn = WireFormat.Date(extendedDue.AddDays(7)) });
        admission.Steps.Single(s => s.Step == AdmissionStep.CommitteeDecision).WorkingDaysLate.ShouldBe(0);
        admission.CommitteeDecisionReceivedOn.ShouldBe(extendedDue.AddDays(7));
        admission.NextStep!.PeriodStartsOn.ShouldBe(extendedDue.AddDays(7)); // the ceremony counts from the receipt
        var ceremonyDue = admission.NextStep.DueDate!.Value;

        admission = await office.CeremonyAsync(admission, WireFormat.Date(ceremonyDue));
        admission.Steps.Single(s => s.Step == AdmissionStep.Ceremony).WorkingDaysLate.ShouldBe(0);
    }

    [Fact]
    public async Task After_three_votes_without_two_thirds_the_superior_committee_decides()
    {
        var cell = DemoData.Cell(5);
        var admission = await office.ResolveAsync(await office.PreparedAsync(factory, cell, AdmissionApi.Candidate(cell, "Lý Thị Kim Thoa")), "2023-01-09");
        admission = await office.CeremonyAsync(await office.DecideAsync(admission), "2023-03-31");

        admission = await office.VoteAsync(admission, "2024-04-01", 5, 9);
        admission = await office.VoteAsync(admission, "2024-04-15", 5, 9);
        admission.EscalatedOn.ShouldBeNull();
        admission.NextStep!.Step.ShouldBe(AdmissionStep.RecognitionResolution);
        admission = await office.VoteAsync(admission, "2024-04-29", 4, 9);
        admission.EscalatedOn.ShouldBe(new DateOnly(2024, 4, 29));
        admission.Votes.Count.ShouldBe(3);
        admission.Votes.ShouldAllBe(v => !v.Adopted && v.RuleSetCode == "QD24-2021");
        admission.NextStep!.Step.ShouldBe(AdmissionStep.FullMembership);
        admission.Steps.ShouldContain(s => s.Step == AdmissionStep.Escalation);

        var fourth = await office.PostStepAsync(admission, "recognition-votes", new { heldOn = "2024-05-06", inFavour = 9, entitled = 9 });
        await fourth.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.step_out_of_order");

        admission = await office.RecognizeAsync(admission, "2024-05-13");
        admission.Stage.ShouldBe(AdmissionStage.Recognized);
        admission.FullMembershipOn.ShouldBe(new DateOnly(2024, 3, 31));
    }

    [Fact]
    public async Task A_youth_union_member_of_youth_age_needs_the_youth_unions_collective_and_a_replaced_sponsor_is_kept()
    {
        var cell = DemoData.Cell(4);
        var youth = await office.PreparedAsync(factory, cell, AdmissionApi.Candidate(cell, "Kiên Thị Ngọc", dateOfBirth: "2000-02-02", youthUnion: true));
        var refused = await office.PostStepAsync(youth, "cell-resolution", new { resolvedOn = "2023-01-09", number = "1-NQ" });
        (await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.youth_sponsor_required")).GetProperty("detail").GetString()!.ShouldContain("QD24-2021");

        // The demo committee leads a youth union: the trade union may not sponsor.
        var other = await office.CourseAsync(await office.CreateAsync(AdmissionApi.Candidate(cell, "Kiên Văn Tú", dateOfBirth: "2000-02-02")));
        var tradeUnion = await office.PostStepAsync(other, "sponsors", new { kind = "TRADE_UNION_EXECUTIVE", assignedOn = "2022-12-01" });
        await tradeUnion.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.trade_union_sponsor_not_allowed");

        var admission = await office.PreparedAsync(factory, cell, AdmissionApi.Candidate(cell, "Thạch Thị Huỳnh"));
        var leaving = admission.Sponsors[0];
        var replacement = await factory.AddMemberAsync(cell, "Lâm Văn Phước", admittedOn: new DateOnly(2015, 6, 1));
        admission = await office.StepAsync(
            admission,
            $"sponsors/{leaving.Id}/replace",
            new { reason = "TRANSFERRED", kind = "FULL_MEMBER", memberId = replacement, workedTogetherSince = "2019-01-01", replacedOn = "2022-12-20" });
        admission.Sponsors.Count.ShouldBe(3);
        var replaced = admission.Sponsors.Single(s => s.Id == leaving.Id);
        replaced.ReplacedOn.ShouldBe(new DateOnly(2022, 12, 20));
        replaced.ReplacementReason.ShouldBe(SponsorReplacementReason.Transferred);
        admission.Sponsors.Single(s => s.ReplacesSponsorId == leaving.Id).MemberName.ShouldBe("Lâm Văn Phước");

        admission = await office.ResolveAsync(admission, "2023-01-09");
        admission.Stage.ShouldBe(AdmissionStage.CellResolved);
        admission.Steps.ShouldContain(s => s.Step == AdmissionStep.SponsorReplacement);
    }

    [Fact]
    public async Task The_due_list_shows_an_overdue_ceremony_with_its_working_days()
    {
        var cell = DemoData.Cell(1);
        var admission = await office.ResolveAsync(await office.PreparedAsync(factory, cell, AdmissionApi.Candidate(cell, "Phan Thị Diễm")), "2024-01-08");
        admission = await office.DecideAsync(admission, "2024-02-05");

        var due = await office.Client.GetFromJsonAsync<PagedList<AdmissionDueStepDto>>(
            $"{AdmissionApi.Url}/due?organizationId={cell}&pageSize=100", HttpExtensions.Json);
        var item = due!.Items.Single(i => i.AdmissionId == admission.Id);
        item.Step.ShouldBe(AdmissionStep.Ceremony);
        item.StepLabel.Vi.ShouldBe("Lễ kết nạp đảng viên");
        item.DueDate.ShouldBe(new DateOnly(2024, 3, 25)); // 30 working days after Monday 2024-02-05 (Tết: 9 and 12-15 February off)
        item.Overdue.ShouldBeTrue();
        item.WorkingDaysLeft.ShouldBeLessThan(-100);
        item.RuleSet.Code.ShouldBe("QD24-2021");
        item.WorkingDaysLate.ShouldBe(-item.WorkingDaysLeft);
        due.Items.Select(i => i.DueDate).ShouldBeInOrder();

        var onTheDay = await office.Client.GetFromJsonAsync<PagedList<AdmissionDueStepDto>>(
            $"{AdmissionApi.Url}/due?organizationId={cell}&asOf=2024-03-25&pageSize=100", HttpExtensions.Json);
        var exact = onTheDay!.Items.Single(i => i.AdmissionId == admission.Id);
        exact.WorkingDaysLeft.ShouldBe(0);
        exact.Overdue.ShouldBeFalse();
        exact.WorkingDaysLate.ShouldBe(0);

        var dayAfter = await office.Client.GetFromJsonAsync<PagedList<AdmissionDueStepDto>>(
            $"{AdmissionApi.Url}/due?organizationId={cell}&asOf=2024-03-26&pageSize=100", HttpExtensions.Json);
        dayAfter!.Items.Single(i => i.AdmissionId == admission.Id).WorkingDaysLeft.ShouldBe(-1);
        dayAfter.Items.Single(i => i.AdmissionId == admission.Id).WorkingDaysLate.ShouldBe(1);

        var fetched = await office.GetAsync(admission.Id);
        fetched.NextStep!.Overdue.ShouldBeTrue();
        fetched.NextStep.DueDate.ShouldBe(new DateOnly(2024, 3, 25));
    }

    [Fact]
    public async Task A_step_without_if_match_is_428_and_with_a_stale_etag_412()
    {
        var admission = await office.CreateAsync(AdmissionApi.Candidate(DemoData.Cell(2), "Mai Văn Lực"));

        var secretary = office.Cell(admission.OrganizationId);
        var missing = await secretary.PostJsonAsync($"{AdmissionApi.Url}/{admission.Id}/course", new { completedOn = "2022-11-15", certificateNumber = "1" });
        await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "concurrency.if_match_required");

        var updated = await office.CourseAsync(admission);
        var stale = await secretary.PostJsonAsync($"{AdmissionApi.Url}/{admission.Id}/course", new { completedOn = "2022-11-16", certificateNumber = "2" }, "\"1\"");
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale_etag");

        (await office.GetAsync(admission.Id)).CourseCertificateNumber.ShouldBe(updated.CourseCertificateNumber);
    }

    [Fact]
    public async Task A_viewer_cannot_write_and_a_cell_secretary_works_only_in_the_own_cell()
    {
        var admission = await office.CreateAsync(AdmissionApi.Candidate(DemoData.Cell(3), "Hà Thị Xuân"));

        var viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);
        (await viewer.GetAsync($"{AdmissionApi.Url}/{admission.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var write = await viewer.PostAsJsonAsync(AdmissionApi.Url, AdmissionApi.Candidate(DemoData.Cell(3)), HttpExtensions.Json);
        await write.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        var step = await viewer.PostJsonAsync($"{AdmissionApi.Url}/{admission.Id}/course", new { completedOn = "2022-11-15", certificateNumber = "1" }, "\"1\"");
        await step.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        var otherSecretary = new AdmissionApi(_ => factory.ClientAs("CellSecretary", DemoData.Cell(2)), factory.ClientAs("CellSecretary", DemoData.Cell(2)));
        await (await otherSecretary.Client.GetAsync($"{AdmissionApi.Url}/{admission.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "admission.not_found");
        await (await otherSecretary.PostStepAsync(admission, "course", new { completedOn = "2022-11-15", certificateNumber = "1" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "admission.not_found");
        var elsewhere = await otherSecretary.Client.PostAsJsonAsync(AdmissionApi.Url, AdmissionApi.Candidate(DemoData.Cell(3)), HttpExtensions.Json);
        await elsewhere.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.organization_not_found");
        var list = await otherSecretary.Client.GetFromJsonAsync<PagedList<AdmissionSummaryDto>>($"{AdmissionApi.Url}?pageSize=100", HttpExtensions.Json);
        list!.Items.ShouldNotContain(i => i.Id == admission.Id);
        await (await otherSecretary.Client.GetAsync($"{AdmissionApi.Url}?organizationId={DemoData.Cell(3)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "organization.not_found");

        var ownSecretary = new AdmissionApi(_ => factory.ClientAs("CellSecretary", DemoData.Cell(3)), factory.ClientAs("CellSecretary", DemoData.Cell(3)));
        (await ownSecretary.CourseAsync(admission)).CourseCompletedOn.ShouldBe(new DateOnly(2022, 11, 15));
    }

    [Fact]
    public async Task Each_step_is_recorded_by_whoever_takes_it_and_a_cell_secretary_cannot_admit_a_member()
    {
        var cell = DemoData.Cell(4);
        var secretary = factory.ClientAs("CellSecretary", cell);
        var committeeOffice = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var onlySecretary = new AdmissionApi(_ => secretary, secretary);
        var onlyOffice = new AdmissionApi(_ => committeeOffice, committeeOffice);

        // The committee's office does not open a case nor record the cell's steps.
        await (await committeeOffice.PostAsJsonAsync(AdmissionApi.Url, AdmissionApi.Candidate(cell), HttpExtensions.Json))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        var admission = await office.ResolveAsync(await office.PreparedAsync(factory, cell, AdmissionApi.Candidate(cell, "Sơn Thị Chanh Đa")), "2024-01-08");
        foreach (var (step, body) in new (string, object)[]
        {
            ("course", new { completedOn = "2022-11-15", certificateNumber = "1" }),
            ("sponsors", new { kind = "YOUTH_UNION_EXECUTIVE", assignedOn = "2022-12-01" }),
            ("cell-resolution", new { resolvedOn = "2024-01-08", number = "1-NQ" }),
            ("ceremony", new { heldOn = "2024-02-20" }),
        })
        {
            await (await onlyOffice.PostStepAsync(admission, step, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        }

        // The cell's secretary does not record the committee's decisions: no member can come out of the cell alone.
        foreach (var (step, body) in new (string, object)[]
        {
            ("committee-decision", new { decidedOn = "2024-02-05", number = "1-QĐ" }),
            ("full-membership", new { recognizedOn = "2025-02-21", number = "2-QĐ" }),
            ("name-removal", new { removedOn = "2024-06-01", number = "3-QĐ", reason = "Không đủ tư cách" }),
            ("close", new { closedOn = "2024-02-05", reason = "Không kết nạp" }),
        })
        {
            await (await onlySecretary.PostStepAsync(admission, step, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        }

        (await factory.WithDbAsync(db => db.AdmissionCases.AsNoTracking().SingleAsync(a => a.Id == admission.Id))).Stage.ShouldBe(AdmissionStage.CellResolved);

        // Each in turn: the committee decides, the cell holds the ceremony (which records the probationary member).
        admission = await onlyOffice.DecideAsync(admission, "2024-02-05");
        admission = await onlySecretary.CeremonyAsync(admission, "2024-02-20");
        admission.Stage.ShouldBe(AdmissionStage.OnProbation);
    }

    [Fact]
    public async Task The_candidates_date_of_birth_is_masked_as_in_member_records_and_unmasked_reads_are_audited()
    {
        var cell = DemoData.Cell(5);
        var admission = await office.CreateAsync(AdmissionApi.Candidate(cell, "Thạch Thị Sa Quênh", dateOfBirth: "1997-04-12"));

        foreach (var (role, scope) in new[] { ("Viewer", DemoData.CommitteeId), ("CellSecretary", cell) })
        {
            var client = factory.ClientAs(role, scope);
            var masked = await client.GetFromJsonAsync<AdmissionDto>($"{AdmissionApi.Url}/{admission.Id}", HttpExtensions.Json);
            masked!.DateOfBirth.ShouldBeNull(role);
            masked.BirthYear.ShouldBe(1997);
            masked.PersonalDataMasked.ShouldBeTrue();
            var row = (await client.GetFromJsonAsync<PagedList<AdmissionSummaryDto>>($"{AdmissionApi.Url}?organizationId={cell}&pageSize=100", HttpExtensions.Json))!
                .Items.Single(i => i.Id == admission.Id);
            row.DateOfBirth.ShouldBeNull(role);
            row.BirthYear.ShouldBe(1997);
            row.PersonalDataMasked.ShouldBeTrue();
        }

        // Also the answer to the cell's own step.
        (await office.CourseAsync(admission)).DateOfBirth.ShouldBeNull();

        var readsBefore = await ReadAuditsAsync(admission.Id);
        var unmasked = await factory.ClientAs("InspectionCommission", DemoData.CommitteeId, subject: "ubkt-admission")
            .GetFromJsonAsync<AdmissionDto>($"{AdmissionApi.Url}/{admission.Id}", HttpExtensions.Json);
        unmasked!.DateOfBirth.ShouldBe(new DateOnly(1997, 4, 12));
        unmasked.PersonalDataMasked.ShouldBeFalse();
        (await ReadAuditsAsync(admission.Id)).ShouldBe(readsBefore + 1);
    }

    [Fact]
    public async Task A_case_is_created_only_in_a_cell()
    {
        var response = await factory.ClientAs("Admin", null).PostAsJsonAsync(AdmissionApi.Url, AdmissionApi.Candidate(DemoData.CommitteeId), HttpExtensions.Json);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.organization_not_a_cell");
    }

    private Task<int> ReadAuditsAsync(Guid admissionId) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "Read" && e.EntityKey == admissionId.ToString()));
}
