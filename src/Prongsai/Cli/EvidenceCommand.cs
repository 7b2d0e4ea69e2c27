using System.CommandLine;
using Prongsai.Data;
using Prongsai.Progress;

namespace Prongsai.Cli;

/// <summary>`prongsai evidence sweep`: what the running app's daily sweep does, now, printing each file it removes.</summary>
static class EvidenceCommand
{
    public static Command Create(TextWriter output)
    {
        var options = new DataOptions();
        var sweep = new Command("sweep",
            "Remove evidence files that no progress update references (older than 24 h) and temporary files of interrupted uploads (older than 1 h)");
        options.AddTo(sweep);
        sweep.SetAction(async (parseResult, cancellationToken) =>
            await CliHost.RunAsync(parseResult.GetValue(options.Data), parseResult.GetValue(options.Db), parseResult.GetValue(options.Evidence), "cli", async services =>
            {
                var removed = await services.GetRequiredService<EvidenceSweep>().RunAsync(services.GetRequiredService<ProngsaiDb>(), cancellationToken);
                foreach (var file in removed)
                {
                    output.WriteLine($"{(file.Temporary ? "temporary" : "unreferenced")} {file.Name} {file.Bytes} bytes");
                }

                var (unreferenced, unreferencedBytes) = EvidenceSweeper.Total(removed.Where(r => !r.Temporary));
                var (temporary, temporaryBytes) = EvidenceSweeper.Total(removed.Where(r => r.Temporary));
                output.WriteLine($"ลบไฟล์หลักฐานที่ไม่มีรายการอ้างอิง {unreferenced} ไฟล์ ({unreferencedBytes} ไบต์) และไฟล์ชั่วคราว {temporary} ไฟล์ ({temporaryBytes} ไบต์) / "
                    + $"removed {unreferenced} unreferenced evidence files ({unreferencedBytes} bytes) and {temporary} temporary files ({temporaryBytes} bytes)");
                return ExitCodes.Fine;
            }));
        return new Command("evidence", "Manage evidence files") { sweep };
    }
}
