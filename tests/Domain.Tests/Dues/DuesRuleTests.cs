using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Inspection.Dues;

namespace PartyCommittee.Domain.Tests.Dues;

/// <summary>The dues rules at their boundaries: the rules chosen by month across the 2026 switch, rates, exemptions, reductions, the sheet.</summary>
public sealed class DuesRuleTests
{
    private static readonly RuleBook<DuesRuleSet> Book = DuesRuleSet.Statutory;

    [Theory]
    [InlineData("2026-01-31", "QD342-2010")]
    [InlineData("2026-02-01", "QD01-2026")]
    [InlineData("2026-02-28", "QD01-2026")]
    [InlineData("2010-12-31", "SETTING-BEFORE-QD342-2010")]
    [InlineData("2011-01-01", "QD342-2010")]
    public void The_rules_are_chosen_by_the_month(string day, string? code)
    {
        Book.TryInForceOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.Source.Code.ShouldBe(code);
    }

    [Fact]
    public void Salaried_pay_one_percent_pensioners_half_a_percent_students_and_others_the_fixed_amounts()
    {
        var rules = Book.InForceOn(new DateOnly(2020, 1, 1));
        rules.Compute(DuesCategory.Salaried, 5_555_550, 3_000, 5_000, 20, null).ShouldBe((55_556L, 0L));
        rules.Compute(DuesCategory.Pensioner, 5_000_000, 3_000, 5_000, 20, null).ShouldBe((25_000L, 0L));
        rules.Compute(DuesCategory.Student, 0, 3_000, 5_000, 1, null).ShouldBe((3_000L, 0L));
        rules.Compute(DuesCategory.Other, 0, 3_000, 5_000, 1, null).ShouldBe((5_000L, 0L));
    }

    [Theory]
    [InlineData(49, 50_000, 0)]
    [InlineData(50, 0, 50_000)]
    [InlineData(51, 0, 50_000)]
    public void Under_the_2026_rules_fifty_years_of_seniority_exempt(int seniority, long due, long exempted)
    {
        Book.InForceOn(new DateOnly(2026, 2, 1)).Compute(DuesCategory.Salaried, 5_000_000, 3_000, 5_000, seniority, null).ShouldBe((due, exempted));
    }

    [Fact]
    public void The_2010_rules_have_no_seniority_exemption_the_month_before_the_switch()
    {
        Book.InForceOn(new DateOnly(2026, 1, 1)).Compute(DuesCategory.Salaried, 5_000_000, 3_000, 5_000, 55, null).ShouldBe((50_000L, 0L));
    }

