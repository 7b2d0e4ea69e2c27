using System.IO.Compression;
using System.Text;
using Prongsai.Import;

namespace Prongsai.Tests.Import;

/// <summary>The limits themselves, at their edges, on archives that only declare their sizes (nothing to inflate).</summary>
public class PackageLimitsTests
{
    const long MegaByte = 1024 * 1024;

    [Fact]
    public void Exactly_the_entry_limit_is_accepted_and_one_more_is_refused()
    {
        Assert.Null(Violation(Enumerable.Repeat(0L, PackageLimits.MaxEntries)));
        Assert.Equal("the archive has 10,001 entries; the limit is 10,000", Violation(Enumerable.Repeat(0L, PackageLimits.MaxEntries + 1)));
    }

    [Fact]
    public void Entries_adding_up_to_exactly_the_size_limit_are_accepted()
    {
        Assert.Null(Violation([60 * MegaByte, 40 * MegaByte]));
        Assert.Null(Violation([PackageLimits.MaxUncompressedBytes]));
    }

    [Fact]
    public void One_byte_over_the_size_limit_in_all_entries_together_is_refused_naming_the_entry_that_crossed_it()
    {
        var violation = Violation([60 * MegaByte, 40 * MegaByte + 1, 1]);
        Assert.Equal(
            "the archive's entries inflate to more than 104,857,600 bytes (entry entry-1.xml alone is 41,943,041): refused as a possible zip bomb",
            violation);
        Assert.NotNull(Violation([60 * MegaByte, 60 * MegaByte]));
    }

    static string? Violation(IEnumerable<long> declaredSizes)
    {
        using var zip = new ZipArchive(new MemoryStream(Declared([.. declaredSizes])), ZipArchiveMode.Read);
        return PackageLimits.Violation(zip);
    }

    /// <summary>A zip whose entries hold no data but declare these uncompressed sizes in their headers.</summary>
    static byte[] Declared(IReadOnlyList<long> sizes)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        var offsets = new List<uint>();
        for (var i = 0; i < sizes.Count; i++)
        {
            offsets.Add((uint)stream.Position);
            var name = Encoding.ASCII.GetBytes($"entry-{i}.xml");
            writer.Write(0x04034b50u);
            writer.Write((ushort)20); writer.Write((ushort)0); writer.Write((ushort)8); writer.Write(0u); // version, flags, deflate, time+date
            writer.Write(0u); writer.Write(0u); writer.Write((uint)sizes[i]); // crc, compressed, uncompressed
            writer.Write((ushort)name.Length); writer.Write((ushort)0);
            writer.Write(name);
        }

        var directoryStart = (uint)stream.Position;
        for (var i = 0; i < sizes.Count; i++)
        {
            var name = Encoding.ASCII.GetBytes($"entry-{i}.xml");
            writer.Write(0x02014b50u);
            writer.Write((ushort)20); writer.Write((ushort)20); writer.Write((ushort)0); writer.Write((ushort)8); writer.Write(0u);
            writer.Write(0u); writer.Write(0u); writer.Write((uint)sizes[i]);
            writer.Write((ushort)name.Length); writer.Write((ushort)0); writer.Write((ushort)0); // name, extra, comment
            writer.Write((ushort)0); writer.Write((ushort)0); writer.Write(0u); writer.Write(offsets[i]); // disk, attributes, offset
            writer.Write(name);
        }

        var directorySize = (uint)stream.Position - directoryStart;
        writer.Write(0x06054b50u);
        writer.Write((ushort)0); writer.Write((ushort)0);
        writer.Write((ushort)sizes.Count); writer.Write((ushort)sizes.Count);
        writer.Write(directorySize); writer.Write(directoryStart); writer.Write((ushort)0);
        writer.Flush();
        return stream.ToArray();
    }
}
