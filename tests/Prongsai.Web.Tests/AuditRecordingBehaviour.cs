using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Account;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Publishing;

namespace Prongsai.Web.Tests;

/// <summary>What a change writes into the trail: who, which row, the values before and after, and never a secret.</summary>
public abstract class AuditRecordingBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Fact]
    public async Task An_edit_through_the_page_names_its_author_and_the_values_before_and_after()
    {
        var id = await CreateMeasureAsync("ก่อนแก้ไข");
        var admin = await App.CreateUserAsync(Roles.Admin);
        var client = await App.SignInAsync(admin.Email!);
        var url = $"/a/banchang/measures/{id}/edit";

        var response = await client.PostAsync(url, new FormUrlEncodedContent(await AppFactory.FieldsAsync(client, url, MeasureFields("หลังแก้ไข", 1))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rows = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityId == id.ToString()).OrderBy(e => e.At).ToListAsync());
        Assert.Equal(["added", "modified"], rows.Select(r => r.Action));
        var (added, modified) = (rows[0], rows[1]);
        // The measure was made outside any request (as the command line makes data): its author is "system".
        Assert.Equal("system", added.Actor);
        Assert.Null(added.Before);
        Assert.Equal(admin.Email, modified.Actor);
        Assert.Equal((nameof(AgencyMeasure), await BanchangIdAsync()), (modified.Entity, modified.AgencyId));
        Assert.Equal(["ก่อนแก้ไข"], Steps(modified.Before!));
        Assert.Equal(["หลังแก้ไข"], Steps(modified.After!));
    }

    [Fact]
    public async Task A_deletion_through_the_api_names_the_tokens_owner()
    {
        var id = await CreateMeasureAsync("ลบผ่าน API");
        var admin = await App.CreateUserAsync(Roles.Admin);
        var token = await App.WithDbAsync(db => ApiTokens.CreateAsync(db, db.Users.Single(u => u.Id == admin.Id), "ทดสอบผู้ลบ"));
        var api = App.Anonymous();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var response = await api.DeleteAsync($"/api/v1/agencies/banchang/measures/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var deleted = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.EntityId == id.ToString() && e.Action == "deleted"));
        Assert.Equal(admin.Email, deleted.Actor);
    }

    [Fact]
    public async Task A_save_that_changes_nothing_writes_no_row_and_a_deletion_keeps_what_was_deleted()
    {
        var id = await CreateMeasureAsync("คงเดิม");
        await App.WithDbAsync(async db =>
        {
            var measure = await db.Measures.SingleAsync(m => m.Id == id);
            db.Update(measure);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(["added"], await ActionsAsync(id));

        await App.WithDbAsync(async db =>
        {
            db.Measures.Remove(await db.Measures.SingleAsync(m => m.Id == id));
            return await db.SaveChangesAsync();
        });

        Assert.Equal(["added", "deleted"], await ActionsAsync(id));
        var deleted = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityId == id.ToString() && e.Action == "deleted"));
        Assert.Equal(["คงเดิม"], Steps(deleted.Before!));
        Assert.Null(deleted.After);
    }

    [Fact]
    public async Task Password_hashes_security_stamps_and_token_hashes_never_reach_the_trail()
    {
        var user = await App.CreateUserAsync(Roles.Editor, unit: "กองคลัง");
        await App.WithDbAsync(db => ApiTokens.CreateAsync(db, db.Users.Single(u => u.Id == user.Id), "ทดสอบประวัติ"));
        var (stamps, rows) = await App.WithDbAsync(async db =>
        {
            var stored = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
            var token = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.UserId == user.Id);
            var ids = new[] { user.Id.ToString(), token.Id.ToString() };
            string[] secrets = [stored.PasswordHash!, stored.SecurityStamp!, stored.ConcurrencyStamp!, token.Hash];
            return (secrets, await db.AuditEntries.AsNoTracking().Where(e => ids.Contains(e.EntityId)).ToListAsync());
        });

        Assert.Contains(rows, r => r.Entity == nameof(AppUser) && r.After!.Contains(user.Email!, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Entity == nameof(ApiToken) && r.After!.Contains("ทดสอบประวัติ", StringComparison.Ordinal));
        foreach (var text in rows.SelectMany(r => new[] { r.Before, r.After }).OfType<string>())
        {
            var properties = JsonDocument.Parse(text).RootElement.EnumerateObject().Select(p => p.Name.ToLowerInvariant()).ToList();
            Assert.DoesNotContain(properties, p => p is "passwordhash" or "securitystamp" or "concurrencystamp" or "hash");
            foreach (var secret in stamps)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_published_file_is_recorded_by_its_size_and_a_published_version_is_never_changed()
    {
        var content = new byte[1234];
        Random.Shared.NextBytes(content);
        var publication = await App.WithDbAsync(async db =>
        {
            var agency = new Agency { Slug = $"audit-{Guid.NewGuid():N}"[..20], Name = "เทศบาลตำบลทดสอบประวัติเผยแพร่", Type = AgencyTypes.All[0] };
            db.Agencies.Add(agency);
            var file = new PublishedFile { Format = "pdf", ContentType = "application/pdf", Sha256 = new string('0', 64), Content = content };
            var document = new MeasuresDocument { Agency = new AgencyName(agency.Name), FiscalYear = 2566, Kind = DocumentKind.Progress };
            var publication = await Publisher.AddNextVersionAsync(db, agency.Id, document, [file], null, null, DateTime.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync();
            return publication;
        });

        var fileRow = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Entity == nameof(PublishedFile) && e.EntityId == publication.Files.Single().Id.ToString()));
        Assert.Equal(publication.AgencyId, (await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Entity == nameof(Publication) && e.EntityId == publication.Id.ToString()))).AgencyId);
        Assert.Equal("1234 bytes", JsonDocument.Parse(fileRow.After!).RootElement.GetProperty("Content").GetString());
        Assert.DoesNotContain(Convert.ToBase64String(content)[..40], fileRow.After!, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            var stored = await db.Publications.SingleAsync(p => p.Id == publication.Id);
            stored.ApprovedByName = "แก้ชื่อผู้อนุมัติภายหลัง";
            return await db.SaveChangesAsync();
        }));
        Assert.Equal("Published versions and progress updates are never changed.", error.Message);
        Assert.Null(await App.WithDbAsync(db => db.Publications.Where(p => p.Id == publication.Id).Select(p => p.ApprovedByName).SingleAsync()));
    }

    [Fact]
    public async Task A_progress_update_is_never_changed_even_beside_an_allowed_change()
    {
        var measureId = await CreateMeasureAsync("บันทึกความก้าวหน้า");
        var update = await App.WithDbAsync(async db =>
        {
            var measure = await db.Measures.SingleAsync(m => m.Id == measureId);
            var update = new ProgressUpdate { AgencyId = measure.AgencyId, MeasureId = measure.Id, On = new DateOnly(2023, 3, 1), Text = "ประชุมแล้ว", RecordedBy = "test" };
            db.ProgressUpdates.Add(update);
            await db.SaveChangesAsync();
            return update;
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            (await db.Measures.SingleAsync(m => m.Id == measureId)).Steps = ["แก้ขั้นตอนพร้อมกัน"];
            (await db.ProgressUpdates.SingleAsync(u => u.Id == update.Id)).Text = "แก้ย้อนหลัง";
            return await db.SaveChangesAsync();
        }));

        Assert.Equal("Published versions and progress updates are never changed.", error.Message);
        Assert.Equal("ประชุมแล้ว", await App.WithDbAsync(db => db.ProgressUpdates.Where(u => u.Id == update.Id).Select(u => u.Text).SingleAsync()));
        Assert.Equal(["บันทึกความก้าวหน้า"], (await App.WithDbAsync(db => db.Measures.AsNoTracking().SingleAsync(m => m.Id == measureId))).Steps);
    }

    [Fact]
    public void A_synchronous_save_is_recorded_too()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        var agency = db.Agencies.Single(a => a.Slug == DemoSeed.Slug);
        var measure = new AgencyMeasure { AgencyId = agency.Id, FiscalYear = 2566, Position = 98, Tool = Tool.IIT, Steps = ["บันทึกแบบไม่รอ"] };
        db.Measures.Add(measure);

        db.SaveChanges();

        Assert.Equal(1, db.AuditEntries.Count(e => e.EntityId == measure.Id.ToString() && e.Action == "added"));
    }

    [Fact]
    public async Task A_batch_has_one_header_across_saves_and_contexts_and_none_when_it_changed_nothing()
    {
        var agencyId = await BanchangIdAsync();
        Guid used, unused;
        using (var batch = Audit.AuditBatch.Begin(Audit.AuditBatch.UnitRename, ("from", "ก"), ("to", "ข")))
        {
            used = batch.Id;
            for (var i = 0; i < 2; i++)
            {
                await App.WithDbAsync(async db =>
                {
                    db.Measures.Add(new AgencyMeasure { AgencyId = agencyId, FiscalYear = 2566, Position = 90 + i, Tool = Tool.IIT, Steps = [$"ในชุดเดียวกัน {i}"] });
                    await db.SaveChangesAsync();
                    db.Measures.Add(new AgencyMeasure { AgencyId = agencyId, FiscalYear = 2566, Position = 95 + i, Tool = Tool.IIT, Steps = [$"บันทึกครั้งที่สอง {i}"] });
                    return await db.SaveChangesAsync();
                });
            }
        }

        using (var batch = Audit.AuditBatch.Begin(Audit.AuditBatch.UnitRename, ("from", "ค"), ("to", "ง")))
        {
            unused = batch.Id;
            await App.WithDbAsync(db => db.SaveChangesAsync());
        }

        var rows = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.BatchId == used || e.BatchId == unused || e.Id == unused).ToListAsync());
        var header = Assert.Single(rows, r => r.Entity == Audit.AuditBatch.Entity);
        Assert.Equal((used, used, agencyId), (header.Id, header.BatchId, header.AgencyId));
        Assert.Equal(4, rows.Count(r => r.Entity == nameof(AgencyMeasure) && r.BatchId == used));
        Assert.DoesNotContain(rows, r => r.BatchId == unused || r.Id == unused);
    }

    [Fact]
    public async Task A_batch_of_synchronous_saves_outside_any_agency_has_one_header_without_an_agency()
    {
        var user = await App.CreateUserAsync(Roles.SysAdmin, agencySlug: null);
        Guid id;
        using (var batch = Audit.AuditBatch.Begin(Audit.AuditBatch.UnitRename, ("from", "จ"), ("to", "ฉ")))
        {
            id = batch.Id;
            foreach (var name in new[] { "ชื่อแรก", "ชื่อที่สอง" })
            {
                await App.WithDbAsync(db =>
                {
                    db.Users.Single(u => u.Id == user.Id).DisplayName = name;
                    return Task.FromResult(db.SaveChanges());
                });
            }
        }

        var rows = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.BatchId == id).ToListAsync());
        var header = Assert.Single(rows, r => r.Entity == Audit.AuditBatch.Entity);
        Assert.Null(header.AgencyId);
        Assert.Equal(2, rows.Count(r => r.Entity == nameof(AppUser)));
    }

    [Fact]
    public async Task Link_checks_are_not_recorded_but_the_oit_entry_they_check_is()
    {
        var (entry, check) = await App.WithDbAsync(async db =>
        {
            var agency = new Agency { Slug = $"audit-{Guid.NewGuid():N}"[..20], Name = "เทศบาลตำบลทดสอบประวัติลิงก์", Type = AgencyTypes.All[0] };
            var entry = new OitEntry { AgencyId = agency.Id, FiscalYear = 2571, Code = "O1", Urls = ["https://banchang.example/audit-check"] };
            db.AddRange(agency, entry);
            await db.SaveChangesAsync();
            var check = new OitLinkCheck { AgencyId = agency.Id, EntryId = entry.Id, Url = "https://banchang.example/audit-check", Ok = true, StatusCode = 200, CheckedAt = DateTime.UtcNow };
            db.OitLinkChecks.Add(check);
            await db.SaveChangesAsync();
            return (entry.Id, check.Id);
        });

        Assert.False(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == check.ToString())));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == entry.ToString())), "the OIT entry itself has its trail");
    }

    static List<string> Steps(string snapshot) =>
        [.. JsonDocument.Parse(snapshot).RootElement.GetProperty("Steps").EnumerateArray().Select(s => s.GetString()!)];

    Task<List<string>> ActionsAsync(Guid id) =>
        App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == id.ToString()).OrderBy(e => e.At).Select(e => e.Action).ToListAsync());

    Task<Guid> BanchangIdAsync() => App.WithDbAsync(db => db.Agencies.Where(a => a.Slug == DemoSeed.Slug).Select(a => a.Id).SingleAsync());
}

public sealed class SqliteAuditRecordingTests(SqliteApp app) : AuditRecordingBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuditRecordingTests(PostgresApp app) : AuditRecordingBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
