using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Common.Validation;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.SeniorityGaps;

/// <summary>A recorded period not counted in seniority, in force or corrected.</summary>
/// <param name="Id">Identifier (for an amendment or a withdrawal).</param>
/// <param name="Reason">LOST_CONTACT, TRANSFER_INTERRUPTION or OUTSIDE_PARTY.</param>
/// <param name="ReasonLabel">Display label of <paramref name="Reason"/>.</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day (included).</param>
/// <param name="DocumentNumber">The document establishing it.</param>
/// <param name="Note">Note.</param>
/// <param name="InForce">True while deducted from seniority; false once amended or withdrawn (kept in the history).</param>
/// <param name="Withdrawn">True when withdrawn without a replacement.</param>
/// <param name="AmendsGapId">The gap this one replaced.</param>
/// <param name="ReplacedByGapId">The gap that replaced this one.</param>
/// <param name="EndedByDecisionNumber">The decision that amended or withdrew it.</param>
/// <param name="EndedByDecisionDate">Its date.</param>
/// <param name="EndReason">Why.</param>
public sealed record SeniorityGapDto(
    Guid Id,
    SeniorityGapReason Reason,
    BilingualLabel ReasonLabel,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string? DocumentNumber,
    string? Note,
    bool InForce,
    bool Withdrawn,
    Guid? AmendsGapId,
    Guid? ReplacedByGapId,
    string? EndedByDecisionNumber,
    DateOnly? EndedByDecisionDate,
    string? EndReason)
{
    public static SeniorityGapDto From(MemberSeniorityGap g) => new(
        g.Id, g.Reason, MembershipLabels.Of(g.Reason), g.StartsOn, g.EndsOn, g.DocumentNumber, g.Note, g.IsInForce, g.IsWithdrawn,
        g.AmendsGapId, g.ReplacedByGapId, g.EndedByDecisionNumber, g.EndedByDecisionDate, g.EndReason);
}

/// <summary>The corrected period and the decision that allows the correction.</summary>
/// <param name="Reason">LOST_CONTACT, TRANSFER_INTERRUPTION or OUTSIDE_PARTY.</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day (included).</param>
/// <param name="DocumentNumber">The document establishing the corrected period.</param>
/// <param name="Note">Note.</param>
/// <param name="DecisionNumber">Number of the decision that allows the correction.</param>
/// <param name="DecisionDate">Its date.</param>
/// <param name="DecisionReason">Why the recorded period was wrong.</param>
public sealed record SeniorityGapAmendment(
    [property: Required] SeniorityGapReason? Reason,
    [property: Required] DateOnly? StartsOn,
    [property: Required] DateOnly? EndsOn,
    string? DocumentNumber,
    string? Note,
    [property: Required] string? DecisionNumber,
    [property: Required] DateOnly? DecisionDate,
    [property: Required] string? DecisionReason);

/// <summary>The decision that withdraws a recorded gap.</summary>
/// <param name="DecisionNumber">Its number.</param>
/// <param name="DecisionDate">Its date.</param>
/// <param name="DecisionReason">Why the recorded period was wrong.</param>
public sealed record SeniorityGapWithdrawal([property: Required] string? DecisionNumber, [property: Required] DateOnly? DecisionDate, [property: Required] string? DecisionReason);

public sealed record AmendSeniorityGapCommand(Guid Id, Guid GapId, long ExpectedVersion, SeniorityGapAmendment Amendment) : ICommand<MemberDto>;

public sealed record WithdrawSeniorityGapCommand(Guid Id, Guid GapId, long ExpectedVersion, SeniorityGapWithdrawal Withdrawal) : ICommand<MemberDto>;

public sealed record ListSeniorityGapsQuery(Guid Id) : IQuery<IReadOnlyList<SeniorityGapDto>>;

public sealed class AmendSeniorityGapValidator : AbstractValidator<AmendSeniorityGapCommand>
{
    public AmendSeniorityGapValidator(TimeProvider time)
    {
        RuleFor(c => c.Amendment.Reason).NotNull().IsDefinedEnum().OverridePropertyName("reason");
        RuleFor(c => c.Amendment.StartsOn).NotNull().IsEventDate(time).OverridePropertyName("startsOn");
        RuleFor(c => c.Amendment.EndsOn).NotNull().IsEventDate(time)
            .GreaterThanOrEqualTo(c => c.Amendment.StartsOn).When(c => c.Amendment.StartsOn is not null).OverridePropertyName("endsOn");
        RuleFor(c => c.Amendment.DocumentNumber).MaximumLength(64).OverridePropertyName("documentNumber");
        RuleFor(c => c.Amendment.Note).MaximumLength(512).OverridePropertyName("note");
        RuleFor(c => c.Amendment.DecisionNumber).NotEmpty().MaximumLength(64).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Amendment.DecisionDate).NotNull().IsEventDate(time).OverridePropertyName("decisionDate");
        RuleFor(c => c.Amendment.DecisionReason).NotEmpty().MaximumLength(512).OverridePropertyName("decisionReason");
    }
}

