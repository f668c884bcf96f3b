namespace PartyCommittee.Domain.Membership.Transfers;

/// <summary>What a transfer request says, before it is checked against the member and the organisations.</summary>
/// <param name="Kind">Official (permanent) or temporary.</param>
/// <param name="Direction">Within the committee, out of it, or into it.</param>
/// <param name="Purpose">Work, study or another reason.</param>
/// <param name="ExternalOrganization">The party organisation outside the committee (outgoing: where to; incoming: where from).</param>
/// <param name="RequestedOn">Date of the request; the temporary duration counts from it.</param>
/// <param name="TemporaryUntil">Last day of a temporary transfer.</param>
/// <param name="DecisionNumber">Number of the transfer decision or introduction letter.</param>
public sealed record TransferRequest(
    TransferKind Kind,
    TransferDirection Direction,
    TransferPurpose Purpose,
    string? ExternalOrganization,
    DateOnly RequestedOn,
    DateOnly? TemporaryUntil,
    string? DecisionNumber);

/// <summary>The 60-working-day presentation deadline of an official transfer, as of a day.</summary>
/// <param name="DueOn">Last day for the member to present at the receiving organisation (working days from the sending date).</param>
/// <param name="WorkingDaysLeft">While the member has not presented and the deadline has not passed: working days after today up to the due date (0 on the due date); otherwise null.</param>
/// <param name="WorkingDaysOverdue">Working days after the due date: up to today while the member has not presented, up to the receipt once received late; 0 when on time.</param>
/// <param name="Late">The member presented after the due date, or has not presented and the due date has passed. Receiving late is still allowed: a member's party activity is never refused.</param>
public sealed record PresentationDeadline(DateOnly DueOn, int? WorkingDaysLeft, int WorkingDaysOverdue, bool Late);
