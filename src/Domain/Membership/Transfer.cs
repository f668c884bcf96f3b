using System.Globalization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Membership;

/// <summary>Chuyển sinh hoạt đảng chính thức (permanent) or tạm thời (temporary).</summary>
public enum TransferKind
{
    Official = 1,
    Temporary = 2,
}

public enum TransferDirection
{
    /// <summary>Between two cells of the committee.</summary>
    Internal = 1,

    /// <summary>From a cell of the committee to an organisation outside it.</summary>
    Outgoing = 2,

    /// <summary>From an organisation outside the committee into one of its cells.</summary>
    Incoming = 3,
}

public enum TransferPurpose
{
    Work = 1,
    Study = 2,
    Other = 3,
}

public enum TransferStatus
{
    Requested = 1,
    Sent = 2,
    Received = 3,
    Rejected = 4,

    /// <summary>A temporary transfer ended by the member's return to the home organisation.</summary>
    Returned = 5,
}

/// <summary>
/// The change that causes an official transfer (Quy định 24-QĐ/TW, 294-QĐ/TW, point 6.3.1 a): the 60 working days to
/// start the transfer count from the day it takes effect.
/// </summary>
public enum TransferCause
{
    /// <summary>Chuyển công tác sang đơn vị mới.</summary>
    NewWorkplace = 1,

    /// <summary>Nghỉ hưu, nghỉ mất sức.</summary>
    Retirement = 2,

    /// <summary>Thôi việc.</summary>
    LeftJob = 3,

    /// <summary>Phục viên.</summary>
    Demobilization = 4,

    /// <summary>Thay đổi nơi cư trú lâu dài.</summary>
    NewResidence = 5,

    /// <summary>Cử đi học.</summary>
    Study = 6,

    /// <summary>Another change.</summary>
    Other = 7,
}

/// <summary>
/// A transfer of a member's party activity (Quy định 24-QĐ/TW 2021, Hướng dẫn 12-HD/TW 2022). A temporarily transferred
/// member stays counted (and rated) at home and does not vote at the host; an official transfer moves the member when
/// it is received (or sends the member out of the committee when it is sent).
/// Status flow: REQUESTED → SENT → RECEIVED, or REQUESTED|SENT → REJECTED. <see cref="Request"/> is the checked way
/// to create one.
/// </summary>
public sealed partial class Transfer : AggregateRoot
{
    public const int ExternalOrganizationMaxLength = 256;
    public const int RejectionReasonMaxLength = 512;
    public const int DecisionNumberMaxLength = 64;

    private Transfer(
        Guid id, Guid memberId, TransferKind kind, TransferDirection direction, TransferPurpose purpose,
        Guid? fromOrganizationId, Guid? toOrganizationId, string? externalOrganization,
        DateOnly requestedOn, DateOnly? temporaryUntil, string? decisionNumber, TransferCause? cause, DateOnly? causeOn)
        : base(id)
    {
        Cause = cause;
        CauseOn = causeOn;
        MemberId = memberId;
        Kind = kind;
        Direction = direction;
        Purpose = purpose;
        FromOrganizationId = fromOrganizationId;
        ToOrganizationId = toOrganizationId;
        ExternalOrganization = string.IsNullOrWhiteSpace(externalOrganization) ? null : Names.Normalize(externalOrganization, NameKind.Organization);
        RequestedOn = requestedOn;
        TemporaryUntil = temporaryUntil;
        DecisionNumber = decisionNumber;
        Status = TransferStatus.Requested;
    }

    public Guid MemberId { get; private set; }

    public TransferKind Kind { get; private set; }

    public TransferDirection Direction { get; private set; }

    public TransferPurpose Purpose { get; private set; }

    /// <summary>Home cell (internal, outgoing).</summary>
    public Guid? FromOrganizationId { get; private set; }

    /// <summary>Receiving cell (internal, incoming).</summary>
    public Guid? ToOrganizationId { get; private set; }

