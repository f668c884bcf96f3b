using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Inspection.Dues;

/// <summary>
/// What a member's dues are computed from, from a month on (until the next basis of the same member): the category,
/// the monthly basis amount (salary, insured salary or pension, in đồng) and any hardship reduction for a limited time.
/// </summary>
public sealed class DuesBasis : AggregateRoot
{
    public const int ReasonMaxLength = 500;

    private DuesBasis(Guid id)
        : base(id)
    {
    }

    public Guid MemberId { get; private set; }

    public DuesCategory Category { get; private set; }

    /// <summary>Monthly salary, insured salary or pension in đồng (0 for fixed-amount categories).</summary>
    public long MonthlyBasisAmount { get; private set; }

    /// <summary>First day of the first month it applies to.</summary>
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Hardship reduction in percent (100: exempt), if granted.</summary>
    public int? ReductionPercent { get; private set; }

    /// <summary>First day of the last month the reduction applies to.</summary>
    public DateOnly? ReductionUntil { get; private set; }

    public string? ReductionReason { get; private set; }

    /// <summary>Records a basis from <paramref name="effectiveFrom"/>'s month, checking a reduction against the rules in force that month.</summary>
    public static DuesBasis Record(
        Guid id, Guid memberId, DuesCategory category, long monthlyBasisAmount, DateOnly effectiveFrom,
        int? reductionPercent, DateOnly? reductionUntil, string? reductionReason, DuesRuleSet rules)
    {
        if (monthlyBasisAmount < 0 || (category is DuesCategory.Salaried or DuesCategory.Pensioner && monthlyBasisAmount == 0))
        {
            throw new DomainRuleException(
                "dues.basis_amount_required", "A salaried member or a pensioner has a monthly basis amount.", RuleViolationKind.Unprocessable);
        }

        var from = DuesRuleSet.MonthOf(effectiveFrom);
        DateOnly? until = null;
        if (reductionPercent is { } percent)
        {
            if (reductionUntil is not { } last || string.IsNullOrWhiteSpace(reductionReason))
            {
                throw new DomainRuleException(
                    "dues.reduction_incomplete", "A reduction needs its last month and its reason.", RuleViolationKind.Unprocessable);
            }

            until = DuesRuleSet.MonthOf(last);
            rules.EnsureReductionAllowed(percent, from, until.Value);
        }

        return new DuesBasis(id)
        {
            MemberId = memberId,
            Category = category,
            MonthlyBasisAmount = monthlyBasisAmount,
            EffectiveFrom = from,
            ReductionPercent = reductionPercent,
            ReductionUntil = until,
            ReductionReason = reductionPercent is null || string.IsNullOrWhiteSpace(reductionReason) ? null : VietnameseText.Clean(reductionReason),
        };
    }

    /// <summary>The reduction in force in <paramref name="month"/>, if any.</summary>
    public int? ReductionIn(DateOnly month) =>
        ReductionPercent is { } percent && month >= EffectiveFrom && ReductionUntil is { } until && month <= until ? percent : null;
}
