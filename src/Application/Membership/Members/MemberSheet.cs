using System.Globalization;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members;

/// <summary>
/// The column layout of member import and export files (the same both ways, so an export can be edited and imported
/// again). Enum columns take the API codes (FEMALE, UPPER_SECONDARY, …); dates are yyyy-MM-dd (dd/MM/yyyy is read too).
/// </summary>
public static class MemberSheet
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "fullName", "sex", "dateOfBirth", "placeOfBirth", "homeTown", "ethnicityCode", "religion", "citizenId",
        "generalEducation", "professionalLevel", "politicalTheoryLevel", "position", "phone", "email", "address",
        "isProvincialCommitteeMember", "partyCardNumber", "recordNumber", "admissionDecisionDate", "admissionDecisionNumber",
        "ceremonyDate", "fullMembershipDate", "cellCode", "status", "statusSince",
        // The record's further columns (ADR 0031): name parts and other names, the national form's scalar fields.
        "familyName", "middleName", "givenName", "nameOrder", "birthName", "alias",
        "youthUnionJoinedOn", "occupation", "foreignLanguages", "itLevel", "academicTitle", "awards",
        // Read-only (exported for information, ignored by an import): conditions, seniority, the status period's start.
        "conditionsInForce", "seniorityCountedFrom",
    ];

    /// <summary>Columns an export writes for information and an import ignores (they change only through their own decisions).</summary>
    public static readonly IReadOnlySet<string> ReadOnlyHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "conditionsInForce", "seniorityCountedFrom" };

    /// <summary>
    /// The only date texts an import reads: ISO, or day first as written in Vietnam (leading zeros optional). Never a
    /// culture's guess: 02/13/1990 is refused, not read month first.
    /// </summary>
    public static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static string Code<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One exported row, in <see cref="Headers"/> order.</summary>
    /// <param name="m">The member (with its conditions).</param>
    /// <param name="cellCode">The member's cell.</param>
    /// <param name="unmasked">Whether the caller reads personal data.</param>
    /// <param name="today">Today in Vietnam (the conditions in force).</param>
    public static object?[] Row(PartyMember m, string cellCode, bool unmasked, DateOnly today) =>
    [
        m.FullName, Code(m.Sex), unmasked ? Date(m.DateOfBirth) : null, m.PlaceOfBirth, m.HomeTown, m.EthnicityCode, unmasked ? m.Religion : null,
        unmasked ? m.CitizenId : PersonalData.Mask(m.CitizenId), Code(m.GeneralEducation), Code(m.ProfessionalLevel), Code(m.PoliticalTheoryLevel),
        m.Position, unmasked ? m.Phone : PersonalData.Mask(m.Phone), m.Email, unmasked ? m.Address : null,
        m.IsProvincialCommitteeMember ? "true" : "false", m.PartyCardNumber, m.RecordNumber, Date(m.AdmissionDecisionDate), m.AdmissionDecisionNumber,
        Date(m.CeremonyDate), Date(m.FullMembershipDate), cellCode, Code(m.Status), null,
        m.FamilyName, m.MiddleName, m.GivenName, Code(m.NameOrder), m.BirthName, m.Alias,
        Date(m.YouthUnionJoinedOn), m.Occupation, m.ForeignLanguages, m.ItLevel, Code(m.AcademicTitle), m.Awards,
        ConditionsInForce(m, today), Date(m.SeniorityCountedFrom),
    ];

    /// <summary>The conditions in force today, as <c>KIND:yyyy-MM-dd</c> (from), separated by <c>;</c>.</summary>
    private static string? ConditionsInForce(PartyMember m, DateOnly today)
    {
        var inForce = m.Conditions.Where(c => c.Period.Contains(today)).Select(c => Code(c.Kind) + ":" + Date(c.StartsOn)).ToList();
        return inForce.Count == 0 ? null : string.Join(';', inForce);
    }
}
