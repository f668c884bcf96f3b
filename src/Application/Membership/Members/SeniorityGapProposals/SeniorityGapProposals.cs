using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Calendar;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Application.Organization.Reorganize;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Transfers;

namespace PartyCommittee.Application.Membership.Members.SeniorityGapProposals;

/// <summary>Where a proposed interruption between transfers stands.</summary>
public enum GapProposalStatus
{
    /// <summary>Waiting for the office: confirm (record the gap) or dismiss (with a reason).</summary>
    Proposed = 1,

    /// <summary>Recorded as a seniority gap (<c>gapId</c>).</summary>
    Confirmed = 2,

    /// <summary>Not recorded, with the reason.</summary>
    Dismissed = 3,
}

/// <summary>
/// An interruption of party activity between an official transfer's letter and the member's presentation, beyond the
/// presentation limit, computed from the transfer's dates (Quy định 24-QĐ/TW 2021, 294-QĐ/TW 2025 point 6.3.1 c for
/// the limit, point 4.5.1 for "thời gian gián đoạn do chuyển sinh hoạt đảng" not counted in seniority).
/// </summary>
/// <param name="TransferId">The transfer it comes from (the proposal's identifier).</param>
/// <param name="MemberId">The member.</param>
/// <param name="MemberName">The member's name.</param>
/// <param name="OrganizationId">The member's cell today.</param>
/// <param name="Direction">INTERNAL or INCOMING.</param>
/// <param name="SentOn">The introduction letter's date.</param>
/// <param name="PresentationDueOn">The last allowed day to present it.</param>
/// <param name="ReceivedOn">The day the member presented it.</param>
/// <param name="WorkingDaysLate">Working days from the last allowed day to the presentation.</param>
/// <param name="Reason">Always TRANSFER_INTERRUPTION.</param>
/// <param name="StartsOn">First day of the proposed gap (the day after the last allowed day).</param>
/// <param name="EndsOn">Last day of the proposed gap (the day before the presentation).</param>
/// <param name="Days">Calendar days of the proposed gap (both ends included).</param>
/// <param name="RuleSet">The transfer rule set applied (in force on the transfer's request date).</param>
/// <param name="Status">PROPOSED, CONFIRMED or DISMISSED.</param>
/// <param name="DecidedOn">The day of the office's answer.</param>
/// <param name="DecisionNumber">The decision that established the gap (confirmed).</param>
/// <param name="GapId">The recorded seniority gap (confirmed).</param>
/// <param name="DismissalReason">Why it was not recorded (dismissed).</param>
public sealed record SeniorityGapProposalDto(
    Guid TransferId,
    Guid MemberId,
    string MemberName,
    Guid OrganizationId,
    TransferDirection Direction,
    DateOnly SentOn,
    DateOnly PresentationDueOn,
    DateOnly ReceivedOn,
    int WorkingDaysLate,
    SeniorityGapReason Reason,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int Days,
    string RuleSet,
    GapProposalStatus Status,
    DateOnly? DecidedOn,
    string? DecisionNumber,
    Guid? GapId,
    string? DismissalReason)
{
    internal static SeniorityGapProposalDto From(Transfer t, ProposedInterruption p, string memberName, Guid organizationId) => new(
        t.Id,
        t.MemberId,
        memberName,
        organizationId,
        t.Direction,
        t.SentOn!.Value,
        p.PresentationDueOn,
        t.ReceivedOn!.Value,
        p.WorkingDaysLate,
        SeniorityGapReason.TransferInterruption,
        p.Period.StartsOn,
        p.Period.EndsOn!.Value,
        p.Period.EndsOn!.Value.DayNumber - p.Period.StartsOn.DayNumber + 1,
        p.RuleSet.Code,
        t.InterruptionDecision switch
        {
            InterruptionDecision.Confirmed => GapProposalStatus.Confirmed,
            InterruptionDecision.Dismissed => GapProposalStatus.Dismissed,
            _ => GapProposalStatus.Proposed,
        },
        t.InterruptionDecidedOn,
        t.InterruptionDecisionNumber,
        t.InterruptionGapId,
        t.InterruptionDismissalReason);
}

