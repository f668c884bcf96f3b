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
        var admitted = new DateOnly(2000, 9, 1);
        var member = PartyMember.Register(
            Guid.CreateVersion7(),
            new MemberProfile(fullName, Sex.Male, new DateOnly(1975, 3, 2), null, null, Ethnicities.Kinh, null, null,
                GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Advanced, null, null, null, null, false, null, null),
            new AdmissionRecord(admitted, "01-QĐ/ĐU", admitted, admitted.AddYears(1)),
            cell,
            MemberStatus.Full,
            cell.EstablishedOn > admitted.AddYears(1) ? cell.EstablishedOn : admitted.AddYears(1),
            null);
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
