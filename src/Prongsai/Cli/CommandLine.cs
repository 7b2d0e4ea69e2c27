using System.CommandLine;
using Microsoft.Extensions.Hosting;

namespace Prongsai.Cli;

/// <summary>The `prongsai` executable: one binary with verbs, like `gitea web`.</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Prongsai (โปร่งใส): measures to promote integrity and transparency, their progress, and the published report.")
        {
            ServeCommand.Create(output),
            ImportCommand.Create(output, error),
            CheckCommand.Create(output, error),
            RenderCommand.Create(output, error),
            UserCommand.Create(output, error),
            AgencyCommand.Create(output, error),
            TokenCommand.Create(output, error),
            BackupCommand.Backup(output, error),
            BackupCommand.Restore(output, error),
            EvidenceCommand.Create(output),
            DemoCommand.Create(output, error),
            FrameworkCommand.Create(output, error),
        };

        if (ServeCommand.IsHostSettingsOnly(args))
        {
            args = ["serve", .. args];
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration);
        }
        catch (Prongsai.Hosting.SettingException e)
        {
            // A wrong setting is the operator's to fix: one line that names it, not a stack trace.
            error.WriteLine($"prongsai: {e.Message}");
            return ExitCodes.InputUnreadable;
        }
        catch (Exception e) when (e is not HostAbortedException and not OperationCanceledException)
        {
            // Something else stopped the command (a port already taken, say): one line as for every other command.
            error.WriteLine($"prongsai: unexpected error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.Unexpected;
        }
    }
}
