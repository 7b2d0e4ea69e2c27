using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Prongsai.Web.Tests;

/// <summary>
/// A client that keeps its cookies itself, so that a test can copy the session cookie and replay it from another
/// client after signing out (a cookie container would forget it).
/// </summary>
public sealed partial class RawCookies(AppFactory app)
{
    readonly HttpClient _client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
    readonly Dictionary<string, string> _cookies = [];

    /// <summary>The session cookie as the browser would send it: "prongsai=…".</summary>
    public string Session => $"prongsai={_cookies["prongsai"]}";

    public static async Task<RawCookies> SignInAsync(AppFactory app, string email, string password = AppFactory.Password)
    {
        var raw = new RawCookies(app);
        var response = await raw.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(raw._cookies.ContainsKey("prongsai"), "no session cookie after signing in");
        return raw;
    }

    /// <summary>A GET sending only <paramref name="cookie"/>, as a replaying attacker would.</summary>
    public static Task<HttpResponseMessage> ReplayAsync(AppFactory app, string cookie, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);
    }

    public async Task<HttpResponseMessage> GetAsync(string url) => await SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>Posts the fields with the antiforgery token of the page at <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string formPage, Dictionary<string, string> fields)
    {
        var html = await (await GetAsync(formPage)).Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"no antiforgery token on {formPage}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) });
    }

    async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';')[0];
                var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
                var value = pair[(name.Length + 1)..];
                if (value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
