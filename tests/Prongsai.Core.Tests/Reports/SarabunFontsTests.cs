using System.Text.RegularExpressions;
using Prongsai.Reports;

namespace Prongsai.Tests.Reports;

public partial class SarabunFontsTests
{
    [Fact]
    public void Each_embedded_face_is_a_woff2_file()
    {
        Assert.Equal(4, SarabunFonts.Faces.Count);
        foreach (var face in SarabunFonts.Faces)
        {
            var bytes = SarabunFonts.Read(face.File);
            Assert.True(bytes.Length > 1000, face.File);
            Assert.Equal("wOF2"u8.ToArray(), bytes[..4]);
        }
    }

    [Fact]
    public void A_face_that_is_not_embedded_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SarabunFonts.Read("sarabun-thai-900-normal.woff2"));
        Assert.Contains("sarabun-thai-900-normal.woff2", error.Message);
    }

    [Fact]
    public void Inline_rules_carry_each_face_as_its_own_bytes_with_weight_and_range()
    {
        var rules = Rule().Matches(SarabunFonts.FontFaceCss).ToList();
        Assert.Equal(SarabunFonts.Faces.Count, rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            var face = SarabunFonts.Faces[i];
            Assert.Equal(face.Weight.ToString(), rules[i].Groups["weight"].Value);
            Assert.Equal(face.UnicodeRange, rules[i].Groups["range"].Value);
            var url = rules[i].Groups["url"].Value;
            Assert.StartsWith("data:font/woff2;base64,", url);
            Assert.Equal(SarabunFonts.Read(face.File), Convert.FromBase64String(url["data:font/woff2;base64,".Length..]));
        }
    }

    [Fact]
    public void Linked_rules_point_at_the_served_files()
    {
        var rules = Rule().Matches(SarabunFonts.LinkedFontFaceCss("/fonts/")).ToList();
        Assert.Equal(SarabunFonts.Faces.Select(f => "/fonts/" + f.File), rules.Select(r => r.Groups["url"].Value));
        Assert.Contains("U+0E01-0E5B", rules[0].Groups["range"].Value);
    }

    [GeneratedRegex(@"@font-face\{font-family:'Sarabun';font-style:normal;font-display:block;font-weight:(?<weight>\d+);src:url\((?<url>[^)]+)\) format\('woff2'\);unicode-range:(?<range>[^;]+);\}\n")]
    private static partial Regex Rule();
}
