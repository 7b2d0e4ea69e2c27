using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Cli;

/// <summary>`prongsai token create --email E [--name N]`: prints a new API token alone on its last line.</summary>
static class TokenCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new DataOptions();
        var email = new Option<string>("--email") { Description = "Whose token", Required = true };
        var name = new Option<string>("--name") { Description = "What the token is for", DefaultValueFactory = _ => "cli" };
        var create = new Command("create", "Create an API bearer token (shown once; only its hash is stored)") { email, name };
        options.AddTo(create);
        create.SetAction(async (parseResult, cancellationToken) =>
            await CliHost.RunAsync(parseResult.GetValue(options.Data), parseResult.GetValue(options.Db), parseResult.GetValue(options.Evidence), "cli", async services =>
            {
                var db = services.GetRequiredService<ProngsaiDb>();
                var address = parseResult.GetValue(email)!;
                var user = await db.Users.FirstOrDefaultAsync(u => u.Email == address, cancellationToken);
                if (user is null)
                {
                    error.WriteLine($"prongsai: no user {address}");
                    return ExitCodes.InputUnreadable;
                }

                var token = await ApiTokens.CreateAsync(db, user, parseResult.GetValue(name)!, cancellationToken);
                output.WriteLine($"token for {address} (shown once):");
                output.WriteLine(token);
                return ExitCodes.Fine;
            }));
        return new Command("token", "Manage API tokens") { create };
    }
}
