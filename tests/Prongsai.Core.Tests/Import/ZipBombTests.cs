using System.IO.Compression;
using System.Text;
using Prongsai.Import;

namespace Prongsai.Tests.Import;

/// <summary>A DOCX or XLSX that inflates to hundreds of megabytes is refused without being inflated.</summary>
public class ZipBombTests
{
    const string BombEntry = "word/media/bomb.bin";
    const long BombBytes = 300L * 1024 * 1024;

    static readonly Lazy<byte[]> DeclaredBomb = new(() => WithZeros(TestDocuments.Docx(Fixtures.Expected()), BombEntry, BombBytes));

    [Fact]
    public void A_docx_declaring_300_MB_of_entries_is_refused_before_inflating()
    {
        var bomb = DeclaredBomb.Value;
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the bomb itself is small ({bomb.Length:N0} bytes)");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ImportException>(() => DocumentImporter.Read(bomb, "bomb.docx"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("zip bomb", error.Message);
        Assert.True(allocated < 32 * 1024 * 1024, $"refusing allocated {allocated:N0} bytes");
    }

    [Fact]
    public void An_xlsx_declaring_300_MB_of_entries_is_refused()
    {
        var bomb = WithZeros(TestDocuments.Xlsx(Fixtures.Expected()), "xl/media/bomb.bin", BombBytes);

        Assert.Contains("zip bomb", Assert.Throws<ImportException>(() => DocumentImporter.Read(bomb, "bomb.xlsx")).Message);
    }

    [Fact]
    public void A_bomb_that_understates_its_sizes_is_refused_without_inflating_it()
    {
        // The document part itself inflates to 300 MB while the headers claim 1 KB.
        var docx = TestDocuments.Docx(Fixtures.Expected());
        var bomb = Understated(WithZeros(WithoutEntry(docx, "word/document.xml"), "word/document.xml", BombBytes), "word/document.xml", 1024);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ImportException>(() => DocumentImporter.Read(bomb, "liar.docx"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("liar.docx", error.Location.File);
        Assert.True(allocated < 64 * 1024 * 1024, $"refusing allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_real_document_is_well_within_the_limits()
    {
        using var zip = new ZipArchive(new MemoryStream(TestDocuments.Docx(Fixtures.Expected())), ZipArchiveMode.Read);
        Assert.Null(PackageLimits.Violation(zip));
    }

    static byte[] WithZeros(byte[] package, string entryName, long length)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(entryName, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < length; written += zeros.Length)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    static byte[] WithoutEntry(byte[] package, string entryName)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entryName)!.Delete();
        }

        return stream.ToArray();
    }

    /// <summary>Rewrites the uncompressed size in the entry's local and central headers.</summary>
    static byte[] Understated(byte[] package, string entryName, uint claimed)
    {
        var name = Encoding.ASCII.GetBytes(entryName);
        var patched = 0;
        for (var at = 0; (at = package.AsSpan(at).IndexOf(name) is var found and >= 0 ? at + found : -1) >= 0; at += name.Length)
        {
            if (at >= 30 && BitConverter.ToUInt32(package, at - 30) == 0x04034b50)
            {
                BitConverter.TryWriteBytes(package.AsSpan(at - 30 + 22), claimed);
                patched++;
            }
            else if (at >= 46 && BitConverter.ToUInt32(package, at - 46) == 0x02014b50)
            {
                BitConverter.TryWriteBytes(package.AsSpan(at - 46 + 24), claimed);
                patched++;
            }
        }

        Assert.Equal(2, patched);
        return package;
    }
}
