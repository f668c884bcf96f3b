using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Localization;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Members.CreateMember;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organizations;

namespace PartyCommittee.Application.Members.ImportMembers;

/// <summary>Imports members from a CSV or Excel file (see <see cref="MemberSheet.Headers"/>).</summary>
public sealed record ImportMembersCommand(Stream Content, SheetFormat Format, bool DryRun) : ICommand<MemberImportResult>;

/// <summary>What happened to one row.</summary>
/// <param name="Row">Row number in the file (the header is row 1).</param>
/// <param name="Outcome">CREATED, UPDATED, UNCHANGED or ERROR (with a dry run: what would happen).</param>
/// <param name="MemberId">The member created or matched.</param>
/// <param name="FullName">The name in the row.</param>
/// <param name="Errors">Why the row was refused.</param>
public sealed record MemberImportRow(int Row, string Outcome, Guid? MemberId, string? FullName, IReadOnlyList<ImportError> Errors);

/// <summary>A coded error of one row, in Vietnamese and English.</summary>
public sealed record ImportError(string Field, string Code, string MessageVi, string MessageEn);

/// <summary>The import as a whole. Nothing is written unless every row is valid (and never on a dry run).</summary>
public sealed record MemberImportResult(bool DryRun, bool Applied, int Rows, int Created, int Updated, int Unchanged, int Errors, IReadOnlyList<MemberImportRow> Results);

