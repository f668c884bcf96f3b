using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Evaluation.Reviews;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Application.Membership.Members.ListMembers;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Migrations.Sql;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Engines;

/// <summary>
/// The pre-aggregated membership counts (ADR 0030) equal a full recount after random changes through the API and
/// the domain (admissions, recognitions, removals, deaths, expulsions, transfers out, cell moves, record fields), on
/// each engine: the counts table equals the counts recomputed from the members, and the statistics read from it are
/// byte-identical to the recount's, for today and for past dates.
/// </summary>
public abstract partial class EngineScenarios
{
    private static readonly string[] GivenNames = ["An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Lan", "Minh", "Nga", "Phúc", "Quân", "Thảo", "Trung", "Vy"];

    [SkippableFact]
    public async Task Pre_aggregated_counts_equal_a_full_recount_after_random_changes()
    {
        var office = Office();
        var random = new Random(20261201);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        // The cells under a sub-committee of their own: a subtree of several organisations that is not the register, whose
        // dated counts are summed over its organisations (ADR 0102), not read from the register-wide rows (ADR 0071).
        var subCommittee = (await (await office.PostAsJsonAsync(Url, new
        {
            code = "DBBP-AGG-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
            name = "Đảng bộ bộ phận Thống kê",
            type = "PARTY_SUB_COMMITTEE",
            unitKind = "PUBLIC_SERVICE_UNIT",
            parentId = DemoData.CommitteeId,
            establishedOn = "2021-01-01",
        })).ReadAsync<OrganizationDto>()).Id;
        var cells = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            // Established and populated after the seed report's year: the other scenarios' 2020 figures stay as they are.
            var cell = await (await office.PostAsJsonAsync(Url, new
            {
                code = "CB-AGG-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
                name = $"Chi bộ Thống kê {GivenNames[i]}",
                type = "PARTY_CELL",
                unitKind = "PUBLIC_SERVICE_UNIT",
                parentId = subCommittee,
                establishedOn = "2021-01-01",
            })).ReadAsync<OrganizationDto>();
            cells.Add(cell.Id);
        }

        var members = new List<Guid>();
        var probationers = new List<Guid>();
        var done = new Dictionary<string, int>();
        var refused = new List<string>();
        async Task Record(string kind, HttpResponseMessage response)
        {
            if (response.IsSuccessStatusCode)
            {
                done[kind] = done.GetValueOrDefault(kind) + 1;
            }
            else
            {
                response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, await response.Content.ReadAsStringAsync());
                refused.Add($"{kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        for (var op = 0; op < 420; op++)
        {
            var kind = members.Count < 40 ? 0 : random.Next(8);
            var memberId = members.Count > 0 ? members[random.Next(members.Count)] : Guid.Empty;
            switch (kind)
            {
                case 0 or 1:
                {
                    var body = NewMember(random, cells[random.Next(cells.Count)], today);
                    var response = await office.PostAsJsonAsync("/api/v1/members", body);
                    await Record("admit", response);
                    if (response.IsSuccessStatusCode)
                    {
                        var id = (await response.ReadAsync<MemberDto>()).Id;
                        members.Add(id);
                        if (body["fullMembershipDate"] is null)
                        {
                            probationers.Add(id);
                        }
                    }

                    break;
                }

                case 2 or 3:
                    await Record("update", await office.PutJsonAsync($"/api/v1/members/{memberId}", await UpdateOf(office, memberId, random), await ETagAsync(office, memberId)));
                    break;
                case 4:
                    string[] leaving = ["NAME_REMOVED", "EXPELLED", "DECEASED"];
                    await Record("status", await office.PostJsonAsync(
                        $"/api/v1/members/{memberId}/status-changes",
                        new { status = leaving[random.Next(leaving.Length)], effectiveOn = Backdated(random, today).ToString("yyyy-MM-dd"), decisionNumber = "12-QĐ/ĐU" },
                        await ETagAsync(office, memberId)));
                    break;
                case 5:
                    var probationer = probationers[random.Next(probationers.Count)];
                    await Record("recognize", await office.PostJsonAsync(
                        $"/api/v1/members/{probationer}/full-membership",
                        new { recognizedOn = today.AddDays(-random.Next(0, 5)).ToString("yyyy-MM-dd"), decisionNumber = "310-QĐ/ĐU" },
                        await ETagAsync(office, probationer)));
                    break;
                case 6:
                    // A move between cells and a transfer out, through the aggregate and the save pipeline.
                    var target = cells[random.Next(cells.Count)];
                    var moved = await Api.WithDbAsync(async db =>
                    {
                        var member = await db.Members.Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.Id == memberId);
                        var cell = await db.Organizations.SingleAsync(o => o.Id == target);
                        try
                        {
                            member.MoveToCell(cell, Backdated(random, today));
                            await db.SaveChangesAsync();
                            return true;
                        }
                        catch (Domain.Common.DomainRuleException)
                        {
                            return false;
                        }
                    });
                    done["move"] = done.GetValueOrDefault("move") + (moved ? 1 : 0);
                    break;
                default:
                    var left = await Api.WithDbAsync(async db =>
                    {
                        var member = await db.Members.Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.Id == memberId);
                        try
                        {
                            member.TransferOut(Backdated(random, today), "05-QĐ/ĐU");
                            await db.SaveChangesAsync();
                            return true;
                        }
                        catch (Domain.Common.DomainRuleException)
                        {
                            return false;
                        }
                    });
                    done["transfer"] = done.GetValueOrDefault("transfer") + (left ? 1 : 0);
                    break;
            }
        }

