using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Prongsai.Data;

namespace Prongsai.Browser.Tests;

/// <summary>
/// Accounts in a real browser: a one-time password is changed at the first sign-in, and an agency administrator
/// resets an editor's password and disables another user on the users page.
/// </summary>
public sealed class AccountJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    const string ChosenPassword = "My-own-choice-77";

    [Fact]
    public async Task The_first_sign_in_with_a_one_time_password_forces_a_change()
    {
        var email = await app.CreateUserAsync(Roles.Executive);
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.MustChangePassword, true)));

        var page = await app.SignInAsync(email);
        Assert.EndsWith("/account/password", page.Url);
        await page.Locator("#must-change").WaitForAsync();
        await Shot(page, "account-1-must-change-password");
        await page.GotoAsync($"{app.BaseUrl}/a/banchang/measures");
        Assert.EndsWith("/account/password", page.Url);

        await page.FillAsync("#current", BrowserApp.Password);
        await page.FillAsync("#new", ChosenPassword);
        await page.FillAsync("#confirm", ChosenPassword);
        await page.ClickAsync("#change-password");
        await page.WaitForURLAsync("**/account?changed=password");
        await page.Locator("#password-changed").WaitForAsync();
        await Shot(page, "account-2-password-changed");
        await page.GotoAsync($"{app.BaseUrl}/a/banchang/measures");
        Assert.Contains("/a/banchang/measures", page.Url);
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.MustChangePassword).SingleAsync()));
    }

    [Fact]
    public async Task An_administrator_resets_an_editors_password_and_disables_another_user()
    {
        var editor = await app.CreateUserAsync(Roles.Editor, "กองคลัง");
        var leaver = await app.CreateUserAsync(Roles.Executive);
        var leaverPage = await app.SignInAsync(leaver);
        var admin = await app.SignInAsync(await app.CreateAdminAsync());

        await admin.GotoAsync($"{app.BaseUrl}/a/banchang/users");
        var editorRow = admin.Locator($"tr[data-email='{editor}']");
        await editorRow.Locator("input[name=displayName]").FillAsync("นางสาวมาลี ศรีสุข");
        await editorRow.Locator("input[name=position]").FillAsync("นักวิชาการเงินและบัญชี");
        await editorRow.Locator("button.save").ClickAsync();
        await admin.Locator("#notice").WaitForAsync();
        Assert.Equal("นางสาวมาลี ศรีสุข", await admin.Locator($"tr[data-email='{editor}'] input[name=displayName]").InputValueAsync());

        // Each permanent step is confirmed first: the row's button only asks.
        await admin.Locator($"tr[data-email='{editor}'] a.reset").ClickAsync();
        Assert.Contains(editor, await admin.Locator("#confirm").TextContentAsync());
        await admin.Locator("#confirm-action").ClickAsync();
        var oneTime = (await admin.Locator("#one-time-password").TextContentAsync())!.Trim();
        Assert.Matches("^[A-Za-z0-9]{16}$", oneTime);
        await Shot(admin, "account-3-admin-reset-password");

        await admin.Locator($"tr[data-email='{leaver}'] a.disable").ClickAsync();
        await Shot(admin, "account-4a-admin-confirms-disabling");
        await admin.Locator("#confirm-action").ClickAsync();
        await admin.Locator("#notice").WaitForAsync();
        await admin.Locator($"tr[data-email='{leaver}'] button.enable").WaitForAsync();
        Assert.Contains("ระงับ", await admin.Locator($"tr[data-email='{leaver}']").TextContentAsync());
        await admin.Locator($"tr[data-email='{leaver}']").ScrollIntoViewIfNeededAsync();
        await Shot(admin, "account-4-admin-disabled-user");

        // The disabled user's open page is signed out at the next request.
        await leaverPage.GotoAsync($"{app.BaseUrl}/a/banchang/measures");
        Assert.Contains("/account/login", leaverPage.Url);

        // The editor signs in with the one-time password and is sent to change it.
        var editorPage = await app.NewPageAsync();
        await app.SignInOnAsync(editorPage, editor, oneTime);
        Assert.EndsWith("/account/password", editorPage.Url.Split('?')[0], StringComparison.Ordinal);
        await Shot(editorPage, "account-5-editor-must-change");
    }

    Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.Screenshots, $"{name}.png"), FullPage = true });
}
