using Microsoft.EntityFrameworkCore;
using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Api.Tests.Transfers;
using PartyCommittee.Application.Membership.Members.SeniorityGapProposals;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence.Seeding;

namespace PartyCommittee.Api.Tests.Members;

/// <summary>
/// Session 50: the office's queue and agenda keep in SQL only the transfers presented at least the shortest presentation
/// limit plus two calendar days after the letter (<see cref="GapProposals.PendingCandidates"/>). Every transfer that
/// shows an interruption must pass that filter, under any calendar; with a limit of one working day the bound is reached.
/// </summary>
public sealed class GapProposalCandidateTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(30)]
    public async Task Every_transfer_with_an_interruption_passes_the_databases_filter(int workingDays)
    {
        var rules = TransferRuleSet.Statutory.With(TransferRuleSet.All.Select(v => v with { PresentationWorkingDays = workingDays }));
        // Letters on a Monday and on a Friday, presented 0 to limit + 14 calendar days later (one member each).
        var letters = new[] { new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 7) };
        var ids = await factory.WithDbAsync(async db =>
        {
            var cell = await db.Set<PartyOrganization>().SingleAsync(o => o.Id == DemoData.Cell(3));
            var target = await db.Set<PartyOrganization>().SingleAsync(o => o.Id == DemoData.Cell(4));
            var made = new List<Guid>();
            foreach (var sent in letters)
            {
                for (var days = 0; days <= workingDays + 14; days++)
                {
                    made.Add(db.AddReceivedTransfer(cell, target, "Trương Văn Xuất Trình", sent, sent.AddDays(days)).Id);
                }
            }

            await db.SaveChangesAsync();
            return made;
        });

        var (all, kept) = await factory.WithDbAsync(async db => (
            await db.Set<Transfer>().AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(),
            await db.Set<Transfer>().AsNoTracking().PendingCandidates(rules).Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync()));
        all.Count.ShouldBe(ids.Count);
        var bound = workingDays + 2;
        var shown = all.Where(t => t.PendingInterruption(WorkingDayCalendar.WeekdaysOnly, rules) is not null).ToList();
        shown.ShouldNotBeEmpty();
        shown.Select(t => t.Id).Except(kept).ShouldBeEmpty("a transfer with an interruption was filtered out");
        kept.ShouldBe(all.Where(t => t.ReceivedOn!.Value.DayNumber - t.SentOn!.Value.DayNumber >= bound).Select(t => t.Id), ignoreOrder: true);
        if (workingDays == 1)
        {
            // Monday's letter, due Tuesday: the interruption (Wednesday) is shown by a presentation on Thursday, the bound.
            shown.ShouldContain(t => t.ReceivedOn!.Value.DayNumber - t.SentOn!.Value.DayNumber == bound);
        }
    }
}