/// <summary>The committee's decision that establishes the interruption as a seniority gap.</summary>
/// <param name="DecisionNumber">Its number (kept as the gap's document).</param>
/// <param name="DecidedOn">Its date (not before the presentation, not in the future).</param>
/// <param name="Note">Note on the gap (default: the letter's date, the limit, the presentation and the rule set).</param>
public sealed record GapProposalConfirmation([property: Required] string? DecisionNumber, [property: Required] DateOnly? DecidedOn, string? Note);

/// <summary>The office's reason for not recording a proposed interruption.</summary>
/// <param name="Reason">Why (for example the legitimate reason reported for the late presentation).</param>
/// <param name="DecidedOn">The day of the answer (not before the presentation, not in the future).</param>
public sealed record GapProposalDismissal([property: Required] string? Reason, [property: Required] DateOnly? DecidedOn);

/// <summary>Every interruption a member's transfers show (proposed, confirmed, dismissed), by letter date.</summary>
public sealed record ListMemberGapProposalsQuery(Guid Id) : IQuery<IReadOnlyList<SeniorityGapProposalDto>>;

/// <summary>The office's work queue: the interruptions still PROPOSED for the members of the caller's subtree (or of <paramref name="OrganizationId"/>'s).</summary>
public sealed record ListGapProposalsQuery(Guid? OrganizationId = null) : IQuery<IReadOnlyList<SeniorityGapProposalDto>>;

public sealed record ConfirmGapProposalCommand(Guid Id, Guid TransferId, long ExpectedVersion, GapProposalConfirmation Confirmation) : ICommand<SeniorityGapProposalDto>;

public sealed record DismissGapProposalCommand(Guid Id, Guid TransferId, long ExpectedVersion, GapProposalDismissal Dismissal) : ICommand<SeniorityGapProposalDto>;

public sealed class ConfirmGapProposalValidator : AbstractValidator<ConfirmGapProposalCommand>
{
    public ConfirmGapProposalValidator(TimeProvider time)
    {
        RuleFor(c => c.Confirmation.DecisionNumber).NotEmpty().MaximumLength(64).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Confirmation.DecidedOn).NotNull().IsEventDate(time).OverridePropertyName("decidedOn");
        RuleFor(c => c.Confirmation.Note).MaximumLength(512).OverridePropertyName("note");
    }
}

public sealed class DismissGapProposalValidator : AbstractValidator<DismissGapProposalCommand>
{
    public DismissGapProposalValidator(TimeProvider time)
    {
        RuleFor(c => c.Dismissal.Reason).NotEmpty().MaximumLength(512).OverridePropertyName("reason");
        RuleFor(c => c.Dismissal.DecidedOn).NotNull().IsEventDate(time).OverridePropertyName("decidedOn");
    }
}

/// <summary>A pending candidate with its member's name and cell today.</summary>
internal sealed class PendingProposalRow
{
    public required Transfer Transfer { get; init; }

    public required string FullName { get; init; }

    public required Guid OrganizationId { get; init; }
}

/// <summary>Loading and mapping shared by the proposal use cases.</summary>
internal static class GapProposals
{
    /// <summary>The transfers that can show an interruption: official, received, within or into the committee, not converted.</summary>
    public static IQueryable<Transfer> Candidates(this IQueryable<Transfer> transfers) =>
        transfers.Where(t => t.Kind == TransferKind.Official && t.Status == TransferStatus.Received && t.ConvertedOn == null
            && t.Direction != TransferDirection.Outgoing && t.SentOn != null && t.ReceivedOn != null);

