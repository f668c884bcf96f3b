using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
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
    DateOnly? DateOfBirth,
    int BirthYear,
    int? AgeYears,
    string? PlaceOfBirth,
    string? HomeTown,
    string EthnicityCode,
    BilingualLabel Ethnicity,
    string? Religion,
    string? CitizenId,
    GeneralEducation GeneralEducation,
    BilingualLabel GeneralEducationLabel,
    ProfessionalLevel ProfessionalLevel,
    BilingualLabel ProfessionalLevelLabel,
    PoliticalTheoryLevel PoliticalTheoryLevel,
    BilingualLabel PoliticalTheoryLevelLabel,
    string? Position,
    string? Phone,
    string? Email,
    string? Address,
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
            m.Version);
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

public static class PersonalData
{
    /// <summary>True when the caller's role needs members' personal data (see <see cref="Roles.PersonalDataReaders"/>).</summary>
    public static bool CanRead(ICurrentUser user) => Roles.PersonalDataReaders.Any(user.IsInRole);

    /// <summary>Keeps the last three characters: "079085001234" → "*********234".</summary>
    public static string? Mask(string? value) =>
        value is null ? null : value.Length <= 3 ? new string('*', value.Length) : new string('*', value.Length - 3) + value[^3..];
}
