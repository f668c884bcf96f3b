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
    int? SeniorityYears,
    SeniorityDto? Seniority,
    DateOnly? ReadmissionDecisionDate,
    string? ReadmissionDecisionNumber,
    Guid OrganizationId,
    string OrganizationName,
    MemberStatus Status,
    BilingualLabel StatusLabel,
    DateOnly StatusSince,
    IReadOnlyList<MemberConditionDto> Conditions,
    DateOnly? YouthUnionJoinedOn,
    string? Occupation,
    string? ForeignLanguages,
    string? ItLevel,
    AcademicTitle AcademicTitle,
    BilingualLabel AcademicTitleLabel,
    string? Awards,
    IReadOnlyList<WorkHistoryItemDto> WorkHistory,
    [property: PersonalData] IReadOnlyList<FamilyRelationDto>? FamilyRelations,
    bool PersonalDataMasked,
    long Version) : IVersioned
{
    /// <summary>In which order <c>fullName</c> writes the parts: FAMILY_FIRST, or FAMILY_LAST (Ê Đê, some Khmer names); lists sort by the given name.</summary>
    public NameOrder NameOrder { get; init; }

    /// <summary>The name given at birth, when the member is known by another one.</summary>
    public string? BirthName { get; init; }

    /// <summary>Another name the member uses (alias).</summary>
    public string? Alias { get; init; }

    /// <summary>
    /// The re-admission rule set applied: the version in force on <see cref="ReadmissionDecisionDate"/> (before July 2016
    /// a setting version, ADR 0039); null when the member was not re-admitted.
    /// </summary>
    public Admissions.AppliedRuleSetDto? ReadmissionRuleSet { get; init; }

    /// <summary>The record with <see cref="ReadmissionRuleSet"/> named from <paramref name="rules"/>.</summary>
    public MemberDto WithReadmissionRules(RuleBook<ReadmissionRuleSet> rules) =>
        ReadmissionDecisionDate is { } decided && rules?.TryInForceOn(decided) is { } applied
            ? this with { ReadmissionRuleSet = new(applied.Source.Code, applied.Source.Source, applied.Source.EffectiveFrom) }
            : this;

    /// <summary>The record of <paramref name="m"/>; the work history and family relations from the member's own lists unless read apart.</summary>
    /// <param name="m">The member, with its status history, conditions and seniority gaps.</param>
    /// <param name="organizationName">The name of the member's cell.</param>
    /// <param name="today">The day the age, seniority and conditions in force are computed for.</param>
    /// <param name="unmasked">Whether the caller reads personal data.</param>
    /// <param name="workHistory">The work history read apart, in order (the detail's untracked read), or null for <c>m.WorkHistory</c>.</param>
    /// <param name="familyRelations">The family relations read apart, in order, or null for <c>m.FamilyRelations</c>; ignored when masked.</param>
    public static MemberDto From(PartyMember m, string organizationName, DateOnly today, bool unmasked, IReadOnlyList<WorkHistoryItemDto>? workHistory = null, IReadOnlyList<FamilyRelationDto>? familyRelations = null)
    {
        var ethnicity = Ethnicities.Find(m.EthnicityCode)!;
        var seniority = m.SeniorityOn(today);
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
            seniority?.Years,
            SeniorityDto.From(seniority),
            m.ReadmissionDecisionDate,
            m.ReadmissionDecisionNumber,
            m.OrganizationId,
            organizationName,
            m.Status,
            MembershipLabels.Of(m.Status),
            m.StatusHistory.Count > 0 ? m.StatusHistory.Max(p => p.StartsOn) : m.AdmissionDecisionDate,
            [.. m.Conditions.OrderBy(c => c.StartsOn).Select(c => MemberConditionDto.From(c, today))],
            m.YouthUnionJoinedOn,
            m.Occupation,
            m.ForeignLanguages,
            m.ItLevel,
            m.AcademicTitle,
            MembershipLabels.Of(m.AcademicTitle),
            m.Awards,
            workHistory ?? [.. m.WorkHistory.OrderBy(w => w.Order).Select(w => new WorkHistoryItemDto(w.From, w.To, w.Description))],
            unmasked ? familyRelations ?? [.. m.FamilyRelations.OrderBy(f => f.Order).Select(f => new FamilyRelationDto(f.Relation, f.FullName, f.BirthYear, f.Occupation, f.PoliticalHistory, f.Address))] : null,
            !unmasked,
            m.Version)
        { NameOrder = m.NameOrder, BirthName = m.BirthName, Alias = m.Alias };
    }
}

/// <summary>Party seniority on the day asked (null in the record while the member is probationary: shown as such).</summary>
/// <param name="Years">Whole years.</param>
/// <param name="Months">Months beyond the years.</param>
/// <param name="TotalMonths">Whole months.</param>
/// <param name="CountedFrom">The first admission decision.</param>
/// <param name="DaysExcluded">Days outside the party not counted (removed, expelled, lost contact, between transfers).</param>
/// <param name="CountedUntil">The last day counted (the day asked, or the day the member left).</param>
public sealed record SeniorityDto(int Years, int Months, int TotalMonths, DateOnly CountedFrom, int DaysExcluded, DateOnly CountedUntil)
{
    public static SeniorityDto? From(Seniority? s) => s is null ? null : new(s.Years, s.Months, s.TotalMonths, s.CountedFrom, s.DaysExcluded, s.CountedUntil);
}

/// <summary>An exemption, reduction or suspension.</summary>
/// <param name="Id">The condition.</param>
/// <param name="Kind">EXEMPTION, REDUCTION or SUSPENSION.</param>
/// <param name="KindLabel">Its label.</param>
/// <param name="Ground">AGE, HEALTH or OTHER for an exemption or reduction (null when migrated without it, and for a suspension).</param>
/// <param name="GroundLabel">Its label.</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day (included); null while open.</param>
/// <param name="InForce">True today.</param>
/// <param name="DecisionNumber">The decision (the cell's resolution for an exemption).</param>
/// <param name="Reason">Why.</param>
/// <param name="EndDecisionNumber">The decision that ended it early.</param>
public sealed record MemberConditionDto(
    Guid Id,
    MemberConditionKind Kind,
    BilingualLabel KindLabel,
    ExemptionGround? Ground,
    BilingualLabel? GroundLabel,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    bool InForce,
    string? DecisionNumber,
    string? Reason,
    string? EndDecisionNumber)
{
    public static MemberConditionDto From(MemberCondition c, DateOnly today) => new(
        c.Id, c.Kind, MembershipLabels.Of(c.Kind), c.Ground, c.Ground is { } g ? MembershipLabels.Of(g) : null,
        c.StartsOn, c.EndsOn, c.Period.Contains(today), c.DecisionNumber, c.Reason, c.EndDecisionNumber);
}

/// <summary>A line of the work history.</summary>
public sealed record WorkHistoryItemDto(DateOnly From, DateOnly? To, string Description);

/// <summary>A family relation (personal data: the whole list is masked for roles that do not need it).</summary>
public sealed record FamilyRelationDto(string Relation, string FullName, int? BirthYear, string? Occupation, string? PoliticalHistory, [property: PersonalData] string? Address);

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
