using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Migrations.Sql;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Issue 12, session 22 (ADR 0046): the import's new members are written set-based by <see cref="INewMembersWriter"/>
/// (<c>NewMembersBulkWriter</c>) instead of through the change tracker. The same files imported by two hosts, one with
/// the writer and one with the former path (<see cref="FormerNewMembersWriter"/>: the members added to the context
/// and saved through the pipeline, kept here as the reference), leave identical databases: every table compared row
/// by row, the generated values (ids, save times, trace ids) replaced by what they stand for. The counts and dated
/// counts equal a full recount in both, and the writer's host tracked no new member in any save.
/// </summary>
public sealed class MemberImportWriterEqualityTests(MemberImportWriterEqualityTests.WriterFactory writer, MemberImportWriterEqualityTests.FormerFactory former)
    : IClassFixture<MemberImportWriterEqualityTests.WriterFactory>, IClassFixture<MemberImportWriterEqualityTests.FormerFactory>
{
    private const int Batch = 40;

    [Fact]
    public async Task The_same_files_give_identical_databases_through_the_writer_and_through_the_change_tracker()
    {
        // A first file (new members only), then a file that updates some of them and creates more, in several batches
        // and two cells, some rows with an optional column of the record.
        var first = ImportFiles.Many(70, "795", cellCode: "CB-KHTC").ToList();
        var second = first.Take(15).Select(r => r.With("placeOfBirth", "Hải Phòng"))
            .Concat(ImportFiles.Many(60, "796", cellCode: "CB-TT"))
            .Concat(ImportFiles.Many(25, "797", cellCode: "CB-KHTC").Select((r, i) => i % 2 == 0 ? r.With("occupation", "Kỹ sư").With("placeOfBirth", "Huế") : r))
            .ToList();

        foreach (var factory in new ApiFactory[] { writer, former })
        {
            var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
            office.Timeout = TimeSpan.FromMinutes(10);
            foreach (var (file, created) in new[] { (first, 70), (second, 85) })
            {
                var response = await ImportFiles.PostAsync(office, ImportFiles.Csv(file), dryRun: false);
                var body = await response.Content.ReadAsStringAsync();
                response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, string.Join('\n', body.Split("{\"row\"").Where(r => r.Contains("ERROR", StringComparison.Ordinal)).Take(3)));
                JsonDocument.Parse(body).RootElement.GetProperty("created").GetInt32().ShouldBe(created);
            }
        }

        // The writer's host tracked no new member in any save; the former path tracked every one.
        ((WriterFactory)writer).Tracked.Added.ShouldBe(0);
        former.Tracked.Added.ShouldBe(155);

        var expected = await DatabaseDump.OfAsync(former);
        DatabaseDump.ShouldMatch(expected, await DatabaseDump.OfAsync(writer), nameof(writer));

        // Plain checks that the normalisation above hides no difference that matters.
        expected["Members"].Count(r => r.Contains("M:795", StringComparison.Ordinal)).ShouldBe(70);
        expected["AuditEntries"].Count(r => r.Contains("|Insert|PartyMember|M:79", StringComparison.Ordinal)).ShouldBe(155);
        expected["MemberNameTokens"].Count(r => r.Contains("M:796", StringComparison.Ordinal)).ShouldBeGreaterThan(60);

        // Consistent generated values in the writer's database: every new member's audit row was written at its save
        // time, and names the member's id.
        var inconsistent = await writer.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""
            SELECT COUNT(*) AS "Value" FROM "Members" AS m
            WHERE m."PartyCardNumber" LIKE '79%' AND NOT EXISTS (SELECT 1 FROM "AuditEntries" AS a
              WHERE a."EntityType" = 'PartyMember' AND a."EntityKey" = lower(m."Id") AND a."Action" = 'Insert' AND a."OccurredAt" = m."CreatedAt" AND m."UpdatedAt" >= m."CreatedAt")
            """).SingleAsync());
        inconsistent.ShouldBe(0);

        foreach (var factory in new ApiFactory[] { writer, former })
        {
            (await CountsAndRecountAsync(factory)).ShouldSatisfyAllConditions(c => c.Table.ShouldBe(c.Recount));
            (await DatedCountsAndRecountAsync(factory)).ShouldSatisfyAllConditions(c => c.Table.ShouldBe(c.Recount));
        }
    }

    private static Task<(List<string> Table, List<string> Recount)> CountsAndRecountAsync(ApiFactory factory) => factory.WithDbAsync(MembershipCountsRecount.TableAndRecountAsync);

    /// <summary>The dated counts as stored, then as the backfill recounts them from every member's history (ADR 0042).</summary>
    private static async Task<(List<string> Table, List<string> Recount)> DatedCountsAndRecountAsync(ApiFactory factory)
    {
        var table = await factory.WithDbAsync(DatedAsync);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(MembershipCountChangesBackfill.Sqlite));
        await factory.WithDbAsync(db => MembershipCountChangesBackfill.RunAsync(db, CancellationToken.None));
        return (table, await factory.WithDbAsync(DatedAsync));

        static Task<List<string>> DatedAsync(AppDbContext db) => DatedCountsRecount.StoredRowsAsync(db);
    }

    /// <summary>
    /// The host under test: the import's writer of new members (<c>NewMembersBulkWriter</c>), every real import with the
    /// member table's indexes built again at its commit (ADR 0056; the default applies it to large imports only).
    /// </summary>
    public sealed class WriterFactory : TrackingFactory
    {
        public WriterFactory()
        {
            Settings["Import:RebuildIndexesAtRows"] = "1";
            Settings["Import:RebuildIndexesAtShare"] = "0";
        }
    }

    /// <summary>The reference: new members added to the context and saved through the pipeline, as before ADR 0046.</summary>
    public sealed class FormerFactory : TrackingFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddScoped<INewMembersWriter, FormerNewMembersWriter>());
        }
    }

    /// <summary>Small batches, and a count of the new members the saves tracked.</summary>
    public abstract class TrackingFactory() : ApiFactory(new Dictionary<string, string?> { ["Import:BatchSize"] = Batch.ToString(System.Globalization.CultureInfo.InvariantCulture) })
    {
        /// <summary>The members of the test's files (cards 79…) added in each save (the demo data's are not counted).</summary>
        public AddedEntitiesCounter<PartyMember> Tracked { get; } = new(m => m.PartyCardNumber?.StartsWith("79", StringComparison.Ordinal) == true);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Tracked)));
        }
    }
}

/// <summary>
/// The write of new members before ADR 0046, kept as the reference of <see cref="MemberImportWriterEqualityTests"/>:
/// the members added to the change tracker and saved (with the rows the batch updates) through the save pipeline,
/// automatic change detection off as the import saved.
/// </summary>
public sealed class FormerNewMembersWriter(IAppDbContext db) : INewMembersWriter
{
    public Task PrepareAsync(int newMembers, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task WriteAsync(IReadOnlyList<PartyMember> members, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
        {
            return;
        }

        db.Members.AddRange(members);
        var tracker = ((DbContext)db).ChangeTracker;
        var automatic = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = automatic;
        }
    }
}
