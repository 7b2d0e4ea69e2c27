using System.Globalization;
using System.Text.RegularExpressions;
using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>What the document says about itself outside the table: its tool sections, agency and fiscal year.</summary>
static partial class DocumentFacts
{
    [GeneratedRegex(@"(?:ปีงบประมาณ|ประจำปี)(?:พ\.?ศ\.?)?(?<y>\d{4})")]
    private static partial Regex FiscalYearWords();

    [GeneratedRegex(@"ตามที่(?<name>\S{4,80}?)(?:ได้|มี|จัด|ซึ่ง)")]
    private static partial Regex AsAgencyStates();

    /// <summary>"แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก (EIT)" → EIT. Long paragraphs that mention a tool in passing are not headings.</summary>
    public static Tool? ToolOfHeading(string text)
    {
        if (text.Length > 200)
        {
            return null;
        }

        var compact = ThaiText.Compact(text);
        bool Has(string word) => compact.Contains(word, StringComparison.Ordinal);
        return compact switch
        {
            _ when Has("(IIT)") || Has("IIT") && compact.Length < 40 || Has("ส่วนได้ส่วนเสียภายใน") || Has("ส่วนได้เสียภายใน") => Tool.IIT,
            _ when Has("(EIT)") || Has("EIT") && compact.Length < 40 || Has("ส่วนได้ส่วนเสียภายนอก") || Has("ส่วนได้เสียภายนอก") => Tool.EIT,
            _ when Has("(OIT)") || Has("OIT") && compact.Length < 40 || Has("เปิดเผยข้อมูลสาธารณะ") => Tool.OIT,
            _ => null,
        };
    }

    /// <summary>The year the document names, else the fiscal year most of its periods end in, else that of a date in its text.</summary>
    public static int? FiscalYearOf(IReadOnlyList<string> texts, IEnumerable<IReadOnlyList<string>> periodCells)
    {
        foreach (var text in texts)
        {
            var match = FiscalYearWords().Match(ThaiDigits.ToArabic(ThaiText.Compact(text)));
            if (match.Success && BuddhistEra.Normalise(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture)) is { } year)
            {
                return year;
            }
        }

        var fromPeriods = periodCells
            .Select(cell => PeriodParser.Parse(string.Join(" ", cell)).End)
            .OfType<DateOnly>()
            .GroupBy(end => FiscalYear.Of(end).BuddhistYear)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .FirstOrDefault();
        if (fromPeriods is not null)
        {
            return fromPeriods.Key;
        }

        return texts.Select(t => PeriodParser.Parse(t).End).OfType<DateOnly>().Select(d => (int?)FiscalYear.Of(d).BuddhistYear).FirstOrDefault();
    }

    /// <summary>The agency named in the title or opening paragraph, in full and short form.</summary>
    public static AgencyName AgencyOf(IReadOnlyList<string> texts, IReadOnlyList<Measure> measures)
    {
        foreach (var text in texts)
        {
            if (AgencyNames.FindMentions(text).FirstOrDefault() is { } mention && FromMention(mention) is { } name)
            {
                return name;
            }
        }

        foreach (var text in texts)
        {
            var match = AsAgencyStates().Match(ThaiText.Compact(text));
            if (match.Success)
            {
                return new AgencyName(match.Groups["name"].Value);
            }
        }

        // Last resort: the agency the measures mention most.
        var mostMentioned = measures
            .SelectMany(m => m.Steps.Concat(m.Monitoring).Concat(m.Results))
            .SelectMany(AgencyNames.FindMentions)
            .GroupBy(m => ThaiText.Compact(m.TypeWord) + m.Place)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        return mostMentioned is not null && FromMention(mostMentioned.First()) is { } frequent ? frequent : new AgencyName("");
    }

    static AgencyName? FromMention(AgencyNames.AgencyMention mention)
    {
        var type = ThaiText.Compact(mention.TypeWord).Replace("นายกเทศมนตรี", "เทศบาล", StringComparison.Ordinal);
        var full = type.StartsWith("เทศบาล", StringComparison.Ordinal) || type.StartsWith("องค์การ", StringComparison.Ordinal)
            ? type + mention.Place
            : AgencyNames.FullFormOf(type.TrimEnd('.') + "." + mention.Place);
        return full is null ? null : new AgencyName(full, AgencyNames.ShortFormOf(full));
    }
}
