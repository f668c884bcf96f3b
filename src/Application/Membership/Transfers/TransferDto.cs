using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Application.Membership.Transfers;

/// <summary>A transfer of party activity as the API returns it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="MemberId">The transferred member.</param>
/// <param name="MemberName">The member's full name.</param>
/// <param name="Kind">OFFICIAL (permanent) or TEMPORARY.</param>
/// <param name="KindLabel">Display label of <paramref name="Kind"/>.</param>
/// <param name="Direction">INTERNAL, OUTGOING or INCOMING.</param>
/// <param name="DirectionLabel">Display label of <paramref name="Direction"/>.</param>
/// <param name="Purpose">WORK, STUDY or OTHER.</param>
/// <param name="PurposeLabel">Display label of <paramref name="Purpose"/>.</param>
/// <param name="Status">REQUESTED, SENT, RECEIVED or REJECTED.</param>
/// <param name="StatusLabel">Display label of <paramref name="Status"/>.</param>
/// <param name="FromOrganizationId">The member's home cell when the transfer was requested (internal, outgoing).</param>
/// <param name="FromOrganizationName">Name of the home cell.</param>
/// <param name="ToOrganizationId">The receiving (or, for a temporary transfer, host) cell (internal, incoming).</param>
/// <param name="ToOrganizationName">Name of the receiving cell.</param>
/// <param name="ExternalOrganization">The party organisation outside the committee (outgoing: where to; incoming: where from).</param>
/// <param name="RequestedOn">Date of the request.</param>
/// <param name="SentOn">Date the transfer was sent (introduction letter).</param>
/// <param name="ReceivedOn">Date the member presented to and was received by the receiving organisation.</param>
/// <param name="RejectedOn">Date of the rejection.</param>
/// <param name="RejectionReason">Why it was rejected.</param>
/// <param name="TemporaryUntil">Last day of a temporary transfer.</param>
/// <param name="DecisionNumber">Number of the transfer decision or introduction letter.</param>
/// <param name="Cause">The change that causes the transfer (NEW_WORKPLACE, RETIREMENT, LEFT_JOB, DEMOBILIZATION, NEW_RESIDENCE, STUDY, OTHER), when recorded.</param>
/// <param name="CauseLabel">Display label of <paramref name="Cause"/>.</param>
/// <param name="CauseOn">The day the change took effect.</param>
/// <param name="StartDueOn">Official transfers with a recorded cause: the last day to start the transfer (working days from <paramref name="CauseOn"/>, public holidays excluded; the rule set names the number).</param>
/// <param name="StartWorkingDaysLate">Working days from <paramref name="StartDueOn"/> to the request date; 0 when on time; null without a starting deadline.</param>
/// <param name="StartLate">True when the transfer was requested after <paramref name="StartDueOn"/>. Recorded, not refused.</param>
/// <param name="ReturnedOn">A temporary transfer: the day the member resumed at home.</param>
/// <param name="ExtendedOn">A temporary transfer: the day of its last extension.</param>
/// <param name="ConvertedOn">A temporary transfer converted into an official one: the day of the conversion.</param>
/// <param name="PresentationDueOn">Official transfers once sent: the last day to present at the receiving organisation (working days from the letter's date, the sending date, public holidays excluded; the rule set names the number).</param>
/// <param name="WorkingDaysLeft">While the member has not presented and the deadline has not passed: working days left (0 on the due date).</param>
/// <param name="WorkingDaysOverdue">Working days past the due date (until today while waiting, until the receipt once received); 0 when on time; null without a deadline.</param>
/// <param name="Late">True when the member presented after the presentation due date, or has not presented and it has passed. A late receipt is still recorded.</param>
/// <param name="RuleSet">The regulation applied (the one in force on the request date).</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record TransferDto(
    Guid Id,
    Guid MemberId,
    string MemberName,
    TransferKind Kind,
    BilingualLabel KindLabel,
    TransferDirection Direction,
    BilingualLabel DirectionLabel,
    TransferPurpose Purpose,
    BilingualLabel PurposeLabel,
    TransferStatus Status,
    BilingualLabel StatusLabel,
    Guid? FromOrganizationId,
    string? FromOrganizationName,
    Guid? ToOrganizationId,
    string? ToOrganizationName,
    string? ExternalOrganization,
    DateOnly RequestedOn,
    DateOnly? SentOn,
    DateOnly? ReceivedOn,
    DateOnly? RejectedOn,
    string? RejectionReason,
    DateOnly? TemporaryUntil,
    string? DecisionNumber,
    TransferCause? Cause,
    BilingualLabel? CauseLabel,
    DateOnly? CauseOn,
    DateOnly? StartDueOn,
    int? StartWorkingDaysLate,
    bool StartLate,
    DateOnly? ReturnedOn,
    DateOnly? ExtendedOn,
    DateOnly? ConvertedOn,
    DateOnly? PresentationDueOn,
    int? WorkingDaysLeft,
    int? WorkingDaysOverdue,
    bool Late,
    RuleSource RuleSet,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned
{
    public static TransferDto From(Transfer t, string memberName, IReadOnlyDictionary<Guid, string> organizationNames, WorkingDayCalendar calendar, DateOnly today, RuleBook<TransferRuleSet> rules)
    {
        var deadline = t.Deadline(calendar, today, rules);
        var start = t.StartDeadline(calendar, rules);
        return new TransferDto(
            t.Id,
            t.MemberId,
            memberName,
            t.Kind,
            TransferLabels.Of(t.Kind),
            t.Direction,
            TransferLabels.Of(t.Direction),
            t.Purpose,
            TransferLabels.Of(t.Purpose),
            t.Status,
            TransferLabels.Of(t.Status),
            t.FromOrganizationId,
            t.FromOrganizationId is { } from ? organizationNames.GetValueOrDefault(from) : null,
            t.ToOrganizationId,
            t.ToOrganizationId is { } to ? organizationNames.GetValueOrDefault(to) : null,
            t.ExternalOrganization,
            t.RequestedOn,
            t.SentOn,
            t.ReceivedOn,
            t.RejectedOn,
            t.RejectionReason,
            t.TemporaryUntil,
            t.DecisionNumber,
            t.Cause,
            t.Cause is { } cause ? TransferLabels.Of(cause) : null,
            t.CauseOn,
            start?.DueOn,
            start?.WorkingDaysLate,
            start?.Late ?? false,
            t.ReturnedOn,
            t.ExtendedOn,
            t.ConvertedOn,
            deadline?.DueOn,
            deadline?.WorkingDaysLeft,
            deadline?.WorkingDaysOverdue,
            deadline?.Late ?? false,
            t.GoverningRules(rules).Source,
            t.Version,
            t.CreatedAt,
            t.UpdatedAt);
    }
}
