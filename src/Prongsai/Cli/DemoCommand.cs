using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Audit;
using Prongsai.Data;

namespace Prongsai.Cli;

/// <summary>
/// `prongsai demo --agencies 8300 [--seed 6600] [--data D] [--db CS]`: generates a national data set (see
/// <see cref="NationalDemo"/>). The per-entity audit trail is bypassed for the bulk insert; one audit row records the run.
/// </summary>
static class DemoCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new DataOptions();
        var agencies = new Option<int>("--agencies") { Description = "How many agencies to generate (8300 is the country)", DefaultValueFactory = _ => 8300 };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed gives the same data", DefaultValueFactory = _ => 6600 };
        var command = new Command("demo", "Generate a national demo data set: agencies, measures, progress updates, ITA results") { agencies, seed };
        options.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(agencies);
            if (count is < 1 or > 100_000)
            {
                error.WriteLine("prongsai: --agencies must be 1 to 100000");
                return ExitCodes.InputUnreadable;
            }

            return await CliHost.RunAsync(parseResult.GetValue(options.Data), parseResult.GetValue(options.Db), parseResult.GetValue(options.Evidence), "demo", async services =>
            {
                var db = services.GetRequiredService<ProngsaiDb>();
                if (await db.Agencies.AnyAsync(a => a.Slug.StartsWith(NationalDemo.SlugPrefix), cancellationToken))
                {
                    error.WriteLine($"prongsai: this database already has demo agencies ({NationalDemo.SlugPrefix}…): use a fresh --data or --db");
                    return ExitCodes.InputUnreadable;
                }

                var actor = services.GetRequiredService<AuditActor>();
                var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
                actor.BulkGeneration = true;
                NationalDemo.Summary summary;
                try
                {
                    summary = await NationalDemo.GenerateAsync(db, count, parseResult.GetValue(seed), today, output, cancellationToken);
                }
                finally
                {
                    actor.BulkGeneration = false;
                }

                db.AuditEntries.Add(new AuditEntry
                {
                    Actor = actor.Name, Entity = "NationalDemo", EntityId = NationalDemo.SlugPrefix, Action = "added",
                    After = $"{{\"agencies\":{summary.Agencies},\"measures\":{summary.Measures},\"updates\":{summary.Updates},\"scores\":{summary.Scores}}}",
                });
                await db.SaveChangesAsync(cancellationToken);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"generated {summary.Agencies} agencies, {summary.Measures} measures, {summary.Updates} progress updates, {summary.Scores} ITA results in {summary.Elapsed.TotalSeconds:0.0} s"));
                return ExitCodes.Fine;
            });
        });
        return command;
    }
}
