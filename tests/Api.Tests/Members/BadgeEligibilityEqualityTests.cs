using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Badges.ListEligible;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Badges;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// The badge eligibility list reads the candidates as rows and pages them (ADR 0073). After random seniority gaps (some
/// withdrawn), suspensions around the rounds, exemptions, removals followed by re-admission, transfers out, deaths and
/// recorded awards, every page of every round and root together equals the domain's reading of every member loaded whole
/// (<see cref="BadgeEligibility.DueIn"/> on <see cref="PartyMember"/>): the same members, levels, seniority and
/// newly-eligible flags, the same counts, each member once, in the list's order.
/// </summary>
public sealed class BadgeEligibilityEqualityTests
{
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm"];

    private static readonly string[] GivenNames = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khoa", "Lan", "Minh", "Nam", "Phúc", "Quân", "Sơn", "Tâm"];

    [Fact]
    public async Task Every_page_of_every_round_and_root_equals_the_domains_reading_of_every_member_loaded_whole()
    {
        using var api = new ApiFactory();
        var members = await RegisterAsync(api, new Random(20261205));
        var admin = api.ClientAs(Roles.Admin, null);

        var whole = await api.WithDbAsync(db => db.Set<PartyMember>().AsNoTracking().Include(m => m.StatusHistory).Where(m => members.Contains(m.Id)).ToListAsync());
        whole.Count(m => m.SeniorityGaps.Count > 0).ShouldBeGreaterThan(3);
        whole.Count(m => m.SeniorityGaps.Any(g => !g.IsInForce)).ShouldBeGreaterThan(0);
        whole.Count(m => m.Conditions.Any(c => c.Kind == MemberConditionKind.Suspension)).ShouldBeGreaterThan(3);
        whole.Count(m => m.ReadmissionDecisionDate is not null && m.Status == MemberStatus.Full).ShouldBeGreaterThan(0);
        (await api.WithDbAsync(db => db.Set<BadgeAward>().CountAsync())).ShouldBeGreaterThan(3);

        DateOnly?[] rounds = [null, new(2022, 2, 3), new(2023, 5, 19), new(2024, 11, 7), new(2025, 9, 2)];
        var compared = 0;
        foreach (var root in new Guid?[] { null, DemoData.CommitteeId, DemoData.Cell(2) })
        {
            foreach (var round in rounds)
            {
                compared += await ShouldEqualTheDomainsReadingAsync(api, admin, root, round, pageSize: 37);
            }
        }

        compared.ShouldBeGreaterThan(200);
    }

    /// <summary>
    /// Reads every page of the list of <paramref name="round"/> (the next round when null) in <paramref name="root"/>'s
    /// subtree (the register when null) and checks it against <see cref="BadgeEligibility.DueIn"/> over every member
    /// loaded whole: the same members, levels, seniority and flags, each once, the counts by level, the default order.
    /// Returns how many members were due.
    /// </summary>
    internal static async Task<int> ShouldEqualTheDomainsReadingAsync(ApiFactory api, HttpClient client, Guid? root, DateOnly? round, int pageSize)
    {
        var rulebook = api.Services.GetRequiredService<RuleBook<BadgeRuleSet>>();
        var today = api.Services.GetRequiredService<TimeProvider>().TodayInVietnam();
        var day = round ?? rulebook.InForceOn(today).NextRoundOnOrAfter(today);
        var rules = rulebook.InForceOn(day);
        var expected = await api.WithDbAsync(async db =>
        {
            var organizations = await db.Set<PartyOrganization>().AsNoTracking().ToListAsync();
            var cells = root is { } id
                ? organizations.Where(o => o.Path.StartsWith(organizations.Single(r => r.Id == id).Path, StringComparison.Ordinal)).Select(o => o.Id).ToHashSet()
                : null;
            var awarded = (await db.Set<BadgeAward>().Select(a => new { a.MemberId, a.Years }).ToListAsync()).ToLookup(a => a.MemberId, a => a.Years);
            return (await db.Set<PartyMember>().AsNoTracking().Include(m => m.StatusHistory).ToListAsync())
                .Where(m => cells is null || cells.Contains(m.OrganizationId))
                .Select(m => (Member: m, Due: BadgeEligibility.DueIn(m, day, rules, [.. awarded[m.Id]])))
                .Where(x => x.Due is not null)
                .ToDictionary(x => x.Member.Id, x => (x.Due!.Years, x.Due.SeniorityYears, x.Due.NewlyEligible));
        });

        var query = $"/api/v1/party-badges/eligible?pageSize={pageSize}{(root is null ? string.Empty : $"&organizationId={root}")}{(round is null ? string.Empty : $"&roundDate={round:yyyy-MM-dd}")}";
        var (items, first) = await AllPagesAsync(client, query);
        first.RoundDate.ShouldBe(day);
        first.TotalCount.ShouldBe(expected.Count, query);
        items.Select(i => i.MemberId).ShouldBeUnique();
        items.ToDictionary(i => i.MemberId, i => (i.Years, i.SeniorityYears, i.NewlyEligible)).ShouldBe(expected, ignoreOrder: true, query);
        foreach (var level in rules.Levels)
        {
            first.CountsByYears[level.ToString(System.Globalization.CultureInfo.InvariantCulture)].ShouldBe(expected.Values.Count(e => e.Years == level), $"{query} level {level}");
        }

        // The default order: the highest level first, then the earliest admission.
        items.Zip(items.Skip(1)).ShouldAllBe(p => p.First.Years > p.Second.Years
            || (p.First.Years == p.Second.Years && p.First.AdmissionDecisionDate <= p.Second.AdmissionDecisionDate));
        items.ShouldAllBe(i => i.FullName.Length > 0 && i.OrganizationName.Length > 0);
        return expected.Count;
    }

