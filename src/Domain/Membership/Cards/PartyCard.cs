using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership.Cards;

/// <summary>How a card came into the register.</summary>
public enum PartyCardIssue
{
    /// <summary>Phát thẻ lần đầu: after recognition as a full member (Hướng dẫn 01-HD/TW 2021, 7.1).</summary>
    FirstIssue = 1,

    /// <summary>Cấp lại thẻ bị mất (Hướng dẫn 12-HD/BTCTW 2022, Part II 2.2 c; decision form 4-TĐV).</summary>
    ReissueLost = 2,

    /// <summary>Đổi lại thẻ bị hỏng (same text).</summary>
    ExchangeDamaged = 3,

    /// <summary>A card issued before the record was kept here, carried by a member record or an import (historical data).</summary>
    Recorded = 4,
}

/// <summary>Where a card stands.</summary>
public enum PartyCardStatus
{
    /// <summary>The member's card in force.</summary>
    Valid = 1,

    /// <summary>Lost or damaged and replaced by a later card: void.</summary>
    Void = 2,

    /// <summary>Collected by the cell when the member was expelled or had the name removed (Hướng dẫn 01-HD/TW 2021, 7.1).</summary>
    Withdrawn = 3,
}

/// <summary>Why a card ended.</summary>
public enum PartyCardEndReason
{
    Lost = 1,
    Damaged = 2,
    NameRemoved = 3,
    Expelled = 4,
}

/// <summary>
/// One card of a member's card register (sổ theo dõi thẻ đảng viên). The register belongs to the member's aggregate
/// (<see cref="PartyMember.Cards"/>): the member's current card number is the number of its <see cref="PartyCardStatus.Valid"/> card.
/// </summary>
public sealed class PartyCard : Entity, IAuditable
{
    public const int NumberLength = 8;
    public const int DecisionNumberMaxLength = 64;

    internal PartyCard(Guid id, Guid memberId, string number, PartyCardIssue issue, DateOnly? issuedOn, string? decisionNumber, Guid? replacesCardId)
        : base(id)
    {
        MemberId = memberId;
        Number = number;
        Issue = issue;
        IssuedOn = issuedOn;
        DecisionNumber = decisionNumber;
        ReplacesCardId = replacesCardId;
        Status = PartyCardStatus.Valid;
    }

    public Guid MemberId { get; private set; }

    /// <summary>8-digit card number.</summary>
    public string Number { get; private set; }

    public PartyCardIssue Issue { get; private set; }

    /// <summary>Date of the decision issuing the card (unknown for a <see cref="PartyCardIssue.Recorded"/> card).</summary>
    public DateOnly? IssuedOn { get; private set; }

    public string? DecisionNumber { get; private set; }

    /// <summary>The lost or damaged card this one replaces.</summary>
    public Guid? ReplacesCardId { get; private set; }

    public PartyCardStatus Status { get; private set; }

    /// <summary>The day the card stopped being valid (replaced or withdrawn).</summary>
    public DateOnly? EndedOn { get; private set; }

    public PartyCardEndReason? EndReason { get; private set; }

    internal void End(PartyCardStatus status, DateOnly on, PartyCardEndReason reason)
    {
        Status = status;
        EndedOn = on;
        EndReason = reason;
    }

    /// <summary>True for a well-formed card number (exactly 8 ASCII digits).</summary>
    public static bool IsWellFormed(string? number) => number is { Length: NumberLength } && number.All(char.IsAsciiDigit);
}

/// <summary>Labels of the card register.</summary>
public static class PartyCardLabels
{
    public static BilingualLabel Of(PartyCardIssue issue) => issue switch
    {
        PartyCardIssue.FirstIssue => new("Phát thẻ đảng viên", "Party card issued"),
        PartyCardIssue.ReissueLost => new("Cấp lại thẻ đảng viên bị mất", "Lost party card reissued"),
        PartyCardIssue.ExchangeDamaged => new("Đổi lại thẻ đảng viên bị hỏng", "Damaged party card exchanged"),
        PartyCardIssue.Recorded => new("Thẻ đảng viên đã cấp (ghi nhận từ hồ sơ)", "Party card issued earlier (recorded)"),
        _ => throw new ArgumentOutOfRangeException(nameof(issue)),
    };

    public static BilingualLabel Of(PartyCardStatus status) => status switch
    {
        PartyCardStatus.Valid => new("Đang sử dụng", "Valid"),
        PartyCardStatus.Void => new("Hết giá trị", "Void"),
        PartyCardStatus.Withdrawn => new("Đã thu hồi", "Withdrawn"),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static BilingualLabel Of(PartyCardEndReason reason) => reason switch
    {
        PartyCardEndReason.Lost => new("Bị mất", "Lost"),
        PartyCardEndReason.Damaged => new("Bị hỏng", "Damaged"),
        PartyCardEndReason.NameRemoved => new("Xóa tên", "Name removed"),
        PartyCardEndReason.Expelled => new("Khai trừ", "Expelled"),
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };
}
