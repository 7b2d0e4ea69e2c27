using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Prongsai.Audit;
using Prongsai.Documents;
using Prongsai.Import;
using Prongsai.Publishing;

namespace Prongsai.Data;

/// <summary>The demo agency loaded on first start: ทต.บ้านฉาง, FY 2566, with the measures of the seed document.</summary>
public static class DemoSeed
{
    public const string Slug = "banchang";
    public const string AdminEmail = "admin@banchang.example";
    public const int FiscalYear = 2566;
    public static readonly IReadOnlyList<string> UnitNames = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา"];

    /// <summary>Creates the demo agency and its administrator when the database has no agency; returns the one-time password, or null.</summary>
    public static async Task<string?> EnsureAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<ProngsaiDb>();
        if (await db.Agencies.AnyAsync(cancellationToken))
        {
            return null;
        }

        services.GetRequiredService<AuditActor>().Use("seed");
        using var audit = AuditBatch.Begin(AuditBatch.Seed, ("agency", "ทต.บ้านฉาง"));
        var document = LoadSeedDocument();
        var agency = new Agency
        {
            Slug = Slug,
            Name = "เทศบาลตำบลบ้านฉาง",
            ShortName = "ทต.บ้านฉาง",
            Type = "เทศบาลตำบล",
            Province = "ระยอง",
            Units = [.. UnitNames.Select(name => new AgencyUnit { Name = name })],
        };
        db.Agencies.Add(agency);
        var added = await Measures.MeasureWrites.AddAllAsync(db, agency, document.FiscalYear, document.Measures,
            services.GetRequiredService<TimeProvider>(), cancellationToken);
        var rows = added.Value ?? throw new InvalidOperationException(
            $"The demo seed does not pass the measure validation: {string.Join("; ", added.Errors.SelectMany(e => e.Value))}");

        // The seed's progress report starts published as v1, rendered once like any approval.
        var seedReportDate = new DateOnly(2023, 3, 31);
        var published = document with { Kind = DocumentKind.Progress, Measures = [.. rows.Select(r => r.ToDocument())] };
        List<PublishedFile>? files = null;
        try
        {
            files = await services.GetRequiredService<Publisher>()
                .RenderAsync(published, new Reports.ReportOptions { ReportDate = seedReportDate }, Slug, cancellationToken);
        }
        catch (Printing.ChromiumNotFoundException e)
        {
            // A version is published in all five formats or not at all: without Chromium the demo starts unpublished.
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeed)).LogWarning("The demo report is not published: {Message}", e.Message);
        }

        var password = GeneratePassword();
        var admin = new AppUser { UserName = AdminEmail, Email = AdminEmail, EmailConfirmed = true, Role = Roles.Admin, AgencyId = agency.Id, MustChangePassword = true };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (files is not null)
        {
            await Publisher.AddNextVersionAsync(db, agency.Id, published, files, approvedBy: null, submissionId: null, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        var created = await services.GetRequiredService<UserManager<AppUser>>().CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await transaction.CommitAsync(cancellationToken);
        return password;
    }

    /// <summary>The seed is the real document, o42-banchang-2566.txt, read by the importer like any upload.</summary>
    public static MeasuresDocument LoadSeedDocument()
    {
        using var resource = OpenResource(SeedFileName);
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return DocumentImporter.Read(bytes.ToArray(), SeedFileName).Document;
    }

    public const string SeedFileName = "o42-banchang-2566.txt";

    public static Stream OpenResource(string name) =>
        typeof(DemoSeed).Assembly.GetManifestResourceStream($"Prongsai.Seed.{name}")
        ?? throw new InvalidOperationException($"The embedded seed file {name} is missing.");

    /// <summary>16 characters from an alphabet without look-alikes, with at least one digit, lower and upper case letter.</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        while (true)
        {
            var password = RandomNumberGenerator.GetString(alphabet, 16);
            if (password.Any(char.IsDigit) && password.Any(char.IsLower) && password.Any(char.IsUpper))
            {
                return password;
            }
        }
    }
}
