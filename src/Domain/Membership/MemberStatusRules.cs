using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// Which status changes the statute allows (Điều lệ Đảng arts. 8–10, 35–36; Quy định 24-QĐ/TW 2021 and 294-QĐ/TW 2025).
/// Probationary members can only be reprimanded or warned: an unfit one has the name removed, never expelled.
/// Removal, expulsion and death end the membership (a removed or expelled person may be re-admitted once, as a new
/// probationary member: <see cref="PartyMember.Readmit"/>). Moving out happens through a transfer (and back through a
/// transfer in). Suspension and exemption are not statuses but dated conditions (<see cref="MemberCondition"/>), so no
/// transition goes through them and none turns a probationary member into a full one or back.
/// </summary>
public static class MemberStatusRules
{
    private static readonly Dictionary<MemberStatus, MemberStatus[]> Allowed = new()
    {
        [MemberStatus.Probationary] = [MemberStatus.TransferredOut, MemberStatus.NameRemoved, MemberStatus.Deceased],
        [MemberStatus.Full] = [MemberStatus.TransferredOut, MemberStatus.NameRemoved, MemberStatus.Expelled, MemberStatus.Deceased],
        [MemberStatus.TransferredOut] = [],
        [MemberStatus.NameRemoved] = [],
        [MemberStatus.Expelled] = [],
        [MemberStatus.Deceased] = [],
    };

    public static bool IsActive(MemberStatus status) => MembershipLabels.IsCounted(status);

    public static bool IsAllowed(MemberStatus from, MemberStatus to) => Allowed[from].Contains(to);

    /// <summary>The statuses by which a member leaves the party itself (not only the committee): re-admission follows only these.</summary>
    public static bool LeftTheParty(MemberStatus status) => status is MemberStatus.NameRemoved or MemberStatus.Expelled;

    public static void EnsureAllowed(MemberStatus from, MemberStatus to)
    {
        if (from == MemberStatus.Probationary && to == MemberStatus.Expelled)
        {
            throw new DomainRuleException(
                "member.probationary_cannot_be_expelled",
                "A probationary member cannot be expelled; an unfit probationary member has the name removed.",
                RuleViolationKind.Unprocessable);
        }

        if (from == MemberStatus.Probationary && to == MemberStatus.Full)
        {
            throw new DomainRuleException(
                "member.use_full_membership_recognition",
                "A probationary member becomes a full member by recognition after the probation.",
                RuleViolationKind.Unprocessable);
        }

        if (!IsAllowed(from, to))
        {
            throw new DomainRuleException(
                "member.status_transition_not_allowed",
                "This status change is not allowed.",
                RuleViolationKind.Unprocessable,
                from.ToString(),
                to.ToString());
        }
    }
}