        foreach (var kind in new[] { "admit", "update", "status", "recognize", "move", "transfer" })
        {
            done.GetValueOrDefault(kind).ShouldBeGreaterThan(0, $"no {kind} succeeded; refusals: {string.Join(" | ", refused.Take(12))}");
        }

        // The table equals the counts recomputed from the members' current columns (same rows, same numbers).
        var (table, recount) = await Api.WithDbAsync(MembershipCountsRecount.TableAndRecountAsync);
        table.ShouldBe(recount);
        table.Count(r => r.StartsWith(cells[0].ToString(), StringComparison.Ordinal)).ShouldBeGreaterThan(10);

        // The migration's hand-written backfill rebuilds the same rows from the members.
        var backfilled = await Api.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(db is SqlServerAppDbContext ? MembershipCountsBackfill.SqlServer : MembershipCountsBackfill.Sqlite);
            return (await db.Set<MembershipCount>().AsNoTracking().Where(c => c.Count != 0).ToListAsync())
                .Select(c => $"{c.OrganizationId}/{c.Dimension}/{c.Value}={c.Count}").Order(StringComparer.Ordinal).ToList();
        });
        backfilled.ShouldBe(recount);

        // The dated counts equal the dated changes recomputed from every member's history, and their backfill rebuilds them.
        var (dated, expectedDated) = await Api.WithDbAsync(async db => (await DatedRowsAsync(db), await DatedCountsRecount.ExpectedRowsAsync(db)));
        dated.ShouldBe(expectedDated);
        dated.Count(r => r.StartsWith(Guid.Empty.ToString(), StringComparison.Ordinal)).ShouldBeGreaterThan(10);
        var rebuilt = await Api.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(db is SqlServerAppDbContext ? MembershipCountChangesBackfill.SqlServer : MembershipCountChangesBackfill.Sqlite);
            (await MembershipCountChangesBackfill.RunAsync(db, CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(members.Count);
            return await DatedRowsAsync(db);
        });
        rebuilt.ShouldBe(expectedDated);

        // The review months read from the dated counts (ADR 0061) equal those counted over the placement × status
        // intervals: the register and one cell, last year and this year (admissions, moves, transfers and deaths dated in both).
        foreach (var year in new[] { today.Year - 1, today.Year })
        {
            foreach (var root in new Guid?[] { null, cells[0] })
            {
                var (intervals, fromCounts) = await Api.WithDbAsync(async db =>
                {
                    IReadOnlyCollection<Guid>? subtree = root is { } id ? [id] : null;
                    return (await db.CountForYearAsync(subtree, year, today, CancellationToken.None),
                        await db.CountForYearAsync(subtree, year, today, CancellationToken.None, fromDatedCounts: true));
                });
                static string Line(CellMonthReviewCount m) => $"{m.CellId} {m.Month} {m.RosterDate} {m.Expected} {m.Missing}";
                fromCounts.Select(Line).ToList().ShouldBe(intervals.Select(Line).ToList(), $"review months of {root}, {year}");
                if (root is not null && year == today.Year)
                {
                    intervals.Sum(m => m.Expected).ShouldBeGreaterThan(0);
                }
            }
        }

        // The statistics read from the counts are byte-identical to the recount, for every dimension, today and as of
        // past dates (back-dated changes included) and a future one (band changes by the date alone).
        DateOnly?[] dates =
        [
            null, today, today.AddDays(-1), today.AddDays(-40), today.AddDays(-200), today.AddDays(-399), new DateOnly(2023, 6, 30),
            new DateOnly(2021, 12, 31), new DateOnly(2020, 12, 31), today.AddYears(7),
        ];
        Guid?[] organizations = [null, DemoData.CommitteeId, subCommittee, cells[0], cells[1]];
        foreach (var organization in organizations)
        {
            foreach (var date in dates)
            {
                var (fromCounts, fromRecount) = await BothAsync(organization, date);
                fromCounts.ShouldBe(fromRecount, $"organisation {organization}, as of {date}");
            }
        }

        var cellToday = JsonSerializer.Deserialize<MembershipStatistics>((await BothAsync(cells[0], null)).FromCounts, HttpExtensions.Json)!;
        cellToday.Members.Total.ShouldBe(recount.Where(r => r.StartsWith($"{cells[0]}/{MembershipCounts.Status}/", StringComparison.Ordinal)).Sum(r => int.Parse(r.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture)));
        cellToday.Members.Total.ShouldBeGreaterThan(0);

        // The member list's totals, read from the same counts, equal the register counted row by row: the whole
        // register, the committee and each cell, all counted members and each counted status; through the handler
        // with the counts and without them, and over HTTP (the default list's compiled statement, a cell's list).
        MemberStatus?[] statuses = [null, MemberStatus.Probationary, MemberStatus.Full];
        foreach (var organization in organizations)
        {
            foreach (var status in statuses)
            {
                var (listFromCounts, listFromRegister) = await ListTotalsAsync(organization, status);
                listFromCounts.ShouldBe(listFromRegister, $"list of organisation {organization}, status {status}");
            }
        }

        var counted = MembershipLabels.CountedStatuses;
        var registerTotal = await Api.WithDbAsync(db => db.Members.CountAsync(m => counted.Contains(m.Status)));
        var admin = Api.ClientAs("Admin", null);
        (await admin.GetFromJsonAsync<PagedList<MemberListItem>>("/api/v1/members?pageSize=1", HttpExtensions.Json))!.TotalCount.ShouldBe(registerTotal);
        var cellProbationers = await Api.WithDbAsync(db => db.Members.CountAsync(m => m.OrganizationId == cells[0] && m.Status == MemberStatus.Probationary));
        (await office.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?pageSize=1&organizationId={cells[0]}&status={Wire(MemberStatus.Probationary)}", HttpExtensions.Json))!
            .TotalCount.ShouldBe(cellProbationers);
        var cellMembers = await Api.WithDbAsync(db => db.Members.CountAsync(m => m.OrganizationId == cells[0] && counted.Contains(m.Status)));
        cellMembers.ShouldBeGreaterThan(cellProbationers);
        (await office.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?pageSize=1&organizationId={cells[0]}", HttpExtensions.Json))!
            .TotalCount.ShouldBe(cellMembers);
    }

    /// <summary>The member list's total through the pre-aggregated counts and through counting the register.</summary>
    private async Task<(int FromCounts, int FromRegister)> ListTotalsAsync(Guid? organizationId, MemberStatus? status)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var query = new ListMembersQuery(PageSize: 1, OrganizationId: organizationId, Status: status);
        var counts = await new ListMembersHandler(db, new UnrestrictedScope(db), new MembershipStatisticsOptions()).Handle(query, CancellationToken.None);
        var register = await new ListMembersHandler(db, new UnrestrictedScope(db), new MembershipStatisticsOptions { PreAggregated = false }).Handle(query, CancellationToken.None);
        return (counts.TotalCount, register.TotalCount);
    }

    /// <summary>
    /// A new cell of the demo committee (code <paramref name="codePrefix"/> and a random suffix) with six new full members
    /// (full since March 2022 to March 2025 at the latest), for a scenario whose figures must not move the others'.
    /// </summary>
    private async Task<(OrganizationDto Cell, List<Guid> Members)> CellOfSixFullMembersAsync(HttpClient admin, Random random, string codePrefix, string name)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var cell = await (await admin.PostAsJsonAsync(Url, new
        {
            code = codePrefix + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
            name,
            type = "PARTY_CELL",
            unitKind = "PUBLIC_SERVICE_UNIT",
            parentId = DemoData.CommitteeId,
            establishedOn = "2021-01-01",
        })).ReadAsync<OrganizationDto>();
        var members = new List<Guid>();
        while (members.Count < 6)
        {
            var body = NewMember(random, cell.Id, today);
            if (body["fullMembershipDate"] is null)
            {
                continue;
            }

            var created = await admin.PostAsJsonAsync("/api/v1/members", body);
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            members.Add((await created.ReadAsync<MemberDto>()).Id);
        }

        return (cell, members);
    }

    /// <summary>
    /// ADR 0092: the attendance counts kept with a meeting are recounted on the engine (its own statements) when the
    /// meeting is held and when deaths are recorded late for two of its attendees, and the rating statistics' meetings
    /// section equals the recount over the attendances and the status periods. In a cell of its own, in 2025: the other
    /// scenarios' figures stay as they are.
    /// </summary>
    [SkippableFact]
    public async Task Meeting_attendance_counts_equal_the_recount_after_deaths_recorded_late()
    {
        var admin = Api.ClientAs("Admin", null);
        var random = new Random(20261206);
        var (cell, members) = await CellOfSixFullMembersAsync(admin, random, "CB-MTG-", "Chi bộ Sinh hoạt Kiểm thử");

        var held = await admin.PostAsJsonAsync("/api/v1/meetings", new
        {
            organizationId = cell.Id, heldOn = "2025-06-10", kind = "THEMATIC", agenda = "Sinh hoạt chuyên đề", chairMemberId = members[0], secretaryMemberId = members[1],
            attendance = members.Select((m, i) => new { memberId = m, status = i == 5 ? "ABSENT" : "PRESENT" }).ToArray(), documentIds = Array.Empty<Guid>(),
        });
        held.StatusCode.ShouldBe(HttpStatusCode.Created, await held.Content.ReadAsStringAsync());
        var meetingId = (await held.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await Evaluation.Statistics.MeetingAttendanceCountsReference.CountsOfAsync(Api, meetingId)).ShouldBe((6, 5));

        foreach (var memberId in members.Skip(4))
        {
            (await admin.PostJsonAsync(
                $"/api/v1/members/{memberId}/status-changes",
                new { status = "DECEASED", effectiveOn = "2025-05-01", decisionNumber = "01-TB/ĐU" },
                await ETagAsync(admin, memberId))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await Evaluation.Statistics.MeetingAttendanceCountsReference.CountsOfAsync(Api, meetingId)).ShouldBe((4, 4));
        (await Evaluation.Statistics.MeetingAttendanceCountsReference.MismatchesAsync(Api)).ShouldBeEmpty();
        await Evaluation.Statistics.MeetingAttendanceCountsReference.StatisticsShouldEqualTheRecountAsync(Api, admin, 2025);
    }

    /// <summary>
    /// ADR 0093: the dated counts' received rows of a document are kept on the engine (its own statements) when a meeting
    /// disseminates it, a member absent from it catches up and an attendee's death is recorded late; they equal the
    /// recount from every member's history and receipts, and the cell's coverage equals the roster read member by member.
    /// In a cell of its own, in 2025.
    /// </summary>
    [SkippableFact]
    public async Task Received_counts_equal_the_recount_after_a_meeting_a_catch_up_and_a_late_death()
    {
        var admin = Api.ClientAs("Admin", null);
        var random = new Random(20261207);
        var (cell, members) = await CellOfSixFullMembersAsync(admin, random, "CB-DOC-", "Chi bộ Phổ biến Kiểm thử");

        var document = await admin.PostAsJsonAsync("/api/v1/documents", new
        {
            organizationId = DemoData.CommitteeId, number = "31-NQ/ĐU-" + Guid.NewGuid().ToString("N")[..4], issuedOn = "2025-05-02", issuer = "Đảng ủy Sở", kind = "RESOLUTION",
            title = "Nghị quyết kiểm thử trên máy chủ",
        });
        document.StatusCode.ShouldBe(HttpStatusCode.Created, await document.Content.ReadAsStringAsync());
        var documentId = (await document.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var held = await admin.PostAsJsonAsync("/api/v1/meetings", new
        {
            organizationId = cell.Id, heldOn = "2025-06-10", kind = "THEMATIC", agenda = "Phổ biến nghị quyết", chairMemberId = members[0], secretaryMemberId = members[1],
            attendance = members.Select((m, i) => new { memberId = m, status = i == 5 ? "ABSENT" : "PRESENT" }).ToArray(), documentIds = new[] { documentId },
        });
        held.StatusCode.ShouldBe(HttpStatusCode.Created, await held.Content.ReadAsStringAsync());
        (await admin.PostAsJsonAsync($"/api/v1/documents/{documentId}/catch-ups", new { memberId = members[5], receivedOn = "2025-06-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostJsonAsync(
            $"/api/v1/members/{members[4]}/status-changes",
            new { status = "DECEASED", effectiveOn = "2025-07-01", decisionNumber = "01-TB/ĐU" },
            await ETagAsync(admin, members[4]))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Api.WithDbAsync(DatedRowsAsync)).ShouldBe(await Api.WithDbAsync(DatedCountsRecount.ExpectedRowsAsync));
        foreach (var (day, received) in new[] { ("2025-06-15", 5), ("2025-06-30", 6), ("2025-12-31", 5) })
        {
            var (counted, _) = await Evaluation.Documents.CoverageEquality.ShouldEqualTheRosterAsync(Api, admin, documentId, cell.Id, DateOnly.Parse(day, CultureInfo.InvariantCulture));
            counted.ShouldBe(received, day);
        }
    }

    /// <summary>A date within the last 400 days (a back-dated change; refused when before the member's last change).</summary>
    private static DateOnly Backdated(Random random, DateOnly today) => random.Next(3) == 0 ? today : today.AddDays(-random.Next(1, 400));

    private static Task<List<string>> DatedRowsAsync(AppDbContext db) => DatedCountsRecount.StoredRowsAsync(db);

    /// <summary>The statistics through the pre-aggregated counts and through the recount, as JSON.</summary>
    private async Task<(string FromCounts, string FromRecount)> BothAsync(Guid? organizationId, DateOnly? asOf)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var query = new GetMembershipStatisticsQuery(organizationId, asOf);
        var counts = await new GetMembershipStatisticsHandler(db, new UnrestrictedScope(db), time, new MembershipStatisticsOptions()).Handle(query, CancellationToken.None);
        var recount = await new GetMembershipStatisticsHandler(db, new UnrestrictedScope(db), time, new MembershipStatisticsOptions { PreAggregated = false }).Handle(query, CancellationToken.None);
        return (JsonSerializer.Serialize(counts, HttpExtensions.Json), JsonSerializer.Serialize(recount, HttpExtensions.Json));
    }

    private static async Task<string> ETagAsync(HttpClient client, Guid memberId)
    {
        var response = await client.GetAsync($"/api/v1/members/{memberId}");
        return response.Headers.ETag?.Tag ?? "\"0\"";
    }

    private static string Wire<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    private static T Pick<T>(Random random)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }

    private static string Name(Random random) =>
        $"{(random.Next(2) == 0 ? "Nguyễn" : "Trần")} {(random.Next(2) == 0 ? "Văn" : "Thị")} {GivenNames[random.Next(GivenNames.Length)]}";

    private static Dictionary<string, object?> Profile(Random random) => new()
    {
        ["fullName"] = Name(random),
        ["sex"] = random.Next(2) == 0 ? "MALE" : "FEMALE",
        ["dateOfBirth"] = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 38)).ToString("yyyy-MM-dd"),
        ["placeOfBirth"] = "Sóc Trăng",
        ["homeTown"] = "Sóc Trăng",
        ["ethnicityCode"] = new[] { "01", "01", "05", "04" }[random.Next(4)],
        ["religion"] = null,
        ["citizenId"] = null,
        ["generalEducation"] = Wire(Pick<GeneralEducation>(random)),
        ["professionalLevel"] = Wire(Pick<ProfessionalLevel>(random)),
        ["politicalTheoryLevel"] = Wire(Pick<PoliticalTheoryLevel>(random)),
        ["position"] = "Chuyên viên",
        ["phone"] = null,
        ["email"] = null,
        ["address"] = null,
        ["isProvincialCommitteeMember"] = random.Next(10) == 0,
        ["recordNumber"] = null,
    };

    private static Dictionary<string, object?> NewMember(Random random, Guid cell, DateOnly today)
    {
        var body = Profile(random);
        var probationary = random.Next(3) == 0;
        // Probationary: admitted within the last 7 months, or 13–14 months ago (can be recognised); full: admitted 2021–2024.
        var admitted = probationary ? today.AddDays(-(random.Next(2) == 0 ? random.Next(30, 200) : random.Next(380, 420))) : new DateOnly(2021, 3, 1).AddDays(random.Next(0, 365 * 3));
        var full = admitted.AddYears(1);
        body["partyCardNumber"] = null;
        body["admissionDecisionDate"] = admitted.ToString("yyyy-MM-dd");
        body["admissionDecisionNumber"] = "125-QĐ/ĐU";
        body["ceremonyDate"] = admitted.ToString("yyyy-MM-dd");
        body["fullMembershipDate"] = probationary ? null : full.ToString("yyyy-MM-dd");
        body["organizationId"] = cell;
        body["status"] = probationary ? "PROBATIONARY" : "FULL";
        body["statusSince"] = (probationary ? admitted : full).ToString("yyyy-MM-dd");
        body["statusDecisionNumber"] = "210-QĐ/ĐU";
        return body;
    }

    /// <summary>A new profile on the member's own admission: the record fields the statistics group by change.</summary>
    private static async Task<Dictionary<string, object?>> UpdateOf(HttpClient client, Guid memberId, Random random)
    {
        var current = await client.GetFromJsonAsync<JsonElement>($"/api/v1/members/{memberId}");
        var body = Profile(random);
        // Name and date of birth change only by a correction with a decision: kept.
        foreach (var field in new[] { "fullName", "dateOfBirth", "admissionDecisionDate", "admissionDecisionNumber", "ceremonyDate", "fullMembershipDate" })
        {
            body[field] = current.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }

        return body;
    }
}
