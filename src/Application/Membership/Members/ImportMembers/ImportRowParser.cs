using System.Collections.Frozen;
using System.Globalization;
using PartyCommittee.Application.Membership.Members.CreateMember;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Membership.Members.ImportMembers;

/// <summary>
/// Turns one row of text into a member command. Nothing is guessed: a date is <c>yyyy-MM-dd</c> or day first
/// (<c>dd/MM/yyyy</c>, leading zeros optional), never read through a culture; a yes/no cell takes a closed list of
/// words; an enum takes its API code, its English name or its Vietnamese or English label. Anything else is a coded
/// error of the row.
/// </summary>
internal static class ImportRowParser
{
    private static readonly FrozenDictionary<string, bool> Booleans = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["true"] = true, ["1"] = true, ["x"] = true, ["co"] = true, ["yes"] = true,
        ["false"] = false, ["0"] = false, ["khong"] = false, ["no"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static CreateMemberCommand? Parse(IReadOnlyDictionary<string, string?> row, IReadOnlyDictionary<string, PartyOrganization> cells, List<ImportError> errors)
    {
        string? Text(string header) => row.GetValueOrDefault(header);

        DateOnly? Date(string header)
        {
            var text = Text(header);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, MemberSheet.DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors.Add(ImportErrors.Of(header, "import.date_invalid", text));
            return null;
        }

        T? Enum<T>(string header)
            where T : struct, Enum
        {
            var text = Text(header);
            if (text is null)
            {
                return null;
            }

            if (EnumTexts<T>.Values.TryGetValue(text, out var value) || EnumTexts<T>.Values.TryGetValue(VietnameseText.Fold(text), out value))
            {
                return value;
            }

            errors.Add(ImportErrors.Of(header, "import.value_invalid", text));
            return null;
        }

        bool Boolean(string header)
        {
            var text = Text(header);
            if (text is null)
            {
                return false;
            }

            if (Booleans.TryGetValue(VietnameseText.Fold(text), out var value))
            {
                return value;
            }

            errors.Add(ImportErrors.Of(header, "import.boolean_invalid", text));
            return false;
        }

        var cellCode = Text("cellCode");
        PartyOrganization? cell = null;
        if (cellCode is null || !cells.TryGetValue(cellCode, out cell))
        {
            errors.Add(ImportErrors.Of("cellCode", "import.cell_unknown", cellCode ?? string.Empty));
        }

        var command = new CreateMemberCommand
        {
            FullName = Text("fullName"),
            Sex = Enum<Sex>("sex"),
            DateOfBirth = Date("dateOfBirth"),
            PlaceOfBirth = Text("placeOfBirth"),
            HomeTown = Text("homeTown"),
            EthnicityCode = Text("ethnicityCode") is { Length: 1 } one ? "0" + one : Text("ethnicityCode"),
            Religion = Text("religion"),
            CitizenId = Text("citizenId"),
            GeneralEducation = Enum<GeneralEducation>("generalEducation"),
            ProfessionalLevel = Enum<ProfessionalLevel>("professionalLevel"),
            PoliticalTheoryLevel = Enum<PoliticalTheoryLevel>("politicalTheoryLevel"),
            Position = Text("position"),
            Phone = Text("phone"),
            Email = Text("email"),
            Address = Text("address"),
            IsProvincialCommitteeMember = Boolean("isProvincialCommitteeMember"),
            PartyCardNumber = Text("partyCardNumber"),
            RecordNumber = Text("recordNumber"),
            AdmissionDecisionDate = Date("admissionDecisionDate"),
            AdmissionDecisionNumber = Text("admissionDecisionNumber"),
            CeremonyDate = Date("ceremonyDate"),
            FullMembershipDate = Date("fullMembershipDate"),
            OrganizationId = cell?.Id,
            Status = Enum<MemberStatus>("status") ?? MemberStatus.Full,
            StatusSince = Date("statusSince"),
        };
        return errors.Count > 0 ? null : command;
    }

    /// <summary>Every text an enum cell may hold, built once per enum: exact (case-insensitive) and folded keys.</summary>
    private static class EnumTexts<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<string, T> Values = Build();

        private static FrozenDictionary<string, T> Build()
        {
            var values = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var value in System.Enum.GetValues<T>())
            {
                values.TryAdd(MemberSheet.Code(value), value);
                values.TryAdd(value.ToString(), value);
                if (Label(value) is { } label)
                {
                    values.TryAdd(label.En, value);
                    values.TryAdd(VietnameseText.Fold(label.Vi), value);
                }
            }

            return values.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }

        private static BilingualLabel? Label(T value) => value switch
        {
            Sex s => MembershipLabels.Of(s),
            MemberStatus s => MembershipLabels.Of(s),
            GeneralEducation g => MembershipLabels.Of(g),
            ProfessionalLevel p => MembershipLabels.Of(p),
            PoliticalTheoryLevel p => MembershipLabels.Of(p),
            _ => null,
        };
    }
}
