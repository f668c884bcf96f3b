using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Transfers;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Reports;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization.Reorganization;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// The statistical forms read the members as one projection summed by key (issue 12, session 42). After random moves,
/// transfers out, deaths, suspensions, exemptions, spellings of religions, birthdays on 28-29 February and a
/// reorganisation, every form for every root and date equals the form built from the members loaded whole and read by the domain
/// (<see cref="PartyMember.StatusOn"/>, the placement in force, <see cref="PartyMember.IsExemptOn"/>, …), and no
/// statement of a form reads a member's name (no member is materialised).
/// </summary>
public sealed class MembershipFormsEqualityTests
{
    private static readonly string[] Religions = ["Phật giáo", "phat giao ", "Công giáo", "Không", "none", "Tin Lành", "  "];

    [Fact]
    public async Task Every_form_for_every_root_and_date_equals_the_form_of_the_members_loaded_whole_after_random_changes()
    {
        using var api = new RequestStatementCountingApiFactory();
        var random = new Random(20261204);
        var members = new List<Guid>();
        for (var i = 0; i < 24; i++)
        {
            members.Add(await api.AddMemberAsync(
                DemoData.Cell(1 + (i % 3)),
                status: i % 5 == 0 ? MemberStatus.Probationary : MemberStatus.Full,
                admittedOn: new DateOnly(2016 + (i % 8), 1 + (i % 12), 1 + (i % 27)),
                dateOfBirth: new DateOnly(i % 2 == 0 ? 1964 : 1994, 2, i % 3 == 0 ? 29 - (i % 2) : 1 + i),
                sex: i % 2 == 0 ? Sex.Female : Sex.Male,
                ethnicityCode: i % 4 == 0 ? "05" : Ethnicities.Kinh));
        }

        members.AddRange(await api.WithDbAsync(db => db.Set<PartyMember>().Select(m => m.Id).Take(40).ToListAsync()));
        foreach (var id in members.Where((_, i) => i % 2 == 0))
        {
            var religion = Religions[random.Next(Religions.Length)];
            await api.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Members" SET "Religion" = {religion} WHERE "Id" = {id}"""));
        }

        // Two cells move under a second committee on 1 March 2023: the committee's subtree differs before and after.
        var admin = api.ClientAs(Roles.Admin, null);
        var created = await admin.PostAsJsonAsync(
            "/api/v1/organizations",
            new { code = "DB-SNV", name = "Đảng bộ Sở Nội vụ", type = "PARTY_COMMITTEE", establishedOn = "2023-01-01" },
            HttpExtensions.Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var homeAffairs = (await created.ReadAsync<OrganizationDto>()).Id;
        var moved = await admin.PostAsJsonAsync(
            "/api/v1/organizations/reorganizations",
            new { toParentId = homeAffairs, organizationIds = new[] { DemoData.Cell(1), DemoData.Cell(2) }, effectiveOn = "2023-03-01", decisionNumber = "25-QĐ/TU" },
            HttpExtensions.Json);
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());

        // The days on which something changed, and their eves and morrows: where a reading of a period's bounds would differ.
        var boundaries = new List<DateOnly>();
        for (var i = 0; i < 60; i++)
        {
            var id = members[random.Next(members.Count)];
            var on = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 5 * 365));
            var kind = random.Next(6);
            var cell = DemoData.Cell(1 + random.Next(3));
            var days = random.Next(0, 400);
            var open = random.Next(2) == 0;
            await api.WithDbAsync(async db =>
            {
                var member = await db.Set<PartyMember>().Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.Id == id);
                try
                {
                    switch (kind)
                    {
                        case 0:
                            member.TransferOut(on, "05-QĐ/ĐU");
                            break;
                        case 1:
                            member.ChangeStatus(MemberStatus.Deceased, on, "20-TB/ĐU", null);
                            break;
                        case 2:
                            member.Suspend(new DateRange(on, on.AddDays(days % 60)), "3-QĐ/UBKT", null, on, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory);
                            break;
                        case 3:
                            member.Exempt(MemberConditionKind.Exemption, ExemptionGround.Health, new DateRange(on, open ? null : on.AddDays(days)), "15-NQ/CB", "Sức khỏe", on, MemberConditionRuleSet.Statutory);
                            break;
                        default:
                            member.MoveToCell(await db.Organizations.SingleAsync(o => o.Id == cell), on);
                            break;
                    }

                    var saved = await db.SaveChangesAsync();
                    boundaries.AddRange([on, on.AddDays(-1)]);
                    if (kind is 2 or 3 && !(kind == 3 && open))
                    {
                        var last = on.AddDays(kind == 2 ? days % 60 : days);
                        boundaries.AddRange([last, last.AddDays(1)]);
                    }

                    return saved;
                }
                catch (Exception e) when (e is DomainRuleException or PartyCommittee.Application.Common.Exceptions.PreconditionFailedException)
                {
                    return 0;
                }
            });
        }

        DateOnly[] fixedDates = [new(2020, 12, 31), new(2021, 1, 15), new(2022, 2, 28), new(2023, 2, 28), new(2023, 3, 1), new(2023, 7, 1), new(2024, 2, 29), new(2025, 3, 1), new(2026, 11, 30)];
        boundaries.Count.ShouldBeGreaterThan(40);
        var dates = fixedDates.Concat(boundaries.Distinct().OrderBy(_ => random.Next()).Take(16)).ToList();
        Guid?[] roots = [null, DemoData.CommitteeId, homeAffairs, DemoData.Cell(1), DemoData.Cell(2)];
        var compared = 0;
        var nonEmpty = 0;
        foreach (var form in new[] { StatisticalForm.MemberQuality, StatisticalForm.EthnicityReligion })
        {
            var path = form == StatisticalForm.MemberQuality ? "member-quality" : "ethnicity-religion";
            foreach (var root in roots)
            {
                foreach (var date in dates)
                {
                    api.Statements.Take();
                    var actual = await admin.GetFromJsonAsync<StatisticalFormDto>(
                        $"/api/v1/reports/{path}?asOf={date:yyyy-MM-dd}" + (root is { } r ? $"&organizationId={r}" : string.Empty), HttpExtensions.Json);
                    var statements = api.Statements.Take();
                    statements.ShouldNotContain(s => s.Contains("\"FullName\"", StringComparison.Ordinal), $"{path} {root} {date}");

                    var asOf = form == StatisticalForm.EthnicityReligion ? new DateOnly(date.Year, 12, 31) : date;
                    var expected = await api.WithDbAsync(db => MembershipFormsReference.ExpectedAsync(db, form, root, asOf));
                    JsonSerializer.Serialize(actual, HttpExtensions.Json).ShouldBe(JsonSerializer.Serialize(expected, HttpExtensions.Json), $"{path} {root} {date}");
                    compared++;
                    nonEmpty += expected.Rows[0].Values[0] > 0 ? 1 : 0;
                }
            }
        }

        compared.ShouldBe(2 * roots.Length * dates.Count);
        nonEmpty.ShouldBeGreaterThan(100);

        // Transfers recorded through the API (session 50: the report now reads only those touching the subtree, and the
        // subtree's members from its placements): between the two cells the reorganisation moved, before and after it, and out of the committee.
        // (by an administrator: cells 1 and 2 are no longer in the committee office's scope)
        async Task TransferAsync(object body, string sentOn, string? receivedOn)
        {
            var requested = await admin.RequestAsync(body);
            var sent = await admin.SendAsync(requested, sentOn);
            if (receivedOn is not null)
            {
                await admin.ReceiveAsync(sent, receivedOn);
            }
        }

        var newcomer = await api.AddMemberAsync(DemoData.Cell(1), "Đặng Văn Chuyển", admittedOn: new DateOnly(2010, 5, 19));
        await TransferAsync(TransferClient.Internal(newcomer, DemoData.Cell(2), requestedOn: "2023-04-20"), "2023-05-02", "2023-05-10");
        var neighbour = await api.AddMemberAsync(DemoData.Cell(1), "Lý Thị Sang", admittedOn: new DateOnly(2011, 3, 2));
        await TransferAsync(TransferClient.Internal(neighbour, DemoData.Cell(2), requestedOn: "2022-05-20"), "2022-05-25", "2022-06-01");
        var guest = await api.AddMemberAsync(DemoData.Cell(2), "Hồ Văn Tạm", admittedOn: new DateOnly(2012, 8, 8));
        await TransferAsync(TransferClient.Internal(guest, DemoData.Cell(1), requestedOn: "2024-01-10", kind: "TEMPORARY", temporaryUntil: "2024-12-31"), "2024-01-15", "2024-01-22");
        var leaver = await api.AddMemberAsync(DemoData.Cell(3), "Mai Văn Đi", admittedOn: new DateOnly(2013, 9, 9));
        await TransferAsync(TransferClient.Outgoing(leaver, requestedOn: "2021-03-01"), "2021-03-08", null);
        var parents = await api.WithDbAsync(db => db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ParentId));
        var moves = await api.WithDbAsync(db => db.Set<OrganizationMove>().AsNoTracking().ToListAsync());
        var internalTransfers = await api.WithDbAsync(db => db.Set<Transfer>().AsNoTracking()
            .Where(t => t.Direction == TransferDirection.Internal && t.ReceivedOn != null).ToListAsync());
        internalTransfers.Count.ShouldBeGreaterThanOrEqualTo(3);

        // The movements report (the same day reading for its two counts; only the members with an event of the period
        // loaded): its counts equal the forms' reference totals on the eve and the last day, and over the register its
        // events equal those read from every member loaded whole.
        // And periods whose eve and last day are days of a change or their eves (where a count read up to the day, or to
        // the day before, would differ).
        var changeDays = boundaries.Distinct().Order().ToList();
        List<(DateOnly From, DateOnly To)> periods =
        [
            (new(2020, 1, 1), new(2020, 12, 31)), (new(2021, 1, 1), new(2023, 6, 30)), (new(2023, 3, 1), new(2025, 12, 31)), (new(2016, 1, 1), new(2025, 12, 31)),
            (changeDays[0].AddDays(1), changeDays[^1]), (changeDays[3].AddDays(1), changeDays[^4]), (changeDays[10].AddDays(1), changeDays[^11]),
        ];
        var events = 0;
        var rootEvents = 0;
        foreach (var (from, to) in periods)
        {
            foreach (var root in roots)
            {
                var movements = await admin.GetFromJsonAsync<MembershipMovements>(
                    $"/api/v1/reports/membership-movements?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}" + (root is { } r ? $"&organizationId={r}" : string.Empty), HttpExtensions.Json);
                var eve = from.AddDays(-1);
                var expectedOpening = (await api.WithDbAsync(db => MembershipFormsReference.ExpectedAsync(db, StatisticalForm.MemberQuality, root, eve))).Rows[0].Values[0];
                var expectedClosing = (await api.WithDbAsync(db => MembershipFormsReference.ExpectedAsync(db, StatisticalForm.MemberQuality, root, to))).Rows[0].Values[0];
                movements!.OpeningCount.ShouldBe(expectedOpening, $"{from} {root}");
                movements.ClosingCount.ShouldBe(expectedClosing, $"{from} {root}");
                // The API read both counts from the dated counts; the recount from the members' rows (the counts switched
                // off, or their backfill pending) gives the same.
                var recounted = await api.WithDbAsync(db => new GetMembershipMovementsHandler(db, new UnrestrictedScope(db), new MembershipStatisticsOptions { PreAggregated = false })
                    .Handle(new GetMembershipMovementsQuery(root, from, to), CancellationToken.None).AsTask());
                (recounted.OpeningCount, recounted.ClosingCount).ShouldBe((expectedOpening, expectedClosing), $"recounted {from} {root}");
                if (root is { } subtree)
                {
                    // A root's events: the register's events placed in an organisation of the root's subtree on their day,
                    // and the internal transfers received in the period that cross the subtree's border (the register
                    // lists none of those).
                    bool Inside(Guid? organization, DateOnly day) => organization is { } o && new OrganizationTreeOnDate(parents, moves, day).IsWithin(o, subtree);
                    var register = await admin.GetFromJsonAsync<MembershipMovements>(
                        $"/api/v1/reports/membership-movements?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", HttpExtensions.Json);
                    var expectedEvents = register!.Movements
                        .SelectMany(g => g.Members.Where(m => Inside(m.OrganizationId, m.Date)).Select(m => (g.Kind, m.MemberId, m.Date, m.OrganizationId)))
                        .Concat(internalTransfers.Where(t => t.ReceivedOn >= from && t.ReceivedOn <= to).SelectMany(t =>
                        {
                            var day = t.ReceivedOn!.Value;
                            var official = t.Kind == TransferKind.Official;
                            bool fromInside = Inside(t.FromOrganizationId, day), toInside = Inside(t.ToOrganizationId, day);
                            return toInside == fromInside ? []
                                : toInside ? [(official ? MovementKind.TransferredInOfficial : MovementKind.TransferredInTemporary, t.MemberId, day, t.ToOrganizationId!.Value)]
                                : new[] { (official ? MovementKind.TransferredOutOfficial : MovementKind.TransferredOutTemporary, t.MemberId, day, t.FromOrganizationId!.Value) };
                        }))
                        .Order().ToList();
                    movements.Movements.SelectMany(g => g.Members.Select(m => (g.Kind, m.MemberId, m.Date, m.OrganizationId))).Order().ToList()
                        .ShouldBe(expectedEvents, $"{from}-{to} {root}");
                    rootEvents += expectedEvents.Count;
                    continue;
                }

                bool In(DateOnly? day) => day >= from && day <= to;
                var all = await api.WithDbAsync(db => db.Set<PartyMember>().AsNoTracking().Include(m => m.StatusHistory).ToListAsync());
                int Leaving(MemberStatus status) => all.Sum(m => m.StatusHistory.Count(p => p.Status == status && In(p.StartsOn)));
                var expected = new Dictionary<MovementKind, int>
                {
                    [MovementKind.Admitted] = all.Count(m => In(m.AdmissionDecisionDate)),
                    [MovementKind.RecognizedFull] = all.Count(m => In(m.FullMembershipDate)),
                    [MovementKind.NameRemoved] = Leaving(MemberStatus.NameRemoved),
                    [MovementKind.Expelled] = Leaving(MemberStatus.Expelled),
                    [MovementKind.Deceased] = Leaving(MemberStatus.Deceased),
                };
                foreach (var (kind, count) in expected)
                {
                    movements.Movements.Single(g => g.Kind == kind).Count.ShouldBe(count, $"{kind} {from}-{to}");
                    events += count;
                }
            }
        }

        events.ShouldBeGreaterThan(20);
        rootEvents.ShouldBeGreaterThan(20);
    }
}

