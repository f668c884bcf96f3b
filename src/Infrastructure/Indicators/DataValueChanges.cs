using System.Buffers;
using System.Globalization;
using System.Text.Json;
using PartyCommittee.Application.Indicators.DataValues;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Infrastructure.Indicators;

/// <summary>
/// The change JSON of a data value's audit row (<see cref="DataValueBulkWriter"/>), written typed by a
/// <see cref="Utf8JsonWriter"/> with the options of <c>AuditingInterceptor</c>'s (default encoder: non-ASCII, quotes and
/// HTML characters escaped as <c>\uXXXX</c>) from the typed fields (decimals as <c>WriteNumberValue</c>, dates as the
/// serializer's ISO form, booleans as <c>true</c>/<c>false</c>), in the model's property order, skipping what the
/// interceptor skips (a null on insert, an unchanged field on update): no boxed field, no <c>Equals</c>, no serializer
/// per row (session 20, "write-path cuts"). <c>DataValueRowsTests</c> compares the stored audit rows, and the value
/// rows the bulk writer stores through the model's mappings, with what EF and the interceptor store, byte for byte.
/// </summary>
internal sealed class DataValueChanges
{
    private static readonly JsonEncodedText Old = JsonEncodedText.Encode("old");
    private static readonly JsonEncodedText New = JsonEncodedText.Encode("new");

    private readonly (Field Field, JsonEncodedText Name)[] audited;
    private Utf8JsonWriter? changes;

    /// <param name="auditedNames">The audited properties of <see cref="DataValue"/> (key excluded), in the model's order.</param>
    public DataValueChanges(IEnumerable<string> auditedNames) =>
        audited = [.. auditedNames.Select(name => (Enum.Parse<Field>(name), JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(name))))];

    /// <summary>The columns of <see cref="DataValue"/>, named as its properties.</summary>
    private enum Field
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
                throw new NotSupportedException($"The audit of {nameof(DataValue)}.{field} is not written by {nameof(DataValueChanges)}.");
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
}
