using PartyCommittee.Domain.Organization.Elections;

namespace PartyCommittee.Application.Organization.Elections;

/// <summary>
/// Election settings no text searched confirmed (configuration section <c>Elections</c>): the quorum of a congress or
/// conference, as a share of the voters summoned (default 2/3).
/// </summary>
public sealed class ElectionOptions
{
    public const string SectionName = "Elections";

    /// <summary>Numerator of the quorum share.</summary>
    public int QuorumNumerator { get; set; } = 2;

    /// <summary>Denominator of the quorum share.</summary>
    public int QuorumDenominator { get; set; } = 3;

    public ElectionQuorum Quorum => new(QuorumNumerator, QuorumDenominator);
}
