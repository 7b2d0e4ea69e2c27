using System.CommandLine;

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
            TokenCommand.Create(output, error),
            BackupCommand.Backup(output, error),
            BackupCommand.Restore(output, error),
            EvidenceCommand.Create(output),
            DemoCommand.Create(output, error),
        };

        if (ServeCommand.IsHostSettingsOnly(args))
        {
            args = ["serve", .. args];
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration);
    }
}