/// <summary>
/// Each row is validated like a member created through the API (field rules, the domain's rules, uniqueness in the
/// database and within the file). A row matches an existing member by party card number, else citizen ID, else name
/// and date of birth — so importing the same file twice creates nothing the second time. For an existing member the
/// record fields are updated; cell and status change only through transfers and status decisions, never by import.
/// </summary>
public sealed class ImportMembersHandler(IAppDbContext db, IOrganizationScope scope, ISpreadsheets sheets, TimeProvider time)
    : ICommandHandler<ImportMembersCommand, MemberImportResult>
{
    public const int MaxRows = 20_000;

    private static readonly CultureInfo Vietnamese = new("vi");
    private static readonly CultureInfo English = new("en");

    public async ValueTask<MemberImportResult> Handle(ImportMembersCommand command, CancellationToken cancellationToken)
    {
        var rows = sheets.Read(command.Content, command.Format, MaxRows);
        var cells = await CellsInScopeAsync(cancellationToken);
        var validator = new CreateMemberValidator();
        var results = new List<MemberImportRow>(rows.Count);
        var seenCards = new HashSet<string>(StringComparer.Ordinal);
        var seenCitizenIds = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < rows.Count; i++)
        {
            var rowNumber = i + 2;
            var errors = new List<ImportError>();
            var command1 = Parse(rows[i], cells, errors);
            if (command1 is null)
            {
                results.Add(new MemberImportRow(rowNumber, "ERROR", null, rows[i].GetValueOrDefault("fullName"), errors));
                continue;
            }

            errors.AddRange(Validate(validator, command1));
            if (command1.PartyCardNumber is { } card && !seenCards.Add(card))
            {
                errors.Add(Error("partyCardNumber", "member.card_number_taken", card));
            }

            if (command1.CitizenId is { } citizen && !seenCitizenIds.Add(citizen))
            {
                errors.Add(Error("citizenId", "member.citizen_id_taken"));
            }

            if (errors.Count > 0)
            {
                results.Add(new MemberImportRow(rowNumber, "ERROR", null, command1.FullName, errors));
                continue;
            }

            results.Add(await ApplyAsync(rowNumber, command1, cells, cancellationToken));
        }

        var errorCount = results.Count(r => r.Outcome == "ERROR");
        var apply = !command.DryRun && errorCount == 0;
        if (apply)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new MemberImportResult(
            command.DryRun, apply, results.Count,
            results.Count(r => r.Outcome == "CREATED"), results.Count(r => r.Outcome == "UPDATED"), results.Count(r => r.Outcome == "UNCHANGED"),
            errorCount, results);
    }

    private async Task<MemberImportRow> ApplyAsync(int rowNumber, CreateMemberCommand row, Dictionary<string, PartyOrganization> cells, CancellationToken cancellationToken)
    {
        try
        {
            var existing = await FindAsync(row, [.. cells.Values.Select(c => c.Id).Distinct()], cancellationToken);
            if (existing is null)
            {
                var cell = cells[row.OrganizationId!.Value.ToString()];
                var since = row.StatusSince ?? row.FullMembershipDate ?? row.CeremonyDate ?? row.AdmissionDecisionDate!.Value;
                var member = PartyMember.Register(Guid.CreateVersion7(time.GetUtcNow()), row.ToProfile(), row.ToAdmission(), cell, row.Status!.Value, since, row.StatusDecisionNumber);
                await EnsureUniqueAsync(row, null, cancellationToken);
                db.Members.Add(member);
                return new MemberImportRow(rowNumber, "CREATED", member.Id, member.FullName, []);
            }

            await EnsureUniqueAsync(row, existing.Id, cancellationToken);
            var before = RecordOf(existing);
            existing.UpdateProfile(row.ToProfile());
            existing.CorrectAdmission(row.ToAdmission());
            var changed = before != RecordOf(existing);
            return new MemberImportRow(rowNumber, changed ? "UPDATED" : "UNCHANGED", existing.Id, existing.FullName, []);
        }
        catch (DomainRuleException rule)
        {
            return new MemberImportRow(rowNumber, "ERROR", null, row.FullName, [Error(string.Empty, rule.Code, [.. rule.Arguments])]);
        }
        catch (Common.Exceptions.ConflictException conflict)
        {
            return new MemberImportRow(rowNumber, "ERROR", null, row.FullName, [Error(string.Empty, conflict.Code, [.. conflict.Arguments])]);
        }
    }

    /// <summary>What an import can change on an existing member, to tell UPDATED from UNCHANGED.</summary>
    private static (MemberProfile Profile, AdmissionRecord Admission) RecordOf(PartyMember m) => (
        new MemberProfile(
            m.FullName, m.Sex, m.DateOfBirth, m.PlaceOfBirth, m.HomeTown, m.EthnicityCode, m.Religion, m.CitizenId, m.GeneralEducation,
            m.ProfessionalLevel, m.PoliticalTheoryLevel, m.Position, m.Phone, m.Email, m.Address, m.IsProvincialCommitteeMember,
            m.PartyCardNumber, m.RecordNumber),
        new AdmissionRecord(m.AdmissionDecisionDate, m.AdmissionDecisionNumber, m.CeremonyDate, m.FullMembershipDate));

    private async Task EnsureUniqueAsync(CreateMemberCommand row, Guid? except, CancellationToken cancellationToken)
    {
        // Members added earlier in this import are tracked but not saved: check them too.
        var pending = db.Members.Local.Where(m => m.Id != except).ToList();
        if (row.PartyCardNumber is { } card && pending.Any(m => m.PartyCardNumber == card))
        {
            throw new Common.Exceptions.ConflictException("member.card_number_taken", "Party card number in use.", card);
        }

        await db.EnsureUniqueAsync(row, except, cancellationToken);
    }

    /// <summary>
    /// The existing member a row stands for, among the members of the cells in the caller's scope only: a row is never
    /// matched to (and never updates or reveals) a member outside it. A card or citizen ID held outside the scope then
    /// fails the uniqueness check, exactly as when recording a member (member.card_number_taken, member.citizen_id_taken).
    /// </summary>
    private async Task<PartyMember?> FindAsync(CreateMemberCommand row, IReadOnlyCollection<Guid> cellsInScope, CancellationToken cancellationToken)
    {
        var members = db.Members.Include(m => m.StatusHistory).Include(m => m.Placements).Where(m => cellsInScope.Contains(m.OrganizationId));
        if (row.PartyCardNumber is { } card)
        {
            return db.Members.Local.FirstOrDefault(m => m.PartyCardNumber == card)
                ?? await members.FirstOrDefaultAsync(m => m.PartyCardNumber == card, cancellationToken);
        }

        if (row.CitizenId is { } citizen)
        {
            return db.Members.Local.FirstOrDefault(m => m.CitizenId == citizen)
                ?? await members.FirstOrDefaultAsync(m => m.CitizenId == citizen, cancellationToken);
        }

        var folded = VietnameseText.Fold(row.FullName!);
        var born = row.DateOfBirth!.Value;
        return db.Members.Local.FirstOrDefault(m => m.NameFolded == folded && m.DateOfBirth == born)
            ?? await members.FirstOrDefaultAsync(m => m.NameFolded == folded && m.DateOfBirth == born, cancellationToken);
    }

    private async Task<Dictionary<string, PartyOrganization>> CellsInScopeAsync(CancellationToken cancellationToken)
    {
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        var cells = await db.Organizations.InScope(prefix).Where(o => o.Type == OrganizationType.PartyCell).ToListAsync(cancellationToken);
        var byKey = new Dictionary<string, PartyOrganization>(StringComparer.OrdinalIgnoreCase);
        foreach (var cell in cells)
        {
            byKey[cell.Code] = cell;
            byKey[cell.Id.ToString()] = cell;
        }

        return byKey;
    }

    private static CreateMemberCommand? Parse(IReadOnlyDictionary<string, string?> row, Dictionary<string, PartyOrganization> cells, List<ImportError> errors)
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

            if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
            {
                return DateOnly.FromDateTime(dateTime);
            }

            errors.Add(Error(header, "import.date_invalid", text));
            return null;
        }

        T? Enum<T>(string header)
            where T : struct, System.Enum
        {
            var text = Text(header);
            if (text is null)
            {
                return null;
            }

            foreach (var value in System.Enum.GetValues<T>())
            {
                if (string.Equals(MemberSheet.Code(value), text, StringComparison.OrdinalIgnoreCase) || string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase)
                    || LabelMatches(value, text))
                {
                    return value;
                }
            }

            errors.Add(Error(header, "import.value_invalid", text));
            return null;
        }

        var cellCode = Text("cellCode");
        PartyOrganization? cell = null;
        if (cellCode is null || !cells.TryGetValue(cellCode, out cell))
        {
            errors.Add(Error("cellCode", "import.cell_unknown", cellCode ?? string.Empty));
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
            IsProvincialCommitteeMember = Text("isProvincialCommitteeMember") is { } flag && (flag.Equals("true", StringComparison.OrdinalIgnoreCase) || flag is "1" or "x" or "X" || flag.Equals("có", StringComparison.OrdinalIgnoreCase)),
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

    private static bool LabelMatches<T>(T value, string text)
        where T : struct, Enum
    {
        var label = value switch
        {
            Sex s => MembershipLabels.Of(s),
            MemberStatus s => MembershipLabels.Of(s),
            GeneralEducation g => MembershipLabels.Of(g),
            ProfessionalLevel p => MembershipLabels.Of(p),
            PoliticalTheoryLevel p => MembershipLabels.Of(p),
            _ => null,
        };
        return label is not null && (VietnameseText.Fold(label.Vi) == VietnameseText.Fold(text) || string.Equals(label.En, text, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<ImportError> Validate(CreateMemberValidator validator, CreateMemberCommand command)
    {
        var vi = InCulture(Vietnamese, () => validator.Validate(command).Errors);
        var en = InCulture(English, () => validator.Validate(command).Errors);
        return vi.Zip(en, (v, e) => new ImportError(Field(v), ErrorCode(v), v.ErrorMessage, e.ErrorMessage));
    }

    private static ImportError Error(string field, string code, params object[] arguments) => new(
        field,
        code,
        InCulture(Vietnamese, () => Messages.FormatOr(code, code, arguments)),
        InCulture(English, () => Messages.FormatOr(code, code, arguments)));

    private static string Field(ValidationFailure failure) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(failure.PropertyName);

    private static string ErrorCode(ValidationFailure failure) =>
        failure.ErrorCode.Contains('.', StringComparison.Ordinal)
            ? failure.ErrorCode
            : "field." + System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(failure.ErrorCode.Replace("Validator", string.Empty, StringComparison.Ordinal));

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
