using System.Globalization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership.Members.ImportMembers;

/// <summary>
/// The columns of the member record beyond the creation form (issue 8): the name's parts and order, the birth name
/// and alias, and the national form's scalar fields. A column ABSENT from the file leaves the field as it is (files
/// of the older layout change nothing); a column present but empty clears it. Applied after the row's member was
/// created or matched, in both passes of an import.
/// </summary>
internal sealed class ImportRecordColumns
{
    private readonly IReadOnlyDictionary<string, string?> cells;

    private ImportRecordColumns(IReadOnlyDictionary<string, string?> cells) => this.cells = cells;

    /// <summary>Reads the columns; a malformed date or value is a coded error of the row (null is returned then).</summary>
    public static ImportRecordColumns? Read(IReadOnlyDictionary<string, string?> cells, List<ImportError> errors)
    {
        var columns = new ImportRecordColumns(cells);
        if (cells.GetValueOrDefault("youthUnionJoinedOn") is { } joined
            && !DateOnly.TryParseExact(joined, MemberSheet.DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(ImportErrors.Of("youthUnionJoinedOn", "import.date_invalid", joined));
        }

        if (cells.GetValueOrDefault("academicTitle") is { } title && Enum<AcademicTitle>(title) is null)
        {
            errors.Add(ImportErrors.Of("academicTitle", "import.value_invalid", title));
        }

        if (cells.GetValueOrDefault("nameOrder") is { } order && Enum<NameOrder>(order) is null)
        {
            errors.Add(ImportErrors.Of("nameOrder", "import.value_invalid", order));
        }

        return errors.Count > 0 ? null : columns;
    }

    /// <summary>Applies the columns present in the file to <paramref name="member"/> (its rules apply: DomainRuleException).</summary>
    public void ApplyTo(PartyMember member)
    {
        var hasParts = Has("givenName") && Text("givenName") is not null;
        if (hasParts || Has("birthName") || Has("alias"))
        {
            var name = member.Name;
            if (hasParts)
            {
                name = PersonName.FromParts(Text("familyName"), Text("middleName"), Text("givenName")!, Enum<NameOrder>(Text("nameOrder")) ?? NameOrder.FamilyFirst);
                if (!name.IsSpelledAs(member.FullName))
                {
                    throw new DomainRuleException(
                        "import.name_parts_mismatch", "The name's parts do not spell the full name.", RuleViolationKind.Unprocessable, name.FullName);
                }
            }

            var sameName = name == member.Name;
            var birthName = Has("birthName") ? Text("birthName") : member.BirthName;
            var alias = Has("alias") ? Text("alias") : member.Alias;
            if (!sameName || birthName != member.BirthName || alias != member.Alias)
            {
                member.SetName(name, birthName, alias);
            }
        }

        string[] details = ["youthUnionJoinedOn", "occupation", "foreignLanguages", "itLevel", "academicTitle", "awards"];
        if (details.Any(Has))
        {
            var now = member.RecordDetails;
            var updated = new MemberRecordDetails(
                Has("youthUnionJoinedOn") ? Date(Text("youthUnionJoinedOn")) : now.YouthUnionJoinedOn,
                Has("occupation") ? Text("occupation") : now.Occupation,
                Has("foreignLanguages") ? Text("foreignLanguages") : now.ForeignLanguages,
                Has("itLevel") ? Text("itLevel") : now.ItLevel,
                Has("academicTitle") ? Enum<AcademicTitle>(Text("academicTitle")) ?? AcademicTitle.None : now.AcademicTitle,
                Has("awards") ? Text("awards") : now.Awards);
            if (updated != now)
            {
                member.UpdateRecordFields(updated);
            }
        }
    }

    /// <summary>What the columns can change, to tell UPDATED from UNCHANGED.</summary>
    public static (PersonName Name, string? BirthName, string? Alias, MemberRecordDetails Details) StateOf(PartyMember member) =>
        (member.Name, member.BirthName, member.Alias, member.RecordDetails);

    private bool Has(string header) => cells.ContainsKey(header);

    private string? Text(string header) => cells.GetValueOrDefault(header);

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, MemberSheet.DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None);

    private static T? Enum<T>(string? text)
        where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        foreach (var value in System.Enum.GetValues<T>())
        {
            if (string.Equals(MemberSheet.Code(value), text, StringComparison.OrdinalIgnoreCase) || string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
