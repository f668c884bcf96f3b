using System.Globalization;
using PartyCommittee.Domain.Calendar;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>Exemption, reduction and suspension: dated conditions on a probationary or full member.</summary>
public sealed partial class PartyMember
{
    private readonly List<MemberCondition> conditions = [];

    /// <summary>Every exemption, reduction and suspension recorded, past and present.</summary>
    public IReadOnlyList<MemberCondition> Conditions => conditions;

    /// <summary>The conditions in force on <paramref name="date"/>.</summary>
    public IEnumerable<MemberCondition> ConditionsOn(DateOnly date) => conditions.Where(c => c.Period.Contains(date));

    /// <summary>True when a suspension covers <paramref name="date"/>.</summary>
    public bool IsSuspendedOn(DateOnly date) => SeniorityRules.IsSuspendedOn(this, date);

    /// <summary>True when an exemption (not a reduction) covers <paramref name="date"/>.</summary>
    public bool IsExemptOn(DateOnly date) => ConditionsOn(date).Any(c => c.Kind == MemberConditionKind.Exemption);

    /// <summary>
    /// The cell's decision to exempt the member from party work and activities, or to reduce them (Điều lệ Đảng;
    /// Quy định 24-QĐ/TW 2021 point 7.1: "đảng viên tuổi cao, sức khoẻ yếu ... xin giảm, miễn công tác và sinh hoạt
    /// đảng, chi bộ xem xét, quyết định"). For age or health the period may stay open; for another reason it is
    /// temporary, with an end within the limit of the rule set in force on its first day
    /// (<see cref="MemberConditionRuleSet.OtherGroundMaxMonths"/>). The member stays probationary or full.
    /// </summary>
    public MemberCondition Exempt(
        MemberConditionKind kind, ExemptionGround ground, DateRange period, string? decisionNumber, string? reason, DateOnly today, RuleBook<MemberConditionRuleSet> rules)
    {
        if (kind == MemberConditionKind.Suspension)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A suspension is recorded with Suspend.");
        }

        EnsureConditionCanStart(period, today);
        if (ground == ExemptionGround.Other)
        {
            var set = rules.InForceOn(period.StartsOn);
            var limit = period.StartsOn.AddMonths(set.OtherGroundMaxMonths);
            if (period.EndsOn is not { } end || end >= limit)
            {
                throw new DomainRuleException(
                    "member.exemption_too_long",
                    "An exemption for another reason than age or health is temporary and ends within the rule set's limit.",
                    RuleViolationKind.Unprocessable,
                    set.OtherGroundMaxMonths,
                    limit.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    set.Source.Code);
            }
        }