    /// <summary>The party organisation outside the committee (outgoing, incoming).</summary>
    public string? ExternalOrganization { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public DateOnly? SentOn { get; private set; }

    public DateOnly? ReceivedOn { get; private set; }

    public DateOnly? RejectedOn { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>End of a temporary transfer.</summary>
    public DateOnly? TemporaryUntil { get; private set; }

    public string? DecisionNumber { get; private set; }

    public TransferStatus Status { get; private set; }

    /// <summary>The change that causes the transfer (new workplace, retirement, new residence, ...), when recorded.</summary>
    public TransferCause? Cause { get; private set; }

    /// <summary>The day the change took effect: the starting deadline counts from it.</summary>
    public DateOnly? CauseOn { get; private set; }

    /// <summary>A temporary transfer: the day the member resumed at home (the host no longer has the member from that day).</summary>
    public DateOnly? ReturnedOn { get; private set; }

    /// <summary>A temporary transfer: the day of the last extension of <see cref="TemporaryUntil"/>.</summary>
    public DateOnly? ExtendedOn { get; private set; }

    /// <summary>A temporary transfer converted into an official one: the day the conversion took effect.</summary>
    public DateOnly? ConvertedOn { get; private set; }

    /// <summary>REQUESTED or SENT: a member has at most one open transfer at a time.</summary>
    public bool IsOpen => Status is TransferStatus.Requested or TransferStatus.Sent;

    /// <summary>The rules that govern this transfer: those in force on its request date.</summary>
    public TransferRuleSet GoverningRules(RuleBook<TransferRuleSet> rules) => rules.InForceOn(RequestedOn);

    /// <summary>
    /// Records a request to transfer <paramref name="member"/>'s party activity, after checking it:
    /// <list type="bullet">
    /// <item>the member is active (counted) and has no other open transfer;</item>
    /// <item>INTERNAL: from the member's home cell to another active cell of the same committee, no external organisation;</item>
    /// <item>OUTGOING: an external organisation and no receiving cell;</item>
    /// <item>INCOMING: a receiving cell of the committee and the external organisation the member comes from
    /// (official only: a temporary guest is not recorded as a member here, so it cannot be referenced);</item>
    /// <item>OFFICIAL: no end date; OUTGOING only for a member whose status allows leaving (not a suspended one);</item>
    /// <item>TEMPORARY: an end date 3 to under 12 months after the request (study: 3 to 24 months).</item>
    /// </list>
    /// </summary>
    /// <param name="id">New identifier.</param>
    /// <param name="request">What is requested.</param>
    /// <param name="member">The member.</param>
    /// <param name="homeCell">The member's home cell (<see cref="PartyMember.OrganizationId"/>).</param>
    /// <param name="target">The receiving cell (internal, incoming), or null.</param>
    /// <param name="memberHasOpenTransfer">Whether the member already has a REQUESTED or SENT transfer.</param>
    /// <param name="today">Today's date in Viet Nam (dates of steps cannot be in the future).</param>
    /// <param name="rules">The transfer rule book the application applies.</param>
    public static Transfer Request(
        Guid id, TransferRequest request, PartyMember member, PartyOrganization homeCell, PartyOrganization? target,
        bool memberHasOpenTransfer, DateOnly today, RuleBook<TransferRuleSet> rules)
    {
        if (homeCell.Id != member.OrganizationId)
        {
            throw new ArgumentException("The home cell is not the member's cell.", nameof(homeCell));
        }

        EnsureMemberActive(member);
        if (memberHasOpenTransfer)
        {
            throw new DomainRuleException(
                "transfer.already_open",
                "The member already has a transfer that is requested or sent; finish or reject it first.",
                RuleViolationKind.Conflict);
        }

        EnsureNotInFuture(request.RequestedOn, today);
        EnsureCause(request.Cause, request.CauseOn);
        var external = string.IsNullOrWhiteSpace(request.ExternalOrganization) ? null : request.ExternalOrganization;
        Guid? from = null;
        switch (request.Direction)
        {
            case TransferDirection.Internal:
                var internalTarget = RequireTarget(target);
                if (external is not null)
                {
                    throw Rule("transfer.external_organization_not_allowed", "A transfer within the committee names no external organisation.");
                }

                EnsureReceivingCell(internalTarget, homeCell, request.RequestedOn);
                if (internalTarget.Id == homeCell.Id)
                {
                    throw Rule("transfer.same_cell", "The member already belongs to the receiving cell.");
                }

                from = homeCell.Id;
                break;

            case TransferDirection.Outgoing:
                if (target is not null)
                {
                    throw Rule("transfer.target_not_allowed", "An outgoing transfer goes to an organisation outside the committee; it names no receiving cell.");
                }

                RequireExternal(external);
                from = homeCell.Id;
                break;

            case TransferDirection.Incoming:
                var incomingTarget = RequireTarget(target);
                RequireExternal(external);
                EnsureReceivingCell(incomingTarget, homeCell, request.RequestedOn);
                if (request.Kind == TransferKind.Temporary)
                {
                    throw Rule(
                        "transfer.temporary_incoming_not_supported",
                        "A member temporarily attending from outside the committee is not counted here and is not recorded as a member of it, so a temporary incoming transfer cannot be recorded.");
                }

                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Direction, "Unknown direction.");
        }

        var inForce = rules.InForceOn(request.RequestedOn);
        if (request.Kind == TransferKind.Official)
        {
            if (request.TemporaryUntil is not null)
            {
                throw Rule("transfer.temporary_until_not_allowed", "An official transfer is permanent; it has no end date.");
            }

            if (request.Direction == TransferDirection.Outgoing
                && (!MemberStatusRules.IsAllowed(member.Status, MemberStatus.TransferredOut) || member.IsSuspendedOn(request.RequestedOn)))
            {
                throw Rule("transfer.member_cannot_transfer_out", "A member with this status cannot be transferred out officially.", member.Status.ToString());
            }
        }
        else
        {
            if (request.TemporaryUntil is not { } until)
            {
                throw Rule("transfer.temporary_until_required", "A temporary transfer needs its end date.");
            }

            var (earliest, latest) = inForce.TemporaryEndBounds(request.Purpose, request.RequestedOn);
            if (until < earliest || until > latest)
            {
                throw Rule(
                    "transfer.temporary_duration_invalid",
                    "A temporary transfer lasts from 3 to under 12 months (study: 3 to 24 months) from the request date.",
                    Format(earliest),
                    Format(latest));
            }
        }

        return new Transfer(
            id, member.Id, request.Kind, request.Direction, request.Purpose, from, target?.Id, external,
            request.RequestedOn, request.TemporaryUntil, string.IsNullOrWhiteSpace(request.DecisionNumber) ? null : request.DecisionNumber.Trim(),
            request.Cause, request.CauseOn);
    }

    /// <summary>
    /// The sending organisation sent the transfer (introduction letter) on <paramref name="sentOn"/>. An official
    /// outgoing transfer takes the member out of the committee's count that day.
    /// </summary>
    public void Send(DateOnly sentOn, PartyMember member, DateOnly today)
    {
        EnsureMember(member);
        EnsureStatus(TransferStatus.Requested);
        EnsureStepDate(sentOn, RequestedOn, today);
        EnsureMemberActive(member);
        if (Kind == TransferKind.Official && Direction == TransferDirection.Outgoing)
        {
            member.TransferOut(sentOn, DecisionNumber);
        }

        SetSent(sentOn);
    }

    /// <summary>
    /// The receiving organisation received the member on <paramref name="receivedOn"/>. An official internal transfer
    /// moves the member to the receiving cell; an official incoming transfer places the member in the receiving cell
    /// (moving the member there when recorded elsewhere). Receiving after the presentation deadline is allowed (the
    /// member's party activity is never refused); <see cref="Deadline"/> then says it is late. Temporary transfers
    /// change neither the home cell nor the status.
    /// </summary>
    /// <param name="receivedOn">The day the member presented.</param>
    /// <param name="member">The member.</param>
    /// <param name="target">The receiving cell (<see cref="ToOrganizationId"/>), or null when there is none.</param>
    /// <param name="today">Today's date in Viet Nam.</param>
    public void Receive(DateOnly receivedOn, PartyMember member, PartyOrganization? target, DateOnly today)
    {
        EnsureMember(member);
        if (target?.Id != ToOrganizationId)
        {
            throw new ArgumentException("The target is not the transfer's receiving cell.", nameof(target));
        }

        EnsureStatus(TransferStatus.Sent);
        EnsureStepDate(receivedOn, SentOn!.Value, today);
        if (Kind == TransferKind.Official && Direction == TransferDirection.Outgoing)
        {
            // The member left the committee when the transfer was sent; the receipt is the other side's confirmation.
            SetReceived(receivedOn);
            return;
        }

        EnsureMemberActive(member);
        if (Kind == TransferKind.Official)
        {
            if (Direction == TransferDirection.Internal)
            {
                if (member.OrganizationId != FromOrganizationId)
                {
                    throw new DomainRuleException(
                        "transfer.member_left_home_cell",
                        "The member no longer belongs to the cell the transfer was sent from.",
                        RuleViolationKind.Conflict);
                }

                member.MoveToCell(target!, receivedOn);
            }
            else if (member.OrganizationId != target!.Id)
            {
                member.MoveToCell(target, receivedOn);
            }
        }

        SetReceived(receivedOn);
    }

    /// <summary>
    /// The transfer was refused or withdrawn on <paramref name="rejectedOn"/>. An official outgoing transfer that
    /// was already sent cannot be rejected: the member has left the committee and comes back by an incoming transfer.
    /// </summary>
    public void Reject(DateOnly rejectedOn, string reason, DateOnly today)
    {
        if (!IsOpen)
        {
            throw InvalidState();
        }

        if (Status == TransferStatus.Sent && Kind == TransferKind.Official && Direction == TransferDirection.Outgoing)
        {
            throw new DomainRuleException(
                "transfer.member_already_transferred_out",
                "The member left the committee when the official transfer was sent; it can no longer be rejected here. Record the member's return with an incoming transfer.",
                RuleViolationKind.Conflict);
        }

        EnsureStepDate(rejectedOn, SentOn ?? RequestedOn, today);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Rule("transfer.rejection_reason_required", "Give the reason for the rejection.");
        }

        SetRejected(rejectedOn, VietnameseText.Clean(reason));
    }

