using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Privacy;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members;

/// <summary>A party member's full record. Personal data (date of birth, citizen ID, religion, address, phone) is masked
/// unless the caller's role needs it (Admin, CommitteeOffice, InspectionCommission); <c>personalDataMasked</c> says so.</summary>
public sealed record MemberDto(
    Guid Id,
    string FullName,
    string FamilyName,
    string MiddleName,
    string GivenName,
    Sex Sex,
    BilingualLabel SexLabel,
    [property: PersonalData] DateOnly? DateOfBirth,
    int BirthYear,
    [property: PersonalData] int? AgeYears,
    string? PlaceOfBirth,
    string? HomeTown,
    string EthnicityCode,
    BilingualLabel Ethnicity,
    [property: PersonalData] string? Religion,
    [property: PersonalData(Masking.KeepLastThree)] string? CitizenId,
    GeneralEducation GeneralEducation,
    BilingualLabel GeneralEducationLabel,
    ProfessionalLevel ProfessionalLevel,
    BilingualLabel ProfessionalLevelLabel,
    PoliticalTheoryLevel PoliticalTheoryLevel,
    BilingualLabel PoliticalTheoryLevelLabel,
    string? Position,
    [property: PersonalData(Masking.KeepLastThree)] string? Phone,
    string? Email,
    [property: PersonalData] string? Address,
    bool IsProvincialCommitteeMember,
    string? PartyCardNumber,
    string? RecordNumber,
    DateOnly AdmissionDecisionDate,
    string? AdmissionDecisionNumber,
    DateOnly? CeremonyDate,
    DateOnly? FullMembershipDate,
    int SeniorityYears,
    Guid OrganizationId,
    string OrganizationName,
    MemberStatus Status,
    BilingualLabel StatusLabel,
    DateOnly StatusSince,
    bool PersonalDataMasked,
    long Version) : IVersioned
{
    /// <summary>In which order <c>fullName</c> writes the parts: FAMILY_FIRST, or FAMILY_LAST (Ê Đê, some Khmer names); lists sort by the given name.</summary>
    public NameOrder NameOrder { get; init; }

    /// <summary>The name given at birth, when the member is known by another one.</summary>
    public string? BirthName { get; init; }

    /// <summary>Another name the member uses (alias).</summary>
    public string? Alias { get; init; }

    public static MemberDto From(PartyMember m, string organizationName, DateOnly today, bool unmasked)
    {
        var ethnicity = Ethnicities.Find(m.EthnicityCode)!;
        return new MemberDto(
            m.Id,
            m.FullName,
            m.FamilyName,
            m.MiddleName,
            m.GivenName,
            m.Sex,
            MembershipLabels.Of(m.Sex),
            unmasked ? m.DateOfBirth : null,
            m.DateOfBirth.Year,
            unmasked ? m.AgeInMonthsOn(today) / 12 : null,
            m.PlaceOfBirth,
            m.HomeTown,
            m.EthnicityCode,
            new BilingualLabel(ethnicity.NameVi, ethnicity.NameEn),
            unmasked ? m.Religion : null,
            unmasked ? m.CitizenId : PersonalData.Mask(m.CitizenId),
            m.GeneralEducation,
            MembershipLabels.Of(m.GeneralEducation),
            m.ProfessionalLevel,
            MembershipLabels.Of(m.ProfessionalLevel),
            m.PoliticalTheoryLevel,
            MembershipLabels.Of(m.PoliticalTheoryLevel),
            m.Position,
            unmasked ? m.Phone : PersonalData.Mask(m.Phone),
            m.Email,
            unmasked ? m.Address : null,
            m.IsProvincialCommitteeMember,
            m.PartyCardNumber,
            m.RecordNumber,
            m.AdmissionDecisionDate,
            m.AdmissionDecisionNumber,
            m.CeremonyDate,
            m.FullMembershipDate,
            m.SeniorityYearsOn(today),
            m.OrganizationId,
            organizationName,
            m.Status,
            MembershipLabels.Of(m.Status),
            m.StatusHistory.Count > 0 ? m.StatusHistory.Max(p => p.StartsOn) : m.AdmissionDecisionDate,
            !unmasked,
            m.Version)
        { NameOrder = m.NameOrder, BirthName = m.BirthName, Alias = m.Alias };
    }
}

/// <summary>One row of the member list (no personal data beyond the birth year).</summary>
public sealed record MemberListItem(
    Guid Id,
    string FullName,
    Sex Sex,
    BilingualLabel SexLabel,
    int BirthYear,
    string EthnicityCode,
    Guid OrganizationId,
    string OrganizationName,
    MemberStatus Status,
    BilingualLabel StatusLabel,
    string? PartyCardNumber,
    DateOnly AdmissionDecisionDate,
    string? Position,
    bool IsProvincialCommitteeMember);

/// <summary>The member module's name for the kit's personal-data policy.</summary>
public static class PersonalData
{
    /// <inheritdoc cref="PersonalDataPolicy.CanRead"/>
    public static bool CanRead(ICurrentUser user) => PersonalDataPolicy.CanRead(user);

    /// <inheritdoc cref="PersonalDataPolicy.KeepLastThree"/>
    public static string? Mask(string? value) => PersonalDataPolicy.KeepLastThree(value);
}
