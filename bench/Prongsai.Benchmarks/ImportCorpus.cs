using System.Text;
using Prongsai.Testing;

namespace Prongsai.Benchmarks;

/// <summary>
/// A large progress document made from the seed: its title and opening, then its sections and measure rows
/// repeated (header row before every measure, as the seed does) until the text reaches the wanted size.
/// </summary>
static class ImportCorpus
{
    public static byte[] Text(int megabytes)
    {
        var lines = File.ReadAllLines(Fixtures.BanchangText);
        var preamble = lines.TakeWhile(l => !l.StartsWith("แบบวัด", StringComparison.Ordinal)).ToList();
        var body = lines.Skip(preamble.Count).Where(l => l.Length > 0).ToList();
        var builder = new StringBuilder();
        foreach (var line in preamble)
        {
            builder.Append(line).Append('\n');
        }

        var target = megabytes * 1024 * 1024;
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < target)
        {
            foreach (var line in body)
            {
                builder.Append(line).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
