using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership.Statistics;
using PartyCommittee.Application.Membership.Transfers;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Reports;

/// <summary>What moved a member into or out of an organisation's membership, or changed it.</summary>
public enum MovementKind
{
    /// <summary>Kết nạp: the admission decision.</summary>
    Admitted = 1,

    /// <summary>Công nhận đảng viên chính thức.</summary>
    RecognizedFull = 2,

    /// <summary>Chuyển đến (chính thức).</summary>
    TransferredInOfficial = 3,

    /// <summary>Chuyển đi (chính thức).</summary>
    TransferredOutOfficial = 4,

    /// <summary>Chuyển sinh hoạt tạm thời đến.</summary>
    TransferredInTemporary = 5,

    /// <summary>Chuyển sinh hoạt tạm thời đi.</summary>
    TransferredOutTemporary = 6,

    /// <summary>Xóa tên.</summary>
    NameRemoved = 7,

    /// <summary>Khai trừ.</summary>
    Expelled = 8,

    /// <summary>Từ trần.</summary>
    Deceased = 9,
}

public static class MovementLabels
{
    public static BilingualLabel Of(MovementKind kind) => kind switch
    {
        MovementKind.Admitted => new("Kết nạp đảng viên", "Admitted"),
        MovementKind.RecognizedFull => new("Công nhận đảng viên chính thức", "Recognised as full members"),
        MovementKind.TransferredInOfficial => new("Chuyển sinh hoạt đảng chính thức đến", "Transferred in (official)"),
        MovementKind.TransferredOutOfficial => new("Chuyển sinh hoạt đảng chính thức đi", "Transferred out (official)"),
        MovementKind.TransferredInTemporary => new("Chuyển sinh hoạt đảng tạm thời đến", "Transferred in (temporary)"),
        MovementKind.TransferredOutTemporary => new("Chuyển sinh hoạt đảng tạm thời đi", "Transferred out (temporary)"),
        MovementKind.NameRemoved => new("Xóa tên", "Names removed"),
        MovementKind.Expelled => new("Khai trừ", "Expelled"),
        MovementKind.Deceased => new("Từ trần", "Deceased"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>The movements of the membership of an organisation's subtree over a period (both days included).</summary>
public sealed record GetMembershipMovementsQuery(Guid? OrganizationId, DateOnly From, DateOnly To) : IQuery<MembershipMovements>;

/// <summary>One member's movement.</summary>
public sealed record MovementMember(Guid MemberId, string FullName, DateOnly Date, Guid OrganizationId, string OrganizationName, string? DocumentNumber);

/// <summary>One kind of movement: its count and the members.</summary>
public sealed record MovementGroup(MovementKind Kind, BilingualLabel Label, int Count, IReadOnlyList<MovementMember> Members);

/// <summary>
/// The membership at the start (the eve of <paramref name="From"/>) and at the end (<paramref name="To"/>) of the period,
/// and every movement in between, by kind. Temporary transfers do not change the counts (a temporary member is counted at home).
/// </summary>
public sealed record MembershipMovements(Guid? OrganizationId, DateOnly From, DateOnly To, int OpeningCount, int ClosingCount, IReadOnlyList<MovementGroup> Movements);

public sealed class GetMembershipMovementsValidator : AbstractValidator<GetMembershipMovementsQuery>
{
    public const int MaxYears = 10;

    public GetMembershipMovementsValidator()
    {
        RuleFor(q => q.From).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        RuleFor(q => q.To).InclusiveBetween(EventDates.PartyFounded, EventDates.Latest);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithErrorCode("report.period_invalid").WithMessage(_ => Messages.Format("report.period_invalid"));
        // A start within ten years of the calendar's end cannot have its bound computed (it is refused above): no bound then.
        RuleFor(q => q.To).Must((q, to) => q.From.Year > DateOnly.MaxValue.Year - MaxYears || to <= q.From.AddYears(MaxYears)).WithErrorCode("report.period_too_long").WithMessage(_ => Messages.Format("report.period_too_long", MaxYears));
    }
}

public sealed class GetMembershipMovementsHandler(IAppDbContext db, IOrganizationScope scope, MembershipStatisticsOptions options) : IQueryHandler<GetMembershipMovementsQuery, MembershipMovements>
{
    /// <summary>The statuses whose start is a movement out of the party, with the movement each is listed as.</summary>
    private static readonly Dictionary<MemberStatus, MovementKind> LeavingKinds = new()
    {
        [MemberStatus.NameRemoved] = MovementKind.NameRemoved,
        [MemberStatus.Expelled] = MovementKind.Expelled,
        [MemberStatus.Deceased] = MovementKind.Deceased,
    };

    private static readonly MemberStatus[] LeavingStatuses = [.. LeavingKinds.Keys];

    public async ValueTask<MembershipMovements> Handle(GetMembershipMovementsQuery query, CancellationToken cancellationToken)
    {
        var facts = await ReportFacts.LoadAsync(db, scope, query.OrganizationId, cancellationToken);
        // Only the members with an event of the period (their admission, recognition, removal, expulsion or death in it;
        // transfers are read below): the counts at both ends are counted by the database (issue 12: the report loaded
        // every member who was ever in the subtree with his histories).
        var members = await facts.MembersAsync(db, query.From, query.To, LeavingStatuses, cancellationToken);
        var names = members.ToDictionary(m => m.Id, m => m.FullName);
        var events = new List<(MovementKind Kind, MovementMember Member)>();
        bool InPeriod(DateOnly date) => date >= query.From && date <= query.To;

        void Add(MovementKind kind, Guid memberId, string fullName, DateOnly date, Guid cell, string? document)
        {
            if (facts.InSubtree(cell, date))
            {
                events.Add((kind, new MovementMember(memberId, fullName, date, cell, facts.NameOf(cell), document)));
            }
        }

        foreach (var member in members)
        {
            if (InPeriod(member.AdmissionDecisionDate))
            {
                var first = member.Placements.OrderBy(p => p.StartsOn).FirstOrDefault()?.OrganizationId ?? member.OrganizationId;
                Add(MovementKind.Admitted, member.Id, member.FullName, member.AdmissionDecisionDate, first, member.AdmissionDecisionNumber);
            }

            if (member.FullMembershipDate is { } full && InPeriod(full))
            {
                var recognition = member.StatusHistory.FirstOrDefault(p => p.Status == MemberStatus.Full && p.StartsOn == full);
                Add(MovementKind.RecognizedFull, member.Id, member.FullName, full, ReportFacts.CellOn(member, full), recognition?.DecisionNumber);
            }

            foreach (var period in member.StatusHistory.Where(p => InPeriod(p.StartsOn)))
            {
                if (LeavingKinds.TryGetValue(period.Status, out var k))
                {
                    Add(k, member.Id, member.FullName, period.StartsOn, ReportFacts.CellOn(member, period.StartsOn.AddDays(-1)), period.DecisionNumber);
                }
            }
        }

        // An event is placed in the sending or the receiving organisation: only the transfers touching an organisation ever
        // in the subtree can be one (session 50: every transfer of the period in the register was read, and each one's
        // member loaded, for a cell's report: 9 s for a cell with 200,000 transfers at 1M members).
        var transfers = await (await db.Transfers.AsNoTracking()
                .Where(t => (t.ReceivedOn >= query.From && t.ReceivedOn <= query.To) || (t.SentOn >= query.From && t.SentOn <= query.To))
                .TouchingAsync(db, facts.EverInSubtree(), cancellationToken))
            .ToListAsync(cancellationToken);
        // The transferred members' names (all a transfer's event shows of its member), read by id.
        var missing = transfers.Select(t => t.MemberId).Where(id => !names.ContainsKey(id)).Distinct().ToList();
        foreach (var member in await db.Members.AsNoTracking().Where(m => missing.Contains(m.Id)).Select(m => new { m.Id, m.FullName }).ToListAsync(cancellationToken))
        {
            names[member.Id] = member.FullName;
        }

        foreach (var transfer in transfers)
        {
            if (!names.TryGetValue(transfer.MemberId, out var name))
            {
                continue;
            }

            var official = transfer.Kind == TransferKind.Official;
            var inKind = official ? MovementKind.TransferredInOfficial : MovementKind.TransferredInTemporary;
            var outKind = official ? MovementKind.TransferredOutOfficial : MovementKind.TransferredOutTemporary;
            switch (transfer.Direction)
            {
                case TransferDirection.Incoming when transfer.ReceivedOn is { } received && InPeriod(received):
                    Add(inKind, transfer.MemberId, name, received, transfer.ToOrganizationId!.Value, transfer.DecisionNumber);
                    break;
                case TransferDirection.Outgoing when transfer.SentOn is { } sent && InPeriod(sent):
                    Add(outKind, transfer.MemberId, name, sent, transfer.FromOrganizationId!.Value, transfer.DecisionNumber);
                    break;
                case TransferDirection.Internal when transfer.ReceivedOn is { } received && InPeriod(received):
                    // Between cells of the committee: a movement only where it crosses the subtree's border.
                    var fromInside = facts.InSubtree(transfer.FromOrganizationId, received);
                    var toInside = facts.InSubtree(transfer.ToOrganizationId, received);
                    if (toInside && !fromInside)
                    {
                        Add(inKind, transfer.MemberId, name, received, transfer.ToOrganizationId!.Value, transfer.DecisionNumber);
                    }
                    else if (fromInside && !toInside)
                    {
                        Add(outKind, transfer.MemberId, name, received, transfer.FromOrganizationId!.Value, transfer.DecisionNumber);
                    }

                    break;
            }
        }

        var groups = Enum.GetValues<MovementKind>().Select(kind =>
        {
            var list = events.Where(e => e.Kind == kind).Select(e => e.Member)
                .OrderBy(m => m.Date).ThenBy(m => m.FullName, StringComparer.Ordinal).ThenBy(m => m.MemberId).ToList();
            return new MovementGroup(kind, MovementLabels.Of(kind), list.Count, list);
        }).ToList();
        // The counts at both ends from the dated counts when they can be read (the statistics' total of the day: a sum of
        // a few thousand rows, where a recount of the register read every placement and status period, ~5 s each at
        // 1M members); else recounted from the members' rows, the same rule (MembershipFormsEqualityTests).
        var fromCounts = await db.ReadyAsync(options, cancellationToken);
        async Task<int> CountOnAsync(DateOnly day) => fromCounts
            ? await db.CountedOnAsync(facts.SubtreeOn(day), day, cancellationToken)
            : await MembersOnDay.CountAsync(db, facts.SubtreeOn(day), day, cancellationToken);

        var opening = await CountOnAsync(query.From.AddDays(-1));
        var closing = await CountOnAsync(query.To);
        return new MembershipMovements(query.OrganizationId, query.From, query.To, opening, closing, groups);
    }
}
