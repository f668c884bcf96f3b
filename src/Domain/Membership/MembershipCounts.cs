using System.Globalization;

namespace PartyCommittee.Domain.Membership;

/// <summary>
/// One pre-aggregated count of today's membership (ADR 0030, statistics part): how many counted members
/// (probationary and full) of the organisation have <see cref="Value"/> in <see cref="Dimension"/>. Derived data,
/// kept equal to the members' current columns in the save that changes them (relative increments, never a
/// read-modify-write); the statistics of today sum it over a subtree instead of scanning the register.
/// </summary>
public sealed class MembershipCount
{
    public MembershipCount(Guid organizationId, string dimension, string value, int count)
    {
        OrganizationId = organizationId;
        Dimension = dimension;
        Value = value;
        Count = count;
    }

    /// <summary>The member's cell (the organisation its row names, as the recount groups it).</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>One of <see cref="MembershipCounts"/>' dimension names.</summary>
    public string Dimension { get; private set; }

    /// <summary>The value as stored in the member's column (enum name, ethnic group code, year).</summary>
    public string Value { get; private set; }

    public int Count { get; private set; }
}

/// <summary>What a member contributes to <see cref="MembershipCount"/> rows, from its current columns.</summary>
public static class MembershipCounts
{
    public const string Status = "status";
    public const string Sex = "sex";
    public const string Ethnicity = "ethnicity";
    public const string GeneralEducation = "education";
    public const string ProfessionalLevel = "professional";
    public const string PoliticalTheoryLevel = "theory";
    public const string ProvincialCommittee = "provincial";

    /// <summary>Counted members by year of birth: the age bands of any date are whole years plus one partial year.</summary>
    public const string BirthYear = "birth_year";

    /// <summary>Full members by the year their corrected seniority counts from (probationary members have none).</summary>
    public const string SeniorityYear = "seniority_year";

    /// <summary>The only value of <see cref="ProvincialCommittee"/> (members who are not are not counted there).</summary>
    public const string Yes = "1";

    public const int MaxDimensionLength = 16;

    public const int MaxValueLength = 32;

    /// <summary>
    /// The rows a member with these current columns adds one to; none for a member who is not counted (former
    /// members). Values are the columns as stored (enums by name), so a SQL backfill can produce the same.
    /// </summary>
    public static IEnumerable<(Guid OrganizationId, string Dimension, string Value)> Contribution(
        Guid organizationId,
        MemberStatus status,
        Membership.Sex sex,
        string ethnicityCode,
        Membership.GeneralEducation generalEducation,
        Membership.ProfessionalLevel professionalLevel,
        Membership.PoliticalTheoryLevel politicalTheoryLevel,
        bool isProvincialCommitteeMember,
        DateOnly dateOfBirth,
        DateOnly seniorityCountedFrom)
    {
        if (!MembershipLabels.IsCounted(status))
        {
            yield break;
        }

        yield return (organizationId, Status, status.ToString());
        yield return (organizationId, Sex, sex.ToString());
        yield return (organizationId, Ethnicity, ethnicityCode);
        yield return (organizationId, GeneralEducation, generalEducation.ToString());
        yield return (organizationId, ProfessionalLevel, professionalLevel.ToString());
        yield return (organizationId, PoliticalTheoryLevel, politicalTheoryLevel.ToString());
        if (isProvincialCommitteeMember)
        {
            yield return (organizationId, ProvincialCommittee, Yes);
        }

        yield return (organizationId, BirthYear, Year(dateOfBirth));
        if (status != MemberStatus.Probationary)
        {
            yield return (organizationId, SeniorityYear, Year(seniorityCountedFrom));
        }
    }

    public static string Year(DateOnly date) => date.Year.ToString("D4", CultureInfo.InvariantCulture);
}
