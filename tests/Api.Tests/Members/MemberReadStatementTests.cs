using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Paging;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Members;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>Counts the statements that REQUEST scopes run (jobs, the read-audit flush and other background scopes are not counted).</summary>
public class RequestStatementCountingApiFactory : ApiFactory
{
    public RequestStatementCountingApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    protected RequestStatementCountingApiFactory(IDictionary<string, string?> settings)
        : base(settings)
    {
    }

    public RequestStatementCounter Statements { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Statements)));
    }

    /// <summary>Counts commands of contexts whose scope holds its connection for a request (ADR 0038), with their text.</summary>
    public sealed class RequestStatementCounter : DbCommandInterceptor
    {
        private readonly List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> texts = [];

        public IReadOnlyList<string> Take() => [.. TakeWithParameters().Select(s => s.Sql)];

        /// <summary>The statements with their parameters' names and values (to run them again, e.g. under EXPLAIN QUERY PLAN).</summary>
        public IReadOnlyList<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> TakeWithParameters()
        {
            lock (texts)
            {
                var taken = texts.ToList();
                texts.Clear();
                return taken;
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count(command, eventData);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count(command, eventData);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count(command, eventData);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Count(DbCommand command, CommandEventData eventData)
        {
            if ((eventData.Context as AppDbContext)?.Rental?.Connection is { Holds: true })
            {
                lock (texts)
                {
                    texts.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
                }
            }
        }
    }
}

/// <summary>
/// Issue 12 (docs/read-path-performance.md, "Session 21"): the member detail reads the member, its cell and the caller's
/// scope in ONE statement, then only the lists its response shows (the family relations only for a caller who sees
/// them). The response is the same as before: lists in order, masking, 404 outside the scope.
/// </summary>
public sealed class MemberReadStatementTests(RequestStatementCountingApiFactory factory) : IClassFixture<RequestStatementCountingApiFactory>
{
    [Fact]
    public async Task The_detail_reads_member_cell_and_scope_in_one_statement_then_only_the_lists_it_shows()
    {
        var id = await MemberWithRecordAsync(DemoData.Cell(2), "Trần Thị Đếm");
        var admin = factory.ClientAs("Admin", null);
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var viewer = factory.ClientAs("Viewer", DemoData.CommitteeId);
        factory.Statements.Take();

        // Admin: member + cell (scope unrestricted), work history, family relations.
        var full = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/members/{id}", HttpExtensions.Json);
        var adminStatements = factory.Statements.Take();
        adminStatements.Count.ShouldBe(3, string.Join("\n---\n", adminStatements));
        ShouldShowTheRecordInOrder(full, family: true);

        // A scoped office: the scope's root read by the same first statement; still three.
        var scoped = await office.GetFromJsonAsync<JsonElement>($"/api/v1/members/{id}", HttpExtensions.Json);
        var officeStatements = factory.Statements.Take();
        officeStatements.Count.ShouldBe(3, string.Join("\n---\n", officeStatements));
        ShouldShowTheRecordInOrder(scoped, family: true);

        // A viewer does not see the family relations: they are not read.
        var masked = await viewer.GetFromJsonAsync<JsonElement>($"/api/v1/members/{id}", HttpExtensions.Json);
        var viewerStatements = factory.Statements.Take();
        viewerStatements.Count.ShouldBe(2, string.Join("\n---\n", viewerStatements));
        ShouldShowTheRecordInOrder(masked, family: false);
        masked.GetProperty("personalDataMasked").GetBoolean().ShouldBeTrue();
        masked.GetProperty("dateOfBirth").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Outside_the_scope_the_detail_is_404_after_one_statement_and_an_unknown_scope_is_403()
    {
        var id = await MemberWithRecordAsync(DemoData.Cell(3), "Trần Văn Ngoài");
        factory.Statements.Take();

        var response = await factory.ClientAs("Viewer", DemoData.Cell(1)).GetAsync($"/api/v1/members/{id}");
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        factory.Statements.Take().Count.ShouldBe(1);

        var unknown = await factory.ClientAs("Viewer", Guid.CreateVersion7()).GetAsync($"/api/v1/members/{id}");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.scope_unknown");

        // A member that does not exist is a 404 whatever the scope.
        var missing = await factory.ClientAs("Viewer", DemoData.CommitteeId).GetAsync($"/api/v1/members/{Guid.CreateVersion7()}");
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
    }

    [Fact]
    public async Task The_list_total_is_summed_from_the_counts_and_a_filter_the_counts_do_not_hold_counts_the_register()
    {
        bool CountsTheRegister(string sql) => sql.Contains("COUNT(", StringComparison.OrdinalIgnoreCase) && sql.Contains("FROM \"Members\"", StringComparison.Ordinal);
        var counted = MembershipLabels.CountedStatuses;
        factory.Statements.Take();

        // The default list (the compiled statements): the total from the counts, the page from the register.
        var all = await factory.ClientAs("Admin", null).GetFromJsonAsync<PagedList<MemberListItem>>("/api/v1/members?pageSize=5", HttpExtensions.Json);
        var statements = factory.Statements.Take();
        statements.Where(CountsTheRegister).ShouldBeEmpty(string.Join("\n---\n", statements));
        statements.Count(s => s.Contains("\"MembershipCounts\"", StringComparison.Ordinal)).ShouldBe(1, string.Join("\n---\n", statements));
        all!.TotalCount.ShouldBe(await factory.WithDbAsync(db => db.Members.CountAsync(m => counted.Contains(m.Status))));

        // A cell's list, and its full members: the cell's rows of the counts.
        var cell = DemoData.Cell(1);
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        var cellList = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?pageSize=5&organizationId={cell}", HttpExtensions.Json);
        var full = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?pageSize=5&organizationId={cell}&status=FULL", HttpExtensions.Json);
        statements = factory.Statements.Take();
        statements.Where(CountsTheRegister).ShouldBeEmpty(string.Join("\n---\n", statements));
        cellList!.TotalCount.ShouldBe(await factory.WithDbAsync(db => db.Members.CountAsync(m => m.OrganizationId == cell && counted.Contains(m.Status))));
        full!.TotalCount.ShouldBe(await factory.WithDbAsync(db => db.Members.CountAsync(m => m.OrganizationId == cell && m.Status == MemberStatus.Full)));
        full.TotalCount.ShouldBeGreaterThan(0);

        // Filters the counts do not hold (sex, former members) count the register.
        var men = await office.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?pageSize=5&organizationId={cell}&sex=MALE", HttpExtensions.Json);
        statements = factory.Statements.Take();
        statements.Count(s => CountsTheRegister(s)).ShouldBe(1, string.Join("\n---\n", statements));
        men!.TotalCount.ShouldBe(await factory.WithDbAsync(db => db.Members.CountAsync(m => m.OrganizationId == cell && m.Sex == Sex.Male && counted.Contains(m.Status))));
        await office.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?pageSize=5&organizationId={cell}&includeFormer=true", HttpExtensions.Json);
        factory.Statements.Take().Count(s => CountsTheRegister(s)).ShouldBe(1);
    }

    /// <summary>
    /// A page that starts past the total reads the total alone, in every form of the list (the compiled default list, a
    /// cell's, a status's, the one-range search, a search in a cell, a filter the counts do not hold): 1M register, a
    /// sub-committee's page 2000 of 100 took 1.1-1.5 s to read nothing. The last page still reads its rows.
    /// </summary>
    [Theory]
    [InlineData("Admin", "")]
    [InlineData("CommitteeOffice", "&organizationId={cell}")]
    [InlineData("CommitteeOffice", "&organizationId={committee}&status=FULL")]
    [InlineData("Admin", "&search=nguyen")]
    [InlineData("CommitteeOffice", "&organizationId={cell}&search=an")]
    [InlineData("CommitteeOffice", "&organizationId={cell}&sex=MALE")]
    public async Task A_page_past_the_end_of_the_member_list_reads_the_total_alone(string role, string filter)
    {
        static bool ReadsRows(string sql) => sql.Contains("\"FullName\"", StringComparison.Ordinal) && sql.Contains("FROM \"Members\"", StringComparison.Ordinal);
        var client = factory.ClientAs(role, role == "Admin" ? null : DemoData.CommitteeId);
        var query = filter.Replace("{cell}", DemoData.Cell(1).ToString(), StringComparison.Ordinal).Replace("{committee}", DemoData.CommitteeId.ToString(), StringComparison.Ordinal);
        var first = await client.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?pageSize=2{query}", HttpExtensions.Json);
        first!.TotalCount.ShouldBeGreaterThan(0);
        var lastPage = (first.TotalCount + 1) / 2;

        factory.Statements.Take();
        var last = await client.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?pageSize=2&page={lastPage}{query}", HttpExtensions.Json);
        last!.Items.Count.ShouldBe(first.TotalCount - ((lastPage - 1) * 2));
        factory.Statements.Take().Any(ReadsRows).ShouldBeTrue("the last page reads its rows");

        foreach (var page in new[] { lastPage + 1, lastPage + 1000 })
        {
            var past = await client.GetFromJsonAsync<PagedList<MemberListItem>>($"/api/v1/members?pageSize=2&page={page}{query}", HttpExtensions.Json);
            past!.Items.ShouldBeEmpty();
            past.TotalCount.ShouldBe(first.TotalCount);
            var statements = factory.Statements.Take();
            statements.Where(ReadsRows).ShouldBeEmpty($"page {page} of {first.TotalCount} members{filter}: " + string.Join("\n---\n", statements));
        }
    }

    private static void ShouldShowTheRecordInOrder(JsonElement record, bool family)
    {
        record.GetProperty("workHistory").EnumerateArray().Select(w => w.GetProperty("description").GetString()).ShouldBe(["Giáo viên", "Hiệu trưởng"]);
        record.GetProperty("statusSince").GetString().ShouldBe("2011-05-19");
        if (family)
        {
            record.GetProperty("familyRelations").EnumerateArray().Select(f => f.GetProperty("fullName").GetString()).ShouldBe(["Trần Văn Cha", "Nguyễn Thị Mẹ"]);
        }
        else
        {
            record.GetProperty("familyRelations").ValueKind.ShouldBe(JsonValueKind.Null);
        }
    }

    private async Task<Guid> MemberWithRecordAsync(Guid cell, string name)
    {
        var id = await factory.AddMemberAsync(cell, name);
        await factory.WithDbAsync(async db =>
        {
            var member = await db.Members.SingleAsync(m => m.Id == id);
            member.UpdateRecordDetails(
                MemberRecordDetails.Empty,
                [new WorkHistoryLine(new DateOnly(2005, 9, 1), new DateOnly(2015, 8, 31), "Giáo viên"), new WorkHistoryLine(new DateOnly(2015, 9, 1), null, "Hiệu trưởng")],
                [new FamilyRelationLine("Cha", "Trần Văn Cha", 1950, null, null, "Sóc Trăng"), new FamilyRelationLine("Mẹ", "Nguyễn Thị Mẹ", 1955, null, null, "Sóc Trăng")]);
            return await db.SaveChangesAsync();
        });
        return id;
    }
}
