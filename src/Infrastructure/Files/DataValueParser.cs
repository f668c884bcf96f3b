using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Application.Indicators.DataValues;
using Sylvan.Data.Csv;

namespace PartyCommittee.Infrastructure.Files;

/// <summary>
/// Streams the rows of a bulk write: CSV through Sylvan's reader over a strict UTF-8 decoder, JSON through
/// <see cref="Utf8JsonReader"/> over a rolling buffer (one row object at a time is deserialised with the API's own
/// options, so an unknown property is refused as everywhere). Memory is bounded by the buffer, never the payload.
/// </summary>
internal sealed class DataValueParser(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IDataValueParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    public IAsyncEnumerable<DataValueInput> ReadAsync(Stream payload, string mediaType, CancellationToken cancellationToken) => mediaType switch
    {
        "text/csv" => ReadCsvAsync(payload, cancellationToken),
        "application/json" => ReadJsonAsync(payload, json.Value.SerializerOptions, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(mediaType), mediaType, "Not a bulk write media type."),
    };

    private static async IAsyncEnumerable<DataValueInput> ReadCsvAsync(Stream payload, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new StreamReader(payload, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
        var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', BufferSize = 64 * 1024, MaxBufferSize = 1024 * 1024, OwnsReader = false };
        await using var csv = await GuardedAsync(() => CsvDataReader.CreateAsync(text, options, cancellationToken));
        var columns = new int[6];
        string[] names = ["dataElement", "period", "orgUnit", "disaggregation", "value", "comment"];
        for (var i = 0; i < names.Length; i++)
        {
            columns[i] = -1;
            for (var c = 0; c < csv.FieldCount; c++)
            {
                if (string.Equals(csv.GetName(c).Trim().TrimStart('\uFEFF'), names[i], StringComparison.OrdinalIgnoreCase))
                {
                    columns[i] = c;
                }
            }
        }

        var line = 1;
        while (await GuardedAsync(() => csv.ReadAsync(cancellationToken)))
        {
            line++;
            string? Cell(int column)
            {
                var index = columns[column];
                if (index < 0 || index >= csv.RowFieldCount)
                {
                    return null;
                }

                var value = csv.GetString(index);
                return string.IsNullOrWhiteSpace(value) ? null : FormulaGuard.Unprotect(value.Trim());
            }

            var row = new DataValueInput(line, Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Cell(5));
            if (row is { DataElement: null, Period: null, OrgUnit: null, Disaggregation: null, Value: null, Comment: null })
            {
                continue;
            }

            yield return row;
        }
    }

    private static async IAsyncEnumerable<DataValueInput> ReadJsonAsync(Stream payload, JsonSerializerOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var length = 0;
            var final = false;
            var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            var stage = Stage.Start;
            var number = 0;
            var rows = new List<DataValueInput>();
            while (stage != Stage.Done)
            {
                if (!final && length < buffer.Length)
                {
                    var read = await payload.ReadAsync(buffer.AsMemory(length), cancellationToken);
                    length += read;
                    final = read == 0;
                }

                var consumed = Parse(buffer.AsSpan(0, length), final, ref state, ref stage, ref number, rows, options);
                foreach (var row in rows)
                {
                    yield return row;
                }

                rows.Clear();
                if (consumed == 0 && length == buffer.Length)
                {
                    // One row larger than the buffer: grow it (bounded: a row is at most a few kilobytes unless hostile).
                    if (buffer.Length >= 1024 * 1024)
                    {
                        throw Unreadable();
                    }

                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                    continue;
                }

                buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
                length -= consumed;
                if (final && consumed == 0 && stage != Stage.Done)
                {
                    throw Malformed();
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads what the buffer holds; returns the bytes consumed (whole tokens, whole row objects).</summary>
    private static int Parse(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, ref Stage stage, ref int number, List<DataValueInput> rows, JsonSerializerOptions options)
    {
        var reader = new Utf8JsonReader(data, final, state);
        var consumed = 0;
        try
        {
            while (stage != Stage.Done)
            {
                var checkpoint = reader;
                if (!reader.Read())
                {
                    break;
                }

                switch (stage)
                {
                    case Stage.Start when reader.TokenType == JsonTokenType.StartObject:
                        stage = Stage.InRoot;
                        break;
                    case Stage.InRoot when reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("dataValues"u8):
                        stage = Stage.BeforeArray;
                        break;
                    case Stage.InRoot when reader.TokenType == JsonTokenType.PropertyName:
                        throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(reader.GetString(), Application.Common.Localization.Messages.Format("field.unknown", reader.GetString() ?? string.Empty)) { ErrorCode = "field.unknown" }]);
                    case Stage.InRoot when reader.TokenType == JsonTokenType.EndObject:
                        stage = Stage.Done;
                        break;
                    case Stage.BeforeArray when reader.TokenType == JsonTokenType.Null:
                        throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("dataValues", Application.Common.Localization.Messages.Format("field.required")) { ErrorCode = "field.required" }]);
                    case Stage.BeforeArray when reader.TokenType == JsonTokenType.StartArray:
                        stage = Stage.InArray;
                        break;
                    case Stage.InArray when reader.TokenType == JsonTokenType.EndArray:
                        stage = Stage.InRoot;
                        break;
                    case Stage.InArray when reader.TokenType is JsonTokenType.StartObject or JsonTokenType.Null:
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            // Only a complete object is deserialised; otherwise wait for more bytes from this token on.
                            var probe = reader;
                            if (!probe.TrySkip())
                            {
                                reader = checkpoint;
                                state = reader.CurrentState;
                                return consumed;
                            }
                        }

                        var row = JsonSerializer.Deserialize<DataValueRow>(ref reader, options);
                        number++;
                        rows.Add(new DataValueInput(number, row?.DataElement, row?.Period, row?.OrgUnit, row?.Disaggregation, row?.Value?.ToString(CultureInfo.InvariantCulture), row?.Comment));
                        break;
                    default:
                        throw Malformed();
                }

                consumed = (int)reader.BytesConsumed;
                state = reader.CurrentState;
            }
        }
        catch (JsonException)
        {
            throw Malformed();
        }

        if (stage == Stage.Done && final)
        {
            // Anything after the root object other than white space is an error.
            var rest = data[consumed..];
            if (rest.Trim(" \t\r\n"u8).Length > 0)
            {
                throw Malformed();
            }
        }

        return consumed;
    }

    /// <summary>JSON that is not a bulk write (a syntax error, a value of the wrong type): 400 request.malformed as for any body.</summary>
    private static BadRequestException Malformed() => new("request.malformed", "The JSON body could not be read.");

    private static BadRequestException Unreadable() => new("import.file_unreadable", "The file could not be read.");

    private static async Task<T> GuardedAsync<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (DecoderFallbackException)
        {
            throw new BadRequestException("import.encoding_invalid", "The file is not UTF-8.");
        }
        catch (Exception exception) when (exception is not (AppException or OutOfMemoryException or OperationCanceledException))
        {
            throw new BadRequestException("import.file_unreadable", "The file could not be read.");
        }
    }

    private enum Stage
    {
        Start,
        InRoot,
        BeforeArray,
        InArray,
        Done,
    }
}
