using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Badges;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Membership;

/// <summary>Party badges at their boundaries (Hướng dẫn 01-HD/TW 2021, section 18; rule set HD01-2021).</summary>
public sealed class PartyBadgeTests
{
    private static readonly BadgeRuleSet Rules = BadgeRuleSet.Statutory.Find("HD01-2021")!;
    private static readonly DateOnly Established = new(1980, 1, 1);

    private static readonly PartyOrganization Committee =
        PartyOrganization.Create(Guid.NewGuid(), "DB-HH", "Đảng bộ huy hiệu", null, OrganizationType.PartyCommittee, null, Established, null);

    private static readonly PartyOrganization Cell =
        PartyOrganization.Create(Guid.NewGuid(), "CB-HH", "Chi bộ huy hiệu", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, Established, Committee);

    /// <summary>Admitted on 2 September 1994: 30 years of seniority on 2 September 2024.</summary>
    private static readonly DateOnly Admitted = new(1994, 9, 2);

    private static PartyMember Member(DateOnly? admitted = null)
    {
        var decision = admitted ?? Admitted;
        return PartyMember.Register(
            Guid.NewGuid(),
            new MemberProfile("Lê Văn Huy", Sex.Male, new DateOnly(1930, 1, 1), null, null, Ethnicities.Kinh, null, null, GeneralEducation.UpperSecondary,
                ProfessionalLevel.University, PoliticalTheoryLevel.Advanced, null, null, null, null, false, null, null),
            new AdmissionRecord(decision, null, decision, decision.AddYears(1)),
            Cell,
            MemberStatus.Full,
            new DateOnly(1996, 1, 1),
            null);
    }

    private static BadgeAward Grant(PartyMember member, int years, DateOnly round, BadgeBasis basis = BadgeBasis.Regular, DateOnly? died = null, int[]? awarded = null) =>
        BadgeAward.Grant(Guid.NewGuid(), member, years, round, basis, null, "HH-1", Rules, awarded ?? [], died);

    private static void ShouldBreak(Action action, string code) => Should.Throw<DomainRuleException>(action).Code.ShouldBe(code);

