using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Application.Organization.ElectedBodies;

/// <summary>
/// Limits of elected bodies that no statutory text fixes for a grassroots committee (configuration section
/// <c>ElectedBodies</c>): the superior committee's guidance for each congress sets them. Unset: no limit.
/// </summary>
public sealed class ElectedBodyOptions
{
    public const string SectionName = "ElectedBodies";

    /// <summary>Deputy secretaries of the executive committee (and so of the standing committee).</summary>
    public int? CommitteeDeputySecretariesMax { get; set; }

    /// <summary>Members of the inspection commission.</summary>
    public int? InspectionCommissionMaxMembers { get; set; }

    public BodyLimits Limits => new(CommitteeDeputySecretariesMax, InspectionCommissionMaxMembers);
}
