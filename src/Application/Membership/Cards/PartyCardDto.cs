using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Membership.Cards;

namespace PartyCommittee.Application.Membership.Cards;

/// <summary>One card of the register.</summary>
public sealed record PartyCardDto(
    Guid Id,
    string Number,
    PartyCardIssue Issue,
    BilingualLabel IssueLabel,
    DateOnly? IssuedOn,
    string? DecisionNumber,
    Guid? ReplacesCardId,
    PartyCardStatus Status,
    BilingualLabel StatusLabel,
    DateOnly? EndedOn,
    PartyCardEndReason? EndReason)
{
    public static PartyCardDto From(PartyCard c) => new(
        c.Id, c.Number, c.Issue, PartyCardLabels.Of(c.Issue), c.IssuedOn, c.DecisionNumber, c.ReplacesCardId, c.Status,
        PartyCardLabels.Of(c.Status), c.EndedOn, c.EndReason);
}

/// <summary>A member's card register: the card number in force and every card, oldest first. The ETag is the member's.</summary>
public sealed record PartyCardRegisterDto(Guid MemberId, string FullName, MemberStatus MemberStatus, string? PartyCardNumber, IReadOnlyList<PartyCardDto> Cards, long Version) : IVersioned
{
    public static PartyCardRegisterDto From(PartyMember member) => new(
        member.Id,
        member.FullName,
        member.Status,
        member.PartyCardNumber,
        [.. member.Cards.OrderBy(c => c.IssuedOn ?? DateOnly.MinValue).ThenBy(c => c.Id).Select(PartyCardDto.From)],
        member.Version);
}
