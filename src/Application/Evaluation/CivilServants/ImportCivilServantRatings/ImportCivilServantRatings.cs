using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Security;
using PartyCommittee.Application.Membership;
using PartyCommittee.Application.Evaluation.CivilServants.RecordCivilServantRating;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Application.Organization;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Evaluation.CivilServants;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Evaluation.CivilServants.ImportCivilServantRatings;

/// <summary>Imports civil-servant ratings from a CSV or Excel file (see <see cref="CivilServantSheet.Headers"/>).</summary>
public sealed record ImportCivilServantRatingsCommand(Stream Content, SheetFormat Format, bool DryRun) : ICommand<CivilServantImportResult>;

/// <summary>What happened to one row.</summary>
/// <param name="Row">Row number in the file (the header is row 1).</param>
/// <param name="Outcome">CREATED, UPDATED, UNCHANGED or ERROR (with a dry run: what would happen).</param>
/// <param name="RatingId">The rating created or matched.</param>
/// <param name="MemberId">The member the row names or matches.</param>
/// <param name="FullName">The person's name.</param>
/// <param name="Errors">Why the row was refused, each with a code and messages in Vietnamese and English.</param>
public sealed record CivilServantImportRow(int Row, string Outcome, Guid? RatingId, Guid? MemberId, string? FullName, IReadOnlyList<ImportError> Errors);

/// <summary>The import as a whole. Nothing is written unless every row is valid (and never on a dry run).</summary>
public sealed record CivilServantImportResult(
    bool DryRun, bool Applied, int Rows, int Created, int Updated, int Unchanged, int Errors, IReadOnlyList<CivilServantImportRow> Results);

/// <summary>The layout of the file.</summary>
public static class CivilServantSheet
{
    /// <summary>
    /// year; memberId or partyCardNumber (the member code) for a party member, else fullName and dateOfBirth;
    /// cellCode (the organisation's code; defaults to the member's cell); level (EXCELLENT, GOOD, COMPLETED,
    /// NOT_COMPLETED or the Vietnamese label); decidedOn, decisionNumber, note (optional).
    /// </summary>
    public static readonly IReadOnlyList<string> Headers =
        ["year", "memberId", "partyCardNumber", "fullName", "dateOfBirth", "cellCode", "level", "decidedOn", "decisionNumber", "note"];

    public static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];
}

