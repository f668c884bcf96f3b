using PartyCommittee.Api.Tests.Infrastructure;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Infrastructure.Persistence;

namespace PartyCommittee.Api.Tests.Transfers;

/// <summary>
/// A full member (admitted 1 September 2000) of <c>cell</c> transferred officially to <c>target</c> through the domain:
/// requested and sent on <c>sentOn</c>, presented on <c>receivedOn</c>. Added to the context, not saved.
/// </summary>
internal static class ReceivedTransferSeeding
{
    public static Transfer AddReceivedTransfer(
        this AppDbContext db, PartyOrganization cell, PartyOrganization target, string fullName, DateOnly sentOn, DateOnly receivedOn)
    {
        var member = MemberSeeding.FullMember(cell, fullName, new DateOnly(1975, 3, 2), new DateOnly(2000, 9, 1));
        db.Set<PartyMember>().Add(member);
        var today = new DateOnly(2025, 11, 1);
        var transfer = Transfer.Request(
            Guid.CreateVersion7(),
            new TransferRequest(TransferKind.Official, TransferDirection.Internal, TransferPurpose.Work, null, sentOn, null, "25-QĐ/ĐU"),
            member, cell, target, false, today, TransferRuleSet.Statutory);
        transfer.Send(sentOn, member, today);
        transfer.Receive(receivedOn, member, target, today);
        db.Set<Transfer>().Add(transfer);
        return transfer;
    }
}
