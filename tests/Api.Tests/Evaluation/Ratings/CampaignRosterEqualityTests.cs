using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Transfers;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Ratings;

/// <summary>
/// Session 57: the rating campaign's roster is read in one statement (the roster of the reference day with each member's
/// admission date, latest placement in another cell during the year and latest temporary transfer out probed by
/// member), where it read the roster and then four lists of member ids. After random moves between cells (one or two in
/// the year), moves before the year, exemptions and suspensions around the reference day, temporary and official
/// transfers out and members admitted under six months before it, the lines the API opens equal those read from every
/// member, placement, status period, condition and transfer loaded whole and judged here by the rules the handler
/// documents: who is listed, who is not rated and why, the arrangement and the other organisation named.
/// </summary>
public sealed class CampaignRosterEqualityTests(CampaignRosterEqualityTests.Host api) : IClassFixture<CampaignRosterEqualityTests.Host>
{
    private static readonly DateOnly Reference = new(2024, 12, 1);

    [Fact]
    public async Task The_lines_of_an_opened_campaign_equal_the_roster_judged_from_every_record_loaded_whole()
    {
        var admin = api.ClientAs("Admin", null);
        var random = new Random(20261206);
        var cells = Enumerable.Range(1, 4).Select(DemoData.Cell).ToList();
        var members = await api.WithDbAsync(db => db.Set<PartyMember>()
            .Where(m => m.Status == MemberStatus.Full || m.Status == MemberStatus.Probationary).OrderBy(m => m.Id).Select(m => m.Id).Take(60).ToListAsync());
        string[] newcomers = ["Đinh Văn Mới", "Lâm Thị Hoa", "Tạ Văn Bình", "Kiều Thị Lan", "Mạc Văn Hùng", "Quách Thị Mai"];
        for (var i = 0; i < newcomers.Length; i++)
        {
            members.Add(await api.AddMemberAsync(cells[i % 4], newcomers[i], MemberStatus.Probationary, Reference.AddMonths(-7 + i), new DateOnly(1998, 1, 1 + i)));
        }

        var applied = new int[7];
        foreach (var id in members.OrderBy(_ => random.Next()).Take(48))
        {
            var kind = random.Next(7);
            var on = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 360));
            var cell = cells[random.Next(cells.Count)];
            if (kind == 5)
            {
                // A temporary transfer out of the committee (rated by the home cell, the host named), or an official one (not listed).
                var temporary = applied[kind] % 3 != 2;
                try
                {
                    var requested = await admin.RequestAsync(TransferClient.Outgoing(
                        id, requestedOn: on.AddDays(-10).ToString("yyyy-MM-dd"), kind: temporary ? "TEMPORARY" : "OFFICIAL", temporaryUntil: temporary ? "2025-06-30" : null));
                    await admin.SendAsync(requested, on.ToString("yyyy-MM-dd"));
                    applied[kind]++;
                }
                catch (ShouldAssertException e) when (e.Message.Contains("422", StringComparison.Ordinal) || e.Message.Contains("409", StringComparison.Ordinal))
                {
                    // Refused by a rule (say, a transfer already under way): nothing changed.
                }

                continue;
            }

