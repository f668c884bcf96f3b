using System.Text.Json;
using PartyCommittee.Application.Common.Exceptions;

namespace PartyCommittee.Application.Indicators.ImportJobs;

/// <summary>
/// The syntax of a JSON payload checked as it streams by, block by block: one value, nothing after it but white space.
/// Holds only the reader's state and the bytes of a token cut by a block's end. A background job's payload is stored
/// before it is read (<see cref="SubmitImportJobHandler"/>); this refuses JSON that cannot be read at the submission,
/// with the synchronous write's answer (400 <c>request.malformed</c>), instead of a job that fails later.
/// </summary>
public sealed class JsonSyntaxCheck
{
    private JsonReaderState state;
    private byte[] carry = [];
    private bool started;

    /// <summary>Reads the next block of the payload.</summary>
    public void Append(ReadOnlySpan<byte> block)
    {
        // A byte order mark is refused, as the job's reader and the synchronous write refuse it (RFC 8259 § 8.1 lets a
        // reader treat it as an error).
        started = true;
        Read(block, final: false);
    }

    /// <summary>After the last block: the value is complete and nothing but white space follows it (an empty payload is left to its own answer).</summary>
    public void Complete()
    {
        if (started)
        {
            Read([], final: true);
        }
    }

    private void Read(ReadOnlySpan<byte> block, bool final)
    {
        var data = carry.Length == 0 ? block : [.. carry, .. block];
        var reader = new Utf8JsonReader(data, final, state);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            throw new BadRequestException("request.malformed", "The JSON body could not be read.");
        }

        state = reader.CurrentState;
        carry = data[(int)reader.BytesConsumed..].ToArray();
    }
}
