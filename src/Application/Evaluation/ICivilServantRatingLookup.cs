using PartyCommittee.Domain.Evaluation;

namespace PartyCommittee.Application.Evaluation;

/// <summary>
/// The civil-servant ratings (the state's four levels, one record per person per year) of party members, as the
/// member rating campaigns read them: a member rated NOT_COMPLETED as a civil servant is capped at NOT_COMPLETED
/// as a party member. Implemented by the civil-servant ratings feature; the campaign reads it through this seam.
/// </summary>
public interface ICivilServantRatingLookup
{
    /// <summary>The civil-servant level in <paramref name="year"/> of each member of <paramref name="memberIds"/> that has one.</summary>
    Task<IReadOnlyDictionary<Guid, EvaluationLevel>> ForMembersAsync(IReadOnlyCollection<Guid> memberIds, int year, CancellationToken cancellationToken);
}
