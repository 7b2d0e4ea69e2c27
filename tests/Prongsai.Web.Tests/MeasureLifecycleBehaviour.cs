using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>Cancelling an import writes nothing; deleting a measure through the page or the API removes it and audits it once.</summary>
public abstract class MeasureLifecycleBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Fact]
    public async Task Cancelling_an_import_writes_no_measure_no_audit_row_and_removes_the_upload()
    {
        var client = await App.SignedInAsync(Roles.Admin);
        var (measures, audit, uploads) = (await CountMeasuresAsync(), await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == nameof(AgencyMeasure))), UploadedFiles());
        using var upload = new MultipartFormDataContent();
        foreach (var field in await AppFactory.FieldsAsync(client, "/a/banchang/import", []))
        {
            upload.Add(new StringContent(field.Value), field.Key);
        }

        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Fixtures.BanchangText));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        upload.Add(file, "file", "o42-banchang-2566.txt");
        var uploaded = await client.PostAsync("/a/banchang/import", upload);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var preview = uploaded.Headers.Location!.OriginalString;
        // The document waits for confirmation as a previewed batch (parsed once), not as a file to read again.
        var batchId = Guid.Parse(preview.Split('/')[^1]);
        Assert.Equal(ImportState.Previewed, await App.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == batchId).Select(b => b.State).SingleAsync()));
        Assert.Equal(uploads, UploadedFiles());

        var cancelled = await client.PostAsync(preview + "?handler=Cancel", await AppFactory.FormAsync(client, preview, []));

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal("/a/banchang/import", cancelled.Headers.Location!.OriginalString);
        Assert.Equal(measures, await CountMeasuresAsync());
        // Only the batch's own rows are in the trail (previewed, then cancelled): no measure was written.
        Assert.Equal(audit, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == nameof(AgencyMeasure))));
        Assert.Equal(ImportState.Cancelled, await App.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == batchId).Select(b => b.State).SingleAsync()));
        Assert.Equal(uploads, UploadedFiles());
        var confirm = await client.PostAsync(preview + "?handler=Confirm", await AppFactory.FormAsync(client, "/a/banchang/import", []));
        Assert.Equal(measures, await CountMeasuresAsync());
        Assert.NotEqual(HttpStatusCode.Redirect, confirm.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_measure_on_its_page_removes_it_and_audits_the_deletion_once()
    {
        var id = await CreateMeasureAsync("จะลบทางหน้าเว็บ");
        var client = await App.SignedInAsync(Roles.Admin);
        var page = $"/a/banchang/measures/{id}/delete";
        Assert.Contains("จะลบทางหน้าเว็บ", await client.GetStringAsync(page));

        var deleted = await client.PostAsync(page, await AppFactory.FormAsync(client, page, []));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.StartsWith("/a/banchang/measures?year=2566", deleted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await AssertDeletedOnceAsync(id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_measure_through_the_api_answers_204_then_404()
    {
        var id = await CreateMeasureAsync("จะลบทาง API");
        var api = App.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(Roles.Admin));
        var url = $"/api/v1/agencies/banchang/measures/{id}";

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(url)).StatusCode);

        await AssertDeletedOnceAsync(id);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync(url)).StatusCode);
    }

    async Task AssertDeletedOnceAsync(Guid id)
    {
        Assert.False(await App.WithDbAsync(db => db.Measures.AnyAsync(m => m.Id == id)));
        var actions = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == id.ToString()).OrderBy(e => e.At).Select(e => e.Action).ToListAsync());
        Assert.Equal(["added", "deleted"], actions);
    }



    int UploadedFiles()
    {
        var folder = Path.Combine(App.DataDirectory, "uploads");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() : 0;
    }
}

public sealed class SqliteMeasureLifecycleTests(SqliteApp app) : MeasureLifecycleBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresMeasureLifecycleTests(PostgresApp app) : MeasureLifecycleBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
