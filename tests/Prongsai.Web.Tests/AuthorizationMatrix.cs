using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Web.Tests;

/// <summary>Each role against its own agency and another: another agency's measures are never visible (404) nor writable.</summary>
public abstract class AuthorizationMatrix<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    const string OtherSlug = "other";

    async Task<Guid> OtherAgencyMeasureAsync()
    {
        await App.WithDbAsync(async db =>
        {
            if (!await db.Agencies.AnyAsync(a => a.Slug == OtherSlug))
            {
                db.Agencies.Add(new Agency { Slug = OtherSlug, Name = "เทศบาลตำบลอื่น", Type = "เทศบาลตำบล", Units = [new AgencyUnit { Name = "กองคลัง" }] });
                await db.SaveChangesAsync();
            }

            return 0;
        });
        return await CreateMeasureAsync("ร่างของหน่วยงานอื่น", OtherSlug);
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Executive)]
    public async Task Another_agencys_measures_are_not_found_for_agency_roles(string role)
    {
        var id = await OtherAgencyMeasureAsync();
        var client = await App.SignedInAsync(role);
        foreach (var url in new[] { $"/a/{OtherSlug}/measures", $"/a/{OtherSlug}/measures/{id}/edit", $"/a/{OtherSlug}/dashboard", $"/a/{OtherSlug}/audit", $"/a/{OtherSlug}/users", $"/a/banchang/measures/{id}/edit" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{role} GET {url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("ร่างของหน่วยงานอื่น", await response.Content.ReadAsStringAsync());
        }

        var post = await client.PostAsync($"/a/banchang/measures/{id}/edit",
            new FormUrlEncodedContent(await AppFactory.FieldsAsync(client, "/account", MeasureFields("แก้ของคนอื่น", version: 1))));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        var api = await ApiClientAsync(role);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/agencies/{OtherSlug}/measures")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/agencies/{OtherSlug}/measures/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/agencies/{OtherSlug}/measures/{id}")).StatusCode);
        Assert.Equal(["ร่างของหน่วยงานอื่น"], (await App.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == id))).Steps);
    }

    [Theory]
    [InlineData(Roles.SysAdmin)]
    [InlineData(Roles.Oversight)]
    public async Task Installation_wide_roles_see_every_agency(string role)
    {
        var id = await OtherAgencyMeasureAsync();
        var client = await App.SignedInAsync(role);
        var page = await client.GetAsync($"/a/{OtherSlug}/measures/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("ร่างของหน่วยงานอื่น", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Roles.Executive, "กองคลัง", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Oversight, "กองคลัง", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Editor, "กองช่าง", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Editor, "กองคลัง", HttpStatusCode.Redirect)]
    [InlineData(Roles.Admin, "กองช่าง", HttpStatusCode.Redirect)]
    public async Task Only_the_agency_administrator_and_the_units_editor_may_change_a_measure(string role, string unit, HttpStatusCode expected)
    {
        var id = await CreateMeasureAsync("ก่อนแก้", unit: unit);
        var client = await App.SignedInAsync(role);
        var url = $"/a/banchang/measures/{id}/edit";
        var response = await client.PostAsync(url, new FormUrlEncodedContent(await AppFactory.FieldsAsync(client, url, MeasureFields("หลังแก้", 1, unit))));
        Assert.Equal(expected, response.StatusCode);
        var steps = (await App.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == id))).Steps;
        Assert.Equal(expected == HttpStatusCode.Redirect ? "หลังแก้" : "ก่อนแก้", steps.Single());

        var api = await ApiClientAsync(role);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/agencies/banchang/measures/{id}");
        var measureJson = $"{{\"tool\":\"IIT\",\"indicators\":[1],\"responsibleUnits\":[\"{unit}\"],\"steps\":[\"ผ่าน API\"]}}";
        put.Content = new StringContent(measureJson, Encoding.UTF8, "application/json");
        put.Headers.TryAddWithoutValidation("If-Match", (expected == HttpStatusCode.Redirect ? 2 : 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var apiResponse = await api.SendAsync(put);
        Assert.Equal(expected == HttpStatusCode.Redirect ? HttpStatusCode.OK : HttpStatusCode.Forbidden, apiResponse.StatusCode);
    }

    [Fact]
    public async Task A_stale_api_update_is_a_409()
    {
        var id = await CreateMeasureAsync("เดิม");
        var api = await ApiClientAsync(Roles.Admin);
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/agencies/banchang/measures/{id}")
        {
            Content = new StringContent("{\"tool\":\"IIT\",\"indicators\":[1],\"responsibleUnits\":[\"กองคลัง\"],\"steps\":[\"ใหม่\"]}", Encoding.UTF8, "application/json"),
        };
        put.Headers.TryAddWithoutValidation("If-Match", "7");
        Assert.Equal(HttpStatusCode.Conflict, (await api.SendAsync(put)).StatusCode);
        Assert.Equal(["เดิม"], (await App.WithDbAsync(db => db.Measures.SingleAsync(m => m.Id == id))).Steps);
    }

    async Task<HttpClient> ApiClientAsync(string role)
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(role));
        return client;
    }
}

public sealed class SqliteAuthorizationTests(SqliteApp app) : AuthorizationMatrix<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuthorizationTests(PostgresApp app) : AuthorizationMatrix<PostgresApp>(app), IClassFixture<PostgresApp>;
