using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Evaluation.Ratings;

/// <summary>
/// ADR 0085: opening a rating campaign writes its member lines set-based (<see cref="IAddedAggregatesWriter"/>), not
/// through the change tracker. The same campaign opened by two hosts, one with the writer and one with the former
/// path (<see cref="TrackedAggregatesWriter"/>: the lines added to the context and saved through the pipeline), leaves
/// identical databases: every table row by row (lines, their audit rows with caller and changes, the campaign), the
/// generated values replaced by what they stand for (<see cref="DatabaseDump"/>).
/// </summary>
public sealed class CampaignLinesWriterEqualityTests(WriterHost<MemberRating> writer, SmallChunksWriterHost<MemberRating> chunked, TrackedWriterHost<MemberRating> former)
    : IClassFixture<WriterHost<MemberRating>>, IClassFixture<SmallChunksWriterHost<MemberRating>>, IClassFixture<TrackedWriterHost<MemberRating>>
{
    [Fact]
    public async Task Opening_a_campaign_gives_identical_databases_through_the_writer_and_through_the_change_tracker()
    {
        var tracked = new Dictionary<AggregatesWriterHost<MemberRating>, int>();
        foreach (var factory in new AggregatesWriterHost<MemberRating>[] { writer, chunked, former })
        {
            var before = factory.Tracked.Added;
            var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId, subject: "clerk-open");
            var response = await office.PostJsonAsync("/api/v1/rating-campaigns", new { organizationId = DemoData.CommitteeId, year = 2023, openedOn = "2023-12-01" });
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            tracked[factory] = factory.Tracked.Added - before;
        }

        // The writer's host tracked no line in any save; the former path tracked every one.
        var lines = await former.WithDbAsync(db => db.Set<MemberRating>().CountAsync(r => db.Set<RatingCampaign>().Any(c => c.Id == r.CampaignId && c.Year == 2023)));
        var expected = await AggregatesWriterHosts.ShouldMatchTheReferenceAsync(writer, chunked, former, tracked, lines);

        // Plain checks that the normalisation hides nothing that matters: one audit row per line, by the caller, at the line's save time.
        expected["AuditEntries"].Count(r => r.Contains("|clerk-open|", StringComparison.Ordinal) && r.Contains("|Insert|MemberRating|", StringComparison.Ordinal)).ShouldBe(lines);
        var inconsistent = await writer.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""
            SELECT COUNT(*) AS "Value" FROM "MemberRatings" AS r JOIN "RatingCampaigns" AS c ON c."Id" = r."CampaignId" AND c."Year" = 2023
            WHERE NOT EXISTS (SELECT 1 FROM "AuditEntries" AS a
              WHERE a."EntityType" = 'MemberRating' AND a."EntityKey" = lower(r."Id") AND a."Action" = 'Insert' AND a."UserId" = 'clerk-open' AND a."OccurredAt" = r."CreatedAt" AND r."UpdatedAt" = r."CreatedAt" AND r."Version" = 1)
            """).SingleAsync());
        inconsistent.ShouldBe(0);
    }

    [Fact]
    public async Task The_writer_refuses_members_and_a_call_outside_a_transaction()
    {
        await using var scope = writer.Services.CreateAsyncScope();
        var aggregates = scope.ServiceProvider.GetRequiredService<IAddedAggregatesWriter>();
        await Should.ThrowAsync<NotSupportedException>(() => aggregates.WriteAsync(new List<Domain.Membership.PartyMember>(), CancellationToken.None));
        var line = MemberRating.List(Ids.NewVersion7(), Guid.NewGuid(), Guid.NewGuid(), DemoData.Cell(1), null, RatingArrangement.Regular, null);
        await Should.ThrowAsync<InvalidOperationException>(() => aggregates.WriteAsync([line], CancellationToken.None));
    }
}