        return AddCondition(new MemberCondition(Ids.NewVersion7(), Id, kind, ground, period, decisionNumber, reason, OrganizationId));
    }

    /// <summary>
    /// Suspends the member from party activities (đình chỉ sinh hoạt đảng) from the first day of
    /// <paramref name="period"/>, until its end or until <see cref="EndCondition"/>. A suspended member holds no seat
    /// (elected bodies react to <see cref="MemberConditionStarted"/>). The member stays probationary or full. Its last day
    /// is within the longest term of the suspension rule set in force on its first day
    /// (<see cref="SuspensionRuleSet.EnsureWithinLongestTerm"/>).
    /// </summary>
    public MemberCondition Suspend(DateRange period, string? decisionNumber, string? reason, DateOnly today, WorkingDayCalendar calendar, RuleBook<SuspensionRuleSet> rules)
    {
        SuspensionRuleSet.EnsureWithinLongestTerm(period, calendar, rules);
        EnsureConditionCanStart(period, today);
        return AddCondition(new MemberCondition(Ids.NewVersion7(), Id, MemberConditionKind.Suspension, null, period, decisionNumber, reason, OrganizationId));
    }

    /// <summary>Ends a condition early (or sets the end of an open one): <paramref name="lastDay"/> is its last day (it may be planned).</summary>
    public MemberCondition EndCondition(Guid conditionId, DateOnly lastDay, string? decisionNumber)
    {
        var condition = conditions.FirstOrDefault(c => c.Id == conditionId) ?? throw new DomainRuleException(
            "member.condition_not_found", "The member has no such condition.", RuleViolationKind.Unprocessable, conditionId);
        if (condition.EndsOn is { } end && end <= lastDay)
        {
            throw new DomainRuleException(
                "member.condition_already_ended",
                "The condition ends on or before that day already.",
                RuleViolationKind.Conflict,
                end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (lastDay < condition.StartsOn)
        {
            throw new DomainRuleException(
                "member.condition_end_before_start",
                "A condition cannot end before it starts.",
                RuleViolationKind.Unprocessable,
                condition.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        condition.End(lastDay, decisionNumber);
        Raise(new MemberConditionEnded(Id, condition.Id, condition.Kind, lastDay));
        return condition;
    }

    private void EnsureConditionCanStart(DateRange period, DateOnly today)
    {
        EventDate(period.StartsOn, today, null);
        if (!MemberStatusRules.IsActive(Status) || StatusOn(period.StartsOn) is not (MemberStatus.Probationary or MemberStatus.Full))
        {
            throw new DomainRuleException(
                "member.condition_needs_member",
                "Exemption and suspension apply to a probationary or full member on the first day.",
                RuleViolationKind.Unprocessable,
                Status.ToString());
        }
    }

    private MemberCondition AddCondition(MemberCondition condition)
    {
        var overlapping = conditions.FirstOrDefault(c => c.Kind == condition.Kind && c.Period.Overlaps(condition.Period));
        if (overlapping is not null)
        {
            throw new DomainRuleException(
                "member.condition_overlaps",
                "A condition of this kind already covers part of that period.",
                RuleViolationKind.Conflict,
                overlapping.Period.ToString());
        }

        conditions.Add(condition);
        Raise(new MemberConditionStarted(Id, condition.Id, condition.Kind, condition.Period));
        return condition;
    }

    /// <summary>A member who leaves is no longer exempt or suspended after the day before leaving.</summary>
    private void EndConditionsOnLeaving(DateOnly leftOn)
    {
        foreach (var condition in conditions.Where(c => c.Period.Contains(leftOn) || (c.StartsOn >= leftOn && (c.EndsOn is null || c.EndsOn >= leftOn))).ToList())
        {
            if (condition.StartsOn >= leftOn)
            {
                condition.End(condition.StartsOn, null);
            }
            else
            {
                condition.End(leftOn.AddDays(-1), null);
            }
        }
    }

    /// <summary>The one rule for dates of events in the member aggregate: not after today, not before the earliest date.</summary>
    private static void EventDate(DateOnly date, DateOnly today, DateOnly? earliest)
    {
        if (EventDates.Problem(date, today, earliest ?? EventDates.PartyFounded) is { } problem)
        {
            throw new DomainRuleException(
                problem,
                problem == EventDates.InFuture ? "The date is after today." : "The date is too early.",
                RuleViolationKind.Unprocessable,
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>An exemption, reduction or suspension of a member for a period (last day included; open when it has no end).</summary>
public sealed class MemberCondition : Entity, IAuditable, IMemberConditionFacts
{
    /// <summary>For persistence.</summary>
    private MemberCondition(Guid id)
        : base(id)
    {
    }

    internal MemberCondition(
        Guid id, Guid memberId, MemberConditionKind kind, ExemptionGround? ground, DateRange period, string? decisionNumber, string? reason, Guid organizationId)
        : base(id)
    {
        MemberId = memberId;
        Kind = kind;
        Ground = ground;
        StartsOn = period.StartsOn;
        EndsOn = period.EndsOn;
        DecisionNumber = decisionNumber;
        Reason = reason;
        DecidedByOrganizationId = organizationId;
    }

    public Guid MemberId { get; private set; }

    public MemberConditionKind Kind { get; private set; }

    /// <summary>For an exemption or reduction: age, health or another reason.</summary>
    public ExemptionGround? Ground { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The last day (included); null while open.</summary>
    public DateOnly? EndsOn { get; private set; }

    public DateRange Period => new(StartsOn, EndsOn);

    public string? DecisionNumber { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The cell the member belonged to when it was decided (an exemption is the cell's decision).</summary>
    public Guid DecidedByOrganizationId { get; private set; }

    /// <summary>Number of the decision that ended it early, if any.</summary>
    public string? EndDecisionNumber { get; private set; }

    internal void End(DateOnly lastDay, string? decisionNumber)
    {
        EndsOn = lastDay;
        EndDecisionNumber = decisionNumber;
    }
}
