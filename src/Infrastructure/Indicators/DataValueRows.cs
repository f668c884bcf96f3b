using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PartyCommittee.Application.Indicators.DataValues;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Infrastructure.Indicators;

/// <summary>Who and when, the same for every audit row of a batch (the auditing interceptor's fields).</summary>
/// <param name="OccurredAt">The time of the write (UTC).</param>
/// <param name="UserId">The caller's id (<c>system</c> without one).</param>
/// <param name="UserName">The caller's name.</param>
/// <param name="TraceId">The request's trace.</param>
internal sealed record AuditStamp(DateTime OccurredAt, string UserId, string? UserName, string? TraceId)
{
    /// <summary><see cref="OccurredAt"/> as Microsoft.Data.Sqlite binds a <see cref="DateTime"/> (after the model's UTC converter).</summary>
    public string OccurredAtText { get; } = DataValueRows.SqliteDateTime(OccurredAt);
}

/// <summary>
/// Session 20, "write-path cuts": a batch's data-value rows and audit rows written typed, straight into the JSON text
/// that SQLite's <c>json_each</c> reads (<see cref="DataValueBulkWriter"/>), without boxing each column through EF's
/// getter and value converter and without a <see cref="string"/> per audit row.
/// <list type="bullet">
/// <item>A value row holds each column as Microsoft.Data.Sqlite binds it for the column's EF mapping (GUID as upper-case
/// text, dates <c>yyyy-MM-dd</c>, times <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>, decimals <c>0.0###…</c>, booleans 0/1), in
/// the order of <see cref="Fields"/>, so that the stored row is the one EF stores.</item>
/// <item>An audit row's change JSON is written by a <see cref="Utf8JsonWriter"/> with the options of
/// <c>AuditingInterceptor</c>'s (default encoder: non-ASCII, quotes and HTML characters escaped as <c>\uXXXX</c>) from
/// the typed fields (decimals as <c>WriteNumberValue</c>, dates as the serializer's ISO form, booleans as
/// <c>true</c>/<c>false</c>), in the model's property order, skipping what the interceptor skips (a null on insert, an
/// unchanged field on update); it is then copied into the batch's JSON as a string. <c>DataValueRowsTests</c> compares
/// both with what EF and the interceptor store for the same rows, byte for byte.</item>
/// </list>
/// </summary>
internal sealed class DataValueRows
{
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly JsonEncodedText Old = JsonEncodedText.Encode("old");
    private static readonly JsonEncodedText New = JsonEncodedText.Encode("new");

    private readonly (Field Field, JsonEncodedText Name)[] audited;
    private readonly ArrayBufferWriter<byte> scratch = new(512);
    private Utf8JsonWriter? changes;