    [Fact]
    public void The_levels_and_rounds_are_those_of_the_guidance()
    {
        Rules.Source.Code.ShouldBe("HD01-2021");
        Rules.Levels.ShouldBe([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);
        Rules.RoundsOf(2025).ShouldBe([new DateOnly(2025, 2, 3), new DateOnly(2025, 5, 19), new DateOnly(2025, 9, 2), new DateOnly(2025, 11, 7)]);
        Rules.IsLevel(35).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2025-02-02", "2025-02-03")]
    [InlineData("2025-02-03", "2025-02-03")]
    [InlineData("2025-02-04", "2025-05-19")]
    [InlineData("2025-11-07", "2025-11-07")]
    [InlineData("2025-11-08", "2026-02-03")]
    public void The_next_round_is_the_first_round_on_or_after_the_date(string date, string next) =>
        Rules.NextRoundOnOrAfter(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(next, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void The_previous_round_of_the_first_round_is_the_last_round_of_the_year_before() =>
        Rules.PreviousRoundBefore(new DateOnly(2025, 2, 3)).ShouldBe(new DateOnly(2024, 11, 7));

    [Fact]
    public void Thirty_years_are_reached_on_the_round_date_not_the_day_before()
    {
        // 29 years on the round of 19/5/2024; 30 on 2/9/2024 exactly.
        ShouldBreak(() => Grant(Member(), 30, new DateOnly(2024, 5, 19)), "badge.seniority_not_reached");
        ShouldBreak(() => Grant(Member(Admitted.AddDays(1)), 30, new DateOnly(2024, 9, 2)), "badge.seniority_not_reached");
        var award = Grant(Member(), 30, new DateOnly(2024, 9, 2));
        award.Years.ShouldBe(30);
        award.RuleSetCode.ShouldBe("HD01-2021");
        Grant(Member(Admitted.AddDays(-1)), 30, new DateOnly(2024, 9, 2)).Years.ShouldBe(30);
    }

    [Fact]
    public void Only_round_dates_and_existing_levels_and_once_per_level()
    {
        ShouldBreak(() => Grant(Member(), 30, new DateOnly(2024, 9, 3)), "badge.round_date_invalid");
        ShouldBreak(() => Grant(Member(), 35, new DateOnly(2024, 9, 2)), "badge.level_invalid");
        ShouldBreak(() => Grant(Member(), 30, new DateOnly(2024, 9, 2), awarded: [30]), "badge.already_awarded");
    }

    [Fact]
    public void Serious_illness_allows_twelve_months_early_below_seventy_not_thirteen()
    {
        // 30 years on 2/9/2024: 12 months early is the round of 2/9/2023 (not earlier: 19/5/2023 is over 15 months).
        Grant(Member(), 30, new DateOnly(2023, 9, 2), BadgeBasis.SeriousIllness).Basis.ShouldBe(BadgeBasis.SeriousIllness);
        ShouldBreak(() => Grant(Member(), 30, new DateOnly(2023, 5, 19), BadgeBasis.SeriousIllness), "badge.seniority_not_reached");
        ShouldBreak(() => Grant(Member(Admitted.AddDays(1)), 30, new DateOnly(2023, 9, 2), BadgeBasis.SeriousIllness), "badge.seniority_not_reached");
    }

    [Fact]
    public void Serious_illness_allows_twenty_four_months_early_from_seventy_years()
    {
        var admitted = new DateOnly(1955, 9, 2);
        Rules.EarlyMonths(70, BadgeBasis.SeriousIllness).ShouldBe(24);
        Rules.EarlyMonths(65, BadgeBasis.SeriousIllness).ShouldBe(12);
        Grant(Member(admitted), 70, new DateOnly(2023, 9, 2), BadgeBasis.SeriousIllness).Years.ShouldBe(70);
        ShouldBreak(() => Grant(Member(admitted), 70, new DateOnly(2023, 5, 19), BadgeBasis.SeriousIllness), "badge.seniority_not_reached");
    }

    [Fact]
    public void A_posthumous_award_is_for_a_deceased_member_up_to_twelve_months_early()
    {
        ShouldBreak(() => Grant(Member(), 30, new DateOnly(2024, 9, 2), BadgeBasis.Posthumous), "badge.posthumous_needs_deceased");
        var member = Member();
        member.ChangeStatus(MemberStatus.Deceased, new DateOnly(2023, 9, 2), null, null);
        ShouldBreak(() => Grant(member, 30, new DateOnly(2024, 9, 2)), "badge.member_deceased");
        Grant(member, 30, new DateOnly(2023, 11, 7), BadgeBasis.Posthumous, died: new DateOnly(2023, 9, 2)).Basis.ShouldBe(BadgeBasis.Posthumous);
        ShouldBreak(() => Grant(member, 30, new DateOnly(2023, 11, 7), BadgeBasis.Posthumous, died: new DateOnly(2023, 9, 1)), "badge.seniority_not_reached");
        ShouldBreak(() => Grant(member, 30, new DateOnly(2023, 5, 19), BadgeBasis.Posthumous, died: new DateOnly(2023, 9, 2)), "badge.posthumous_before_death");
    }

    [Fact]
    public void The_due_list_names_the_highest_level_not_awarded_and_whether_it_is_new()
    {
        var member = Member();
        BadgeEligibility.DueIn(member, new DateOnly(2024, 5, 19), Rules, []).ShouldBeNull();
        var due = BadgeEligibility.DueIn(member, new DateOnly(2024, 9, 2), Rules, [])!;
        due.Years.ShouldBe(30);
        due.SeniorityYears.ShouldBe(30);
        due.NewlyEligible.ShouldBeTrue();
        BadgeEligibility.DueIn(member, new DateOnly(2024, 11, 7), Rules, [])!.NewlyEligible.ShouldBeFalse();
        BadgeEligibility.DueIn(member, new DateOnly(2024, 11, 7), Rules, [30]).ShouldBeNull();
    }

    [Fact]
    public void A_suspended_or_probationary_member_is_not_due()
    {
        var member = Member();
        member.Suspend(new DateRange(new DateOnly(2024, 6, 3), new DateOnly(2024, 9, 30)), "1-QĐ", "Đình chỉ", new DateOnly(2024, 6, 3), WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory);
        BadgeEligibility.DueIn(member, new DateOnly(2024, 9, 2), Rules, []).ShouldBeNull();
        ShouldBreak(() => Grant(member, 30, new DateOnly(2024, 9, 2)), "badge.member_not_eligible");
    }

    [Fact]
    public void Without_a_status_change_since_the_previous_round_the_seniority_start_the_record_keeps_gives_the_same_badge()
    {
        // Removed for six years and re-admitted: the record's seniority start is the admission moved by the removal.
        var member = Member(new DateOnly(1970, 9, 2));
        member.ChangeStatus(MemberStatus.NameRemoved, new DateOnly(2000, 3, 1), "9-QĐ", null, LeavingReason.WithdrawalForFamilyHardship);
        member.Readmit(new DateOnly(2006, 6, 1), "7-QĐ", Cell, LeavingReason.WithdrawalForFamilyHardship, null, new DateOnly(2006, 6, 1), ReadmissionRuleSet.Statutory);
        member.RecognizeFullMembership(new DateOnly(2007, 6, 4), "8-QĐ", 12);
        member.SeniorityCountedFrom.ShouldBe(new DateOnly(1970, 9, 2).AddDays(new DateOnly(2006, 6, 1).DayNumber - new DateOnly(2000, 3, 1).DayNumber));

        var compared = 0;
        for (var round = Rules.NextRoundOnOrAfter(new DateOnly(2007, 6, 5)); round.Year <= 2031; round = Rules.NextRoundOnOrAfter(round.AddDays(1)))
        {
            var unchanged = BadgeEligibility.DueInWithoutChangeSincePreviousRound(member.SeniorityCountedFrom, round, Rules, []);
            if (Rules.PreviousRoundBefore(round) >= new DateOnly(2007, 6, 4))
            {
                unchanged.ShouldBe(BadgeEligibility.DueIn(member, round, Rules, []), round.ToString());
                compared += unchanged is null ? 0 : 1;
            }
            else
            {
                // Full again after the previous round: probationary on it, so the level is newly reached; only the periods tell.
                BadgeEligibility.DueIn(member, round, Rules, [])!.NewlyEligible.ShouldBeTrue();
                unchanged!.NewlyEligible.ShouldBeFalse();
            }
        }

        compared.ShouldBeGreaterThan(40);
    }
}
