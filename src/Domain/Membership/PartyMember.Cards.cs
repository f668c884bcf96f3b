using System.Globalization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership.Cards;

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// The member's party card register (thẻ đảng viên). Sources: Hướng dẫn 01-HD/TW ngày 28/9/2021, 7.1 (the card is
/// given once the member is recognised as a full member; the cell collects it from a member expelled or whose name is
/// removed; the family of a deceased member keeps it); Hướng dẫn 12-HD/BTCTW ngày 18/1/2022, Part II 2.2 (issuing,
/// reissuing a lost card and exchanging a damaged one by a decision of the committee, form 4-TĐV).
/// The card number is not a free field of the record: it is the number of the card in force in the register.
/// </summary>
public sealed partial class PartyMember
{
    private readonly List<PartyCard> cards = [];

    /// <summary>8-digit number of the member's card in force (<see cref="PartyCardStatus.Valid"/>), derived from the register.</summary>
    public string? PartyCardNumber { get; private set; }

    /// <summary>Every card of the member, in force or ended. Loaded only where the register is needed.</summary>
    public IReadOnlyList<PartyCard> Cards => cards;

    /// <summary>The card in force, among the loaded cards.</summary>
    public PartyCard? ValidCard => cards.FirstOrDefault(c => c.Status == PartyCardStatus.Valid);

    /// <summary>
    /// Issues the member's first card on <paramref name="issuedOn"/> by the committee's decision. Only to a full member
    /// (never to a probationary one), not before recognition, and only when no card is in force.
    /// </summary>
    public PartyCard IssueCard(string number, DateOnly issuedOn, string? decisionNumber)
    {
        EnsureMayHoldCard();
        if (FullMembershipDate is { } full && issuedOn < full)
        {
            throw new DomainRuleException(
                "card.before_full_membership",
                "A party card is issued after recognition as a full member.",
                RuleViolationKind.Unprocessable,
                full.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (ValidCard is { } valid)
        {
            throw new DomainRuleException(
                "card.already_issued",
                "The member already holds a valid card; a lost or damaged card is reissued.",
                RuleViolationKind.Conflict,
                valid.Number);
        }

        return AddCard(number, PartyCardIssue.FirstIssue, issuedOn, decisionNumber, null);
    }

    /// <summary>
    /// Reissues a lost card or exchanges a damaged one on <paramref name="on"/>: the card in force becomes void and a new
    /// card is issued. It keeps the number unless the decision gives another (<paramref name="newNumber"/>).
    /// </summary>
    public PartyCard ReissueCard(PartyCardEndReason reason, DateOnly on, string? decisionNumber, string? newNumber)
    {
        if (reason is not (PartyCardEndReason.Lost or PartyCardEndReason.Damaged))
        {
            throw new DomainRuleException("card.reissue_reason_invalid", "A card is reissued when lost or damaged.", RuleViolationKind.Unprocessable, reason.ToString());
        }

        EnsureMayHoldCard();
        var current = ValidCard ?? throw new DomainRuleException(
            "card.none_valid", "The member holds no valid card.", RuleViolationKind.Conflict);
        if (current.IssuedOn is { } issued && on < issued)
        {
            throw new DomainRuleException(
                "card.date_before_issue",
                "The date is before the card in force was issued.",
                RuleViolationKind.Unprocessable,
                issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        current.End(PartyCardStatus.Void, on, reason);
        var issue = reason == PartyCardEndReason.Lost ? PartyCardIssue.ReissueLost : PartyCardIssue.ExchangeDamaged;
        return AddCard(newNumber ?? current.Number, issue, on, decisionNumber, current.Id);
    }

    /// <summary>
    /// Withdraws the card in force on <paramref name="on"/> (expulsion, name removal). Returns the withdrawn card, or null
    /// when the member holds none (a probationary member, a member without a recorded card).
    /// </summary>
    public PartyCard? WithdrawCard(DateOnly on, PartyCardEndReason reason)
    {
        if (reason is not (PartyCardEndReason.NameRemoved or PartyCardEndReason.Expelled))
        {
            throw new DomainRuleException("card.withdraw_reason_invalid", "A card is withdrawn on expulsion or name removal.", RuleViolationKind.Unprocessable, reason.ToString());
        }

        if (ValidCard is not { } card)
        {
            return null;
        }

        card.End(PartyCardStatus.Withdrawn, on, reason);
        PartyCardNumber = null;
        return card;
    }

    /// <summary>
    /// A card number carried by a member record or an import row: historical data about a card issued before the record
    /// was kept here. Nothing is given: nothing changes (the number is never cleared by a form). The same number as
    /// the card in force: nothing changes. A member without a card in force: the card is recorded in the register
    /// (<see cref="PartyCardIssue.Recorded"/>), but never for a probationary member. Another number: refused, a card
    /// changes by a reissue.
    /// </summary>
    private void AcceptCardNumberFromRecord(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return;
        }

        number = number.Trim();
        if (string.Equals(number, PartyCardNumber, StringComparison.Ordinal))
        {
            return;
        }

        if (PartyCardNumber is not null)
        {
            throw new DomainRuleException(
                "card.number_not_editable",
                "The party card number comes from the card register; a card changes by a reissue.",
                RuleViolationKind.Unprocessable,
                PartyCardNumber);
        }

        EnsureMayHoldCard();
        AddCard(number, PartyCardIssue.Recorded, null, null, null);
    }

    private void EnsureMayHoldCard()
    {
        if (Status == MemberStatus.Probationary)
        {
            throw new DomainRuleException(
                "card.probationary_member",
                "A party card is given only to a full member, never to a probationary member.",
                RuleViolationKind.Unprocessable);
        }

        if (!MemberStatusRules.IsActive(Status))
        {
            throw new DomainRuleException(
                "card.member_not_active",
                "The member has left the party organisation.",
                RuleViolationKind.Conflict,
                Status.ToString());
        }
    }

    private PartyCard AddCard(string number, PartyCardIssue issue, DateOnly? issuedOn, string? decisionNumber, Guid? replaces)
    {
        if (!PartyCard.IsWellFormed(number))
        {
            throw new DomainRuleException("member.card_number_invalid", "A party card number has exactly 8 digits.", RuleViolationKind.Unprocessable);
        }

        var card = new PartyCard(Ids.NewVersion7(), Id, number, issue, issuedOn, string.IsNullOrWhiteSpace(decisionNumber) ? null : decisionNumber.Trim(), replaces);
        cards.Add(card);
        PartyCardNumber = number;
        return card;
    }
}