public sealed class WithdrawSeniorityGapValidator : AbstractValidator<WithdrawSeniorityGapCommand>
{
    public WithdrawSeniorityGapValidator(TimeProvider time)
    {
        RuleFor(c => c.Withdrawal.DecisionNumber).NotEmpty().MaximumLength(64).OverridePropertyName("decisionNumber");
        RuleFor(c => c.Withdrawal.DecisionDate).NotNull().IsEventDate(time).OverridePropertyName("decisionDate");
        RuleFor(c => c.Withdrawal.DecisionReason).NotEmpty().MaximumLength(512).OverridePropertyName("decisionReason");
    }
}

/// <summary>Replaces a recorded gap by the corrected period; the old one stays in the history; seniority follows.</summary>
public sealed class AmendSeniorityGapHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time)
    : ICommandHandler<AmendSeniorityGapCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(AmendSeniorityGapCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        var a = command.Amendment;
        var today = time.TodayInVietnam();
        member.AmendSeniorityGap(
            command.GapId,
            new DateRange(a.StartsOn!.Value, a.EndsOn!.Value),
            a.Reason!.Value,
            a.DocumentNumber,
            a.Note,
            new SeniorityGapDecision(a.DecisionNumber!, a.DecisionDate!.Value, a.DecisionReason!),
            today);
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), today, PersonalData.CanRead(user));
    }
}

/// <summary>Withdraws a recorded gap (kept in the history, no longer deducted); seniority follows.</summary>
public sealed class WithdrawSeniorityGapHandler(IAppDbContext db, IOrganizationScope scope, ICurrentUser user, TimeProvider time)
    : ICommandHandler<WithdrawSeniorityGapCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(WithdrawSeniorityGapCommand command, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, command.Id, cancellationToken);
        member.EnsureVersion(command.ExpectedVersion);
        var w = command.Withdrawal;
        var today = time.TodayInVietnam();
        member.WithdrawSeniorityGap(command.GapId, new SeniorityGapDecision(w.DecisionNumber!, w.DecisionDate!.Value, w.DecisionReason!), today);
        await db.SaveChangesAsync(cancellationToken);
        return MemberDto.From(member, await db.OrganizationNameAsync(member.OrganizationId, cancellationToken), today, PersonalData.CanRead(user));
    }
}

/// <summary>Every recorded gap of a member (in force and corrected), by first day.</summary>
public sealed class ListSeniorityGapsHandler(IAppDbContext db, IOrganizationScope scope)
    : IQueryHandler<ListSeniorityGapsQuery, IReadOnlyList<SeniorityGapDto>>
{
    public async ValueTask<IReadOnlyList<SeniorityGapDto>> Handle(ListSeniorityGapsQuery query, CancellationToken cancellationToken)
    {
        var member = await db.LoadMemberInScopeAsync(scope, query.Id, cancellationToken, tracking: false);
        return [.. member.SeniorityGaps.OrderBy(g => g.StartsOn).ThenBy(g => g.EndedByDecisionDate is null).Select(SeniorityGapDto.From)];
    }
}

/// <summary>Messages of seniority gap corrections (code → Vietnamese, English).</summary>
internal sealed class SeniorityGapMessages : IMessageCatalog
{
    public IReadOnlyDictionary<string, (string Vi, string En)> Entries { get; } = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal)
    {
        ["member.seniority_gap_not_found"] = ("Đảng viên không có khoảng thời gian không tính tuổi đảng {0}.", "The member has no recorded seniority gap {0}."),
        ["member.seniority_gap_already_corrected"] = ("Khoảng thời gian này đã được sửa hoặc huỷ theo quyết định {0}; hãy sửa khoảng đang có hiệu lực.", "This seniority gap was already amended or withdrawn by decision {0}; correct the one in force."),
        ["member.seniority_gap_correction_needs_decision"] = ("Chỉ sửa hoặc huỷ thời gian không tính tuổi đảng theo quyết định (số, ngày, lý do).", "A recorded seniority gap is amended or withdrawn only by a decision (number, date, reason)."),
        ["timeline.seniority_gap_amended"] = ("Sửa thời gian không tính tuổi đảng: {0}", "Seniority gap amended: {0}"),
        ["timeline.seniority_gap_withdrawn"] = ("Huỷ thời gian không tính tuổi đảng: {0}", "Seniority gap withdrawn: {0}"),
    };
}
