using Microsoft.EntityFrameworkCore;
using Prongsai.Data;
using Prongsai.Documents;

namespace Prongsai.Web.Tests;

/// <summary>
/// The audit trail is append-only, and an audit row commits with its change in the same transaction, or neither
/// does (README: "an append-only audit trail … in the same transaction").
/// </summary>
public abstract class AuditIntegrityBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    [Fact]
    public async Task Changing_an_audit_row_throws_and_the_row_stays_as_written()
    {
        var (entryId, actor) = await AnAuditRowAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Id == entryId);
            entry.Actor = "someone-else@test.example";
            return await db.SaveChangesAsync();
        }));

        Assert.Equal("The audit trail is append-only.", error.Message);
        Assert.Equal(actor, await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == entryId).Select(e => e.Actor).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_an_audit_row_throws_and_the_row_stays()
    {
        var (entryId, _) = await AnAuditRowAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == entryId));
            return await db.SaveChangesAsync();
        }));

        Assert.Equal("The audit trail is append-only.", error.Message);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Id == entryId)));
    }

    [Fact]
    public async Task A_change_that_fails_to_commit_leaves_no_audit_row_and_one_that_commits_leaves_exactly_one()
    {
        var measure = new AgencyMeasure { AgencyId = await BanchangIdAsync(), FiscalYear = 2566, Position = 700, Tool = Tool.IIT, Steps = ["ไม่ควรถูกบันทึก"] };

        // The measure is fine; the agency beside it repeats an existing slug, so the whole SaveChanges fails.
        await Assert.ThrowsAsync<DbUpdateException>(() => App.WithDbAsync(db =>
        {
            db.Measures.Add(measure);
            db.Agencies.Add(new Agency { Name = "ชื่อซ้ำ", Slug = DemoSeed.Slug, Type = AgencyTypes.All[0] });
            return db.SaveChangesAsync();
        }));

        var id = measure.Id.ToString();
        Assert.False(await App.WithDbAsync(db => db.Measures.AnyAsync(m => m.Id == measure.Id)));
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == id)));

        var committed = new AgencyMeasure { AgencyId = measure.AgencyId, FiscalYear = 2566, Position = 701, Tool = Tool.IIT, Steps = ["บันทึกแล้ว"] };
        await App.WithDbAsync(db =>
        {
            db.Measures.Add(committed);
            return db.SaveChangesAsync();
        });
        var rows = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == committed.Id.ToString()).ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal((nameof(AgencyMeasure), "added", committed.AgencyId), (row.Entity, row.Action, row.AgencyId));
        Assert.Contains("บันทึกแล้ว", row.After);
    }

    Task<Guid> BanchangIdAsync() => App.WithDbAsync(db => db.Agencies.Where(a => a.Slug == DemoSeed.Slug).Select(a => a.Id).SingleAsync());

    async Task<(Guid Id, string Actor)> AnAuditRowAsync()
    {
        var id = (await CreateMeasureAsync($"ตรวจประวัติ {Guid.NewGuid():N}")).ToString();
        return await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == id).Select(e => new ValueTuple<Guid, string>(e.Id, e.Actor)).SingleAsync());
    }
}

public sealed class SqliteAuditIntegrityTests(SqliteApp app) : AuditIntegrityBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuditIntegrityTests(PostgresApp app) : AuditIntegrityBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