    /// <summary>
    /// The candidates still waiting for the office's answer that can show an interruption: presented at least the
    /// shortest presentation limit of any rule set, in calendar days, plus two days after the letter. A limit of N working
    /// days ends N calendar days after the letter at the earliest, and an interruption starts the day after it and ends
    /// the day before the presentation (<see cref="Transfer.Interruption"/>), so no other transfer has one; the rule is
    /// still applied to each transfer read. Session 50: the office's queue and agenda read every received official
    /// transfer of the register and computed each one's deadline (the queue 10-13 s, the agenda 18-20 s with 200,000 transfers at 1M members).
    /// </summary>
    public static IQueryable<Transfer> PendingCandidates(this IQueryable<Transfer> transfers, RuleBook<TransferRuleSet> rules)
    {
        var days = rules.Versions.Min(v => v.PresentationWorkingDays) + 2;
        return transfers.Candidates().Where(t => t.InterruptionDecision == null && t.ReceivedOn >= t.SentOn!.Value.AddDays(days));
    }

    /// <summary>
    /// The pending candidates (<see cref="PendingCandidates"/>) of the members whose cell is in <paramref name="organizations"/>
    /// (null: every member), received by <paramref name="receivedBy"/> when given, with the member's name and cell. A
    /// subtree that is every organisation is given as null (<c>SubtreeOrEveryOrganizationAsync</c>): a list of every
    /// organisation made SQLite walk the register's members and look each one's transfers up (10-13 s at 1M members).
    /// </summary>
    public static Task<List<PendingProposalRow>> PendingOfMembersAsync(
        this IAppDbContext db, RuleBook<TransferRuleSet> rules, IReadOnlyCollection<Guid>? organizations, DateOnly? receivedBy, CancellationToken cancellationToken)
    {
        var members = db.Members.AsNoTracking();
        if (organizations is not null)
        {
            var ids = organizations.ToList();
            members = members.Where(m => ids.Contains(m.OrganizationId));
        }

        var transfers = db.Transfers.AsNoTracking().PendingCandidates(rules);
        if (receivedBy is { } day)
        {
            transfers = transfers.Where(t => t.ReceivedOn <= day);
        }

        return transfers
            .Join(members, t => t.MemberId, m => m.Id, (t, m) => new PendingProposalRow { Transfer = t, FullName = m.FullName, OrganizationId = m.OrganizationId })
            .ToListAsync(cancellationToken);
    }

    /// <summary>The member's transfer <paramref name="transferId"/>; 404 <c>transfer.not_found</c> when it is another member's.</summary>
    public static async Task<Transfer> LoadMemberTransferAsync(this IAppDbContext db, Guid memberId, Guid transferId, CancellationToken cancellationToken) =>
        await db.Transfers.FirstOrDefaultAsync(t => t.Id == transferId && t.MemberId == memberId, cancellationToken)
        ?? throw new NotFoundException("transfer.not_found", "Transfer", transferId);

    public static SeniorityGapProposalDto ToDto(Transfer transfer, PartyMember member, WorkingDayCalendar calendar, RuleBook<TransferRuleSet> rules) =>
        SeniorityGapProposalDto.From(transfer, transfer.Interruption(calendar, rules)!, member.FullName, member.OrganizationId);
}

public sealed class ListMemberGapProposalsHandler(IAppDbContext db, IOrganizationScope scope, IWorkingDayCalendarSource calendars, RuleBook<TransferRuleSet> rules)
    : IQueryHandler<ListMemberGapProposalsQuery, IReadOnlyList<SeniorityGapProposalDto>>
{
    public async ValueTask<IReadOnlyList<SeniorityGapProposalDto>> Handle(ListMemberGapProposalsQuery query, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, query.Id, cancellationToken, tracking: false);
        var transfers = await db.Transfers.AsNoTracking().Candidates().Where(t => t.MemberId == member.Id).ToListAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        return [.. transfers
            .Where(t => t.Interruption(calendar, rules) is not null)
            .OrderBy(t => t.SentOn).ThenBy(t => t.Id)
            .Select(t => GapProposals.ToDto(t, member, calendar, rules))];
    }
}

