using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Transfers;

/// <summary>The transfer operations under the statutory rule book.</summary>
internal static class StatutoryTransfers
{
    public static Transfer Request(
        Guid id, TransferRequest request, PartyMember member, PartyOrganization homeCell, PartyOrganization? target, bool memberHasOpenTransfer, DateOnly today) =>
        Transfer.Request(id, request, member, homeCell, target, memberHasOpenTransfer, today, TransferRuleSet.Statutory);

    public static TransferRuleSet GoverningRules(this Transfer transfer) => transfer.GoverningRules(TransferRuleSet.Statutory);

    public static PresentationDeadline? Deadline(this Transfer transfer, WorkingDayCalendar calendar, DateOnly today) =>
        transfer.Deadline(calendar, today, TransferRuleSet.Statutory);

    public static StartDeadline? StartDeadline(this Transfer transfer, WorkingDayCalendar calendar) =>
        transfer.StartDeadline(calendar, TransferRuleSet.Statutory);
}
