using System.ComponentModel.DataAnnotations;

namespace PartyCommittee.Application.Indicators.DataValues;

/// <summary>What a bulk write does with each row.</summary>
public enum ImportStrategy
{
    /// <summary>New keys are created, existing ones updated, identical ones ignored (the default: replays change nothing).</summary>
    CreateAndUpdate,

    /// <summary>Only new keys; an existing key is a conflict.</summary>
    Create,

    /// <summary>Only existing keys; a missing key is a conflict.</summary>
    Update,

    /// <summary>Deletes the keys (a missing key is ignored); the value column may be empty.</summary>
    Delete,
}

/// <summary>How a bulk write ended.</summary>
public enum ImportOutcome
{
    /// <summary>Every row was applied (or, in a dry run, would be).</summary>
    Success,

    /// <summary>Per-row mode: the valid rows were applied, the conflicts were not.</summary>
    Warning,

    /// <summary>Atomic mode with conflicts: nothing was written.</summary>
    Error,
}

/// <summary>One value to store, as a province system sends it (JSON body).</summary>
/// <param name="DataElement">Data element code (see GET /api/v1/indicators).</param>
/// <param name="Period">yyyy, yyyyS1, yyyyS2, yyyyN9, yyyyQn or yyyyMM.</param>
/// <param name="OrgUnit">Official code of the administrative unit.</param>
/// <param name="Disaggregation">total (default) or category:option pairs joined by commas, e.g. ethnicity:khmer.</param>
/// <param name="Value">The figure (a whole number for counts; 0–100 for percentages). May be omitted when deleting.</param>
/// <param name="Comment">Optional note (at most 500 characters).</param>
public sealed record DataValueRow(
    [property: Required] string? DataElement,
    [property: Required] string? Period,
    [property: Required] string? OrgUnit,
    string? Disaggregation,
    decimal? Value,
    string? Comment);

/// <summary>The JSON body of a bulk write.</summary>
/// <param name="DataValues">The rows, at most the configured number (Indicators:MaxRows).</param>
public sealed record DataValueBatch([property: Required] IReadOnlyList<DataValueRow>? DataValues);

/// <summary>A row as read from JSON or CSV: the value still as text, so that a CSV cell that is not a number is reported on its row.</summary>
/// <param name="Number">Row number (1-based; for CSV the line, the header being line 1).</param>
/// <param name="DataElement">Data element code.</param>
/// <param name="Period">Period.</param>
/// <param name="OrgUnit">Unit code.</param>
/// <param name="Disaggregation">Disaggregation.</param>
/// <param name="Value">Value text (invariant culture).</param>
/// <param name="Comment">Comment.</param>
public sealed record DataValueInput(int Number, string? DataElement, string? Period, string? OrgUnit, string? Disaggregation, string? Value, string? Comment);

/// <summary>How many rows each outcome took.</summary>
/// <param name="Imported">New values.</param>
/// <param name="Updated">Values changed.</param>
/// <param name="Ignored">Rows that changed nothing (identical value, or deleting a missing key).</param>
/// <param name="Deleted">Values deleted.</param>
public sealed record ImportCounts(int Imported, int Updated, int Ignored, int Deleted);

/// <summary>A row that was not applied, and why.</summary>
/// <param name="Row">Row number.</param>
/// <param name="Code">Stable code (see docs/indicators.md).</param>
/// <param name="Message">Message in the request's language.</param>
/// <param name="Field">The field at fault, if one.</param>
public sealed record DataValueConflict(int Row, string Code, string Message, string? Field);

/// <summary>The summary of a bulk write (DHIS2's import summary, with stable codes).</summary>
/// <param name="Status">SUCCESS, WARNING (per row: conflicts skipped) or ERROR (atomic: nothing written).</param>
/// <param name="DryRun">True when nothing was written by design.</param>
/// <param name="Strategy">The strategy applied.</param>
/// <param name="Atomic">All or nothing (true) or row by row.</param>
/// <param name="Rows">Rows received.</param>
/// <param name="Counts">Rows by outcome (what was, or in a dry run would be, applied).</param>
/// <param name="Conflicts">Rows not applied, with codes; at most 1000 listed.</param>
/// <param name="ConflictCount">All the conflicts, listed or not.</param>
public sealed record DataValueImportSummary(
    ImportOutcome Status,
    bool DryRun,
    ImportStrategy Strategy,
    bool Atomic,
    int Rows,
    ImportCounts Counts,
    IReadOnlyList<DataValueConflict> Conflicts,
    int ConflictCount)
{
    public const int MaxConflictsListed = 1000;

    /// <summary>True when a conflict is a locked period (the endpoint answers 409 for an atomic write).</summary>
    public bool HasLockedPeriod => Conflicts.Any(c => c.Code == DataValueCodes.PeriodLocked);
}

/// <summary>Codes of the row conflicts.</summary>
public static class DataValueCodes
{
    public const string ElementUnknown = "data_value.element_unknown";
    public const string ElementNotAssigned = "data_value.element_not_assigned";
    public const string UnitUnknown = "data_value.unit_unknown";
    public const string UnitNotValid = "data_value.unit_not_valid_for_period";
    public const string UnitNotAssigned = "data_value.unit_not_assigned";
    public const string ValueRequired = "data_value.value_required";
    public const string ValueInvalid = "data_value.value_invalid";
    public const string CommentTooLong = "data_value.comment_too_long";
    public const string DuplicateInBatch = "data_value.duplicate_in_batch";
    public const string PeriodLocked = "data_value.period_locked";
    public const string AlreadyExists = "data_value.already_exists";
    public const string NotFound = "data_value.not_found";
    public const string FieldRequired = "data_value.field_required";
}