    /// <summary>
    /// The member left the party organisation otherwise (died, expelled, name removed): the open transfer is rejected
    /// by that fact, on the day it happened (not before the transfer's last step), with the reason it gives.
    /// Nothing to do when the transfer is no longer open.
    /// </summary>
    public void FollowDeparture(MemberLeftPartyOrganisation left)
    {
        if (left.MemberId != MemberId || !IsOpen || left.Status == MemberStatus.TransferredOut)
        {
            return;
        }

        var lastStep = SentOn ?? RequestedOn;
        var on = left.On < lastStep ? lastStep : left.On;
        var reason = $"{MembershipLabels.Of(left.Status).Vi} ({left.On.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})";
        SetRejected(on, reason);
    }

    /// <summary>
    /// The presentation deadline of an official transfer that was sent (SENT or RECEIVED) as of <paramref name="today"/>:
    /// <see cref="TransferRuleSet.PresentationWorkingDays"/> working days from the letter's date (<see cref="SentOn"/>).
    /// Null for temporary transfers (and temporary ones converted into official), and for transfers not sent or rejected.
    /// </summary>
    public PresentationDeadline? Deadline(WorkingDayCalendar calendar, DateOnly today, RuleBook<TransferRuleSet> rules)
    {
        if (Kind != TransferKind.Official || ConvertedOn is not null || SentOn is not { } sent
            || Status is not (TransferStatus.Sent or TransferStatus.Received))
        {
            return null;
        }

        var due = calendar.AddWorkingDays(sent, GoverningRules(rules).PresentationWorkingDays);
        if (Status == TransferStatus.Received)
        {
            var received = ReceivedOn!.Value;
            return new PresentationDeadline(due, null, calendar.WorkingDaysBetween(due, received), received > due);
        }

        return today <= due
            ? new PresentationDeadline(due, calendar.WorkingDaysBetween(today, due), 0, false)
            : new PresentationDeadline(due, null, calendar.WorkingDaysBetween(due, today), true);
    }

