using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections;

/// <summary>An election record in a list.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The organisation holding the election.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="TermId">The term elected for.</param>
/// <param name="TermName">Name of the term.</param>
/// <param name="Body">The body elected: EXECUTIVE_COMMITTEE, STANDING_COMMITTEE, INSPECTION_COMMISSION or CELL_COMMITTEE; null for delegates.</param>
/// <param name="Office">The office elected in the body (SECRETARY, DEPUTY_SECRETARY, INSPECTION_CHAIR...); null: its members.</param>
/// <param name="HeldOn">Day of the vote.</param>
/// <param name="Seats">Number to elect (official delegates for DELEGATES).</param>
/// <param name="Status">OPEN or CLOSED.</param>
/// <param name="RuleSet">Code of the election rule set applied (organization.elections), in force on the election date.</param>
/// <param name="Version">Concurrency version.</param>
/// <param name="Kind">BODY or DELEGATES (delegates to the superior congress).</param>
/// <param name="Alternates">Alternates to elect (DELEGATES; 0 otherwise).</param>
/// <param name="Congress">The superior congress (DELEGATES).</param>
public sealed record ElectionSummaryDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    Guid TermId,
    string TermName,
    BodyKind? Body,
    BodyRole? Office,
    DateOnly HeldOn,
    int Seats,
    ElectionStatus Status,
    string RuleSet,
    long Version,
    ElectionKind Kind,
    int Alternates,
    string? Congress) : IVersioned;

/// <summary>An election record with its electorate, candidates, count and result.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OrganizationId">The organisation holding the election.</param>
/// <param name="OrganizationName">Its name.</param>
/// <param name="TermId">The term elected for.</param>
/// <param name="TermName">Name of the term.</param>
/// <param name="Kind">BODY (a body or an office in it) or DELEGATES (delegates to the superior congress: no body, no seats).</param>
/// <param name="Body">The body elected; null for DELEGATES.</param>
/// <param name="BodyLabel">Display label of <paramref name="Body"/> (for DELEGATES: "Đại biểu dự đại hội cấp trên").</param>
/// <param name="Office">The office elected in the body; null: its members.</param>
/// <param name="OfficeLabel">Display label of <paramref name="Office"/>.</param>
/// <param name="HeldOn">Day of the vote.</param>
/// <param name="Seats">Number to elect; for DELEGATES, the official delegates allotted by the superior committee.</param>
/// <param name="Alternates">DELEGATES: the alternates (đại biểu dự khuyết) to elect; 0 otherwise.</param>
/// <param name="Congress">DELEGATES: the superior congress the delegates attend.</param>
/// <param name="AllotmentDocument">DELEGATES: the superior committee's document allotting the number.</param>
/// <param name="RuleSet">Code of the election rule set applied, in force on the election date.</param>
/// <param name="Status">OPEN or CLOSED.</param>
/// <param name="ClosedOn">Day the record was closed.</param>
/// <param name="SeatedOn">Day the elected took their seats (POST /elections/{id}/seats); null until then.</param>
/// <param name="Round">The round of the vote (1: first ballot; 2...: a further round among the remaining candidates).</param>
/// <param name="PreviousRoundId">The round before, for a further round.</param>
/// <param name="BallotsIssued">Ballots issued.</param>
/// <param name="BallotsValid">Valid ballots.</param>
/// <param name="DecisionNumber">Number of the record of the count or of the resolution announcing it.</param>
/// <param name="Voters">The voters summoned, with attendance.</param>
/// <param name="Candidates">The candidates, with votes and (once closed) whether elected.</param>
/// <param name="Result">The result under the rule set: provisional while open, kept once closed.</param>
/// <param name="Version">Concurrency version; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record was last changed (UTC).</param>
public sealed record ElectionDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    Guid TermId,
    string TermName,
    ElectionKind Kind,
    BodyKind? Body,
    BilingualLabel BodyLabel,
    BodyRole? Office,
    BilingualLabel? OfficeLabel,
    DateOnly HeldOn,
    int Seats,
    int Alternates,
    string? Congress,
    string? AllotmentDocument,
    string RuleSet,
    ElectionStatus Status,
    DateOnly? ClosedOn,
    DateOnly? SeatedOn,
    int Round,
    Guid? PreviousRoundId,
    int? BallotsIssued,
    int? BallotsValid,
    string? DecisionNumber,
    IReadOnlyList<ElectionVoterDto> Voters,
    IReadOnlyList<ElectionCandidateDto> Candidates,
    ElectionResultDto Result,
    long Version,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersioned;

/// <summary>A voter summoned.</summary>
/// <param name="MemberId">The party member.</param>
/// <param name="FullName">The member's name.</param>
/// <param name="Attendance">PRESENT, ABSENT or ABSENT_EXCUSED (absent through the congress with a reason the convening committee accepted).</param>
public sealed record ElectionVoterDto(Guid MemberId, string FullName, ElectionAttendance Attendance);