            applied[kind] += await api.WithDbAsync(async db =>
            {
                var member = await db.Set<PartyMember>().Include(m => m.Placements).Include(m => m.StatusHistory).SingleAsync(m => m.Id == id);
                try
                {
                    switch (kind)
                    {
                        case 0:
                        case 1:
                            member.MoveToCell(await db.Set<PartyOrganization>().SingleAsync(o => o.Id == cell), on);
                            if (kind == 1)
                            {
                                var back = cells.First(c => c != cell);
                                member.MoveToCell(await db.Set<PartyOrganization>().SingleAsync(o => o.Id == back), on.AddDays(random.Next(1, 20)));
                            }

                            break;
                        case 2:
                            member.MoveToCell(await db.Set<PartyOrganization>().SingleAsync(o => o.Id == cell), new DateOnly(2023, 6, 1).AddDays(random.Next(0, 150)));
                            break;
                        case 3:
                            var exemptFrom = Reference.AddDays(-random.Next(1, 90));
                            member.Exempt(MemberConditionKind.Exemption, ExemptionGround.Health, new DateRange(exemptFrom, random.Next(2) == 0 ? null : Reference.AddDays(random.Next(-1, 3))),
                                "15-NQ/CB", "Sức khỏe", exemptFrom, MemberConditionRuleSet.Statutory);
                            break;
                        case 4:
                            var from = Reference.AddDays(-random.Next(0, 40));
                            member.Suspend(new DateRange(from, Reference.AddDays(random.Next(-2, 3))), "3-QĐ/UBKT", null, from, WorkingDayCalendar.WeekdaysOnly, SuspensionRuleSet.Statutory);
                            break;
                        default:
                            member.ChangeStatus(MemberStatus.Deceased, on, "20-TB/ĐU", null);
                            break;
                    }

                    await db.SaveChangesAsync();
                    return 1;
                }
                catch (DomainRuleException)
                {
                    return 0;
                }
            });
        }

        applied.ShouldAllBe(n => n > 0, string.Join(", ", applied));
        var opened = await api.ClientAs("CommitteeOffice", DemoData.CommitteeId)
            .PostAsJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.CommitteeId, year = 2024, openedOn = "2024-12-01" }, HttpExtensions.Json);
        opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());

        var actual = await api.WithDbAsync(db => db.Set<MemberRating>().AsNoTracking()
            .Where(r => db.Set<RatingCampaign>().Any(c => c.Id == r.CampaignId && c.Year == 2024))
            .Select(r => new Line(r.MemberId, r.CellId, r.NotRatedReason, r.Arrangement, r.OtherOrganization)).ToListAsync());
        var expected = await api.WithDbAsync(ExpectedAsync);
        actual.OrderBy(l => l.MemberId).ShouldBe(expected.OrderBy(l => l.MemberId));

        // The scenario reaches every reading the roster makes.
        expected.ShouldContain(l => l.Arrangement == RatingArrangement.MovedCells);
        expected.ShouldContain(l => l.Arrangement == RatingArrangement.TemporarilyTransferred && l.Other != null);
        expected.ShouldContain(l => l.Arrangement == RatingArrangement.Regular);
        expected.ShouldContain(l => l.NotRated == NotRatedReason.ExemptOrSuspended);
        expected.ShouldContain(l => l.NotRated == NotRatedReason.AdmittedUnderSixMonths);
    }

    /// <summary>The roster of the committee on the reference day, from every record loaded whole.</summary>
    private static async Task<List<Line>> ExpectedAsync(AppDbContext db)
    {
        var yearStart = new DateOnly(2024, 1, 1);
        var organizations = await db.Set<PartyOrganization>().AsNoTracking().ToListAsync();
        var committee = organizations.Single(o => o.Id == DemoData.CommitteeId);
        var cells = organizations.Where(o => o.Type == OrganizationType.PartyCell && o.Path.StartsWith(committee.Path, StringComparison.Ordinal)).Select(o => o.Id).ToHashSet();
        var names = organizations.ToDictionary(o => o.Id, o => o.Name);
        var members = await db.Set<PartyMember>().AsNoTracking().Include(m => m.Placements).Include(m => m.StatusHistory).ToListAsync();
        var conditions = (await db.Set<MemberCondition>().AsNoTracking().ToListAsync()).ToLookup(c => c.MemberId);
        var transfers = (await db.Set<Transfer>().AsNoTracking().ToListAsync()).ToLookup(t => t.MemberId);
        var lines = new List<Line>();
        foreach (var member in members)
        {
            var placement = member.Placements.FirstOrDefault(p => cells.Contains(p.OrganizationId) && p.StartsOn <= Reference && (p.EndsOn is null || p.EndsOn > Reference));
            var counted = member.StatusHistory.Any(s => s.StartsOn <= Reference && (s.EndsOn is null || s.EndsOn > Reference) && s.Status is MemberStatus.Probationary or MemberStatus.Full);
            if (placement is null || !counted)
            {
                continue;
            }

            var excused = conditions[member.Id].Any(c => c.Kind is MemberConditionKind.Exemption or MemberConditionKind.Suspension
                && c.StartsOn <= Reference && (c.EndsOn is null || c.EndsOn >= Reference));
            NotRatedReason? notRated = excused ? NotRatedReason.ExemptOrSuspended
                : !RatingRules.RatedByTenure(member.AdmissionDecisionDate, Reference) ? NotRatedReason.AdmittedUnderSixMonths
                : null;
            var host = transfers[member.Id].Where(t => t.Kind == TransferKind.Temporary && t.Direction == TransferDirection.Outgoing
                    && t.SentOn <= Reference && (t.ReturnedOn is null || t.ReturnedOn >= yearStart))
                .MaxBy(t => t.SentOn);
            var previous = member.Placements.Where(p => p.OrganizationId != placement.OrganizationId && p.StartsOn <= Reference && (p.EndsOn is null || p.EndsOn > yearStart))
                .MaxBy(p => p.StartsOn);
            lines.Add(host is not null ? new Line(member.Id, placement.OrganizationId, notRated, RatingArrangement.TemporarilyTransferred, host.ExternalOrganization)
                : previous is not null ? new Line(member.Id, placement.OrganizationId, notRated, RatingArrangement.MovedCells, names[previous.OrganizationId])
                : new Line(member.Id, placement.OrganizationId, notRated, RatingArrangement.Regular, null));
        }

        return lines;
    }

    private sealed record Line(Guid MemberId, Guid CellId, NotRatedReason? NotRated, RatingArrangement Arrangement, string? Other);

    public sealed class Host : ApiFactory;
}
