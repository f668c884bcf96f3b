using System.Globalization;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Organization.Bodies;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// The rules that a unique index holds, by index name: when a concurrent writer slips between a command's check and
/// its insert, the database refuses the row, and the client gets the same coded conflict the check gives
/// (<c>organization.code_taken</c>, <c>transfer.already_open</c>, …), not a generic one.
/// </summary>
internal static class UniqueIndexRules
{
    public const string OrganizationCode = "IX_Organizations_Code";
    public const string MemberPartyCard = "IX_Members_PartyCardNumber";
    public const string MemberCitizenId = "IX_Members_CitizenId";
    public const string MemberRecordNumber = "IX_Members_RecordNumber";
    public const string OneOpenTransferPerMember = "IX_Transfers_MemberId_Open";
    public const string TermName = "IX_Terms_OrganizationId_Name";
    public const string OneBodyOfAKindPerTerm = "IX_ElectedBodies_OrganizationId_TermId_Kind";
    public const string HolidayDate = "IX_PublicHolidays_Date";
    public const string InspectionProgrammePerIssuer = "IX_InspectionProgrammes_OrganizationId_Year_IssuedBy";
    public const string InspectionTopicCode = "IX_InspectionTopics_Code";
    public const string DocumentNumber = "IX_PartyDocuments_OrganizationId_Issuer_Number";
    public const string MassOrganizationRatingYear = "IX_MassOrganizationRatings_MassOrganizationId_Year";
    public const string CivilServantRatingPersonYear = "IX_CivilServantRatings_Year_PersonKey";
    public const string RatingCampaignYear = "IX_RatingCampaigns_OrganizationId_Year";
    public const string DuesSheetMonth = "IX_DuesSheets_OrganizationId_Month";

    /// <summary>The filter of <see cref="OneOpenTransferPerMember"/>: REQUESTED or SENT, as stored (enum names).</summary>
    public const string OpenTransferFilter = "Status IN ('Requested', 'Sent')";

    private static readonly Dictionary<string, Func<EntityEntry?, Exception>> Conflicts = new(StringComparer.Ordinal)
    {
        [OrganizationCode] = e => new ConflictException("organization.code_taken", "The organisation code is already in use.", Value(e, "Code")),
        [MemberPartyCard] = e => new ConflictException("member.card_number_taken", "Party card number in use.", Value(e, "PartyCardNumber")),
        [MemberCitizenId] = _ => new ConflictException("member.citizen_id_taken", "Citizen ID in use."),
        [MemberRecordNumber] = e => new ConflictException("member.record_number_taken", "Record number in use.", Value(e, "RecordNumber")),
        [HolidayDate] = e => new ConflictException("calendar.holiday_exists", "The date is already a public holiday.", Value(e, "Date")),
        [InspectionProgrammePerIssuer] = e => new ConflictException(
            "inspection.programme_exists", "This body already issued a programme for that year.", Value(e, "Year")),
        [InspectionTopicCode] = e => new ConflictException("inspection.topic_exists", "The topic code is already in use.", Value(e, "Code")),
        [DocumentNumber] = e => new DomainRuleException(
            "document.number_taken", "The register already holds a document of that issuer with that number.", RuleViolationKind.Conflict, Value(e, "Number"), Value(e, "Issuer")),
        [MassOrganizationRatingYear] = e => new DomainRuleException(
            "mass_organization_rating.exists", "The mass organisation is already rated for that year.", RuleViolationKind.Conflict, "?", Value(e, "Year")),
        [RatingCampaignYear] = e => new DomainRuleException(
            "rating_campaign.exists", "The organisation already has a campaign for the year.", RuleViolationKind.Conflict, Value(e, "Year")),
        [DuesSheetMonth] = e => new ConflictException("dues.sheet_exists", "The cell already has a sheet for that month.", Value(e, "Month")),
        [CivilServantRatingPersonYear] = e => new DomainRuleException(
            "civil_servant_rating.exists", "The person already has a rating for that year.", RuleViolationKind.Conflict, Value(e, "FullName"), Value(e, "Year")),
        [OneOpenTransferPerMember] = _ => new DomainRuleException(
            "transfer.already_open",
            "The member already has a transfer that is requested or sent; finish or reject it first.",
            RuleViolationKind.Conflict),
        [TermName] = e => new DomainRuleException(
            "term.name_taken", "The organisation already has a term with that name.", RuleViolationKind.Conflict, Value(e, "Name")),
        [OneBodyOfAKindPerTerm] = e => new DomainRuleException(
            "body.already_exists",
            "The organisation already has a body of that kind for the term.",
            RuleViolationKind.Conflict,
            e?.Property("Kind").CurrentValue is Domain.Organization.BodyKind kind ? BodyRules.Code(kind) : "?",
            Value(e, "TermId")),
    };

    /// <summary>The indexes whose violation answers the coded conflict of their rule.</summary>
    public static IReadOnlyCollection<string> IndexNames => Conflicts.Keys;

    /// <summary>True when the failure is a unique (or primary) key violation on either engine.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => IsUniqueViolation(exception.InnerException);

    /// <summary>
    /// True when <paramref name="exception"/> is the engine's own unique (or primary) key violation: raised by a command
    /// outside the change tracker (the import's set-based writer) or by a unique index built again at a commit (ADR 0056).
    /// </summary>
    public static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>The coded conflict of the unique index the failure names, or the generic <c>conflict.duplicate</c>.</summary>
    public static Exception ConflictFor(DbUpdateException exception, IModel model)
    {
        var index = ViolatedIndex(exception.InnerException, model);
        return ConflictOf(index, exception.Entries.FirstOrDefault(e => e.Metadata == index?.DeclaringEntityType));
    }

    /// <summary>The coded conflict of the unique index an engine's own violation names (no tracked entry to quote).</summary>
    public static Exception ConflictFor(Exception exception, IModel model) => ConflictOf(ViolatedIndex(exception, model), null);

    private static Exception ConflictOf(IIndex? index, EntityEntry? entry) =>
        index?.GetDatabaseName() is { } name && Conflicts.TryGetValue(name, out var conflict)
            ? conflict(entry)
            : new ConflictException("conflict.duplicate", "The data duplicates an existing record.");

    /// <summary>
    /// The unique index named by the engine's message. SQL Server names the index
    /// ("… with unique index 'IX_Organizations_Code'"); SQLite names its columns
    /// ("UNIQUE constraint failed: Organizations.Code").
    /// </summary>
    private static IIndex? ViolatedIndex(Exception? exception, IModel model)
    {
        var message = exception?.Message ?? string.Empty;
        var indexes = model.GetEntityTypes().SelectMany(t => t.GetDeclaredIndexes()).Where(i => i.IsUnique).ToList();
        if (exception is SqlException)
        {
            return indexes.FirstOrDefault(i => message.Contains($"'{i.GetDatabaseName()}'", StringComparison.Ordinal));
        }

        const string Prefix = "UNIQUE constraint failed: ";
        var start = message.IndexOf(Prefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var columns = message[(start + Prefix.Length)..].TrimEnd('\'', '.', ' ');
        return indexes.FirstOrDefault(i =>
        {
            var table = i.DeclaringEntityType.GetTableName();
            var identifier = StoreObjectIdentifier.Table(table!, i.DeclaringEntityType.GetSchema());
            return columns == string.Join(", ", i.Properties.Select(p => $"{table}.{p.GetColumnName(identifier)}"));
        });
    }

    private static object Value(EntityEntry? entry, string property) => entry?.Property(property).CurrentValue switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        null => "?",
        var value => value,
    };
}
