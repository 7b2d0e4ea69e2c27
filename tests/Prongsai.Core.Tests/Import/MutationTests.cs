using System.IO.Compression;
using System.Text;
using Prongsai.Import;

namespace Prongsai.Tests.Import;

/// <summary>
/// Mutates real inputs thousands of times: the importer either reads them or refuses them with its own
/// located error — never any other exception. The seed is printed so a failure can be replayed
/// (PRONGSAI_FUZZ_SEED=n).
/// </summary>
[Trait("Category", "Slow")]
public class MutationTests
{
    static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("PRONGSAI_FUZZ_SEED"), out var s) ? s : Random.Shared.Next();

    static readonly string[] Fragments =
        ["\t", "\n", "<p>", "</p>", "<br>", "๑.", "๒", " ๓ ", "1)", "(", "/", "มี.ค.", "ถึง", "๒๕๖๖", "66", "ตัวชี้วัด", "ผู้รับผิดชอบ",
         "ขั้นตอน", "ระยะเวลา", "ยังไม่ดำเนินการ", "(IIT)", "(EIT)", "ทต.", "อบต.", "\"", "|", "---", "\u0E4A", "\u200B", "&amp;", "<script>"];

    [Fact]
    public void Mutated_text_is_read_or_refused_with_a_located_error()
    {
        var original = File.ReadAllText(Fixtures.BanchangText);
        var random = new Random(Seed);
        var refused = 0;
        for (var i = 0; i < 3000; i++)
        {
            var mutated = MutateText(original, random);
            refused += ReadOrRefuse(Encoding.UTF8.GetBytes(mutated), "mutated.txt", i);
        }

        Assert.True(refused < 3000, "every mutation was refused: the mutations never reach the interpreter");
    }

    [Fact]
    public void Mutated_markdown_is_read_or_refused_with_a_located_error()
    {
        var original = File.ReadAllText(Fixtures.BanchangMarkdown);
        var random = new Random(Seed + 1);
        var refused = 0;
        for (var i = 0; i < 1000; i++)
        {
            refused += ReadOrRefuse(Encoding.UTF8.GetBytes(MutateText(original, random)), "mutated.md", i);
        }

        Assert.True(refused < 1000, "every mutation was refused: the mutations never reach the interpreter");
    }

    [Fact]
    public void Mutated_docx_and_xlsx_are_read_or_refused_with_a_located_error()
    {
        var random = new Random(Seed + 2);
        var docx = TestDocuments.Docx(Fixtures.Expected());
        var xlsx = TestDocuments.Xlsx(Fixtures.Expected());
        var (docxRefused, xlsxRefused) = (0, 0);
        for (var i = 0; i < 300; i++)
        {
            docxRefused += ReadOrRefuse(MutatePart(docx, "word/document.xml", random), "mutated.docx", i);
            xlsxRefused += ReadOrRefuse(MutatePart(xlsx, "xl/worksheets/sheet1.xml", random), "mutated.xlsx", i);
            ReadOrRefuse(MutateBytes(i % 2 == 0 ? docx : xlsx, random), "mutated.zip", i);
        }

        Assert.True(docxRefused < 300, "every DOCX mutation was refused: the mutations never reach the interpreter");
        Assert.True(xlsxRefused < 300, "every XLSX mutation was refused: the mutations never reach the interpreter");
    }

    static int ReadOrRefuse(byte[] bytes, string name, int iteration)
    {
        try
        {
            DocumentImporter.Read(bytes, name);
            return 0;
        }
        catch (ImportException e)
        {
            Assert.Equal(name, e.Location.File);
            return 1;
        }
        catch (Exception e)
        {
            Assert.Fail($"seed {Seed}, iteration {iteration}: {name} threw {e.GetType().Name} instead of a located error: {e}");
            return 1;
        }
    }

    static string MutateText(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var n = random.Next(1, 6); n > 0 && builder.Length > 0; n--)
        {
            var at = random.Next(builder.Length);
            var length = Math.Min(random.Next(1, 200), builder.Length - at);
            switch (random.Next(6))
            {
                case 0: builder.Remove(at, length); break;
                case 1: builder.Insert(at, builder.ToString(at, length)); break;
                case 2: builder.Insert(at, Fragments[random.Next(Fragments.Length)]); break;
                case 3: builder[at] = (char)random.Next(0x0E00, 0x0E60); break;
                case 4: builder.Length = at; break;
                default: builder[at] = (char)random.Next(1, 0x3000); break;
            }
        }

        return builder.ToString();
    }

    static byte[] MutateBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var n = random.Next(1, 8); n > 0; n--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return random.Next(4) == 0 ? copy[..random.Next(1, copy.Length)] : copy;
    }

    /// <summary>Mutates the XML inside a well-formed package, so the damage reaches the Open XML readers.</summary>
    static byte[] MutatePart(byte[] package, string part, Random random)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part) ?? throw new InvalidOperationException($"{part} missing from the test package");
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(MutateText(xml, random));
        }

        return stream.ToArray();
    }
}
