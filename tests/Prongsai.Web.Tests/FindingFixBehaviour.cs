using System.Net;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>The edit page offers the obvious fix of a foreign agency name: a button replacing it with the agency's own.</summary>
public sealed class FindingFixBehaviour(SqliteApp app) : AppTest<SqliteApp>(app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_foreign_agency_name_in_a_step_offers_the_agencys_own_short_name()
    {
        var id = await CreateMeasureAsync("ประชุมชี้แจงบุคลากรของ ทต.บ้านถ้ำ");
        var client = await App.SignedInAsync(Roles.Admin);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/a/banchang/measures/{id}/edit"));

        Assert.Contains("data-rule=\"foreign-agency-name\"", html);
        Assert.Contains("data-fix-field=\"steps\" data-fix-item=\"1\" data-fix-find=\"ทต.บ้านถ้ำ\" data-fix-replace=\"ทต.บ้านฉาง\"", html);
        Assert.Contains("แทนด้วย “ทต.บ้านฉาง”", html);
        Assert.Contains("<script src=\"/assets/finding-fix.js\"></script>", html);
        var script = await client.GetAsync("/assets/finding-fix.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("data-fix-find", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_measure_without_foreign_names_has_no_fix_button()
    {
        var id = await CreateMeasureAsync("ประชุมชี้แจงบุคลากรของ ทต.บ้านฉาง เสนอนายก อบต. พิจารณา");
        var client = await App.SignedInAsync(Roles.Admin);

        var html = await client.GetStringAsync($"/a/banchang/measures/{id}/edit");

        Assert.DoesNotContain("data-fix-find", html);
        Assert.DoesNotContain("data-rule=\"foreign-agency-name\"", html);
    }
}
