using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Domain.Tests.Membership;

public sealed class MembershipCountChangesTests
{
    private static readonly Guid Cell = Guid.Parse("0195a000-0000-7000-9605-000000000001");

    [Theory]
    [InlineData("1990-05-10", 31, "2021-05-10")]
    [InlineData("1996-02-29", 31, "2027-03-01")]
    [InlineData("1996-02-29", 32, "2028-02-29")]
    [InlineData("1995-02-28", 33, "2028-02-28")]
    public void A_limit_is_reached_on_the_first_day_the_recount_counts_it(string date, int years, string expected)
    {
        var reached = MembershipCountChanges.Reached(DateOnly.Parse(date), years);
        reached.ShouldBe(DateOnly.Parse(expected));
        // The recount's comparison: on the day it holds, the day before it does not.
        reached.AddYears(-years).ShouldBeGreaterThanOrEqualTo(DateOnly.Parse(date));
        reached.AddDays(-1).AddYears(-years).ShouldBeLessThan(DateOnly.Parse(date));
    }

    [Fact]
    public void A_placeholder_date_at_the_end_of_the_calendar_is_never_reached()
    {
        MembershipCountChanges.Reached(DateOnly.MaxValue, 10).ShouldBe(DateOnly.MaxValue);
        MembershipCountChanges.Reached(new DateOnly(9989, 12, 31), 10).ShouldBe(DateOnly.MaxValue);
        MembershipCountChanges.Reached(new DateOnly(9988, 12, 31), 10).ShouldBe(new DateOnly(9998, 12, 31));
        // And the first day of the calendar (a date not recorded) is reached n years later.
        MembershipCountChanges.Reached(DateOnly.MinValue, 10).ShouldBe(new DateOnly(11, 1, 1));
        // A full member whose seniority date is a placeholder stays under 10 years, as the recount's comparison has it.
        MembershipCountChanges.Of(Facts(new DateOnly(1990, 1, 1), [new DatedStatus(MemberStatus.Full, new DateOnly(2020, 1, 1), null)], seniorityFrom: DateOnly.MaxValue))
            .Where(d => d.Key.OrganizationId == Cell && d.Key.Dimension == MembershipCountChanges.SeniorityBand)
            .Select(d => (d.Key.Value, d.Key.Day, d.Value)).ShouldBe([("0", new DateOnly(2020, 1, 1), 1)]);
    }

    [Fact]
    public void A_member_enters_on_the_first_day_of_the_periods_in_force_and_leaves_on_the_day_the_next_began()
    {
        var deltas = MembershipCountChanges.Of(Facts(
            dateOfBirth: new DateOnly(1960, 1, 1),
            statuses: [new DatedStatus(MemberStatus.Probationary, new DateOnly(2020, 3, 1), new DateOnly(2021, 3, 1)), new DatedStatus(MemberStatus.Full, new DateOnly(2021, 3, 1), new DateOnly(2024, 7, 1)), new DatedStatus(MemberStatus.Deceased, new DateOnly(2024, 7, 1), null)]));

        deltas[(Cell, MembershipCounts.Status, "Probationary", new DateOnly(2020, 3, 1))].ShouldBe(1);
        deltas[(Cell, MembershipCounts.Status, "Probationary", new DateOnly(2021, 3, 1))].ShouldBe(-1);
        deltas[(Cell, MembershipCounts.Status, "Full", new DateOnly(2021, 3, 1))].ShouldBe(1);
        deltas[(Cell, MembershipCounts.Status, "Full", new DateOnly(2024, 7, 1))].ShouldBe(-1);
        // The same on the register-wide rows; nothing for the day after or the status that is not counted.
        deltas[(MembershipCountChanges.Everywhere, MembershipCounts.Status, "Full", new DateOnly(2024, 7, 1))].ShouldBe(-1);
        deltas.Keys.ShouldNotContain(k => k.Day == new DateOnly(2024, 7, 2));
        deltas.Keys.ShouldNotContain(k => k.Value == "Deceased");
        // Sex is counted from the first day to the last, once (no change in between).
        deltas.Where(d => d.Key.OrganizationId == Cell && d.Key.Dimension == MembershipCounts.Sex).Select(d => (d.Key.Day, d.Value))
            .ShouldBe([(new DateOnly(2020, 3, 1), 1), (new DateOnly(2024, 7, 1), -1)], ignoreOrder: true);
    }

    [Fact]
    public void A_member_changes_age_band_on_the_day_of_the_birthday_and_the_last_band_is_not_stored()
    {
        // Born 1990-05-10: up to 30 until 2021-05-09, 31–40 from 2021-05-10 (not the day before), over 60 from 2051-05-10.
        var deltas = MembershipCountChanges.Of(Facts(
            dateOfBirth: new DateOnly(1990, 5, 10),
            statuses: [new DatedStatus(MemberStatus.Probationary, new DateOnly(2019, 1, 1), null)]));

        Band(deltas, "0").ShouldBe([(new DateOnly(2019, 1, 1), 1), (new DateOnly(2021, 5, 10), -1)]);
        Band(deltas, "1").ShouldBe([(new DateOnly(2021, 5, 10), 1), (new DateOnly(2031, 5, 10), -1)]);
        Band(deltas, "3").ShouldBe([(new DateOnly(2041, 5, 10), 1), (new DateOnly(2051, 5, 10), -1)]);
        deltas.Keys.ShouldNotContain(k => k.Dimension == MembershipCountChanges.AgeBand && k.Value == "4");
        // Probationary: no seniority band.
        deltas.Keys.ShouldNotContain(k => k.Dimension == MembershipCountChanges.SeniorityBand);
    }

