using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership.Badges;

/// <summary>
/// A party badge awarded to a member (Huy hiệu Đảng): the seniority level, the round (3/2, 19/5, 2/9, 7/11) in which it was
/// awarded, the decision, the basis (regular, early for serious illness, posthumous) and the rule set applied.
/// <see cref="Grant"/> is the checked way to create one.
/// </summary>
public sealed class BadgeAward : AggregateRoot
{
    public const int DecisionNumberMaxLength = 64;

    private BadgeAward(Guid id, Guid memberId, int years, DateOnly roundDate, DateOnly? decisionDate, string? decisionNumber, BadgeBasis basis, string? ruleSetCode)
        : base(id)
    {
        MemberId = memberId;
        Years = years;
        RoundDate = roundDate;
        DecisionDate = decisionDate;
        DecisionNumber = decisionNumber;
        Basis = basis;
        RuleSetCode = ruleSetCode;
    }

    public Guid MemberId { get; private set; }

    /// <summary>The badge's years of seniority (30, 40, 45 … 90).</summary>
    public int Years { get; private set; }

    /// <summary>The round in which the badge was awarded.</summary>
    public DateOnly RoundDate { get; private set; }

    public DateOnly? DecisionDate { get; private set; }

    public string? DecisionNumber { get; private set; }

    public BadgeBasis Basis { get; private set; }

    /// <summary>Code of the rule set applied (null for a <see cref="BadgeBasis.Recorded"/> award).</summary>
    public string? RuleSetCode { get; private set; }

