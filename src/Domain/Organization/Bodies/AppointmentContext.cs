using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Domain.Organization.Bodies;

/// <summary>
/// What an appointment to an elected body is checked against, gathered by the caller from outside the body's
/// aggregate (see <see cref="ElectedBody.Appoint"/>).
/// </summary>
/// <param name="Term">The body's term.</param>
/// <param name="Organization">The organisation that elected the body.</param>
/// <param name="Member">The party member appointed, with status history and placements.</param>
/// <param name="MemberCells">The organisations of the member's placements (at least the one on the start date).</param>
/// <param name="ExecutiveCommittee">The organisation's executive committee of the same term, if any (with its memberships).</param>
/// <param name="StandingCommittee">The organisation's standing committee of the same term, if any (with its memberships).</param>
/// <param name="CellFullMembers">For a cell committee: the cell's full members on the start date (null when not counted).</param>
public sealed record AppointmentContext(
    Term Term,
    PartyOrganization Organization,
    PartyMember Member,
    IReadOnlyCollection<PartyOrganization> MemberCells,
    ElectedBody? ExecutiveCommittee,
    ElectedBody? StandingCommittee,
    int? CellFullMembers = null);