    [Fact]
    public void A_full_member_changes_seniority_band_on_the_anniversary_n_minus_one_n_n_plus_one()
    {
        var deltas = MembershipCountChanges.Of(Facts(
            dateOfBirth: new DateOnly(1970, 1, 1),
            seniorityFrom: new DateOnly(2010, 6, 15),
            statuses: [new DatedStatus(MemberStatus.Full, new DateOnly(2011, 6, 15), null)]));

        var band = deltas.Where(d => d.Key.OrganizationId == Cell && d.Key.Dimension == MembershipCountChanges.SeniorityBand).ToList();
        // 9 years 364 days: under 10; 10 years: 10–19 (from 2020-06-15, not the day before nor after).
        band.ShouldContain(d => d.Key.Value == "0" && d.Key.Day == new DateOnly(2020, 6, 15) && d.Value == -1);
        band.ShouldContain(d => d.Key.Value == "1" && d.Key.Day == new DateOnly(2020, 6, 15) && d.Value == 1);
        band.ShouldNotContain(d => d.Key.Day == new DateOnly(2020, 6, 14) || d.Key.Day == new DateOnly(2020, 6, 16));
    }

    [Fact]
    public void A_change_of_qualification_moves_the_count_on_its_effective_day()
    {
        var deltas = MembershipCountChanges.Of(Facts(
            dateOfBirth: new DateOnly(1980, 1, 1),
            statuses: [new DatedStatus(MemberStatus.Full, new DateOnly(2015, 1, 1), null)],
            qualifications:
            [
                new DatedQualification(GeneralEducation.UpperSecondary, ProfessionalLevel.College, PoliticalTheoryLevel.Elementary, new DateOnly(1980, 1, 1), new DateOnly(2022, 9, 1)),
                new DatedQualification(GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Elementary, new DateOnly(2022, 9, 1), null),
            ]));

        deltas[(Cell, MembershipCounts.ProfessionalLevel, "College", new DateOnly(2022, 9, 1))].ShouldBe(-1);
        deltas[(Cell, MembershipCounts.ProfessionalLevel, "University", new DateOnly(2022, 9, 1))].ShouldBe(1);
        // Unchanged education: no change on that day.
        deltas.Keys.ShouldNotContain((Cell, MembershipCounts.GeneralEducation, "UpperSecondary", new DateOnly(2022, 9, 1)));
    }

    [Fact]
    public void The_review_roster_leaves_out_excused_days_and_counts_a_reviewed_month_only_within_it()
    {
        // Full from 2015, placed since 1915; exempt in March 2025 (last day 31 March included), reduced party work in May
        // (not an excusal); reviewed in February 2025 and in March 2025 (while exempt: not on the roster).
        var facts = Facts(new DateOnly(1980, 1, 1), [new DatedStatus(MemberStatus.Full, new DateOnly(2015, 1, 1), null)]) with
        {
            ReviewedMonths = [new ReviewedMonth(2025, 2), new ReviewedMonth(2025, 3)],
            Excusals =
            [
                DatedExcusal.Of(MemberConditionKind.Exemption, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)),
                DatedExcusal.Of(MemberConditionKind.Reduction, new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31)),
            ],
        };
        var deltas = MembershipCountChanges.Of(facts);

        List<(DateOnly, int)> Rows(string dimension, string value) =>
            [.. deltas.Where(d => d.Key.OrganizationId == Cell && d.Key.Dimension == dimension && d.Key.Value == value).OrderBy(d => d.Key.Day).Select(d => (d.Key.Day, d.Value))];

        Rows(MembershipCountChanges.Roster, MembershipCountChanges.Counted)
            .ShouldBe([(new DateOnly(2015, 1, 1), 1), (new DateOnly(2025, 3, 1), -1), (new DateOnly(2025, 4, 1), 1)]);
        Rows(MembershipCountChanges.RosterOpen, MembershipCountChanges.Counted).ShouldBe([(DateOnly.MinValue, 1)]);
        Rows(MembershipCountChanges.Reviewed, "2025-02").ShouldBe([(new DateOnly(2025, 2, 1), 1), (new DateOnly(2025, 3, 1), -1)]);
        Rows(MembershipCountChanges.Reviewed, "2025-03").ShouldBeEmpty();
        // Cell rows only: the register-wide rows carry none of the roster's dimensions.
        deltas.Keys.Where(k => k.OrganizationId == MembershipCountChanges.Everywhere && k.Dimension.StartsWith("r", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    private static List<(DateOnly, int)> Band(Dictionary<(Guid OrganizationId, string Dimension, string Value, DateOnly Day), int> deltas, string value) =>
        [.. deltas.Where(d => d.Key.OrganizationId == Cell && d.Key.Dimension == MembershipCountChanges.AgeBand && d.Key.Value == value).OrderBy(d => d.Key.Day).Select(d => (d.Key.Day, d.Value))];

    private static MemberHistoryFacts Facts(DateOnly dateOfBirth, IReadOnlyList<DatedStatus> statuses, DateOnly? seniorityFrom = null, IReadOnlyList<DatedQualification>? qualifications = null) => new(
        Sex.Female,
        "01",
        dateOfBirth,
        seniorityFrom ?? new DateOnly(2010, 1, 1),
        false,
        [new DatedPlacement(Cell, new DateOnly(2015, 1, 1).AddYears(-100), null)],
        statuses,
        qualifications ?? [new DatedQualification(GeneralEducation.UpperSecondary, ProfessionalLevel.College, PoliticalTheoryLevel.Elementary, dateOfBirth, null)]);
}