public sealed class ListGapProposalsHandler(IAppDbContext db, IOrganizationScope scope, IWorkingDayCalendarSource calendars, RuleBook<TransferRuleSet> rules)
    : IQueryHandler<ListGapProposalsQuery, IReadOnlyList<SeniorityGapProposalDto>>
{
    public async ValueTask<IReadOnlyList<SeniorityGapProposalDto>> Handle(ListGapProposalsQuery query, CancellationToken cancellationToken)
    {
        var organizations = await db.SubtreeOrEveryOrganizationAsync(scope, query.OrganizationId, cancellationToken);
        var rows = await db.PendingOfMembersAsync(rules, organizations, null, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        return [.. rows
            .Select(r => (r, Proposal: r.Transfer.PendingInterruption(calendar, rules)))
            .Where(x => x.Proposal is not null)
            .OrderBy(x => x.r.Transfer.ReceivedOn).ThenBy(x => x.r.Transfer.Id)
            .Select(x => SeniorityGapProposalDto.From(x.r.Transfer, x.Proposal!, x.r.FullName, x.r.OrganizationId))];
    }
}

/// <summary>Records the proposed interruption as a seniority gap with the decision; seniority follows at once.</summary>
public sealed class ConfirmGapProposalHandler(
    IAppDbContext db, IOrganizationScope scope, IWorkingDayCalendarSource calendars, RuleBook<TransferRuleSet> rules, TimeProvider time)
    : ICommandHandler<ConfirmGapProposalCommand, SeniorityGapProposalDto>
{
    public async ValueTask<SeniorityGapProposalDto> Handle(ConfirmGapProposalCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        var transfer = await db.LoadMemberTransferAsync(member.Id, command.TransferId, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var c = command.Confirmation;
        transfer.ConfirmInterruption(member, c.DecisionNumber!, c.DecidedOn!.Value, c.Note, calendar, rules, time.TodayInVietnam());
        await db.SaveChangesAsync(cancellationToken);
        return GapProposals.ToDto(transfer, member, calendar, rules);
    }
}

/// <summary>Answers the proposed interruption without recording it, with the reason.</summary>
public sealed class DismissGapProposalHandler(
    IAppDbContext db, IOrganizationScope scope, IWorkingDayCalendarSource calendars, RuleBook<TransferRuleSet> rules, TimeProvider time)
    : ICommandHandler<DismissGapProposalCommand, SeniorityGapProposalDto>
{
    public async ValueTask<SeniorityGapProposalDto> Handle(DismissGapProposalCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        var transfer = await db.LoadMemberTransferAsync(member.Id, command.TransferId, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var d = command.Dismissal;
        transfer.DismissInterruption(d.Reason!, d.DecidedOn!.Value, calendar, rules, time.TodayInVietnam());
        await db.SaveChangesAsync(cancellationToken);
        return GapProposals.ToDto(transfer, member, calendar, rules);
    }
}

/// <summary>Messages of the proposed interruptions between transfers (code → Vietnamese, English).</summary>
internal sealed class GapProposalMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["transfer.interruption_already_decided"] = ("Đề xuất gián đoạn của lần chuyển sinh hoạt này đã được xử lý ({0}).", "The proposed interruption of this transfer was already answered ({0})."),
        ["transfer.no_interruption"] = ("Lần chuyển sinh hoạt này không có thời gian gián đoạn quá hạn xuất trình (chuyển chính thức, nhận muộn, trong hoặc vào đảng bộ).", "This transfer shows no interruption beyond the presentation limit (official, received late, within or into the committee)."),
        ["transfer.interruption_needs_decision"] = ("Xác nhận thời gian gián đoạn cần số quyết định của cấp ủy.", "A proposed interruption is confirmed by the committee's decision: give its number."),
        ["transfer.interruption_dismissal_reason_required"] = ("Nêu lý do không ghi nhận thời gian gián đoạn.", "Give the reason the proposed interruption is not recorded."),
    };
}
