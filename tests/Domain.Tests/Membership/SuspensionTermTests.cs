using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Domain.Tests.Membership;

/// <summary>
/// The longest suspension, extension included: 180 working days under Quy định 30-QĐ/TW 2016 (Điều 40), 180 days
/// under Quy định 22-QĐ/TW 2021 (Điều 31 khoản 1); the first day counts.
/// </summary>
public class SuspensionTermTests
{
    private static readonly WorkingDayCalendar NoHolidays = new(new HashSet<DateOnly>());

    private static void Check(DateOnly from, DateOnly? to) =>
        SuspensionRuleSet.EnsureWithinLongestTerm(new DateRange(from, to), NoHolidays, SuspensionRuleSet.Statutory);

    [Fact]
    public void Under_the_2021_rule_the_180th_calendar_day_is_the_last_allowed()
    {
        Check(new DateOnly(2022, 1, 3), new DateOnly(2022, 6, 30));
        Check(new DateOnly(2022, 1, 3), new DateOnly(2022, 7, 1));
        var refused = Should.Throw<DomainRuleException>(() => Check(new DateOnly(2022, 1, 3), new DateOnly(2022, 7, 2)));
        refused.Code.ShouldBe("member.suspension_too_long");
        refused.Kind.ShouldBe(RuleViolationKind.Unprocessable);
        refused.Arguments.ShouldBe(["2022-07-01", "QD22-2021"]);
    }

    [Fact]
    public void Under_the_2016_rule_the_180th_working_day_is_the_last_allowed()
    {
        Check(new DateOnly(2017, 1, 2), new DateOnly(2017, 9, 8));
        Should.Throw<DomainRuleException>(() => Check(new DateOnly(2017, 1, 2), new DateOnly(2017, 9, 11)))
            .Arguments.ShouldBe(["2017-09-08", "QD30-2016"]);
    }

    [Fact]
    public void The_rule_set_is_the_one_in_force_on_the_first_day()
    {
        SuspensionRuleSet.Statutory.InForceOn(new DateOnly(2021, 7, 27)).Source.Code.ShouldBe("QD30-2016");
        SuspensionRuleSet.Statutory.InForceOn(new DateOnly(2021, 7, 28)).Source.Code.ShouldBe("QD22-2021");
        SuspensionRuleSet.Statutory.InForceOn(new DateOnly(2016, 7, 25)).Source.Code.ShouldBe("SETTING-BEFORE-QD30-2016");
        SuspensionRuleSet.Statutory.InForceOn(new DateOnly(2016, 7, 26)).Source.Code.ShouldBe("QD30-2016");
    }

    [Fact]
    public void An_open_suspension_is_not_checked_and_one_before_the_first_text_is_checked_against_the_setting()
    {
        Check(new DateOnly(2022, 1, 3), null);
        Check(new DateOnly(2015, 1, 5), new DateOnly(2015, 9, 11));
        Should.Throw<DomainRuleException>(() => Check(new DateOnly(2015, 1, 5), new DateOnly(2015, 9, 12)))
            .Arguments.ShouldBe(["2015-09-11", "SETTING-BEFORE-QD30-2016"]);
    }
}