/// <summary>A candidate.</summary>
/// <param name="MemberId">The party member.</param>
/// <param name="FullName">The member's name.</param>
/// <param name="Votes">Votes received, once counted.</param>
/// <param name="Elected">Whether elected under the rule set (provisional while the election is open); for DELEGATES, as an official delegate or an alternate.</param>
/// <param name="Standing">DELEGATES: OFFICIAL or ALTERNATE when elected (provisional while open); null otherwise.</param>
public sealed record ElectionCandidateDto(Guid MemberId, string FullName, int? Votes, bool Elected, DelegateStanding? Standing = null);

/// <summary>The result of an election.</summary>
/// <param name="Summoned">Voters summoned.</param>
/// <param name="Present">Voters present.</param>
/// <param name="QuorumNeeded">Voters needed present (setting Elections:QuorumNumerator/QuorumDenominator, default 2/3).</param>
/// <param name="QuorumMet">Whether the quorum was met.</param>
/// <param name="MajorityBase">Base of the majority: those summoned, less those absent with an accepted reason from QĐ 244.</param>
/// <param name="VotesNeeded">Least votes that elect: more than half of the base.</param>
/// <param name="Elected">Members elected, by votes (for DELEGATES: the official delegates).</param>
/// <param name="Irregularities">SURPLUS_MISSING, SURPLUS_EXCEEDED, QUORUM_NOT_MET, TIE_AT_LAST_SEAT, SEATS_UNFILLED, TIE_AT_LAST_ALTERNATE, ALTERNATES_UNFILLED: recorded, not refused.</param>
/// <param name="Alternates">DELEGATES: the alternates elected, by votes (empty otherwise).</param>
public sealed record ElectionResultDto(
    int Summoned,
    int Present,
    int QuorumNeeded,
    bool QuorumMet,
    int MajorityBase,
    int VotesNeeded,
    IReadOnlyList<Guid> Elected,
    IReadOnlyList<string> Irregularities,
    IReadOnlyList<Guid> Alternates);

/// <summary>The delegates a congress elected to the superior congress, over every round of the election.</summary>
/// <param name="ElectionId">The first round's record.</param>
/// <param name="OrganizationId">The organisation whose congress elected them.</param>
/// <param name="Congress">The superior congress.</param>
/// <param name="AllotmentDocument">The superior committee's document allotting the number.</param>
/// <param name="DelegatesAllotted">Official delegates allotted.</param>
/// <param name="AlternatesAllotted">Alternates allotted.</param>
/// <param name="Officials">The official delegates: by round, then by votes.</param>
/// <param name="Alternates">The alternates: by round, then by votes (the order in which they are called).</param>
/// <param name="Complete">True when every closed round together elected every delegate and alternate allotted.</param>
public sealed record CongressDelegatesDto(
    Guid ElectionId,
    Guid OrganizationId,
    string Congress,
    string? AllotmentDocument,
    int DelegatesAllotted,
    int AlternatesAllotted,
    IReadOnlyList<DelegateDto> Officials,
    IReadOnlyList<DelegateDto> Alternates,
    bool Complete);

/// <summary>A delegate elected.</summary>
/// <param name="MemberId">The party member.</param>
/// <param name="FullName">The member's name.</param>
/// <param name="Standing">OFFICIAL or ALTERNATE.</param>
/// <param name="Votes">Votes received.</param>
/// <param name="Round">The round that elected the delegate.</param>
/// <param name="ElectionId">That round's record.</param>
public sealed record DelegateDto(Guid MemberId, string FullName, DelegateStanding Standing, int Votes, int Round, Guid ElectionId);

/// <summary>The seats taken from an election.</summary>
/// <param name="ElectionId">The election.</param>
/// <param name="BodyId">The body seated (constituted for the term when it did not exist).</param>
/// <param name="Body">Its kind.</param>
/// <param name="StartsOn">First day of the seats.</param>
/// <param name="Seats">The seats taken, most voted first.</param>
/// <param name="Version">The election's version after the seating (its ETag).</param>
public sealed record ElectionSeatsDto(
    Guid ElectionId,
    Guid BodyId,
    BodyKind Body,
    DateOnly StartsOn,
    IReadOnlyList<ElectionSeatDto> Seats,
    long Version) : IVersioned;

/// <summary>A seat taken from an election.</summary>
/// <param name="MembershipId">The body membership created (it names the election).</param>
/// <param name="MemberId">The member seated.</param>
/// <param name="FullName">His name.</param>
/// <param name="Role">The role taken.</param>
/// <param name="RoleLabel">Its label.</param>
public sealed record ElectionSeatDto(Guid MembershipId, Guid MemberId, string FullName, BodyRole Role, BilingualLabel RoleLabel);
