using System.Collections.Concurrent;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Domain.Tests.Common;

/// <summary>
/// The product's identifiers (<see cref="Ids"/>): version 7 GUIDs laid out as <see cref="Guid.CreateVersion7(DateTimeOffset)"/>
/// lays them out (time first, so that they sort by creation), with random bits from a buffer of the cryptographic
/// generator instead of one system call per GUID (issue 12, session 25).
/// </summary>
public class IdsTests
{
    [Fact]
    public void An_id_is_a_version_7_guid_of_the_RFC_variant_stamped_with_its_time()
    {
        var at = new DateTimeOffset(2026, 12, 2, 10, 30, 15, 123, TimeSpan.Zero);

        var id = Ids.NewVersion7(at);

        id.Version.ShouldBe(7);
        (id.Variant >> 2).ShouldBe(0b10, "the RFC 9562 variant (10xx)");
        // The first 48 bits are the Unix time in milliseconds, as the runtime's own version 7 GUID writes them.
        id.ToString("N")[..12].ShouldBe(Guid.CreateVersion7(at).ToString("N")[..12]);
        Convert.ToInt64(id.ToString("N")[..12], 16).ShouldBe(at.ToUnixTimeMilliseconds());
    }

    [Fact]
    public void Ids_sort_by_their_time_as_text_and_as_guids()
    {
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var ids = Enumerable.Range(0, 2_000).Select(i => Ids.NewVersion7(start.AddMilliseconds(i * 7L))).ToList();

        ids.Select(i => i.ToString()).ShouldBe(ids.Select(i => i.ToString()).Order(StringComparer.Ordinal));
        ids.ShouldBe(ids.Order());
    }

    [Fact]
    public void Ids_of_the_same_millisecond_differ_in_their_random_bits_across_many_buffer_refills()
    {
        var at = DateTimeOffset.UtcNow;

        // 4 KB of random bytes make 256 ids: 100,000 ids refill the buffer ~390 times.
        var ids = Enumerable.Range(0, 100_000).Select(_ => Ids.NewVersion7(at)).ToList();

        ids.Distinct().Count().ShouldBe(ids.Count);
        // Each of the 74 random bits takes both values (a stuck bit, e.g. a buffer never filled, would not).
        var bytes = ids.Select(i => i.ToByteArray(bigEndian: true)).ToList();
        for (var bit = 48; bit < 128; bit++)
        {
            if (bit is >= 48 and < 52 or >= 64 and < 66)
            {
                continue; // the version and the variant
            }

            var ones = bytes.Count(b => (b[bit / 8] & (0x80 >> (bit % 8))) != 0);
            ones.ShouldBeInRange(45_000, 55_000, $"bit {bit}");
        }
    }

    [Fact]
    public void Threads_draw_from_their_own_buffers_and_never_make_the_same_id()
    {
        var at = DateTimeOffset.UtcNow;
        var ids = new ConcurrentBag<Guid>();

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                ids.Add(Ids.NewVersion7(at));
            }
        });

        ids.Count.ShouldBe(160_000);
        ids.Distinct().Count().ShouldBe(160_000);
    }

    [Fact]
    public void Without_a_time_the_id_is_stamped_now_and_a_time_before_1970_is_refused()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var id = Ids.NewVersion7();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        Convert.ToInt64(id.ToString("N")[..12], 16).ShouldBeInRange(before, after);
        Should.Throw<ArgumentOutOfRangeException>(() => Ids.NewVersion7(new DateTimeOffset(1969, 12, 31, 0, 0, 0, TimeSpan.Zero)));
    }
}