    /// <summary>
    /// The starting deadline: <see cref="TransferRuleSet.StartWorkingDays"/> working days from the change that causes
    /// the transfer (<see cref="CauseOn"/>), against the request date. Null when no cause is recorded or the transfer
    /// is temporary (the 60 days are a rule of official transfers). A late start is recorded, never refused.
    /// </summary>
    public StartDeadline? StartDeadline(WorkingDayCalendar calendar, RuleBook<TransferRuleSet> rules)
    {
        if (Kind != TransferKind.Official || ConvertedOn is not null || CauseOn is not { } causeOn)
        {
            return null;
        }

        var due = calendar.AddWorkingDays(causeOn, GoverningRules(rules).StartWorkingDays);
        return RequestedOn > due
            ? new StartDeadline(due, calendar.WorkingDaysBetween(due, RequestedOn), true)
            : new StartDeadline(due, 0, false);
    }

    /// <summary>True when a received temporary transfer has the member attending the host on <paramref name="date"/>.</summary>
    public bool IsAttendingHostOn(DateOnly date) =>
        Kind == TransferKind.Temporary && Status is (TransferStatus.Received or TransferStatus.Returned)
        && ReceivedOn <= date && TemporaryUntil >= date && (ReturnedOn is not { } returned || date < returned);

