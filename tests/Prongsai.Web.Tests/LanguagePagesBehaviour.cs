using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Import;

namespace Prongsai.Web.Tests;

/// <summary>
/// The account, users and import pages, which printed Thai and English side by side: one language each, and the
/// public index Thai whatever the reader chose.
/// </summary>
public abstract partial class LanguageBehaviour<TApp>
{
    /// <summary>The Thai labels these pages print and English must replace (a sample of each page's own words).</summary>
    static readonly Dictionary<string, string[]> ReplacedThai = new()
    {
        ["/account/login"] = ["เข้าสู่ระบบ", "อีเมล", "รหัสผ่าน"],
        ["/account/password"] = ["รหัสผ่านปัจจุบัน", "ยืนยันรหัสผ่านใหม่", "เปลี่ยนรหัสผ่าน"],
        ["/account"] = ["บัญชีของฉัน", "โทเค็นสำหรับ API", "สร้างโทเค็น", "ออกจากระบบทุกเครื่อง"],
        ["/a/banchang/users"] = ["อีเมล", "บทบาท", "ตำแหน่ง", "เพิ่มผู้ใช้", "ตั้งรหัสผ่านใหม่", "ผู้บริหาร"],
        ["/a/banchang/import"] = ["นำเข้าเอกสารมาตรการ", "ดูตัวอย่าง", "ไฟล์"],
        ["import-preview"] = ["ตัวอย่างก่อนนำเข้า", "เทียบกับมาตรการที่มีอยู่", "ยืนยันการนำเข้า", "เมื่อยืนยัน", "ในเอกสาร"],
    };

    /// <summary>The English the Thai pages must no longer print beside the Thai.</summary>
    static readonly string[] ReplacedEnglish = ["Sign in", "E-mail", "Change password", "Users", "Import a measures document", "Compared with", "Confirm import"];

    [Fact]
    public async Task Account_users_and_import_pages_are_English_with_the_cookie_and_Thai_without_it()
    {
        var admin = await App.SignedInAsync(Roles.Admin);
        var uploaded = await ImportForms.UploadAsync(admin, await ImportForms.SeedAsync(), "measures.txt");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var preview = uploaded.Headers.Location!.OriginalString;

        var pages = ReplacedThai.Keys.Select(p => p == "import-preview" ? preview : p).ToList();
        foreach (var page in pages)
        {
            var client = page == "/account/login" ? App.Anonymous() : admin;
            var thai = await client.GetStringAsync(page);
            Assert.True(thai.Contains("<html lang=\"th\">", StringComparison.Ordinal), page);
            Assert.DoesNotContain("<small>", thai);
            var english = ReplacedEnglish.Where(e => PageWords(thai).Contains(e, StringComparison.Ordinal)).ToList();
            Assert.True(english.Count == 0, $"{page}: English beside the Thai: {string.Join(" | ", english)}");
        }

        var anonymous = App.Anonymous();
        await anonymous.PostAsync("/language", await AppFactory.FormAsync(anonymous, "/account/login", new() { ["lang"] = "en", ["returnUrl"] = "/" }));
        await SwitchAsync(admin, "en", Measures);
        var data = await DataTextsAsync();
        data.AddRange(await ImportedTextsAsync(preview));
        foreach (var page in pages)
        {
            var html = await (page == "/account/login" ? anonymous : admin).GetStringAsync(page);
            Assert.True(html.Contains("<html lang=\"en\">", StringComparison.Ordinal), page);
            var words = PageWords(html);
            var key = page == preview ? "import-preview" : page;
            var replaced = ReplacedThai[key].Where(t => words.Contains(t, StringComparison.Ordinal)).ToList();
            Assert.True(replaced.Count == 0, $"{page}: Thai labels left: {string.Join(" | ", replaced)}");
            var left = ThaiText().Matches(words).SelectMany(m => Regex.Split(m.Value, @"\s{2,}")).Distinct()
                .Where(w => w != "ภาษาไทย" && !data.Any(d => d.Contains(w, StringComparison.Ordinal))).ToList();
            Assert.True(left.Count == 0, $"{page}: Thai UI text left: {string.Join(" | ", left)}");
        }
    }

