using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using static PartyCommittee.Domain.Tests.ElectedBodies.BodyFixtures;

namespace PartyCommittee.Domain.Tests.ElectedBodies;

public class TermTests
{
    private readonly BodyFixtures f = new();

    [Fact]
    public void Open_keeps_the_cleaned_name_congress_and_dates()
    {
        var term = Term.Open(Guid.NewGuid(), f.Committee, "  2015–2020 ", 8, new DateOnly(2015, 5, 1), new DateOnly(2020, 4, 9), [f.Term]);

        term.Name.ShouldBe("2015–2020");
        term.CongressNumber.ShouldBe(8);
        term.OrganizationId.ShouldBe(f.Committee.Id);
        term.Covers(new DateOnly(2020, 4, 9)).ShouldBeTrue();
        term.Covers(new DateOnly(2020, 4, 10)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2020–2025")]
    [InlineData("2020-2025")]
    [InlineData("2020 - 2025")]
    public void A_name_already_used_by_the_organisation_is_a_conflict(string name)
    {
        var exception = ShouldBreakRule(
            () => Term.Open(Guid.NewGuid(), f.Committee, name, 10, new DateOnly(2030, 1, 1), new DateOnly(2035, 1, 1), [f.Term]),
            "term.name_taken",
            RuleViolationKind.Conflict);
        exception.Arguments.ShouldBe(["2020–2025"]);
    }

    [Fact]
    public void The_same_name_in_another_organisation_is_allowed()
    {
        var term = Term.Open(Guid.NewGuid(), f.OtherCommittee, "2020–2025", 9, TermStart, TermEnd, [f.Term]);

        term.OrganizationId.ShouldBe(f.OtherCommittee.Id);
    }

    [Theory]
    [InlineData("2018-01-01", "2020-04-10")] // ends on the first day of the term
    [InlineData("2025-04-09", "2030-04-09")] // starts on its last day
    [InlineData("2021-01-01", "2022-01-01")] // inside
    [InlineData("2019-01-01", "2026-01-01")] // around
    public void Overlapping_terms_of_one_organisation_are_refused(string start, string end)
    {
        var exception = ShouldBreakRule(
            () => Term.Open(Guid.NewGuid(), f.Committee, "Khác", null, DateOnly.Parse(start), DateOnly.Parse(end), [f.Term]),
            "term.overlaps");
        exception.Arguments[0].ShouldBe("2020–2025");
    }

    [Fact]
    public void Consecutive_terms_do_not_overlap()
    {
        var previous = Term.Open(Guid.NewGuid(), f.Committee, "2015–2020", 8, new DateOnly(2015, 4, 10), TermStart.AddDays(-1), [f.Term]);
        var next = Term.Open(Guid.NewGuid(), f.Committee, "2025–2030", 10, TermEnd.AddDays(1), new DateOnly(2030, 4, 9), [f.Term, previous]);

        next.StartsOn.ShouldBe(new DateOnly(2025, 4, 10));
    }

    [Theory]
    [InlineData("2030-01-01", "2030-01-01")]
    [InlineData("2030-01-01", "2029-12-31")]
    public void A_term_ends_after_it_starts(string start, string end)
    {
        ShouldBreakRule(
            () => Term.Open(Guid.NewGuid(), f.Committee, "2030", null, DateOnly.Parse(start), DateOnly.Parse(end), []),
            "term.ends_before_start");
    }

    [Fact]
    public void A_term_cannot_start_before_the_organisation_exists()
    {
        ShouldBreakRule(
            () => Term.Open(Guid.NewGuid(), f.Committee, "2005–2010", null, new DateOnly(2005, 1, 1), new DateOnly(2010, 1, 1), []),
            "term.organization_inactive");
    }

    [Fact]
    public void A_term_needs_a_name()
    {
        ShouldBreakRule(
            () => Term.Open(Guid.NewGuid(), f.Committee, "  ", null, new DateOnly(2030, 1, 1), new DateOnly(2035, 1, 1), []),
            "term.name_required");
    }

    [Fact]
    public void Revise_ignores_the_term_itself_but_not_the_others()
    {
        var previous = Term.Open(Guid.NewGuid(), f.Committee, "2015–2020", 8, new DateOnly(2015, 4, 10), new DateOnly(2020, 4, 9), [f.Term]);

        f.Term.Revise("2020–2025", 9, new DateOnly(2020, 4, 15), TermEnd, f.Committee, [f.Term, previous], []);
        f.Term.StartsOn.ShouldBe(new DateOnly(2020, 4, 15));

        ShouldBreakRule(
            () => f.Term.Revise("2020–2025", 9, new DateOnly(2020, 1, 1), TermEnd, f.Committee, [f.Term, previous], []),
            "term.overlaps");
        ShouldBreakRule(
            () => f.Term.Revise("2015-2020", 9, new DateOnly(2020, 4, 15), TermEnd, f.Committee, [previous], []),
            "term.name_taken",
            RuleViolationKind.Conflict);
        f.Term.StartsOn.ShouldBe(new DateOnly(2020, 4, 15));
        f.Term.Name.ShouldBe("2020–2025");
    }

    [Fact]
    public void Revise_keeps_the_seats_of_its_bodies_inside_the_term()
    {
        var secretary = f.Appoint(f.Executive, Member(f.OfficeCell), Domain.Organization.BodyRole.Secretary, TermStart);

        var exception = ShouldBreakRule(
            () => f.Term.Revise("2020–2025", 9, TermStart.AddDays(1), TermEnd, f.Committee, [], [secretary]),
            "term.memberships_outside");
        exception.Arguments.ShouldBe([1]);

        f.Term.Revise("2020–2025", 9, TermStart, TermEnd.AddMonths(1), f.Committee, [], [secretary]);
        f.Term.EndsOn.ShouldBe(TermEnd.AddMonths(1));
    }
}
