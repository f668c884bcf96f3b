using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Domain.Tests.Indicators;

/// <summary>A resolution's years, targets and tasks.</summary>
public class ResolutionTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Resolution Programme() =>
        new(Guid.NewGuid(), Guid.NewGuid(), ResolutionKind.ActionProgramme, "20-CTr/ĐU", new DateOnly(2020, 4, 27), "Ban Chấp hành", "Chương trình hành động", 2020, 2020, Today);

    [Theory]
    [InlineData(2021, 2020)]
    [InlineData(2020, 2031)]
    [InlineData(1989, 1990)]
    public void The_years_run_forward_ten_years_at_most(int from, int to) =>
        Should.Throw<DomainRuleException>(() => new Resolution(Guid.NewGuid(), Guid.NewGuid(), ResolutionKind.Resolution, "1-NQ", new DateOnly(2020, 1, 1), "Ban", "Nghị quyết", from, to, Today))
            .Code.ShouldBe("resolution.years_invalid");

    [Fact]
    public void A_resolution_is_not_dated_in_the_future() =>
        Should.Throw<DomainRuleException>(() => new Resolution(Guid.NewGuid(), Guid.NewGuid(), ResolutionKind.Resolution, "1-NQ", Today.AddDays(1), "Ban", "Nghị quyết", 2027, 2027, Today))
            .Code.ShouldBe(EventDates.InFuture);

    [Fact]
    public void A_target_lies_within_the_years_and_is_not_set_twice()
    {
        var programme = Programme();
        var jobs = IndicatorCatalogue.Indicator("NEW_JOBS")!;
        Should.Throw<DomainRuleException>(() => programme.AddTarget(Guid.NewGuid(), jobs, "94", "total", 2021, TargetKind.AtLeast, 1, null, false, "x")).Code.ShouldBe("resolution.target_year_outside");
        programme.AddTarget(Guid.NewGuid(), jobs, "94", "total", 2020, TargetKind.AtLeast, 1, null, false, "Việc làm");
        Should.Throw<DomainRuleException>(() => programme.AddTarget(Guid.NewGuid(), jobs, "94", "total", 2020, TargetKind.AtLeast, 2, null, false, "Việc làm")).Code.ShouldBe("resolution.target_duplicate");
    }

    [Fact]
    public void A_task_is_reported_in_order_until_it_is_closed_and_is_overdue_while_open_after_its_deadline()
    {
        var programme = Programme();
        var task = programme.AddTask(Guid.NewGuid(), "Giải quyết việc làm", Guid.NewGuid(), new DateOnly(2020, 12, 31));
        task.IsOverdueOn(new DateOnly(2020, 12, 31)).ShouldBeFalse();
        task.IsOverdueOn(new DateOnly(2021, 1, 1)).ShouldBeTrue();

        programme.ReportOnTask(task.Id, Guid.NewGuid(), new DateOnly(2020, 9, 30), TaskState.InProgress, "Sơ kết", Today);
        Should.Throw<DomainRuleException>(() => programme.ReportOnTask(task.Id, Guid.NewGuid(), new DateOnly(2020, 9, 29), TaskState.InProgress, "Sớm hơn", Today))
            .Code.ShouldBe("resolution.task_report_out_of_order");
        programme.ReportOnTask(task.Id, Guid.NewGuid(), new DateOnly(2020, 12, 20), TaskState.Done, "Xong", Today);
        task.ClosedOn.ShouldBe(new DateOnly(2020, 12, 20));
        task.IsOverdueOn(new DateOnly(2021, 1, 1)).ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => programme.ReportOnTask(task.Id, Guid.NewGuid(), new DateOnly(2020, 12, 21), TaskState.InProgress, "Lại", Today))
            .Code.ShouldBe("resolution.task_closed");
    }

    [Fact]
    public void A_task_deadline_follows_the_date_of_issue() =>
        Should.Throw<DomainRuleException>(() => Programme().AddTask(Guid.NewGuid(), "Việc", Guid.NewGuid(), new DateOnly(2020, 4, 26)))
            .Code.ShouldBe("resolution.task_deadline_invalid");

    [Fact]
    public void A_replayed_value_holds_what_is_stored()
    {
        var value = new DataValue(Guid.NewGuid(), "JOBS_NEW", ReportingPeriod.ForYear(2020), "94", "total", 23_450, null, "province-labour", DateTime.UtcNow, 1);
        value.Holds(23_450, null).ShouldBeTrue();
        value.Holds(23_450, "ghi chú").ShouldBeFalse();
        value.Holds(23_451, null).ShouldBeFalse();
        value.Delete("province-labour", DateTime.UtcNow, 2);
        value.Holds(23_450, null).ShouldBeFalse();
    }
}