    [Fact]
    public async Task The_filters_and_sorts_narrow_and_order_the_pages_and_bad_parameters_are_refused()
    {
        using var api = new ApiFactory();
        await RegisterAsync(api, new Random(7));
        var office = api.ClientAs(Roles.CommitteeOffice, DemoData.CommitteeId);
        const string Round = "roundDate=2025-09-02";
        var (all, whole) = await AllPagesAsync(office, $"/api/v1/party-badges/eligible?{Round}&pageSize=100");
        all.Count.ShouldBeGreaterThan(40);

        var (thirty, list) = await AllPagesAsync(office, $"/api/v1/party-badges/eligible?{Round}&years=30&pageSize=9");
        thirty.ShouldAllBe(i => i.Years == 30);
        list.TotalCount.ShouldBe(whole.CountsByYears["30"]);
        list.CountsByYears.ShouldBe(whole.CountsByYears);
        thirty.Select(i => i.MemberId).ShouldBe(all.Where(i => i.Years == 30).Select(i => i.MemberId));

        var (missed, _) = await AllPagesAsync(office, $"/api/v1/party-badges/eligible?{Round}&newlyEligible=false&pageSize=100");
        missed.Select(i => i.MemberId).ShouldBe(all.Where(i => !i.NewlyEligible).Select(i => i.MemberId));
        missed.Count.ShouldBeGreaterThan(0);

        var sortKeys = await api.WithDbAsync(db => db.Set<PartyMember>().ToDictionaryAsync(m => m.Id, m => m.NameSortKey));
        var (byName, _) = await AllPagesAsync(office, $"/api/v1/party-badges/eligible?{Round}&sort=fullName&pageSize=11");
        byName.Select(i => i.MemberId).ShouldBe(all.Select(i => i.MemberId), ignoreOrder: true);
        byName.Zip(byName.Skip(1)).ShouldAllBe(p => string.CompareOrdinal(sortKeys[p.First.MemberId], sortKeys[p.Second.MemberId]) <= 0);
        var (latest, _) = await AllPagesAsync(office, $"/api/v1/party-badges/eligible?{Round}&sort=-admissionDecisionDate&pageSize=13");
        latest.Zip(latest.Skip(1)).ShouldAllBe(p => p.First.AdmissionDecisionDate >= p.Second.AdmissionDecisionDate);
        var (lowest, _) = await AllPagesAsync(office, $"/api/v1/party-badges/eligible?{Round}&sort=years&pageSize=100");
        lowest.Zip(lowest.Skip(1)).ShouldAllBe(p => p.First.Years <= p.Second.Years);

        var beyond = await office.GetFromJsonAsync<BadgeEligibilityList>($"/api/v1/party-badges/eligible?{Round}&page=1000", HttpExtensions.Json);
        beyond!.Items.ShouldBeEmpty();
        beyond.TotalCount.ShouldBe(all.Count);

        await (await office.GetAsync($"/api/v1/party-badges/eligible?{Round}&years=33")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "badge.level_invalid");
        await (await office.GetAsync($"/api/v1/party-badges/eligible?{Round}&pageSize=101")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await office.GetAsync($"/api/v1/party-badges/eligible?{Round}&page=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await office.GetAsync($"/api/v1/party-badges/eligible?{Round}&sort=seniority")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await office.GetAsync($"/api/v1/party-badges/eligible?{Round}&newlyEligible=maybe")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
    }

    internal static async Task<(List<BadgeEligibilityItem> Items, BadgeEligibilityList First)> AllPagesAsync(HttpClient client, string query)
    {
        var items = new List<BadgeEligibilityItem>();
        BadgeEligibilityList? first = null;
        for (var page = 1; ; page++)
        {
            var response = await client.GetAsync($"{query}&page={page}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var list = (await response.Content.ReadFromJsonAsync<BadgeEligibilityList>(HttpExtensions.Json))!;
            first ??= list;
            list.TotalCount.ShouldBe(first.TotalCount);
            items.AddRange(list.Items);
            if (list.Items.Count < list.PageSize)
            {
                items.Count.ShouldBe(first.TotalCount);
                return (items, first);
            }
        }
    }

    /// <summary>Senior members of the three demo cells with random histories; returns the members added.</summary>
    private static async Task<HashSet<Guid>> RegisterAsync(ApiFactory api, Random random)
    {
        var today = api.Services.GetRequiredService<TimeProvider>().TodayInVietnam();
        var members = new HashSet<Guid>();
        for (var i = 0; i < 72; i++)
        {
            var admitted = new DateOnly(1950 + random.Next(48), 1 + random.Next(12), 1 + random.Next(28));
            var name = $"{FamilyNames[random.Next(FamilyNames.Length)]} Văn {GivenNames[random.Next(GivenNames.Length)]}";
            var cellId = DemoData.Cell(1 + (i % 3));
            members.Add(await api.WithDbAsync(async db =>
            {
                var cell = await db.Set<PartyOrganization>().SingleAsync(o => o.Id == cellId);
                var since = cell.EstablishedOn > admitted.AddYears(1) ? cell.EstablishedOn : admitted.AddYears(1);
                var member = PartyMember.Register(
                    Guid.CreateVersion7(),
                    new MemberProfile(name, Sex.Male, admitted.AddYears(-25), null, null, Ethnicities.Kinh, null, null,
                        GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Advanced, null, null, null, null, false, null, null),
                    new AdmissionRecord(admitted, "01-QĐ/ĐU", admitted, admitted.AddYears(1)),
                    cell,
                    MemberStatus.Full,
                    since,
                    null);
                db.Set<PartyMember>().Add(member);
                await db.SaveChangesAsync();
                return member.Id;
            }));
        }

        var admin = api.ClientAs(Roles.Admin, null);
        var ids = members.ToList();
        for (var i = 0; i < 110; i++)
        {
            var id = ids[random.Next(ids.Count)];
            var kind = random.Next(8);
            var near = new[] { new DateOnly(2022, 2, 3), new DateOnly(2023, 5, 19), new DateOnly(2024, 11, 7), new DateOnly(2025, 9, 2) }[random.Next(4)].AddDays(random.Next(-40, 20));
            var days = random.Next(0, 2500);
            var start = new DateOnly(1975, 1, 1).AddDays(random.Next(0, 30 * 365));
            if (kind == 7)
            {
                var level = random.Next(2) == 0 ? 30 : 40;
                await admin.PostAsJsonAsync($"/api/v1/members/{id}/badges", new { years = level, roundDate = "2021-09-02", basis = "RECORDED", decisionNumber = "HH-" + i }, HttpExtensions.Json);
                continue;
            }

            await api.WithDbAsync(async db =>
            {
                var member = await db.Set<PartyMember>().Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.Id == id);
                try
                {
                    switch (kind)
                    {
                        case 0 or 1:
                            member.RecordSeniorityGap(new DateRange(start, start.AddDays(days)), SeniorityGapReason.LostContact, "12-QĐ/ĐU", null, today);
                            break;
                        case 2:
                            if (member.SeniorityGaps.FirstOrDefault(g => g.IsInForce) is { } gap)
                            {
                                member.WithdrawSeniorityGap(gap.Id, new SeniorityGapDecision("13-QĐ/ĐU", today.AddDays(-1), "Ghi nhầm"), today);
                            }

                            break;
                        case 3 or 4:
                            member.Suspend(new DateRange(near, near.AddDays(days % 60)), "3-QĐ/UBKT", null, near, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory);
                            break;
                        case 5:
                            member.Exempt(MemberConditionKind.Exemption, ExemptionGround.Age, new DateRange(near, null), "15-NQ/CB", "Tuổi cao", near, MemberConditionRuleSet.Statutory);
                            break;
                        default:
                            if (random.Next(3) == 0)
                            {
                                member.ChangeStatus(random.Next(2) == 0 ? MemberStatus.Deceased : MemberStatus.TransferredOut, near, "20-TB/ĐU", null);
                                break;
                            }

                            // Removed for family hardship, re-admitted six years later, full again a year after that.
                            var removed = new DateOnly(2011, 1, 1).AddDays(random.Next(0, 2500));
                            var cell = await db.Set<PartyOrganization>().SingleAsync(o => o.Id == member.OrganizationId);
                            member.ChangeStatus(MemberStatus.NameRemoved, removed, "9-QĐ/ĐU", null, LeavingReason.WithdrawalForFamilyHardship);
                            member.Readmit(removed.AddYears(6), "7-QĐ/ĐU", cell, LeavingReason.WithdrawalForFamilyHardship, null, today, ReadmissionRuleSet.Statutory);
                            member.RecognizeFullMembership(removed.AddYears(7), "8-QĐ/ĐU", 12);
                            break;
                    }

                    return await db.SaveChangesAsync();
                }
                catch (DomainRuleException)
                {
                    return 0;
                }
            });
        }

        // Full again between the previous round (19/5/2025) and a round read (2/9/2025): probationary on the previous round,
        // so his level is newly reached, which only his status periods tell (the start his record keeps counts as if he
        // had been full all along: ADR 0090).
        members.Add(await api.WithDbAsync(async db =>
        {
            var member = MemberSeeding.FullMember(
                await db.Set<PartyOrganization>().SingleAsync(o => o.Id == DemoData.Cell(1)), "Đỗ Văn Hồi", new DateOnly(1952, 4, 2), new DateOnly(1975, 3, 10));
            db.Set<PartyMember>().Add(member);
            await db.SaveChangesAsync();
            return member.Id;
        }));
        await api.WithDbAsync(async db =>
        {
            var member = await db.Set<PartyMember>().Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.FullName == "Đỗ Văn Hồi");
            var cell = await db.Set<PartyOrganization>().SingleAsync(o => o.Id == member.OrganizationId);
            member.ChangeStatus(MemberStatus.NameRemoved, new DateOnly(2016, 3, 1), "9-QĐ/ĐU", null, LeavingReason.WithdrawalForFamilyHardship);
            member.Readmit(new DateOnly(2024, 6, 3), "7-QĐ/ĐU", cell, LeavingReason.WithdrawalForFamilyHardship, null, today, ReadmissionRuleSet.Statutory);
            member.RecognizeFullMembership(new DateOnly(2025, 6, 16), "8-QĐ/ĐU", 12);
            return await db.SaveChangesAsync();
        });

        return members;
    }
}

/// <summary>The badge list's statements as SQL Server gets them (no server runs here: translated only, ADR 0090).</summary>
public sealed class BadgeCandidateTranslationTests
{
    [Fact]
    public void The_badge_candidates_statements_translate_on_SQL_Server()
    {
        using var db = SqlServerTranslation.Context();
        foreach (var subtree in new IReadOnlyCollection<Guid>?[] { null, [DemoData.Cell(1), DemoData.Cell(2)] })
        {
            var queries = new BadgeCandidateQueries(db, subtree, new DateOnly(1997, 2, 3), new DateOnly(2026, 11, 7));
            var unchanged = queries.Unchanged().ToQueryString();
            unchanged.ShouldContain("[SeniorityCountedFrom]");
            unchanged.ShouldContain("NOT IN (", Case.Sensitive, unchanged);
            unchanged.ShouldContain("UNION ALL", Case.Sensitive, unchanged);
            var changed = queries.WithPeriods(changedOnly: true).ToQueryString();
            changed.ShouldContain("INNER JOIN [MemberStatusPeriods]", Case.Sensitive, changed);
            changed.ShouldContain("ORDER BY [m].[Id]", Case.Sensitive, changed);
            queries.WithPeriods(changedOnly: false).ToQueryString().ShouldNotContain("UNION");
        }
    }
}
