using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Prongsai.Agencies;
using Prongsai.Catalog;
using Prongsai.Data;

namespace Prongsai.Cli;

/// <summary>`prongsai agency set-regime --slug S --regime R`: the regime an agency's workbook and framework follow.</summary>
static class AgencyCommand
{
    public static Command Create(TextWriter output, TextWriter error) => new("agency", "Manage agencies") { CreateSetRegime(output, error) };

    static Command CreateSetRegime(TextWriter output, TextWriter error)
    {
        var options = new DataOptions();
        var slug = new Option<string>("--slug") { Description = "The agency's slug", Required = true };
        var regime = new Option<string>("--regime") { Description = "A regime the catalog has: nacc, or one from DATA/frameworks/REGIME-YYYY.json", Required = true };
        var command = new Command("set-regime", "Set the assessment regime the agency's OIT workbook and framework follow") { slug, regime };
        options.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
            await CliHost.RunAsync(parseResult.GetValue(options.Data), parseResult.GetValue(options.Db), parseResult.GetValue(options.Evidence), "cli", async services =>
            {
                var db = services.GetRequiredService<ProngsaiDb>();
                var wanted = parseResult.GetValue(slug)!;
                var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Slug == wanted, cancellationToken);
                if (agency is null)
                {
                    error.WriteLine($"prongsai: ไม่พบหน่วยงาน / no agency {wanted}");
                    return ExitCodes.InputUnreadable;
                }

                var (known, refused) = AgencyRegime.Resolve(services.GetRequiredService<FrameworkCatalog>(), parseResult.GetValue(regime));
                if (known is null)
                {
                    error.WriteLine($"prongsai: {refused}");
                    return ExitCodes.InputUnreadable;
                }

                agency.Regime = known;
                await db.SaveChangesAsync(cancellationToken);
                output.WriteLine($"{agency.Slug}: ระบบการประเมิน / regime {known}");
                return ExitCodes.Fine;
            }));
        return command;
    }
}