/// <summary>
/// Each row is checked like a rating recorded through the API (the same validator, the same domain rules), against
/// the members and organisations of the caller's scope loaded once. A row of a person already rated that year
/// (same member, or same name and date of birth) updates that rating: importing the same file twice changes
/// nothing. A member is named by id or by party card number (the member code); a member outside the scope is never
/// matched (the same error as an unknown one). Two rows of one person and year are refused. Atomic: nothing is
/// written unless every row is valid, and nothing on a dry run.
/// </summary>
public sealed class ImportCivilServantRatingsHandler(
    IAppDbContext db, IOrganizationScope scope, ISpreadsheets sheets, IEnumerable<IValidator<RecordCivilServantRatingCommand>> validators, ImportOptions options,
    TimeProvider time, RuleBook<CivilServantRatingRuleSet> rules)
    : ICommandHandler<ImportCivilServantRatingsCommand, CivilServantImportResult>
{
    private readonly IReadOnlyList<IValidator<RecordCivilServantRatingCommand>> rowValidators = [.. validators];

    public async ValueTask<CivilServantImportResult> Handle(ImportCivilServantRatingsCommand command, CancellationToken cancellationToken)
    {
        var prefix = await scope.GetPathPrefixAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().InScope(prefix).ToListAsync(cancellationToken);
        var byCode = organizations.ToDictionary(o => o.Code, o => o, StringComparer.OrdinalIgnoreCase);
        var inScope = organizations.Select(o => o.Id).ToHashSet();
        // Only the members and ratings the file names (the file is bounded by the import limits): by identifier, by card
        // number (stored trimmed; the file's compared without case, so its upper- and lower-case forms are looked up),
        // and the ratings of the file's years. Before, every member of the register and every rating were loaded.
        var rows = sheets.Read(command.Content, command.Format, options.Limits).ToList();
        var ids = rows.Select(r => r.Cells.GetValueOrDefault("memberId")).Select(t => Guid.TryParse(t, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var cards = rows.Select(r => r.Cells.GetValueOrDefault("partyCardNumber")?.Trim()).OfType<string>()
            .SelectMany(c => new[] { c, c.ToUpperInvariant(), c.ToLowerInvariant() }).Distinct(StringComparer.Ordinal).ToList();
        var years = rows.Select(r => int.TryParse(r.Cells.GetValueOrDefault("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null)
            .OfType<int>().Distinct().ToList();
        var named = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        named.AddRange(await db.Members.AsNoTracking().Where(m => cards.Contains(m.PartyCardNumber!)).ToListAsync(cancellationToken));
        var members = named.DistinctBy(m => m.Id).Where(m => inScope.Contains(m.OrganizationId)).ToList();
        var membersById = members.ToDictionary(m => m.Id);
        var membersByCard = members.Where(m => m.PartyCardNumber != null).GroupBy(m => m.PartyCardNumber!.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var ratings = command.DryRun ? db.CivilServantRatings.AsNoTracking() : db.CivilServantRatings;
        var existing = (await ratings.Where(r => years.Contains(r.Year)).ToListAsync(cancellationToken)).ToDictionary(r => (r.Year, r.PersonKey));
        var fileKeys = new Dictionary<(int, string), int>();
        var today = time.TodayInVietnam();
        var results = new List<CivilServantImportRow>();

        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(Import(row, byCode, inScope, membersById, membersByCard, existing, fileKeys, today, command.DryRun));
        }

        var errorCount = results.Count(r => r.Outcome == "ERROR");
        var apply = !command.DryRun && errorCount == 0;
        if (apply)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new CivilServantImportResult(
            command.DryRun, apply, results.Count,
            results.Count(r => r.Outcome == "CREATED"), results.Count(r => r.Outcome == "UPDATED"), results.Count(r => r.Outcome == "UNCHANGED"),
            errorCount, results);
    }

    private CivilServantImportRow Import(
        SheetRow sheetRow, Dictionary<string, PartyOrganization> byCode, HashSet<Guid> inScope, Dictionary<Guid, PartyMember> membersById,
        Dictionary<string, PartyMember> membersByCard, Dictionary<(int, string), CivilServantRating> existing, Dictionary<(int, string), int> fileKeys,
        DateOnly today, bool dryRun)
    {
        var errors = new List<ImportError>();
        var cells = sheetRow.Cells;
        string? Text(string header) => cells.GetValueOrDefault(header);

        DateOnly? Date(string header)
        {
            var text = Text(header);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, CivilServantSheet.DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors.Add(ImportErrors.Of(header, "import.date_invalid", text));
            return null;
        }

        int? year = null;
        if (Text("year") is { } yearText)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                year = parsed;
            }
            else
            {
                errors.Add(ImportErrors.Of("year", "import.value_invalid", yearText));
            }
        }

        EvaluationLevel? level = null;
        if (Text("level") is { } levelText)
        {
            level = ParseLevel(levelText);
            if (level is null)
            {
                errors.Add(ImportErrors.Of("level", "import.value_invalid", levelText));
            }
        }

        PartyMember? member = null;
        if (Text("memberId") is { } memberText)
        {
            if (!Guid.TryParse(memberText, out var memberId) || !membersById.TryGetValue(memberId, out member))
            {
                errors.Add(ImportErrors.Of("memberId", "civil_servant_rating.member_not_found", memberText));
            }
        }
        else if (Text("partyCardNumber") is { } card)
        {
            if (!membersByCard.TryGetValue(card, out member))
            {
                errors.Add(ImportErrors.Of("partyCardNumber", "civil_servant_rating.member_not_found", card));
            }
        }

        Guid? organizationId = null;
        if (Text("cellCode") is { } code)
        {
            if (byCode.TryGetValue(code, out var organization))
            {
                organizationId = organization.Id;
            }
            else
            {
                errors.Add(ImportErrors.Of("cellCode", "civil_servant_rating.organization_not_found", code));
            }
        }

        var input = new CivilServantRatingInput(
            organizationId ?? member?.OrganizationId, year, member?.Id, Text("fullName"), member is null ? Date("dateOfBirth") : member.DateOfBirth, level,
            Date("decidedOn"), Text("decisionNumber"), Text("note"));
        if (errors.Count == 0)
        {
            errors.AddRange(ImportErrors.Validate(rowValidators, new RecordCivilServantRatingCommand(input)));
        }

        if (errors.Count > 0)
        {
            return Refused(sheetRow.Number, member?.Id, member?.FullName ?? Text("fullName"), errors);
        }

        try
        {
            var person = member is null ? new RatedPerson(null, input.FullName!, input.DateOfBirth) : CivilServantRatingViews.PersonOf(member, input.FullName);
            var key = (input.Year!.Value, person.Key);
            if (fileKeys.TryGetValue(key, out var earlier))
            {
                return Refused(sheetRow.Number, member?.Id, person.FullName, [ImportErrors.Of(string.Empty, "import.person_repeated", earlier)]);
            }

            fileKeys[key] = sheetRow.Number;
            if (!inScope.Contains(input.OrganizationId!.Value))
            {
                return Refused(sheetRow.Number, member?.Id, person.FullName, [ImportErrors.Of("cellCode", "civil_servant_rating.organization_not_found", input.OrganizationId)]);
            }

            if (existing.TryGetValue(key, out var rating))
            {
                if (!inScope.Contains(rating.OrganizationId))
                {
                    return Refused(sheetRow.Number, member?.Id, person.FullName, [ImportErrors.Of(string.Empty, "civil_servant_rating.exists", person.FullName, key.Item1)]);
                }

                var before = (rating.OrganizationId, rating.Level, rating.DecidedOn, rating.DecisionNumber, rating.Note, rating.FullName);
                rating.Change(input.OrganizationId!.Value, key.Item1, person, input.Level!.Value, input.DecidedOn, input.DecisionNumber, input.Note, today, rules, []);
                var changed = before != (rating.OrganizationId, rating.Level, rating.DecidedOn, rating.DecisionNumber, rating.Note, rating.FullName);
                return new CivilServantImportRow(sheetRow.Number, changed ? "UPDATED" : "UNCHANGED", rating.Id, member?.Id, rating.FullName, []);
            }

            var created = CivilServantRating.Record(
                Ids.NewVersion7(time.GetUtcNow()), input.OrganizationId!.Value, key.Item1, person, input.Level!.Value, input.DecidedOn, input.DecisionNumber,
                input.Note, today, rules, []);
            if (!dryRun)
            {
                db.CivilServantRatings.Add(created);
            }

            return new CivilServantImportRow(sheetRow.Number, "CREATED", created.Id, member?.Id, created.FullName, []);
        }
        catch (DomainRuleException rule)
        {
            return Refused(sheetRow.Number, member?.Id, member?.FullName ?? input.FullName, [ImportErrors.Of(string.Empty, rule.Code, [.. rule.Arguments])]);
        }
    }

    /// <summary>A level by its API code, English name or Vietnamese or English label (accents and case ignored).</summary>
    private static EvaluationLevel? ParseLevel(string text)
    {
        var folded = VietnameseText.Fold(text);
        foreach (var level in Enum.GetValues<EvaluationLevel>())
        {
            var label = EvaluationLabels.Of(level);
            if (string.Equals(text, WireFormat.Code(level), StringComparison.OrdinalIgnoreCase) || string.Equals(text, level.ToString(), StringComparison.OrdinalIgnoreCase)
                || folded == VietnameseText.Fold(label.Vi) || folded == VietnameseText.Fold(label.En))
            {
                return level;
            }
        }

        return null;
    }

    private static CivilServantImportRow Refused(int row, Guid? memberId, string? fullName, IReadOnlyList<ImportError> errors) =>
        new(row, "ERROR", null, memberId, fullName, errors);
}
