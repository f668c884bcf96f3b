using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Domain.Tests.Common;

public class RuleBookTests
{
    private static readonly RuleBook<AdmissionRuleSet> Book = AdmissionRuleSet.Statutory;

    [Fact]
    public void The_version_in_force_is_the_latest_applying_on_or_before_the_date()
    {
        var versions = Book.Versions;
        versions.Count.ShouldBeGreaterThan(1);
        for (var i = 0; i < versions.Count; i++)
        {
            var from = versions[i].Source.EffectiveFrom;
            Book.InForceOn(from).ShouldBeSameAs(versions[i]);
            if (i > 0)
            {
                Book.InForceOn(from.AddDays(-1)).ShouldBeSameAs(versions[i - 1]);
                Book.InForceUntil(versions[i - 1]).ShouldBe(from.AddDays(-1));
            }
        }

        Book.InForceUntil(versions[^1]).ShouldBeNull();
    }

    [Fact]
    public void Before_the_first_version_no_rule_set_is_in_force()
    {
        var first = Book.Versions[0].Source.EffectiveFrom;

        Should.Throw<DomainRuleException>(() => Book.InForceOn(first.AddDays(-1))).Code.ShouldBe("rules.none_in_force");
        Book.TryInForceOn(first.AddDays(-1)).ShouldBeNull();
    }

    [Fact]
    public void Codes_and_effective_dates_are_unique()
    {
        var v = Book.Versions[0];
        Should.Throw<ArgumentException>(() => Book.With([v, v with { Source = v.Source with { Code = "OTHER" } }]));
        Should.Throw<ArgumentException>(() => Book.With([v, v with { Source = v.Source with { EffectiveFrom = v.Source.EffectiveFrom.AddDays(1) } }]));
        Should.Throw<ArgumentException>(() => Book.With([]));
    }

    [Fact]
    public void A_description_names_the_source_the_dates_and_every_parameter()
    {
        var description = Book.Describe()[0];

        description.Module.ShouldBe("Membership");
        description.Kind.ShouldBe("membership.admission");
        description.Code.ShouldBe(Book.Versions[0].Source.Code);
        description.Parameters["minAgeMonths"].ShouldBe("216");
        description.Parameters["minEducation"].ShouldBe("LOWER_SECONDARY");
        description.Parameters.ShouldNotContainKey("source");
        description.Parameters["recognitionDecisionDeadlineWorkingDays"].ShouldBe("30");
        description.Parameters["decisionExtensionMaxWorkingDays"].ShouldBe("30");
        description.Parameters.ShouldContainKey("guidance");
        description.Parameters.Count.ShouldBe(15);
    }
}
