using System.CommandLine;
using Prongsai.Backup;

namespace Prongsai.Cli;

/// <summary>`prongsai backup --to FILE` and `prongsai restore FILE`, like `gitea dump`.</summary>
static class BackupCommand
{
    public static Command Backup(TextWriter output, TextWriter error)
    {
        var options = new DataOptions();
        var to = new Option<string>("--to") { Description = "The backup file to write (a zip)", Required = true };
        var command = new Command("backup", "Copy the database and the data folder's files into one file, while the app runs") { to };
        options.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = options.Settings(parseResult);
            return await GuardAsync(error, async () =>
            {
                var target = parseResult.GetValue(to)!;
                var manifest = await BackupArchive.CreateAsync(settings, target, cancellationToken);
                output.WriteLine($"{target}: {manifest.Provider} database and {manifest.Entries.Count - 1} files");
            });
        });
        return command;
    }

    public static Command Restore(TextWriter output, TextWriter error)
    {
        var options = new DataOptions();
        var file = new Argument<string>("file") { Description = "A backup made by `prongsai backup`" };
        var command = new Command("restore", "Bring a backup back (stop the app first): the database and the data folder's files") { file };
        options.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = options.Settings(parseResult);
            return await GuardAsync(error, async () =>
            {
                var source = parseResult.GetValue(file)!;
                var manifest = await BackupArchive.RestoreAsync(settings, source, cancellationToken);
                output.WriteLine($"restored {source} (made {manifest.CreatedAt:yyyy-MM-dd HH:mm} UTC) into {settings.DataDirectory}");
            });
        });
        return command;
    }

    static async Task<int> GuardAsync(TextWriter error, Func<Task> work)
    {
        try
        {
            await work();
            return ExitCodes.Fine;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"prongsai: {e.Message}");
            return ExitCodes.InputUnreadable;
        }
    }
}
