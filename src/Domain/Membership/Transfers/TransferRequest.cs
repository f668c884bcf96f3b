namespace PartyCommittee.Domain.Membership.Transfers;

/// <summary>What a transfer request says, before it is checked against the member and the organisations.</summary>
/// <param name="Kind">Official (permanent) or temporary.</param>
/// <param name="Direction">Within the committee, out of it, or into it.</param>
/// <param name="Purpose">Work, study or another reason.</param>
/// <param name="ExternalOrganization">The party organisation outside the committee (outgoing: where to; incoming: where from).</param>
/// <param name="RequestedOn">Date of the request; the temporary duration counts from it.</param>
/// <param name="TemporaryUntil">Last day of a temporary transfer.</param>
/// <param name="DecisionNumber">Number of the transfer decision or introduction letter.</param>
/// <param name="Cause">The change that causes the transfer (with <paramref name="CauseOn"/>).</param>
/// <param name="CauseOn">The day that change took effect: the starting deadline of an official transfer counts from it.</param>
public sealed record TransferRequest(
    TransferKind Kind,
    TransferDirection Direction,
    TransferPurpose Purpose,
    string? ExternalOrganization,
    DateOnly RequestedOn,
    DateOnly? TemporaryUntil,
    string? DecisionNumber,
    TransferCause? Cause = null,
    DateOnly? CauseOn = null);

/// <summary>The presentation deadline of an official transfer (30 working days from the letter's date), as of a day.</summary>
/// <param name="DueOn">Last day for the member to present at the receiving organisation (working days from the sending date).</param>
/// <param name="WorkingDaysLeft">While the member has not presented and the deadline has not passed: working days after today up to the due date (0 on the due date); otherwise null.</param>
/// <param name="WorkingDaysOverdue">Working days after the due date: up to today while the member has not presented, up to the receipt once received late; 0 when on time.</param>
/// <param name="Late">The member presented after the due date, or has not presented and the due date has passed. Receiving late is still allowed: a member's party activity is never refused.</param>
public sealed record PresentationDeadline(DateOnly DueOn, int? WorkingDaysLeft, int WorkingDaysOverdue, bool Late);

/// <summary>The starting deadline of an official transfer: working days from the change that causes it to the request.</summary>
/// <param name="DueOn">Last day to start the transfer (working days from <see cref="Transfer.CauseOn"/>).</param>
/// <param name="WorkingDaysLate">Working days from the due date to the request date; 0 when on time.</param>
/// <param name="Late">The transfer was requested after the due date. Recorded and listed, never a reason to refuse.</param>
public sealed record StartDeadline(DateOnly DueOn, int WorkingDaysLate, bool Late);