    [Fact]
    public async Task A_refused_sign_in_says_why_in_the_chosen_language_only()
    {
        var client = App.Anonymous();
        var thai = await client.PostAsync("/account/login", await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = "nobody@test.example", ["Password"] = "wrong-password-1A" }));
        var thaiHtml = await thai.Content.ReadAsStringAsync();
        Assert.Contains("อีเมลหรือรหัสผ่านไม่ถูกต้อง", thaiHtml);
        Assert.DoesNotContain("Wrong e-mail", thaiHtml);

        await client.PostAsync("/language", await AppFactory.FormAsync(client, "/account/login", new() { ["lang"] = "en", ["returnUrl"] = "/" }));
        var english = await client.PostAsync("/account/login", await AppFactory.FormAsync(client, "/account/login", new() { ["Email"] = "nobody@test.example", ["Password"] = "wrong-password-1A" }));
        var words = PageWords(await english.Content.ReadAsStringAsync());
        Assert.Contains("Wrong e-mail or password. Five wrong passwords lock an account for 15 minutes.", words);
        Assert.False(ThaiText().IsMatch(words.Replace("ภาษาไทย", "", StringComparison.Ordinal)), words);
    }

    [Fact]
    public async Task The_public_index_stays_Thai_with_no_English_beside_it()
    {
        await PublishingForms.SubmitAndApproveAsync(App);
        var client = App.Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Get, "/p/banchang");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("lang=\"th\"", html);
        Assert.Contains("ทุกฉบับ", html);
        Assert.DoesNotContain("Published documents", html);
        Assert.DoesNotContain("all versions", html);
        Assert.DoesNotContain("<small>", html);
    }

    /// <summary>The uploaded document's own texts and the agency's users, which the pages show as data.</summary>
    Task<List<string>> ImportedTextsAsync(string previewUrl) => App.WithDbAsync(async db =>
    {
        var id = Guid.Parse(previewUrl.TrimEnd('/').Split('/')[^1]);
        var batch = await db.ImportBatches.SingleAsync(b => b.Id == id);
        var document = ImportComparison.DocumentOf(batch);
        var users = await db.Users.Select(u => new[] { u.DisplayName, u.Position, u.UnitName }).ToListAsync();
        return new[] { document.Agency.Name, document.Agency.ShortName ?? "" }
            .Concat(document.Measures.SelectMany(m => new[] { m.Name ?? "", m.IndicatorText ?? "", m.Reporting.Text ?? "", m.Period?.Text ?? "" }
                .Concat(m.ResponsibleUnits).Concat(m.ResponsiblePersons).Concat(m.Steps).Concat(m.Monitoring).Concat(m.Results)))
            .Concat(users.SelectMany(u => u).OfType<string>())
            .Where(t => t.Length > 0).ToList();
    });
}

/// <summary>What holds for every page's markup, read from the source (no app needed).</summary>
public sealed class PageMarkupRules
{
    [Fact]
    public void No_page_of_the_app_carries_an_inline_style()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Prongsai"));
        var pages = Directory.GetFiles(root, "*.cshtml", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        // The strict CSP (style-src 'self') ignores style attributes and <style> elements: classes in Assets/site.css.
        var styled = pages.Where(p => File.ReadAllText(p) is var text
                && (text.Contains("style=\"", StringComparison.OrdinalIgnoreCase) || text.Contains("<style", StringComparison.OrdinalIgnoreCase)))
            .Select(p => Path.GetRelativePath(root, p)).ToList();
        Assert.True(styled.Count == 0, $"inline styles in: {string.Join(", ", styled)}");
    }

    /// <summary>
    /// A brace lost in a merge silently nests every later rule inside the @media block before it (it once hid the
    /// phone menu's desktop layout and the calendar's styles): each block of site.css closes before the next opens
    /// at the top level, comments aside.
    /// </summary>
    [Fact]
    public void Every_block_of_the_style_sheet_is_closed()
    {
        var path = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Prongsai/Assets/site.css"));
        var css = Regex.Replace(File.ReadAllText(path), @"/\*.*?\*/", "", RegexOptions.Singleline);
        var depth = 0;
        var line = 1;
        foreach (var c in css)
        {
            line += c == '\n' ? 1 : 0;
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            Assert.True(depth >= 0, $"site.css: a '}}' with no block open (line {line} without comments)");
        }

        Assert.True(depth == 0, $"site.css: {depth} block(s) never closed");
    }
}