    [Fact]
    public void A_hardship_reduction_is_a_level_of_the_rules_for_at_most_twelve_months()
    {
        var rules = Book.InForceOn(new DateOnly(2026, 3, 1));
        var from = new DateOnly(2026, 3, 1);
        rules.EnsureReductionAllowed(50, from, new DateOnly(2027, 2, 1));
        Should.Throw<DomainRuleException>(() => rules.EnsureReductionAllowed(50, from, new DateOnly(2027, 3, 1))).Code.ShouldBe("dues.reduction_too_long");
        Should.Throw<DomainRuleException>(() => rules.EnsureReductionAllowed(40, from, from)).Code.ShouldBe("dues.reduction_not_allowed");
        Should.Throw<DomainRuleException>(() => Book.InForceOn(new DateOnly(2026, 1, 1)).EnsureReductionAllowed(50, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)))
            .Code.ShouldBe("dues.reduction_not_allowed");
        rules.Compute(DuesCategory.Salaried, 5_000_000, 3_000, 5_000, 10, 70).ShouldBe((15_000L, 35_000L));
    }

    [Fact]
    public void A_basis_applies_its_reduction_from_its_first_to_its_last_month_only()
    {
        var rules = Book.InForceOn(new DateOnly(2026, 3, 1));
        var basis = DuesBasis.Record(Guid.NewGuid(), Guid.NewGuid(), DuesCategory.Salaried, 6_000_000, new DateOnly(2026, 3, 15), 30, new DateOnly(2026, 5, 20), "Ốm đau dài ngày", rules);
        basis.EffectiveFrom.ShouldBe(new DateOnly(2026, 3, 1));
        basis.ReductionIn(new DateOnly(2026, 2, 1)).ShouldBeNull();
        basis.ReductionIn(new DateOnly(2026, 3, 1)).ShouldBe(30);
        basis.ReductionIn(new DateOnly(2026, 5, 1)).ShouldBe(30);
        basis.ReductionIn(new DateOnly(2026, 6, 1)).ShouldBeNull();
    }

    [Fact]
    public void A_sheet_keeps_the_cells_share_and_remits_the_rest_and_counts_unpaid_months_without_reason()
    {
        var rules = Book.InForceOn(new DateOnly(2020, 1, 1));
        var paid = Guid.NewGuid();
        var unpaid = Guid.NewGuid();
        var excused = Guid.NewGuid();
        var sheet = DuesSheet.Open(
            Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2020, 3, 17),
            [new(paid, DuesCategory.Salaried, 50_001, 0), new(unpaid, DuesCategory.Salaried, 40_000, 0), new(excused, DuesCategory.Student, 3_000, 0)],
            rules, 30, new DateOnly(2020, 12, 31));
        sheet.RecordPayments(
            [new(paid, 50_001, new DateOnly(2020, 3, 10), "Lê Văn Thu", false, null), new(excused, 0, null, null, true, "Ốm")],
            new DateOnly(2020, 12, 31));

        sheet.Month.ShouldBe(new DateOnly(2020, 3, 1));
        sheet.TotalPaid.ShouldBe(50_001);
        sheet.Retained.ShouldBe(15_000);
        sheet.Remitted.ShouldBe(35_001);
        sheet.Lines.Where(l => l.UnpaidWithoutReason).Select(l => l.MemberId).ShouldBe([unpaid]);
    }

    [Fact]
    public void A_lines_stored_arrears_follow_what_is_paid_and_never_go_below_zero()
    {
        var rules = Book.InForceOn(new DateOnly(2020, 1, 1));
        var member = Guid.NewGuid();
        var today = new DateOnly(2020, 12, 31);
        var sheet = DuesSheet.Open(
            Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2020, 3, 17), [new(member, DuesCategory.Salaried, 40_000, 0)], rules, 30, today);
        var line = sheet.Lines.Single();
        line.Arrears.ShouldBe(40_000, "opened: all of it is owed");

        sheet.RecordPayments([new(member, 15_000, new DateOnly(2020, 3, 10), null, false, null)], today);
        (line.Arrears, line.UnpaidWithoutReason, sheet.TotalArrears).ShouldBe((25_000L, false, 25_000L));

        sheet.RecordPayments([new(member, 55_000, new DateOnly(2020, 3, 11), null, false, null)], today);
        (line.Arrears, sheet.TotalArrears).ShouldBe((0L, 0L), "overpaid: nothing owed, not a credit");

        sheet.RecordPayments([new(member, 0, null, null, true, "Ốm")], today);
        (line.Arrears, line.UnpaidWithoutReason).ShouldBe((40_000L, false), "excused: still owed, but with a reason");

        sheet.RecordPayments([new(member, 0, null, null, false, null)], today);
        (line.Arrears, line.UnpaidWithoutReason).ShouldBe((40_000L, true));
    }

    [Fact]
    public void A_sheet_refuses_a_future_month_a_payment_without_its_date_an_excuse_without_reason_and_a_member_not_on_it()
    {
        var rules = Book.InForceOn(new DateOnly(2020, 1, 1));
        var today = new DateOnly(2020, 3, 31);
        Should.Throw<DomainRuleException>(() => DuesSheet.Open(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2020, 4, 1), [], rules, 30, today)).Code.ShouldBe("dues.month_in_future");
        var member = Guid.NewGuid();
        var sheet = DuesSheet.Open(Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2020, 3, 1), [new(member, DuesCategory.Other, 5_000, 0)], rules, 30, today);
        Should.Throw<DomainRuleException>(() => sheet.RecordPayments([new(member, 5_000, null, null, false, null)], today)).Code.ShouldBe("dues.paid_on_required");
        Should.Throw<DomainRuleException>(() => sheet.RecordPayments([new(member, 0, null, null, true, " ")], today)).Code.ShouldBe("dues.reason_required");
        Should.Throw<DomainRuleException>(() => sheet.RecordPayments([new(Guid.NewGuid(), 0, null, null, false, null)], today)).Code.ShouldBe("dues.member_not_on_sheet");
        Should.Throw<DomainRuleException>(() => sheet.RecordPayments([new(member, 5_000, today.AddDays(1), null, false, null)], today)).Code.ShouldBe("dues.paid_on_in_future");
    }
}