    /// <summary>
    /// Extends a received temporary transfer to <paramref name="until"/>, decided on <paramref name="decidedOn"/>: the
    /// new end is after the current one and still within the bounds of the rule set counted from the request date (work:
    /// under 12 months; study: 24 months). Beyond them the transfer becomes official (<see cref="ConvertToOfficial"/>).
    /// </summary>
    public void Extend(DateOnly until, DateOnly decidedOn, DateOnly today, RuleBook<TransferRuleSet> rules)
    {
        EnsureReceivedTemporary();
        EnsureStepDate(decidedOn, ReceivedOn!.Value, today);
        if (until <= TemporaryUntil!.Value)
        {
            throw Rule("transfer.extension_not_later", "An extension ends after the current end of the temporary transfer.", Format(TemporaryUntil.Value));
        }

        var (_, latest) = GoverningRules(rules).TemporaryEndBounds(Purpose, RequestedOn);
        if (until > latest)
        {
            throw Rule(
                "transfer.extension_too_long",
                "A temporary transfer cannot be extended beyond its longest duration counted from the request date; transfer the member officially instead.",
                Format(latest));
        }

        TemporaryUntil = until;
        ExtendedOn = decidedOn;
    }

    /// <summary>
    /// The temporarily transferred member resumed at home on <paramref name="returnedOn"/> (RECEIVED → RETURNED): on and
    /// after that day the member no longer attends the host. The member's cell and status are unchanged (they never moved).
    /// </summary>
    public void Return(DateOnly returnedOn, DateOnly today)
    {
        EnsureReceivedTemporary();
        EnsureStepDate(returnedOn, ReceivedOn!.Value, today);
        ReturnedOn = returnedOn;
        Status = TransferStatus.Returned;
    }

    /// <summary>
    /// Converts a received temporary transfer into an official one on <paramref name="convertedOn"/> (the member
    /// stays where he attends): within the committee the member moves to the host cell; to an organisation outside it the
    /// member is transferred out (as an official outgoing transfer that is sent). The transfer keeps its history
    /// (<see cref="ConvertedOn"/>) and becomes OFFICIAL; the cause of the conversion may be recorded.
    /// </summary>
    public void ConvertToOfficial(DateOnly convertedOn, PartyMember member, PartyOrganization? host, TransferCause? cause, DateOnly? causeOn, DateOnly today)
    {
        EnsureMember(member);
        EnsureReceivedTemporary();
        EnsureStepDate(convertedOn, ReceivedOn!.Value, today);
        EnsureCause(cause, causeOn);
        EnsureMemberActive(member);
        switch (Direction)
        {
            case TransferDirection.Internal:
                if (host?.Id != ToOrganizationId)
                {
                    throw new ArgumentException("The host is not the transfer's receiving cell.", nameof(host));
                }

                if (member.OrganizationId != FromOrganizationId)
                {
                    throw new DomainRuleException(
                        "transfer.member_left_home_cell",
                        "The member no longer belongs to the cell the transfer was sent from.",
                        RuleViolationKind.Conflict);
                }

                member.MoveToCell(host!, convertedOn);
                break;

            case TransferDirection.Outgoing:
                if (!MemberStatusRules.IsAllowed(member.Status, MemberStatus.TransferredOut))
                {
                    throw Rule("transfer.member_cannot_transfer_out", "A member with this status cannot be transferred out officially.", member.Status.ToString());
                }

                member.TransferOut(convertedOn, DecisionNumber);
                break;

            default:
                throw Rule("transfer.conversion_not_possible", "Only a temporary transfer within the committee or out of it can be converted here.");
        }

        Kind = TransferKind.Official;
        TemporaryUntil = null;
        ConvertedOn = convertedOn;
        if (cause is not null)
        {
            Cause = cause;
            CauseOn = causeOn;
        }
    }

