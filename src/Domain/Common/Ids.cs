using System.Buffers.Binary;
using System.Security.Cryptography;

namespace PartyCommittee.Domain.Common;

/// <summary>
/// New identifiers: version 7 GUIDs (RFC 9562: 48 bits of Unix time in milliseconds, then 74 random bits), laid out as
/// <see cref="Guid.CreateVersion7(DateTimeOffset)"/> lays them out, so that they sort by creation time as text and in
/// an index. The random bits come from the operating system's cryptographic generator, as
/// <see cref="Guid.CreateVersion7()"/>'s do, but 4 KB at a time into a buffer of the thread (issue 12, session 25):
/// on Linux <see cref="Guid.CreateVersion7()"/> and <see cref="Guid.NewGuid"/> read <c>/dev/urandom</c> once per GUID,
/// one system call each (~1.9 µs measured here, against ~25 ns from the buffer), and a member import makes several
/// GUIDs per row. Every identifier of the product is made here (an architecture test holds the rest of the code to it).
/// </summary>
public static class Ids
{
    private const int BufferBytes = 4096;

    [ThreadStatic]
    private static byte[]? buffer;

    [ThreadStatic]
    private static int used;

    /// <summary>A new version 7 GUID stamped with the current time.</summary>
    public static Guid NewVersion7() => NewVersion7(DateTimeOffset.UtcNow);

    /// <summary>A new version 7 GUID stamped with <paramref name="timestamp"/> (at or after the Unix epoch).</summary>
    public static Guid NewVersion7(DateTimeOffset timestamp)
    {
        var milliseconds = timestamp.ToUnixTimeMilliseconds();
        ArgumentOutOfRangeException.ThrowIfNegative(milliseconds, nameof(timestamp));

        Span<byte> bytes = stackalloc byte[16];
        NextRandom(bytes);

        // Big-endian (RFC 9562) order: unix_ts_ms (48 bits), ver (4) + rand_a (12), var (2) + rand_b (62). The first
        // eight bytes are the time and the two random bytes that follow it.
        BinaryPrimitives.WriteInt64BigEndian(bytes, (milliseconds << 16) | BinaryPrimitives.ReadUInt16BigEndian(bytes[6..]));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static void NextRandom(Span<byte> destination)
    {
        if (buffer is not { } random || used + destination.Length > BufferBytes)
        {
            random = buffer ??= new byte[BufferBytes];
            RandomNumberGenerator.Fill(random);
            used = 0;
        }

        random.AsSpan(used, destination.Length).CopyTo(destination);
        used += destination.Length;
    }
}
