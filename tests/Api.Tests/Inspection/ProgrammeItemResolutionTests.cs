using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Members;
using PartyCommittee.Domain.Inspection;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Inspection;

/// <summary>
/// A programme's items name cells and members: they are resolved in statements that do not grow with the items (issue
/// 12: up to 200 items were two or three statements each), each member's item names his cell, and the first item at
/// fault gives the answer, whatever the others, with nothing written.
/// </summary>
public sealed class ProgrammeItemResolutionTests(RequestStatementCountingApiFactory factory) : IClassFixture<RequestStatementCountingApiFactory>
{
    private const string Programmes = "/api/v1/inspection-programmes";

    private static object Item(string subjectType, Guid? organizationId = null, Guid? memberId = null, int quarter = 1) =>
        new { kind = "REGULAR_SUPERVISION", subjectType, organizationId, memberId, topicCode = "CT05-2016", quarter };

    private static object Programme(int year, object[] items, Guid? organizationId = null) => new
    {
        organizationId = organizationId ?? DemoData.CommitteeId, year, issuedBy = "STANDING_COMMITTEE", issuedOn = $"{year}-01-10", items,
    };

    [Fact]
    public async Task A_programme_of_many_items_runs_the_statements_of_one_of_two_and_names_each_members_cell()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var members = await factory.WithDbAsync(db => db.Set<PartyMember>().AsNoTracking()
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.OrganizationId }).ToListAsync());
        members = [.. members.Where((_, i) => i % 3 == 0).Take(40)];
        members.Select(m => m.OrganizationId).Distinct().Count().ShouldBeGreaterThan(3, "the members come from several cells");

        factory.Statements.Take();
        var small = await office.PostJsonAsync(Programmes, Programme(2021, [Item("CELL", DemoData.Cell(1)), Item("MEMBER", memberId: members[0].Id)]));
        var smallStatements = factory.Statements.Take();
        small.StatusCode.ShouldBe(HttpStatusCode.Created, await small.Content.ReadAsStringAsync());

        // 40 members (one named twice), every cell as a cell and as a cell committee: 55 items.
        var items = members.Select((m, i) => Item("MEMBER", memberId: m.Id, quarter: (i % 4) + 1))
            .Append(Item("MEMBER", memberId: members[0].Id, quarter: 4))
            .Concat(Enumerable.Range(1, 7).SelectMany(n => new[] { Item("CELL", DemoData.Cell(n), quarter: 2), Item("CELL_COMMITTEE", DemoData.Cell(n), quarter: 3) }))
            .ToArray();
        var large = await office.PostJsonAsync(Programmes, Programme(2022, items));
        var largeStatements = factory.Statements.Take();
        large.StatusCode.ShouldBe(HttpStatusCode.Created, await large.Content.ReadAsStringAsync());

        // The reads do not grow with the items (the rows written do: one insert per item and per audit row on SQLite,
        // whose provider does not batch; SQL Server's does).
        static List<string> Reads(IReadOnlyList<string> statements) => [.. statements.Where(s => s.TrimStart().StartsWith("SELECT", StringComparison.Ordinal))];
        Reads(largeStatements).Count.ShouldBe(Reads(smallStatements).Count, string.Join("\n---\n", Reads(largeStatements)));
        Reads(largeStatements).ShouldContain(s => s.Contains("json_each(@memberIds)"));
        var created = await large.ReadAsync<JsonElement>();
        var planned = created.GetProperty("items").EnumerateArray().ToList();
        planned.Count.ShouldBe(items.Length);
        var cellOf = members.ToDictionary(m => m.Id, m => m.OrganizationId);
        foreach (var item in planned.Where(i => i.GetProperty("subjectType").GetString() == "MEMBER"))
        {
            item.GetProperty("organizationId").GetGuid().ShouldBe(cellOf[item.GetProperty("memberId").GetGuid()], "a member's item names his cell");
            item.GetProperty("memberName").GetString().ShouldNotBeNullOrEmpty();
        }

        planned.Count(i => i.GetProperty("subjectType").GetString() == "CELL_COMMITTEE").ShouldBe(7);
    }

    [Fact]
    public async Task The_first_item_at_fault_answers_and_nothing_is_written()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var member = DemoMembers.Id(3);
        var before = await factory.WithDbAsync(db => db.Set<InspectionProgramme>().CountAsync());

        var cases = new (object[] Items, string Code)[]
        {
            ([Item("CELL", DemoData.Cell(1)), Item("CELL", Guid.NewGuid()), Item("MEMBER", memberId: Guid.NewGuid())], "inspection.organization_not_found"),
            ([Item("CELL", DemoData.Cell(1)), Item("MEMBER", memberId: Guid.NewGuid()), Item("CELL", Guid.NewGuid())], "inspection.member_not_found"),
            ([Item("MEMBER", memberId: member), Item("CELL", DemoData.Cell(2), memberId: member), Item("CELL", Guid.NewGuid())], "inspection.subject_member_mismatch"),
            ([Item("CELL", DemoData.Cell(1)), Item("CELL", DemoData.CommitteeId)], "inspection.subject_outside_organization"),
        };
        foreach (var (items, code) in cases)
        {
            await (await office.PostJsonAsync(Programmes, Programme(2023, items))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, code);
        }

        // Scoped to cell 1: another cell, or a member of another cell, is not found in the scope, as if missing.
        var cellMember = await factory.WithDbAsync(db => db.Set<PartyMember>().Where(m => m.OrganizationId == DemoData.Cell(2)).Select(m => m.Id).FirstAsync());
        var scoped = factory.ClientAs("InspectionCommission", DemoData.Cell(1));
        await (await scoped.PostJsonAsync(Programmes, Programme(2023, [Item("MEMBER", memberId: cellMember)], DemoData.Cell(1))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.member_not_found");
        await (await scoped.PostJsonAsync(Programmes, Programme(2023, [Item("CELL", DemoData.Cell(2))], DemoData.Cell(1))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspection.organization_not_found");

        (await factory.WithDbAsync(db => db.Set<InspectionProgramme>().CountAsync())).ShouldBe(before);
    }
}