    /// <param name="auditedNames">The audited properties of <see cref="DataValue"/> (key excluded), in the model's order.</param>
    public DataValueRows(IEnumerable<string> auditedNames) =>
        audited = [.. auditedNames.Select(name => (Enum.Parse<Field>(name), JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(name))))];

    /// <summary>The columns of <see cref="DataValue"/>, named as its properties.</summary>
    public enum Field
    {
        Id,
        ChangeNumber,
        Comment,
        DataElement,
        Disaggregation,
        IsDeleted,
        Period,
        PeriodEnd,
        PeriodStart,
        StoredAt,
        StoredBy,
        UnitCode,
        Value,
    }

    /// <summary>The order of a value row's columns.</summary>
    public static IReadOnlyList<Field> Fields { get; } = Enum.GetValues<Field>();

    /// <summary>A <see cref="DateTime"/> as the model's converter (to UTC) and Microsoft.Data.Sqlite make it.</summary>
    public static string SqliteDateTime(DateTime value) =>
        (value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime()).ToString(Persistence.BulkInserts.SqliteDateTimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The new values of <paramref name="writes"/> as one JSON array of rows (<see cref="Fields"/> order).</summary>
    public void WriteValues(IBufferWriter<byte> buffer, IReadOnlyList<DataValueWrite> writes)
    {
        using var json = new Utf8JsonWriter(buffer, Relaxed);
        Span<char> chars = stackalloc char[64];
        json.WriteStartArray();
        foreach (var write in writes)
        {
            var value = write.Value;
            json.WriteStartArray();
            WriteGuid(json, value.Id, upper: true, chars);
            json.WriteNumberValue(value.ChangeNumber);
            WriteText(json, value.Comment);
            json.WriteStringValue(value.DataElement);
            json.WriteStringValue(value.Disaggregation);
            json.WriteNumberValue(value.IsDeleted ? 1 : 0);
            json.WriteStringValue(value.Period);
            WriteDate(json, value.PeriodEnd, chars);
            WriteDate(json, value.PeriodStart, chars);
            json.WriteStringValue(SqliteDateTime(value.StoredAt));
            json.WriteStringValue(value.StoredBy);
            json.WriteStringValue(value.UnitCode);
            value.Value.TryFormat(chars, out var written, Persistence.BulkInserts.SqliteDecimalFormat, CultureInfo.InvariantCulture);
            json.WriteStringValue(chars[..written]);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// The audit rows of <paramref name="writes"/> (one per value whose audited fields changed) as one JSON array of
    /// rows: occurred at, user id, user name, action, entity type, entity key, changes, trace id. Returns the rows written.
    /// </summary>
    public int WriteAudit(IBufferWriter<byte> buffer, IReadOnlyList<DataValueWrite> writes, AuditStamp stamp)
    {
        using var json = new Utf8JsonWriter(buffer, Relaxed);
        Span<char> chars = stackalloc char[64];
        var count = 0;
        json.WriteStartArray();
        foreach (var write in writes)
        {
            scratch.ResetWrittenCount();
            if (!WriteChanges(scratch, write.Value, write.Before))
            {
                continue;
            }

            count++;
            json.WriteStartArray();
            json.WriteStringValue(stamp.OccurredAtText);
            json.WriteStringValue(stamp.UserId);
            WriteText(json, stamp.UserName);
            json.WriteStringValue(write.Before is null ? "Insert" : "Update");
            json.WriteStringValue(nameof(DataValue));
            WriteGuid(json, write.Value.Id, upper: false, chars);
            json.WriteStringValue(scratch.WrittenSpan);
            WriteText(json, stamp.TraceId);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        return count;
    }

    /// <summary>
    /// The audited fields that changed, as the auditing interceptor writes them (<c>{"field":{"old":…,"new":…}}</c>),
    /// into <paramref name="buffer"/>; false (and nothing usable written) when none did.
    /// </summary>
    public bool WriteChanges(IBufferWriter<byte> buffer, DataValue value, DataValueSnapshot? before)
    {
        if (changes is null)
        {
            changes = new Utf8JsonWriter(buffer);
        }
        else
        {
            changes.Reset(buffer);
        }

        var json = changes;
        Span<char> chars = stackalloc char[16];
        var written = 0;
        foreach (var (field, name) in audited)
        {
            if (before is null)
            {
                if (field == Field.Comment && value.Comment is null)
                {
                    continue;
                }

                Start(json, name, ref written);
                json.WriteNullValue();
                json.WritePropertyName(New);
                WriteCurrent(json, field, value, chars);
                json.WriteEndObject();
                continue;
            }

            // Only these four change in place (a correction, a tombstone, a revival); the rest of the key never does.
            switch (field)
            {
                case Field.Value when before.Value != value.Value:
                    Start(json, name, ref written);
                    json.WriteNumberValue(before.Value);
                    break;
                case Field.Comment when !string.Equals(before.Comment, value.Comment, StringComparison.Ordinal):
                    Start(json, name, ref written);
                    WriteText(json, before.Comment);
                    break;
                case Field.StoredBy when !string.Equals(before.StoredBy, value.StoredBy, StringComparison.Ordinal):
                    Start(json, name, ref written);
                    json.WriteStringValue(before.StoredBy);
                    break;
                case Field.IsDeleted when before.IsDeleted != value.IsDeleted:
                    Start(json, name, ref written);
                    json.WriteBooleanValue(before.IsDeleted);
                    break;
                default:
                    continue;
            }

            json.WritePropertyName(New);
            WriteCurrent(json, field, value, chars);
            json.WriteEndObject();
        }

        if (written == 0)
        {
            return false;
        }

        json.WriteEndObject();
        json.Flush();
        return true;
    }

    private static void Start(Utf8JsonWriter json, JsonEncodedText name, ref int written)
    {
        if (written++ == 0)
        {
            json.WriteStartObject();
        }

        json.WriteStartObject(name);
        json.WritePropertyName(Old);
    }

    /// <summary>An audited field's current value, as <c>JsonSerializer</c> writes its type.</summary>
    private static void WriteCurrent(Utf8JsonWriter json, Field field, DataValue value, Span<char> chars)
    {
        switch (field)
        {
            case Field.DataElement:
                json.WriteStringValue(value.DataElement);
                break;
            case Field.Period:
                json.WriteStringValue(value.Period);
                break;
            case Field.PeriodStart:
                WriteDate(json, value.PeriodStart, chars);
                break;
            case Field.PeriodEnd:
                WriteDate(json, value.PeriodEnd, chars);
                break;
            case Field.UnitCode:
                json.WriteStringValue(value.UnitCode);
                break;
            case Field.Disaggregation:
                json.WriteStringValue(value.Disaggregation);
                break;
            case Field.Value:
                json.WriteNumberValue(value.Value);
                break;
            case Field.Comment:
                WriteText(json, value.Comment);
                break;
            case Field.StoredBy:
                json.WriteStringValue(value.StoredBy);
                break;
            case Field.IsDeleted:
                json.WriteBooleanValue(value.IsDeleted);
                break;
            default:
                throw new NotSupportedException($"The audit of {nameof(DataValue)}.{field} is not written by {nameof(DataValueRows)}.");
        }
    }

    private static void WriteText(Utf8JsonWriter json, string? text)
    {
        if (text is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(text);
        }
    }

    /// <summary>A date as <c>JsonSerializer</c> writes a <see cref="DateOnly"/> and Microsoft.Data.Sqlite binds one: <c>yyyy-MM-dd</c>.</summary>
    private static void WriteDate(Utf8JsonWriter json, DateOnly date, Span<char> chars)
    {
        date.TryFormat(chars, out var written, "O", CultureInfo.InvariantCulture);
        json.WriteStringValue(chars[..written]);
    }

    private static void WriteGuid(Utf8JsonWriter json, Guid id, bool upper, Span<char> chars)
    {
        id.TryFormat(chars, out var written, "D");
        if (upper)
        {
            for (var i = 0; i < written; i++)
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        json.WriteStringValue(chars[..written]);
    }
}