    private void EnsureReceivedTemporary()
    {
        if (Kind != TransferKind.Temporary)
        {
            throw Rule("transfer.not_temporary", "Only a temporary transfer can be extended, ended by a return or converted.");
        }

        EnsureStatus(TransferStatus.Received);
    }

    private static void EnsureCause(TransferCause? cause, DateOnly? causeOn)
    {
        if ((cause is null) != (causeOn is null))
        {
            throw Rule("transfer.cause_incomplete", "Record the change that causes the transfer with both its kind and the day it took effect.");
        }

        if (causeOn is { } on && on < EventDates.PartyFounded)
        {
            throw Rule(EventDates.TooEarly, "The date cannot be before the party's founding.", Format(EventDates.PartyFounded));
        }
    }

    internal void SetSent(DateOnly on)
    {
        SentOn = on;
        Status = TransferStatus.Sent;
    }

    internal void SetReceived(DateOnly on)
    {
        ReceivedOn = on;
        Status = TransferStatus.Received;
    }

    internal void SetRejected(DateOnly on, string reason)
    {
        RejectedOn = on;
        RejectionReason = reason;
        Status = TransferStatus.Rejected;
    }

    private void EnsureMember(PartyMember member)
    {
        if (member.Id != MemberId)
        {
            throw new ArgumentException("The member is not the transferred member.", nameof(member));
        }
    }

    private void EnsureStatus(TransferStatus expected)
    {
        if (Status != expected)
        {
            throw InvalidState();
        }
    }

    private DomainRuleException InvalidState() => new(
        "transfer.invalid_state",
        "The transfer's status does not allow this step.",
        RuleViolationKind.Conflict,
        Status.ToString().ToUpperInvariant());

    private static void EnsureStepDate(DateOnly date, DateOnly previous, DateOnly today)
    {
        if (date < previous)
        {
            throw Rule("transfer.date_before_previous_step", "The date is before the previous step of the transfer.", Format(previous));
        }

        EnsureNotInFuture(date, today);
    }

    private static void EnsureNotInFuture(DateOnly date, DateOnly today)
    {
        switch (EventDates.Problem(date, today, EventDates.PartyFounded))
        {
            case EventDates.InFuture:
                throw Rule(EventDates.InFuture, "The date of a step of a transfer cannot be after today.", Format(date));
            case EventDates.TooEarly:
                throw Rule(EventDates.TooEarly, "The date cannot be before the party's founding.", Format(EventDates.PartyFounded));
        }
    }

    private static void EnsureMemberActive(PartyMember member)
    {
        if (!MembershipLabels.IsCounted(member.Status))
        {
            throw Rule("transfer.member_not_active", "The member has left the party organisation; there is nothing to transfer.", member.Status.ToString());
        }
    }

    private static PartyOrganization RequireTarget(PartyOrganization? target) =>
        target ?? throw Rule("transfer.target_required", "Name the receiving cell of the committee.");

    private static void RequireExternal(string? external)
    {
        if (external is null)
        {
            throw Rule("transfer.external_organization_required", "Name the party organisation outside the committee.");
        }
    }

    private static void EnsureReceivingCell(PartyOrganization target, PartyOrganization homeCell, DateOnly on)
    {
        if (target.Type != OrganizationType.PartyCell)
        {
            throw Rule("transfer.target_not_a_cell", "A member is received by a party cell.", target.Code);
        }

        if (!SameCommittee(target, homeCell))
        {
            throw Rule("transfer.target_outside_committee", "The receiving cell belongs to another party committee.", target.Code);
        }

        if (!target.IsActiveOn(on))
        {
            throw Rule("transfer.target_inactive", "The receiving cell does not exist on that date.", target.Code, Format(on));
        }
    }

    /// <summary>Both organisations lie under the same top-level committee (the first segment of the path).</summary>
    private static bool SameCommittee(PartyOrganization a, PartyOrganization b) =>
        b.Path.StartsWith(a.Path[..(a.Path.IndexOf('/', 1) + 1)], StringComparison.Ordinal);

    private static DomainRuleException Rule(string code, string message, params object[] arguments) =>
        new(code, message, RuleViolationKind.Unprocessable, arguments);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
