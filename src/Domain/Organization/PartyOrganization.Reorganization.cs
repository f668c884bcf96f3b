using System.Globalization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization.Reorganization;

namespace PartyCommittee.Domain.Organization;

/// <summary>Reorganisation: an organisation moves under another parent on a date, keeping its identity and history.</summary>
public sealed partial class PartyOrganization
{
    /// <summary>
    /// Moves this organisation under <paramref name="newParent"/> from <paramref name="on"/> (a reorganisation) and returns
    /// the dated record of the move and the old path prefix (to rebase the descendants with <see cref="RebasePath"/>).
    /// Unlike an edit of the tree, the organisation may be older than its new parent: it joins it on <paramref name="on"/>,
    /// which must be after its own establishment, on or after the new parent's, and after its last move.
    /// </summary>
    public (OrganizationMove Move, string OldPath) ReorganizeUnder(
        PartyOrganization newParent, DateOnly on, DateOnly? lastMoveOn, Guid reorganizationId, Guid moveId, string? decisionNumber)
    {
        EnsureCanMoveUnder(newParent);
        if (ParentId is not { } fromParent)
        {
            throw new DomainRuleException("reorganization.root_cannot_move", "A root organisation has no parent to leave.", RuleViolationKind.Unprocessable, Code);
        }

        if (fromParent == newParent.Id)
        {
            throw new DomainRuleException("reorganization.already_under_parent", "The organisation is already under that parent.", RuleViolationKind.Conflict, Code);
        }

        if (newParent.IsDissolved || !newParent.IsActiveOn(on))
        {
            throw new DomainRuleException(
                "reorganization.parent_inactive", "The new parent does not exist on that date.", RuleViolationKind.Unprocessable, newParent.Code, Format(on));
        }

        if (on <= EstablishedOn)
        {
            throw new DomainRuleException(
                "reorganization.before_established", "The organisation moves after it was established.", RuleViolationKind.Unprocessable, Code, Format(EstablishedOn));
        }

        if (lastMoveOn is { } last && on <= last)
        {
            throw new DomainRuleException(
                "reorganization.date_before_last_move", "The date is not after the organisation's last move.", RuleViolationKind.Unprocessable, Code, Format(last));
        }

        if (newParent.Depth + 1 >= MaxDepth)
        {
            throw TooDeep();
        }

        var oldPath = Path;
        ParentId = newParent.Id;
        Path = newParent.Path + Segment(Id)[1..];
        Depth = newParent.Depth + 1;
        return (new OrganizationMove(moveId, reorganizationId, Id, fromParent, newParent.Id, on, decisionNumber), oldPath);
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