/// <summary>A statistical form as the domain reads it: every member loaded with his histories, counted as he stood on the day.</summary>
internal static class MembershipFormsReference
{
    /// <summary>The form from every member loaded with his histories, counted as the domain reads him on the day.</summary>
    public static async Task<StatisticalFormDto> ExpectedAsync(AppDbContext db, StatisticalForm form, Guid? root, DateOnly asOf)
    {
        var parents = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ParentId);
        var moves = await db.Set<OrganizationMove>().AsNoTracking().ToListAsync();
        var tree = new OrganizationTreeOnDate(parents, moves, asOf);
        var members = await db.Set<PartyMember>().AsNoTracking().Include(m => m.StatusHistory).Include(m => m.Placements).ToListAsync();
        var counted = members
            .Where(m => m.StatusOn(asOf) is { } status && MembershipLabels.IsCounted(status))
            .Where(m => m.Placements.FirstOrDefault(p => p.StartsOn <= asOf && (p.EndsOn is null || p.EndsOn > asOf)) is { } placement
                && (root is not { } r || tree.IsWithin(placement.OrganizationId, r)))
            .GroupBy(m => GetStatisticalFormHandler.Of(m, asOf))
            .Select(g => KeyValuePair.Create(g.Key, g.Count()))
            .ToList();
        return GetStatisticalFormHandler.Build(form, root, asOf, counted);
    }
}
