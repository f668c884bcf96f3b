using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyCommittee.Api.Tests.Admission;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Transfers;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Platform;

/// <summary>
/// An API whose rule books are not the statutory ones: admission at 20 years at the earliest, temporary transfers of
/// 6 months at least, under codes of their own. What the API applies and what it lists come from the injected books.
/// </summary>
public sealed class InjectedRulesApiFactory : ApiFactory
{
    public static readonly RuleBook<AdmissionRuleSet> Admission = AdmissionRuleSet.Statutory.With(
        AdmissionRuleSet.All.Select(v => v with { Source = v.Source with { Code = "TEST-" + v.Source.Code }, MinAgeMonths = 20 * 12 }));

    public static readonly RuleBook<TransferRuleSet> Transfer = TransferRuleSet.Statutory.With(
        TransferRuleSet.All.Select(v => v with { Source = v.Source with { Code = "TEST-" + v.Source.Code }, TemporaryMinMonths = 6 }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton(Admission));
            services.Replace(ServiceDescriptor.Singleton(Transfer));
        });
    }
}

public sealed class InjectedRuleBookTests(InjectedRulesApiFactory injected) : IClassFixture<InjectedRulesApiFactory>
{
    // 18 years and 11 months at the resolution of 2023-01-09: admissible under the statute, not under the injected book.
    private static object Candidate(Guid cell) => AdmissionApi.Candidate(cell, "Thạch Văn Mười Chín", dateOfBirth: "2004-01-10");

    [Fact]
    public async Task A_19_year_old_is_refused_at_the_resolution_naming_the_injected_rule_set()
    {
        var office = new AdmissionApi(injected);
        var admission = await office.PreparedAsync(injected, DemoData.Cell(4), Candidate(DemoData.Cell(4)));

        var response = await office.PostStepAsync(admission, "cell-resolution", new { resolvedOn = "2023-01-09", number = "3-NQ/CB" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "admission.age_out_of_range");
        problem.GetRawText().ShouldContain("TEST-QD24-2021");
        problem.GetProperty("detail").GetString()!.ShouldContain("227");
    }

    [Fact]
    public async Task The_statutory_book_admits_the_same_candidate()
    {
        using var statutory = new ApiFactory();
        var office = new AdmissionApi(statutory);
        var admission = await office.PreparedAsync(statutory, DemoData.Cell(4), Candidate(DemoData.Cell(4)));

        var resolved = await office.ResolveAsync(admission, "2023-01-09");

        resolved.EligibilityRuleSet!.Code.ShouldBe("QD24-2021");
    }

    [Fact]
    public async Task The_rule_set_list_shows_the_injected_parameters()
    {
        var client = injected.ClientAs("Viewer", DemoData.CommitteeId);

        var all = JsonDocument.Parse(await (await client.GetAsync("/api/v1/rule-sets")).Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();

        var admission = all.Where(r => r.GetProperty("kind").GetString() == "membership.admission").ToList();
        admission.ShouldNotBeEmpty();
        admission.ShouldAllBe(r => r.GetProperty("code").GetString()!.StartsWith("TEST-", StringComparison.Ordinal));
        admission.ShouldAllBe(r => r.GetProperty("parameters").GetProperty("minAgeMonths").GetString() == "240");
        var transfer = all.Where(r => r.GetProperty("kind").GetString() == "membership.transfer").ToList();
        transfer.ShouldAllBe(r => r.GetProperty("parameters").GetProperty("temporaryMinMonths").GetString() == "6");
    }

    [Fact]
    public async Task A_temporary_transfer_shorter_than_the_injected_minimum_is_refused()
    {
        var office = injected.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var memberId = await injected.AddMemberAsync(DemoData.Cell(4), "Lê Văn Bốn Tháng", admittedOn: new DateOnly(2014, 6, 2));

        // Four months: within the statute's 3 to under 12 months, under the injected 6.
        var response = await office.PostJsonAsync(
            TransferClient.Url, TransferClient.Internal(memberId, DemoData.Cell(7), kind: "TEMPORARY", temporaryUntil: "2025-07-03"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "transfer.temporary_duration_invalid");
        problem.GetProperty("detail").GetString()!.ShouldContain("2025-09-03");

        var accepted = await office.RequestAsync(TransferClient.Internal(memberId, DemoData.Cell(7), kind: "TEMPORARY", temporaryUntil: "2025-09-03"));
        accepted.RuleSet.Code.ShouldBe("TEST-QD24-2021");
    }
}
