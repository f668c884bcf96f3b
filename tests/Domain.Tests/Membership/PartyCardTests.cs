using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Cards;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Domain.Tests.Membership;

/// <summary>The card register at its boundaries (Hướng dẫn 01-HD/TW 2021, 7.1; Hướng dẫn 12-HD/BTCTW 2022, II 2.2).</summary>
public sealed class PartyCardTests
{
    private static readonly DateOnly Established = new(2000, 1, 1);
    private static readonly DateOnly Ceremony = new(2020, 9, 1);
    private static readonly DateOnly Full = new(2021, 9, 1);

    private static readonly PartyOrganization Committee =
        PartyOrganization.Create(Guid.NewGuid(), "DB-TD", "Đảng bộ thẻ", null, OrganizationType.PartyCommittee, null, Established, null);

    private static readonly PartyOrganization Cell =
        PartyOrganization.Create(Guid.NewGuid(), "CB-TD", "Chi bộ thẻ", null, OrganizationType.PartyCell, UnitKind.AdministrativeAgency, Established, Committee);

    private static MemberProfile Profile(string? card = null) => new(
        "Trần Thị Thẻ", Sex.Female, new DateOnly(1990, 2, 3), null, null, Ethnicities.Kinh, null, null,
        GeneralEducation.UpperSecondary, ProfessionalLevel.University, PoliticalTheoryLevel.Elementary, null, null, null, null, false, card, null);

    private static PartyMember Probationary(string? card = null) =>
        PartyMember.Register(Guid.NewGuid(), Profile(card), new AdmissionRecord(Ceremony, "1-QĐ", Ceremony, null), Cell, MemberStatus.Probationary, Ceremony, null);

    private static PartyMember FullMember()
    {
        var member = Probationary();
        member.RecognizeFullMembership(Full, "2-QĐ", 12);
        return member;
    }

    private static void ShouldBreak(Action action, string code) => Should.Throw<DomainRuleException>(action).Code.ShouldBe(code);

    [Fact]
    public void A_probationary_member_never_gets_a_card_not_by_decision_nor_by_the_record()
    {
        ShouldBreak(() => Probationary().IssueCard("12345678", Full, "T-1"), "card.probationary_member");
        ShouldBreak(() => Probationary("12345678"), "card.probationary_member");
    }

    [Fact]
    public void The_card_is_issued_from_the_day_of_recognition_not_the_day_before()
    {
        ShouldBreak(() => FullMember().IssueCard("12345678", Full.AddDays(-1), "T-1"), "card.before_full_membership");
        var member = FullMember();
        var card = member.IssueCard("12345678", Full, "T-1");
        card.Issue.ShouldBe(PartyCardIssue.FirstIssue);
        member.PartyCardNumber.ShouldBe("12345678");
        FullMember().IssueCard("12345678", Full.AddDays(1), null).Status.ShouldBe(PartyCardStatus.Valid);
    }

    [Fact]
    public void A_second_first_issue_is_refused_while_a_card_is_in_force()
    {
        var member = FullMember();
        member.IssueCard("12345678", Full, "T-1");
        ShouldBreak(() => member.IssueCard("87654321", Full.AddDays(5), "T-2"), "card.already_issued");
    }

    [Fact]
    public void A_lost_card_is_void_and_reissued_with_the_same_number_unless_another_is_given()
    {
        var member = FullMember();
        var first = member.IssueCard("12345678", Full, "T-1");
        var second = member.ReissueCard(PartyCardEndReason.Lost, Full.AddMonths(6), "T-2", null);
        first.Status.ShouldBe(PartyCardStatus.Void);
        first.EndedOn.ShouldBe(Full.AddMonths(6));
        first.EndReason.ShouldBe(PartyCardEndReason.Lost);
        second.Issue.ShouldBe(PartyCardIssue.ReissueLost);
        second.Number.ShouldBe("12345678");
        second.ReplacesCardId.ShouldBe(first.Id);

        var third = member.ReissueCard(PartyCardEndReason.Damaged, Full.AddMonths(7), "T-3", "11112222");
        third.Issue.ShouldBe(PartyCardIssue.ExchangeDamaged);
        member.PartyCardNumber.ShouldBe("11112222");
        member.Cards.Count(c => c.Status == PartyCardStatus.Valid).ShouldBe(1);
    }

    [Fact]
    public void A_reissue_needs_a_card_in_force_and_a_date_not_before_its_issue()
    {
        ShouldBreak(() => FullMember().ReissueCard(PartyCardEndReason.Lost, Full, null, null), "card.none_valid");
        var member = FullMember();
        member.IssueCard("12345678", Full, "T-1");
        ShouldBreak(() => member.ReissueCard(PartyCardEndReason.Lost, Full.AddDays(-1), null, null), "card.date_before_issue");
        ShouldBreak(() => member.ReissueCard(PartyCardEndReason.Expelled, Full, null, null), "card.reissue_reason_invalid");
        member.ReissueCard(PartyCardEndReason.Lost, Full, null, null).IssuedOn.ShouldBe(Full);
    }

    [Fact]
    public void Expulsion_withdraws_the_card_and_clears_the_number_a_member_without_card_is_unchanged()
    {
        var member = FullMember();
        member.IssueCard("12345678", Full, "T-1");
        var withdrawn = member.WithdrawCard(new DateOnly(2024, 5, 2), PartyCardEndReason.Expelled);
        withdrawn!.Status.ShouldBe(PartyCardStatus.Withdrawn);
        member.PartyCardNumber.ShouldBeNull();
        member.WithdrawCard(new DateOnly(2024, 5, 3), PartyCardEndReason.NameRemoved).ShouldBeNull();
        Probationary().WithdrawCard(new DateOnly(2024, 5, 3), PartyCardEndReason.NameRemoved).ShouldBeNull();
        ShouldBreak(() => member.WithdrawCard(new DateOnly(2024, 5, 3), PartyCardEndReason.Lost), "card.withdraw_reason_invalid");
    }

    [Fact]
    public void The_record_may_carry_the_card_of_a_full_member_but_never_change_it()
    {
        var member = PartyMember.Register(
            Guid.NewGuid(), Profile("12345678"), new AdmissionRecord(Ceremony, null, Ceremony, Full), Cell, MemberStatus.Full, Full, null);
        member.PartyCardNumber.ShouldBe("12345678");
        member.Cards.Single().Issue.ShouldBe(PartyCardIssue.Recorded);
        member.Cards.Single().IssuedOn.ShouldBeNull();

        member.UpdateProfile(Profile("12345678"), new DateOnly(2024, 1, 2));
        member.UpdateProfile(Profile(null), new DateOnly(2024, 1, 2));
        member.PartyCardNumber.ShouldBe("12345678");
        member.Cards.Count.ShouldBe(1);
        ShouldBreak(() => member.UpdateProfile(Profile("87654321"), new DateOnly(2024, 1, 2)), "card.number_not_editable");
    }
}
