using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Cli;

/// <summary>
/// `prongsai token create --email E [--name N] [--days D]` (the token alone on its last line),
/// `token list --email E`, `token revoke --email E (--id ID | --all)`.
/// </summary>
static class TokenCommand
{
    public static Command Create(TextWriter output, TextWriter error) => new("token", "Manage API tokens")
    {
        CreateCreate(output, error), CreateList(output, error), CreateRevoke(output, error),
    };

    static Command CreateCreate(TextWriter output, TextWriter error)
    {
        var name = new Option<string>("--name") { Description = "What the token is for", DefaultValueFactory = _ => "cli" };
        var days = new Option<int>("--days")
        {
            Description = $"Days until the token expires (default {ApiTokens.DefaultDays}, at most {ApiTokens.MaxDays})",
            DefaultValueFactory = _ => ApiTokens.DefaultDays,
        };
        return ForUser("create", "Create an API bearer token (shown once; only its hash is stored)", [name, days], error, async (parseResult, db, user, cancellationToken) =>
        {
            if (!ApiTokens.IsValidDays(parseResult.GetValue(days)))
            {
                error.WriteLine($"prongsai: --days ต้องอยู่ระหว่าง ๑ ถึง {ApiTokens.MaxDays} / --days must be 1 to {ApiTokens.MaxDays}");
                return ExitCodes.InputUnreadable;
            }

            var token = await ApiTokens.CreateAsync(db, user, parseResult.GetValue(name)!, parseResult.GetValue(days), cancellationToken);
            output.WriteLine($"โทเค็นของ {user.Email} (แสดงครั้งเดียว) / token for {user.Email} (shown once):");
            output.WriteLine(token);
            return ExitCodes.Fine;
        });
    }

    static Command CreateList(TextWriter output, TextWriter error) =>
        ForUser("list", "List the user's tokens: id, name, created, last used, expires (UTC, tab-separated)", [], error, async (parseResult, db, user, cancellationToken) =>
        {
            var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == user.Id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
            output.WriteLine("id\tname\tcreated\tlast-used\texpires");
            foreach (var token in tokens)
            {
                output.WriteLine(string.Join('\t', token.Id, token.Name, Utc(token.CreatedAt), token.LastUsedAt is { } used ? Utc(used) : "-", Utc(token.ExpiresAt)));
            }

            return ExitCodes.Fine;
        });

    static Command CreateRevoke(TextWriter output, TextWriter error)
    {
        var id = new Option<Guid?>("--id") { Description = "The token's id (from token list)" };
        var all = new Option<bool>("--all") { Description = "Every token of the user" };
        return ForUser("revoke", "Revoke one token (--id) or all of the user's tokens (--all)", [id, all], error, async (parseResult, db, user, cancellationToken) =>
        {
            var one = parseResult.GetValue(id);
            if ((one is not null) == parseResult.GetValue(all))
            {
                error.WriteLine("prongsai: ระบุ --id หรือ --all อย่างใดอย่างหนึ่ง / give either --id ID or --all");
                return ExitCodes.InputUnreadable;
            }

            var count = await ApiTokens.RevokeAsync(db, user.Id, parseResult.GetValue(all) ? null : one, cancellationToken);
            if (count == 0 && one is not null)
            {
                error.WriteLine($"prongsai: {user.Email} ไม่มีโทเค็น {one} / {user.Email} has no token {one}");
                return ExitCodes.InputUnreadable;
            }

            output.WriteLine($"เพิกถอนโทเค็น {count} รายการของ {user.Email} แล้ว / {count} token(s) of {user.Email} revoked");
            return ExitCodes.Fine;
        });
    }

    /// <summary>A subcommand taking --email and the data options, run against that user.</summary>
    static Command ForUser(string name, string description, Option[] extra, TextWriter error,
        Func<ParseResult, ProngsaiDb, AppUser, CancellationToken, Task<int>> work)
    {
        var options = new DataOptions();
        var email = new Option<string>("--email") { Description = "Whose tokens", Required = true };
        var command = new Command(name, description) { email };
        foreach (var option in extra)
        {
            command.Options.Add(option);
        }

        options.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
            await CliHost.RunAsync(parseResult.GetValue(options.Data), parseResult.GetValue(options.Db), parseResult.GetValue(options.Evidence), "cli", async services =>
            {
                var db = services.GetRequiredService<ProngsaiDb>();
                var address = parseResult.GetValue(email)!;
                var user = await db.Users.FirstOrDefaultAsync(u => u.Email == address, cancellationToken);
                if (user is null)
                {
                    error.WriteLine($"prongsai: ไม่พบผู้ใช้ / no user {address}");
                    return ExitCodes.InputUnreadable;
                }

                return await work(parseResult, db, user, cancellationToken);
            }));
        return command;
    }

    static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
