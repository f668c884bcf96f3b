using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Application.Membership.Members.SeniorityGapProposals;
using PartyCommittee.Application.Membership.Transfers;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Transfers;

/// <summary>
/// Session 50: the transfers touching a subtree (sent from it, sent to it, or of a member whose cell it is) are read in
/// one of two shapes by the subtree's size (<see cref="TransferAccess.SmallSubtreeShare"/>): each transfer tested, or
/// the identifiers taken from three index ranges. Both must select the same transfers, for every subtree.
/// </summary>
public sealed class TransferSubtreeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Both_shapes_select_the_transfers_touching_each_subtree()
    {
        var office = factory.ClientAs("CommitteeOffice", DemoData.CommitteeId);
        // Received: sent from cell 1, the member now in cell 2.
        var moved = await office.RequestAsync(TransferClient.Internal(await factory.AddMemberAsync(DemoData.Cell(1), "Trần Văn Chuyển"), DemoData.Cell(2)));
        await office.ReceiveAsync(await office.SendAsync(moved, "2025-03-10"), "2025-03-17");
        // Requested only: the member still in cell 3, bound for cell 4.
        await office.RequestAsync(TransferClient.Internal(await factory.AddMemberAsync(DemoData.Cell(3), "Lê Thị Chờ"), DemoData.Cell(4)));
        // Leaving the committee from cell 5; a temporary stay of a member of cell 6 in cell 7.
        await office.RequestAsync(TransferClient.Outgoing(await factory.AddMemberAsync(DemoData.Cell(5), "Phạm Văn Đi")));
        await office.RequestAsync(TransferClient.Internal(
            await factory.AddMemberAsync(DemoData.Cell(6), "Võ Thị Tạm"), DemoData.Cell(7), kind: "TEMPORARY", temporaryUntil: "2025-12-31"));

        var checkedSubtrees = await factory.WithDbAsync(async db =>
        {
            var organizations = await db.Set<PartyOrganization>().AsNoTracking().Select(o => new { o.Id, o.Path }).ToListAsync();
            var cells = await db.Set<PartyMember>().AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.OrganizationId);
            var transfers = await db.Set<Transfer>().AsNoTracking().ToListAsync();
            transfers.Count.ShouldBeGreaterThanOrEqualTo(4);
            var nonEmpty = 0;
            foreach (var root in organizations)
            {
                var ids = organizations.Where(o => o.Path.StartsWith(root.Path, StringComparison.Ordinal)).Select(o => o.Id).ToList();
                var expected = transfers
                    .Where(t => ids.Contains(t.FromOrganizationId ?? Guid.Empty) || ids.Contains(t.ToOrganizationId ?? Guid.Empty) || ids.Contains(cells[t.MemberId]))
                    .Select(t => t.Id).Order().ToList();
                nonEmpty += expected.Count > 0 ? 1 : 0;
                (await db.Set<Transfer>().TouchingEach(db, ids).Select(t => t.Id).ToListAsync()).Order().ToList().ShouldBe(expected, root.Path);
                (await db.Set<Transfer>().TouchingThroughIndexes(db, ids).Select(t => t.Id).ToListAsync()).Order().ToList().ShouldBe(expected, root.Path);
                (await (await db.Set<Transfer>().TouchingAsync(db, ids, CancellationToken.None)).Select(t => t.Id).ToListAsync()).Order().ToList().ShouldBe(expected, root.Path);
            }

            nonEmpty.ShouldBeGreaterThan(7, "the cells the transfers touch, and the committee");
            return organizations.Count;
        });
        checkedSubtrees.ShouldBeGreaterThanOrEqualTo(8, "the committee and its cells");
    }
}

/// <summary>The transfer reads of session 50 as SQL Server gets them (no server runs here: translated only).</summary>
public sealed class TransferTranslationTests
{
    [Fact]
    public void A_subtrees_transfers_and_the_pending_proposals_translate_on_SQL_Server()
    {
        using var db = SqlServerTranslation.Context();
        List<Guid> ids = [DemoData.Cell(1), DemoData.Cell(2)];
        var ranges = db.Set<Transfer>().TouchingThroughIndexes(db, ids).ToQueryString();
        ranges.ShouldContain("UNION ALL");
        ranges.ShouldContain("OPENJSON");
        ranges.ShouldContain("INNER JOIN [Transfers]");
        db.Set<Transfer>().TouchingEach(db, ids).ToQueryString().ShouldContain("EXISTS");
        var pending = db.Set<Transfer>().PendingCandidates(TransferRuleSet.Statutory).ToQueryString();
        pending.ShouldContain("DATEADD(day");
        pending.ShouldContain("[t].[InterruptionDecision] IS NULL");
    }
}
