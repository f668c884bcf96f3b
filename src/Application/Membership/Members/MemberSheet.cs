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
    ];

    /// <summary>
    /// The only date texts an import reads: ISO, or day first as written in Vietnam (leading zeros optional). Never a
    /// culture's guess: 02/13/1990 is refused, not read month first.
    /// </summary>
    public static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static string Code<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One exported row, in <see cref="Headers"/> order.</summary>
    public static object?[] Row(PartyMember m, string cellCode, bool unmasked) =>
    [
        m.FullName, Code(m.Sex), unmasked ? Date(m.DateOfBirth) : null, m.PlaceOfBirth, m.HomeTown, m.EthnicityCode, unmasked ? m.Religion : null,
        unmasked ? m.CitizenId : PersonalData.Mask(m.CitizenId), Code(m.GeneralEducation), Code(m.ProfessionalLevel), Code(m.PoliticalTheoryLevel),
        m.Position, unmasked ? m.Phone : PersonalData.Mask(m.Phone), m.Email, unmasked ? m.Address : null,
        m.IsProvincialCommitteeMember ? "true" : "false", m.PartyCardNumber, m.RecordNumber, Date(m.AdmissionDecisionDate), m.AdmissionDecisionNumber,
        Date(m.CeremonyDate), Date(m.FullMembershipDate), cellCode, Code(m.Status), null,
    ];
}
