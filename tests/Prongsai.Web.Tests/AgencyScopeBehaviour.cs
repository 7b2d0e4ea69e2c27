using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Agencies;
using Prongsai.Data;

namespace Prongsai.Web.Tests;

/// <summary>
/// Agency isolation holds by construction: every agency-owned table is filtered to the agency in scope, every
/// /a/{slug} page and API agency endpoint resolves its agency before its handler, and a write to another agency's
/// row fails whatever the handler loaded. A new entity or endpoint that escapes this fails here.
/// </summary>
public abstract class AgencyScopeBehaviour<TApp>(TApp app) : AppTest<TApp>(app) where TApp : AppFactory
{
    /// <summary>Entities with no agency of their own, each with the reason it needs no filter.</summary>
    static readonly Dictionary<string, string> Unscoped = new()
    {
        [nameof(Agency)] = "the agency itself; which agencies a caller sees is AgencyQueries.VisibleTo",
        [nameof(AppUser)] = "Identity's: sign-in reads it with no agency in scope; pages filter users by agency",
        [nameof(ApiToken)] = "the user's own, read by the bearer handler",
        [nameof(Evidence)] = "a child of ProgressUpdate, reached only through it",
        [nameof(PublishedFile)] = "a child of Publication, reached only through it",
        [nameof(ReminderSent)] = "a child of AgencyMeasure, written by the background mailer",
        ["DataProtectionKey"] = "the key ring",
        ["UserSession"] = "a user's own sign-in session, read by the cookie handler before any agency is in scope",
        ["IdentityRole"] = "Identity", ["IdentityRoleClaim<string>"] = "Identity", ["IdentityUserClaim<string>"] = "Identity",
        ["IdentityUserLogin<string>"] = "Identity", ["IdentityUserRole<string>"] = "Identity", ["IdentityUserToken<string>"] = "Identity",
    };

    [Fact]
    public async Task Every_entity_with_an_agency_is_filtered_to_the_agency_in_scope()
    {
        var escaped = await App.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned())
            .Where(t => t.FindProperty("AgencyId") is not null
                ? t.GetDeclaredQueryFilters().Count == 0 && !Unscoped.ContainsKey(t.ClrType.Name)
                : !Unscoped.ContainsKey(t.ClrType.Name) && !Unscoped.ContainsKey(t.DisplayName()))
            .Select(t => t.DisplayName()).ToList()));
        Assert.True(escaped.Count == 0, $"entities neither scoped to an agency nor listed with a reason: {string.Join(", ", escaped)}");
        Assert.True(ProngsaiDb.IsScoped(typeof(AgencyMeasure)) && ProngsaiDb.IsScoped(typeof(Submission)) && ProngsaiDb.IsScoped(typeof(AuditEntry)));
    }

    [Fact]
    public void Every_agency_route_resolves_its_agency_before_the_handler()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText?.TrimStart('/') == "a/{slug}/measures");
        var escaped = endpoints
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "slug"))
            .Where(e => !e.RoutePattern.RawText!.TrimStart('/').StartsWith("p/{slug}", StringComparison.Ordinal)) // public pages: published documents only
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null
                ? !AgencyScopeFilter.IsAgencyRoute(e.RoutePattern.RawText)
                : e.Metadata.GetMetadata<AgencyScopeFilter.Scoped>() is null)
            .Select(e => e.RoutePattern.RawText).ToList();
        Assert.True(escaped.Count == 0, $"routes with a {{slug}} that do not resolve the agency: {string.Join(", ", escaped)}");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1/agencies/{slug}/measures", StringComparison.Ordinal) == true
            && e.Metadata.GetMetadata<AgencyScopeFilter.Scoped>() is not null);
    }

    [Fact]
    public async Task A_scoped_unit_of_work_reads_only_its_agency_and_cannot_write_another()
    {
        var other = await CreateAgencyWithMeasureAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var current = scope.ServiceProvider.GetRequiredService<CurrentAgency>();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDb>();
        var banchang = await db.Agencies.Include(a => a.Units).SingleAsync(a => a.Slug == DemoSeed.Slug);

        current.Restrict();
        Assert.Equal(0, await db.Measures.CountAsync());
        Assert.Equal(0, await db.Units.CountAsync());

        current.Enter(banchang);
        var seen = await db.Measures.Select(m => m.AgencyId).Distinct().ToListAsync();
        Assert.Equal([banchang.Id], seen);
        Assert.Empty(await db.Submissions.Where(s => s.AgencyId == other.Id).ToListAsync());
        Assert.DoesNotContain(await db.AuditEntries.Select(e => e.AgencyId).Distinct().ToListAsync(), id => id == other.Id);

        // Loaded around the filter, the other agency's measure still cannot be changed or deleted in this scope.
        var foreign = await db.Measures.IgnoreQueryFilters().SingleAsync(m => m.AgencyId == other.Id);
        foreign.Steps = ["เขียนทับ"];
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Measures.Remove(await db.Measures.IgnoreQueryFilters().SingleAsync(m => m.AgencyId == other.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        var stored = await App.WithDbAsync(fresh => fresh.Measures.SingleAsync(m => m.AgencyId == other.Id));
        Assert.Equal(["ขั้นตอนของอีกหน่วยงาน"], stored.Steps);
    }

    [Fact]
    public async Task Outside_requests_the_installation_sees_every_agency()
    {
        var other = await CreateAgencyWithMeasureAsync();
        var agencies = await App.WithDbAsync(db => db.Measures.Select(m => m.AgencyId).Distinct().ToListAsync());
        Assert.Contains(other.Id, agencies);
        Assert.True(agencies.Count >= 2);
    }

    async Task<Agency> CreateAgencyWithMeasureAsync()
    {
        var slug = $"scope-{Guid.NewGuid():N}"[..20];
        return await App.WithDbAsync(async db =>
        {
            var agency = new Agency { Slug = slug, Name = "เทศบาลตำบลทดสอบขอบเขต", Type = AgencyTypes.All[0], Units = [new AgencyUnit { Name = "กองคลัง" }] };
            db.Agencies.Add(agency);
            db.Measures.Add(new AgencyMeasure { AgencyId = agency.Id, FiscalYear = 2566, Position = 1, Indicators = [1], Steps = ["ขั้นตอนของอีกหน่วยงาน"] });
            await db.SaveChangesAsync();
            return agency;
        });
    }
}

public sealed class SqliteAgencyScopeTests(SqliteApp app) : AgencyScopeBehaviour<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAgencyScopeTests(PostgresApp app) : AgencyScopeBehaviour<PostgresApp>(app), IClassFixture<PostgresApp>;
