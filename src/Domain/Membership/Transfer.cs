using PartyCommittee.Domain.Common;

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
}

/// <summary>
/// A transfer of a member's party activity. A temporarily transferred member stays counted (and rated) at home and
/// does not vote at the host; an official transfer moves the member when it is received (or sends the member out
/// of the committee when it is sent).
/// </summary>
public sealed class Transfer : AggregateRoot
{
    public Transfer(
        Guid id, Guid memberId, TransferKind kind, TransferDirection direction, TransferPurpose purpose,
        Guid? fromOrganizationId, Guid? toOrganizationId, string? externalOrganization,
        DateOnly requestedOn, DateOnly? temporaryUntil, string? decisionNumber)
        : base(id)
    {
        MemberId = memberId;
        Kind = kind;
        Direction = direction;
        Purpose = purpose;
        FromOrganizationId = fromOrganizationId;
        ToOrganizationId = toOrganizationId;
        ExternalOrganization = string.IsNullOrWhiteSpace(externalOrganization) ? null : VietnameseText.Clean(externalOrganization);
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
}