    /// <summary>
    /// Awards the <paramref name="years"/> badge to <paramref name="member"/> in the round of <paramref name="roundDate"/>
    /// under <paramref name="rules"/> (the rule set in force on the round date):
    /// <list type="bullet">
    /// <item>the level exists and the member has not received it yet (<paramref name="awardedLevels"/>);</item>
    /// <item>the round date is one of the yearly rounds;</item>
    /// <item>REGULAR: a full member (not probationary, suspended or former) whose seniority on the round date reaches the level;</item>
    /// <item>SERIOUS_ILLNESS: the same, reaching the level within the early period after the round date;</item>
    /// <item>POSTHUMOUS: a deceased member whose seniority reached the level, or would have within the early period after death;</item>
    /// <item>RECORDED: historical data, checked for the level and duplicates only.</item>
    /// </list>
    /// </summary>
    public static BadgeAward Grant(
        Guid id, PartyMember member, int years, DateOnly roundDate, BadgeBasis basis, DateOnly? decisionDate, string? decisionNumber,
        BadgeRuleSet rules, IReadOnlyCollection<int> awardedLevels, DateOnly? deathDate)
    {
        rules.EnsureLevel(years);

        if (awardedLevels.Contains(years))
        {
            throw new DomainRuleException("badge.already_awarded", "The member already has that badge.", RuleViolationKind.Conflict, years);
        }

        if (decisionDate is { } decided && decided > roundDate)
        {
            throw new DomainRuleException(
                "badge.decision_after_round", "The decision comes before the round in which the badge is presented.", RuleViolationKind.Unprocessable);
        }

        if (basis == BadgeBasis.Recorded)
        {
            return new BadgeAward(id, member.Id, years, roundDate, decisionDate, Clean(decisionNumber), basis, null);
        }

        rules.EnsureRound(roundDate);

        DateOnly reference;
        if (basis == BadgeBasis.Posthumous)
        {
            if (member.Status != MemberStatus.Deceased || deathDate is not { } died)
            {
                throw new DomainRuleException("badge.posthumous_needs_deceased", "A badge is awarded posthumously only to a deceased member.", RuleViolationKind.Unprocessable);
            }

            if (roundDate < died)
            {
                throw new DomainRuleException("badge.posthumous_before_death", "A posthumous award comes after the member's death.", RuleViolationKind.Unprocessable);
            }

            reference = died.AddMonths(rules.EarlyMonths(years, basis));
        }
        else
        {
            if (member.Status == MemberStatus.Deceased)
            {
                throw new DomainRuleException("badge.member_deceased", "A deceased member's badge is awarded posthumously.", RuleViolationKind.Unprocessable);
            }

            if (!BadgeEligibility.MayReceive(member, roundDate))
            {
                throw new DomainRuleException("badge.member_not_eligible", "Only a full member in good standing receives a badge.", RuleViolationKind.Unprocessable, member.Status.ToString());
            }

            reference = roundDate.AddMonths(rules.EarlyMonths(years, basis));
        }

        var seniority = BadgeEligibility.SeniorityYears(member, reference);
        if (seniority < years)
        {
            throw new DomainRuleException(
                "badge.seniority_not_reached",
                "The member's seniority does not reach the badge's years on the round date (early periods included).",
                RuleViolationKind.Unprocessable,
                years,
                seniority,
                rules.Source.Code);
        }

        return new BadgeAward(id, member.Id, years, roundDate, decisionDate, Clean(decisionNumber), basis, rules.Source.Code);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Who is due a badge in a round.</summary>
/// <param name="Years">The badge due: the highest level reached on the round date and not yet awarded.</param>
/// <param name="SeniorityYears">Seniority on the round date.</param>
/// <param name="NewlyEligible">True when the level is reached since the previous round (false: an earlier round was missed).</param>
public sealed record BadgeDue(int Years, int SeniorityYears, bool NewlyEligible);

public static class BadgeEligibility
{
    /// <summary>
    /// The member's party seniority in whole years on <paramref name="date"/>. The ONE place the badge rules read the
    /// seniority from the member, so that the corrected seniority (time outside the party subtracted) is a one-line change.
    /// </summary>
    public static int SeniorityYears(ISeniorityRecord member, DateOnly date)
    {
        // Seniority stops when a member leaves; for a member who died, a posthumous award counts on from the death to
        // the reference date (the rule set's "would have reached" within its early period).
        var seniority = SeniorityRules.SeniorityOn(member, date);
        if (seniority is null)
        {
            return 0;
        }

        return member.Status == MemberStatus.Deceased && seniority.CountedUntil < date
            ? (seniority.TotalMonths + PartyMember.MonthsBetween(seniority.CountedUntil, date)) / 12
            : seniority.Years;
    }

    /// <summary>Who receives a badge while alive: full members, exempt from activities included; a member suspended on the date waits for the outcome.</summary>
    public static bool MayReceive(ISeniorityRecord member, DateOnly date) => member.Status == MemberStatus.Full && !SeniorityRules.IsSuspendedOn(member, date);

    /// <summary>The badge <paramref name="member"/> is due in the round of <paramref name="roundDate"/>, or null.</summary>
    public static BadgeDue? DueIn(ISeniorityRecord member, DateOnly roundDate, BadgeRuleSet rules, IReadOnlyCollection<int> awardedLevels) =>
        MayReceive(member, roundDate) ? Due(date => SeniorityYears(member, date), roundDate, rules, awardedLevels) : null;

    /// <summary>
    /// <see cref="DueIn"/> for a member who <see cref="MayReceive"/> on the round date, was admitted before the previous
    /// round, began no status period after it and has no recorded seniority gap: on both dates his status period is the
    /// one in force since before the previous round, every closed period outside the party ended before it, and his
    /// seniority counts from <paramref name="seniorityCountedFrom"/> (<see cref="PartyMember.SeniorityCountedFrom"/>:
    /// the admission date moved by those days, kept with his record), the months <see cref="SeniorityRules.SeniorityOn"/>
    /// counts from his periods. What lets the eligibility list judge most of a register without reading every status
    /// period (ADR 0090).
    /// </summary>
    public static BadgeDue? DueInWithoutChangeSincePreviousRound(
        DateOnly seniorityCountedFrom, DateOnly roundDate, BadgeRuleSet rules, IReadOnlyCollection<int> awardedLevels) =>
        Due(date => PartyMember.MonthsBetween(seniorityCountedFrom, date) / 12, roundDate, rules, awardedLevels);

    /// <summary>The highest level reached on the round date and not yet awarded, and whether it was reached since the previous round.</summary>
    private static BadgeDue? Due(Func<DateOnly, int> seniorityYearsOn, DateOnly roundDate, BadgeRuleSet rules, IReadOnlyCollection<int> awardedLevels)
    {
        var seniority = seniorityYearsOn(roundDate);
        if (rules.HighestLevelWithin(seniority) is not { } level || awardedLevels.Any(a => a >= level))
        {
            return null;
        }

        var before = seniorityYearsOn(rules.PreviousRoundBefore(roundDate));
        return new BadgeDue(level, seniority, before < level);
    }
}
